package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsTest {

  private static final String NOT_AN_IDENTIFIER = " is not an identifier: use lower-case "
      + "letters, digits and hyphens, begin with a letter or digit, at most 64 characters";

  private static final String CITY_PROPERTIES =
      "; its properties are id, name, country, population, location, networks, extensions";

  @TempDir Path folder;

  @Test
  void printsAnIdWithALineFeedOnOneLine() {
    assertThat(validate(document("\"cebu\\nbrt\"", ""))).containsExactly(
        "<stdin>:1:157: error invalid-identifier /cities/0/id: id \"cebu\\nbrt\""
            + NOT_AN_IDENTIFIER);
  }

  @Test
  void printsAnUnknownPropertyNamedWithALineFeedOnOneLine() {
    assertThat(validate(document("\"cebu\"", ", \"ti\\ntel\": 1"))).containsExactly(
        "<stdin>:1:195: error unknown-property /cities/0/ti\\ntel: city has no property "
            + "\"ti\\ntel\"" + CITY_PROPERTIES);
  }

  @Test
  void escapesWhatWouldActOnTheTerminal() {
    assertThat(validate(document(
        "\"\\u001B[2J\\u007F\\u202Eevil\\u2066\\u2069\\u200E\\u200F\\u0085\"", "")))
        .containsExactly("<stdin>:1:157: error invalid-identifier /cities/0/id: id "
            + "\"\\u001B[2J\\u007F\\u202Eevil\\u2066\\u2069\\u200E\\u200F\\u0085\""
            + NOT_AN_IDENTIFIER);
  }

  @Test
  void shortensAMegabyteIdGivingItsLength() {
    assertThat(validate(document("\"" + "a".repeat(1 << 20) + "\"", ""))).containsExactly(
        "<stdin>:1:157: error invalid-identifier /cities/0/id: id \"" + "a".repeat(200)
            + "…\" (1048576 characters)" + NOT_AN_IDENTIFIER);
  }

  @Test
  void shortensALongUnknownPropertyNameInThePointerAndTheMessage() {
    assertThat(validate(document("\"cebu\"", ", \"" + "b".repeat(40_000) + "\": 1")))
        .containsExactly("<stdin>:1:195: error unknown-property /cities/0/" + "b".repeat(190)
            + "… (40010 characters): city has no property \"" + "b".repeat(200)
            + "…\" (40000 characters)" + CITY_PROPERTIES);
  }

  @Test
  void namesTheFirstThemesOfA50000ThemeCycle() {
    StringBuilder themes = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      themes.append(i == 0 ? "" : ", ").append("{\"id\": \"t").append(i)
          .append("\", \"label\": \"T\", \"broader\": \"t").append((i + 1) % 50_000)
          .append("\"}");
    }
    String json = document("\"cebu\"", "").replace("{\"id\": \"a\", \"label\": \"A\"}", themes);

    assertThat(validate(json)).containsExactly("<stdin>:1:147: error broader-cycle "
        + "/taxonomies/0/themes/0/broader: theme \"t0\" refines itself: t0 → t1 → t2 → t3 → t4 "
        + "→ t5 → t6 → t7 → t8 → t9 → … and 49990 more → t0");
  }

  @Test
  void escapesAFileNameWithALineFeed() throws IOException {
    Path file = Files.writeString(folder.resolve("bad\nname.json"),
        document("\"cebu\\nbrt\"", ""));

    assertThat(CliRun.of("validate", file.toString()).out().lines()).containsExactly(
        folder + "/bad\\nname.json:1:157: error invalid-identifier /cities/0/id: id "
            + "\"cebu\\nbrt\"" + NOT_AN_IDENTIFIER);
  }

  @Test
  void escapesAFileNameWithALineFeedInAnErrorOnStandardError() {
    String missing = folder + "/missing\nfile.json";

    for (String command : List.of("validate", "overlap")) {
      CliRun run = CliRun.of(command, missing);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines()).singleElement().asString()
          .startsWith("scap: ").contains(folder + "/missing\\nfile.json");
    }
  }

  @Test
  void keepsThePointerWholeInJsonAndTheMessageAsInText() {
    CliRun run = CliRun.withInput(document("\"cebu\"", ", \"ti\\ntel\": 1"), "validate",
        "--format", "json", "-");

    assertThat(run.out()).isEqualTo("[{\"file\":\"<stdin>\",\"line\":1,\"column\":195,"
        + "\"severity\":\"error\",\"rule\":\"unknown-property\","
        + "\"pointer\":\"/cities/0/ti\\ntel\","
        + "\"message\":\"city has no property \\\"ti\\\\ntel\\\"" + CITY_PROPERTIES + "\"}]\n");
  }

  @Test
  void refusesAUtf16DocumentInOneLine() throws IOException {
    Path file = Files.write(folder.resolve("utf16.json"),
        ("\uFEFF" + document("\"cebu\"", "")).getBytes(StandardCharsets.UTF_16LE));

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(file + ":1:1: error syntax-error /: the "
        + "document is UTF-16LE (byte-order mark FF FE); SCAP documents are UTF-8");
  }

  @Property(tries = 200)
  void printsAnyValueOfAnIdANameOrAPropertyNameOnOneSafeLineOfBoundedLength(
      @ForAll("anyText") String value) {
    String json = jsonString(value);
    String document = document(json, ", \"name\": " + json + ", " + json + ": " + json)
        .replace("\"name\": \"C\", ", "");

    List<String> lines = validate(document);

    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(1000);
      // by code point: a pair of surrogates is one character and safe, a lone one is not
      assertThat(line.codePoints()).as(line).noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F
          || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E
          || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029 || c == 0x061C
          || c == 0xFEFF || c >= 0xD800 && c <= 0xDFFF);
    });
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> unsafe = Arbitraries.strings()
        .withChars("\n\r\t\u0000\u001B\u007F\u0085\u009B\u061C\u200B\u200E\u200F\u2028\u2029"
            + "\u202A\u202E\u2066\u2069\uFEFF\uD800\uDC00\"\\/~ a-")
        .ofMaxLength(300);
    return Arbitraries.oneOf(unsafe, Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("a\n\u202E").ofMinLength(1000).ofMaxLength(5000));
  }

  /** The text as a JSON string, in ASCII: any other character escaped. */
  private static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7F) {
        json.append(String.format("\\u%04X", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static List<String> validate(String json) {
    return CliRun.withInput(json, "validate", "-").out().lines().toList();
  }

  /** A document of one city, with its id as JSON and more properties, if any. */
  private static String document(String id, String more) {
    return "{\"scapVersion\": \"1.0\", \"organizations\": [], \"plans\": [], \"taxonomies\": "
        + "[{\"id\": \"t\", \"name\": \"T\", \"themes\": [{\"id\": \"a\", \"label\": \"A\"}]}], "
        + "\"cities\": [{\"id\": " + id + ", \"name\": \"C\", \"country\": \"KH\"" + more
        + "}]}";
  }
}
