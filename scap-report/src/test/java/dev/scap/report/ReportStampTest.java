package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.io.Datasets;
import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import dev.scap.model.ScapLibrary;
import dev.scap.testkit.ScapArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStampTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

  @TempDir Path folder;

  @Test
  void keepsTheSha256InLowerCase() {
    assertThat(new ReportStamp("1.0", "a.json", "AB".repeat(32), DATE).inputSha256())
        .isEqualTo("ab".repeat(32));
  }

  @Test
  void rejectsAnythingButSixtyFourHexadecimalDigits() {
    assertThatThrownBy(() -> new ReportStamp("1.0", "a.json", "ab".repeat(31), DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SHA-256 is 64 hexadecimal digits, not \"" + "ab".repeat(31) + "\"");
    assertThatThrownBy(() -> new ReportStamp("1.0", "a.json", "g".repeat(64), DATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stampsBytesWithTheirSha256AndThisLibrarysVersion() {
    ReportStamp stamp = ReportStamp.of("abc".getBytes(StandardCharsets.US_ASCII), "abc.txt",
        DATE);

    assertThat(stamp).isEqualTo(new ReportStamp(ScapLibrary.version(), "abc.txt",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DATE));
  }

  @Test
  void stampsTheVersionMavenBuilt() {
    String built = System.getProperty("project.version");

    assertThat(ReportStamp.of(new byte[0], "empty", DATE).version())
        .isEqualTo(ScapLibrary.version())
        .isEqualTo(built == null ? ScapLibrary.version() : built);
  }

  @Test
  void stampsADocumentAsTheCanonicalFileItIsWrittenTo() throws IOException {
    ScapDocument document = Datasets.ascn();
    Path file = folder.resolve("ascn.json");
    ScapWriter.canonical().write(document, file);
    byte[] written = Files.readAllBytes(file);

    ReportStamp stamp = ReportStamp.of(document, "<ascn>", DATE);

    assertThat(stamp.inputSha256()).isEqualTo(sha256(written));
    assertThat(stamp).isEqualTo(ReportStamp.of(written, "<ascn>", DATE));
    assertThat(stamp.version()).isEqualTo(ScapLibrary.version());
  }

  @Property(tries = 50)
  void aDocumentsStampIsTheSha256OfItsCanonicalJson(@ForAll("documents") ScapDocument document) {
    byte[] json = ScapWriter.canonical().toJson(document).getBytes(StandardCharsets.UTF_8);

    assertThat(ReportStamp.of(document, "generated", DATE).inputSha256())
        .isEqualTo(sha256(json));
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents();
  }

  @Test
  void rejectsNulls() {
    String sha = "0".repeat(64);
    assertThatThrownBy(() -> new ReportStamp(null, "a", sha, DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("version");
    assertThatThrownBy(() -> new ReportStamp("1", null, sha, DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("inputName");
    assertThatThrownBy(() -> new ReportStamp("1", "a", null, DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("inputSha256");
    assertThatThrownBy(() -> new ReportStamp("1", "a", sha, null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void itsFactoriesRejectNulls() {
    assertThatThrownBy(() -> ReportStamp.of((byte[]) null, "a", DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("input");
    assertThatThrownBy(() -> ReportStamp.of((ScapDocument) null, "a", DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("document");
    assertThatThrownBy(() -> ReportStamp.of(Datasets.ascn(), null, DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("inputName");
    assertThatThrownBy(() -> ReportStamp.of(new byte[0], "a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  /** The SHA-256 of some bytes, computed here rather than by the code under test. */
  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
