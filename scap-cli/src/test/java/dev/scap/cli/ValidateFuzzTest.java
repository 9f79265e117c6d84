package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.ScapWriter;
import dev.scap.testkit.ScapArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Valid documents broken at random, byte by byte and value by value, then validated as a user
 * would: every answer is the lines of its problems or one line of failure, each line safe to
 * print and each place inside the file.
 */
class ValidateFuzzTest {

  /** What a problem line starts with: the file, a line and a column. */
  private static final Pattern PLACE = Pattern.compile("^(.+?):(\\d+):(\\d+): (error|warning) ");

  /** Bytes and texts that a hostile document might hold. */
  private static final List<String> HOSTILE = List.of("\n", "\r", "\u0000", "\u001b[2J",
      "\u007f", "\u202e", "\u2066", "\u200f", "\uFEFF", "\\u0000", "\\n", "\"", "\\", "{", "[",
      "]", "}", ",", ":", "null", "NaN", "1e999", "\u00e9", "\ud83d\ude00", "x".repeat(5000));

  private static Path folder;

  @BeforeContainer
  static void makeFolder() throws IOException {
    folder = Files.createTempDirectory("scap-fuzz");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Property(tries = 250)
  void answersEveryMutantWithSafeLinesPlacedInsideTheFile(
      @ForAll("documents") String valid, @ForAll("edits") List<Edit> edits) throws IOException {
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    for (Edit edit : edits) {
      bytes = edit.applyTo(bytes);
    }
    Path file = folder.resolve("mutant.json");
    Files.write(file, bytes);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(run.err()).isIn(0, 1, 2);
    // the file's lines, the empty one after a final line feed too: the end of input lies there
    List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8)
        .split("\r\n|\r|\n", -1));
    for (String line : run.out().lines().toList()) {
      assertSafe(line);
      Matcher place = PLACE.matcher(line);
      assertThat(place.find()).as("a problem line: %s", line).isTrue();
      assertThat(place.group(1)).isEqualTo(file.toString());
      int row = Integer.parseInt(place.group(2));
      int column = Integer.parseInt(place.group(3));
      assertThat(row).as(line).isBetween(0, Math.max(1, lines.size()));
      if (row > 0 && row <= lines.size()) {
        String text = lines.get(row - 1);
        // columns count characters as Java does (UTF-16 units); one past the end is the end
        assertThat(column).as(line).isBetween(0, text.length() + 1);
      }
    }
    assertThat(run.err().lines().count()).as(run.err()).isLessThanOrEqualTo(2);
    run.err().lines().forEach(ValidateFuzzTest::assertSafe);
  }

  /** No raw control character, no bidi control, not endless. */
  private static void assertSafe(String line) {
    assertThat(line.length()).as("a line of %s characters", line.length())
        .isLessThanOrEqualTo(2000);
    int[] unsafe = line.codePoints().filter(c -> c < 0x20 || c == 0x7f
        || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f).toArray();
    assertThat(unsafe).as("characters printed raw, in %s", line).isEmpty();
  }

  @Provide
  Arbitrary<String> documents() {
    return ScapArbitraries.documents().map(ScapWriter.canonical()::toJson);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Edit.Kind.class),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(3)))
        .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * One change of a document's bytes.
   *
   * @param kind what is done
   * @param at where, modulo the length
   * @param text what is put in, as UTF-8
   */
  record Edit(Kind kind, int at, String text) {

    enum Kind { INSERT, REPLACE_BYTE, DELETE_BYTE, CUT, INSERT_INTO_STRING }

    byte[] applyTo(byte[] bytes) {
      if (bytes.length == 0) {
        return text.getBytes(StandardCharsets.UTF_8);
      }
      int i = at % bytes.length;
      byte[] put = text.getBytes(StandardCharsets.UTF_8);
      return switch (kind) {
        case INSERT -> splice(bytes, i, 0, put);
        case REPLACE_BYTE -> splice(bytes, i, 1, new byte[] {put[0]});
        case DELETE_BYTE -> splice(bytes, i, 1, new byte[0]);
        case CUT -> java.util.Arrays.copyOf(bytes, i);
        case INSERT_INTO_STRING -> {
          int quote = indexOf(bytes, (byte) '"', i);
          yield quote < 0 ? bytes : splice(bytes, quote + 1, 0, put);
        }
      };
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
      for (int j = from; j < bytes.length; j++) {
        if (bytes[j] == b) {
          return j;
        }
      }
      return -1;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] put) {
      byte[] result = new byte[bytes.length - remove + put.length];
      System.arraycopy(bytes, 0, result, 0, at);
      System.arraycopy(put, 0, result, at, put.length);
      System.arraycopy(bytes, at + remove, result, at + put.length, bytes.length - at - remove);
      return result;
    }
  }
}
