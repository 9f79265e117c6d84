package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuotedTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("cebu", "\"cebu\""),
        Arguments.of("cebu\nbrt", "\"cebu\\nbrt\""),
        Arguments.of("a\"b\\c", "\"a\\\"b\\\\c\""),
        Arguments.of("\t\r\b\f", "\"\\t\\r\\b\\f\""),
        Arguments.of("esc\u001B[2J", "\"esc\\u001B[2J\""),
        Arguments.of("del\u007F", "\"del\\u007F\""),
        Arguments.of("c1\u0085\u009B", "\"c1\\u0085\\u009B\""),
        Arguments.of("rtl\u202Egpj.exe", "\"rtl\\u202Egpj.exe\""),
        Arguments.of("\u2066\u2067\u2068\u2069", "\"\\u2066\\u2067\\u2068\\u2069\""),
        Arguments.of("\u200E\u200F\u061C\u200B\uFEFF",
            "\"\\u200E\\u200F\\u061C\\u200B\\uFEFF\""),
        Arguments.of("\u2028\u2029", "\"\\u2028\\u2029\""),
        Arguments.of("Phnom Penh → Kampot, Hà Nội", "\"Phnom Penh → Kampot, Hà Nội\""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("values")
  void escapesAValueAsJsonDoesAndTheInvisibleCharactersToo(String value, String quoted) {
    assertThat(Quoted.value(value)).isEqualTo(quoted);
  }

  @Test
  void keepsASurrogatePairAndEscapesALoneSurrogateOrAnInvisibleSupplementaryCharacter() {
    assertThat(Quoted.value("\uD83C\uDF0A")).isEqualTo("\"\uD83C\uDF0A\"");
    assertThat(Quoted.value("a\uD800b\uDC00")).isEqualTo("\"a\\uD800b\\uDC00\"");
    // U+E0001 LANGUAGE TAG, a format character
    assertThat(Quoted.value("\uDB40\uDC01")).isEqualTo("\"\\uDB40\\uDC01\"");
  }

  @Test
  void shortensALongValueGivingItsLength() {
    assertThat(Quoted.value("a".repeat(1 << 20)))
        .isEqualTo("\"" + "a".repeat(200) + "…\" (1048576 characters)");
    assertThat(Quoted.value("a".repeat(200))).isEqualTo("\"" + "a".repeat(200) + "\"");
    assertThat(Quoted.value("a".repeat(201)))
        .isEqualTo("\"" + "a".repeat(200) + "…\" (201 characters)");
  }

  @Test
  void cutsAfterAWholeEscapeNeverInsideOne() {
    assertThat(Quoted.value("a".repeat(199) + "\n"))
        .isEqualTo("\"" + "a".repeat(199) + "…\" (200 characters)");
    assertThat(Quoted.value("\n".repeat(150)))
        .isEqualTo("\"" + "\\n".repeat(100) + "…\" (150 characters)");
    assertThat(Quoted.value("a".repeat(199) + "\uD83C\uDF0Ab"))
        .isEqualTo("\"" + "a".repeat(199) + "…\" (202 characters)");
  }

  @Test
  void leavesAShortPlainNameBareAndQuotesAnyOther() {
    assertThat(Quoted.name("titel")).isEqualTo("titel");
    assertThat(Quoted.name("x-note")).isEqualTo("x-note");
    assertThat(Quoted.name("ti\ntel")).isEqualTo("\"ti\\ntel\"");
    assertThat(Quoted.name("ti\"tel")).isEqualTo("\"ti\\\"tel\"");
    assertThat(Quoted.name("a".repeat(300)))
        .isEqualTo("\"" + "a".repeat(200) + "…\" (300 characters)");
  }

  @Test
  void escapesAndShortensAPointerWithoutQuotingIt() {
    assertThat(Quoted.pointer("/plans/0/projects/1/themes/0"))
        .isEqualTo("/plans/0/projects/1/themes/0");
    assertThat(Quoted.pointer("/metadata/ti\ntel\u202E\\\"")).isEqualTo(
        "/metadata/ti\\ntel\\u202E\\\\\"");
    assertThat(Quoted.pointer("/metadata/" + "a".repeat(1 << 20))).isEqualTo(
        "/metadata/" + "a".repeat(190) + "… (1048586 characters)");
  }

  @Test
  void escapesOnlyControlAndFormatCharactersOfALine() {
    String line = "C:\\plans\\cebu\".json:1:2: error";

    assertThat(Quoted.controlsEscaped(line)).isSameAs(line);
    assertThat(Quoted.controlsEscaped("bad\nname.json\u202E:0:0"))
        .isEqualTo("bad\\nname.json\\u202E:0:0");
  }
}
