package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsReaderRoundTripTest {

  @TempDir
  Path folder;

  @Test
  void readsTheAscnDatasetBackFromAWorkbook() throws IOException {
    ScapDocument ascn = Datasets.ascn();
    Path workbook = folder.resolve("ascn.xlsx");
    SheetsFixture.writeWorkbook(ascn, workbook);

    SheetsReadResult result = SheetsReader.create().read(workbook);

    assertThat(result.problems()).isEmpty();
    assertThat(result.document()).contains(ascn);
  }

  @Test
  void readsAWorkbookThatHasNoStylesPart() throws IOException {
    // the styles part is optional in a workbook, and some programs write none
    ScapDocument ascn = Datasets.ascn();
    Path styled = folder.resolve("styled.xlsx");
    SheetsFixture.writeWorkbook(ascn, styled);
    Path workbook = folder.resolve("ascn.xlsx");
    try (ZipFile in = new ZipFile(styled.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(workbook))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        if (entry.getName().equals("xl/styles.xml")) {
          continue;
        }
        String text = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(text.replaceAll("<(Override|Relationship)[^>]*styles\\.xml\"[^>]*/>", "")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      assertThat(zip.getEntry("xl/styles.xml")).isNull();
      assertThat(new String(zip.getInputStream(zip.getEntry("[Content_Types].xml"))
          .readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("styles");
    }

    SheetsReadResult result = SheetsReader.create().read(workbook);

    assertThat(result.problems()).isEmpty();
    assertThat(result.document()).contains(ascn);
  }

  @Test
  void importsTheAscnDatasetInCanonicalForm() throws IOException {
    ScapDocument ascn = Datasets.ascn();
    Path workbook = folder.resolve("ascn.xlsx");
    SheetsFixture.writeWorkbook(ascn, workbook);
    Path json = folder.resolve("ascn.json");

    SheetsImport imported = SheetsReader.create().importTo(workbook, json);

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.written()).isTrue();
    ScapDocument read = ScapReader.create().read(json).document();
    assertThat(read).isEqualTo(ascn);
    // Extension keys come in the order of their columns, which a writer may choose: the
    // bytes are those of the document read back, not necessarily of the original.
    assertThat(Files.readString(json, StandardCharsets.UTF_8))
        .isEqualTo(ScapWriter.canonical().toJson(read));
  }

  @Test
  void readsTheAscnDatasetBackFromACsvFolder() throws IOException {
    ScapDocument ascn = Datasets.ascn();
    Path csv = folder.resolve("ascn");
    SheetsFixture.writeCsv(ascn, csv);

    SheetsReadResult result = SheetsReader.create().read(csv);

    assertThat(result.problems()).isEmpty();
    assertThat(result.document()).contains(ascn);
  }

  @Test
  void readsAnUploadedWorkbookFromAStream() throws IOException {
    ScapDocument ascn = Datasets.ascn();
    Path workbook = folder.resolve("ascn.xlsx");
    SheetsFixture.writeWorkbook(ascn, workbook);

    SheetsReadResult result;
    try (InputStream in = Files.newInputStream(workbook)) {
      result = SheetsReader.create().read(in, "upload.xlsx");
    }

    assertThat(result.isValid()).isTrue();
    assertThat(result.document()).contains(ascn);
  }

  @Test
  void theWritersWorkbookOfTheAscnDatasetImportsToItsCanonicalBytes() throws IOException {
    assertWriterRoundTrip("ascn.xlsx");
  }

  @Test
  void theWritersCsvFolderOfTheAscnDatasetImportsToItsCanonicalBytes() throws IOException {
    assertWriterRoundTrip("ascn");
  }

  /**
   * Exports the dataset with {@link SheetsWriter} and imports it back: the document is equal to
   * itself, and the JSON written is the dataset's canonical JSON, byte for byte (its objects
   * agree on the order of their extension keys, which the writer's columns keep).
   */
  private void assertWriterRoundTrip(String name) throws IOException {
    ScapDocument ascn = Datasets.ascn();
    Path target = folder.resolve(name);
    SheetsWriter.create().write(ascn, target);
    Path json = folder.resolve(name + ".json");

    SheetsImport result = SheetsReader.create().importTo(target, json);

    assertThat(result.problems()).isEmpty();
    assertThat(result.written()).isTrue();
    assertThat(ScapReader.create().read(json).document()).isEqualTo(ascn);
    String imported = Files.readString(json, StandardCharsets.UTF_8);
    String canonical = ScapWriter.canonical().toJson(ascn);
    assertThat(imported).isEqualTo(canonical);
    assertThat(SheetsReader.create().read(target).document()).contains(ascn);
  }
}
