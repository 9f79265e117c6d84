package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointersTest {

  @ParameterizedTest(name = "\"{0}\" is escaped as \"{1}\"")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "plans | plans",
      "'' | ''",
      "a/b | a~1b",
      "m~n | m~0n",
      "~1 | ~01",
      "/~ | ~1~0",
      "a//b~~ | a~1~1b~0~0"})
  void escapesTildeAndSlashAsRfc6901Says(String token, String escaped) {
    assertThat(Pointers.escape(token)).isEqualTo(escaped);
  }

  @Test
  void appendsNamesEscapedAndIndexesAsNumbers() {
    assertThat(Pointers.child(Pointers.child("", "plans"), 3)).isEqualTo("/plans/3");
    assertThat(Pointers.child("/extensions", "a/b")).isEqualTo("/extensions/a~1b");
  }

  @ParameterizedTest(name = "the last name of \"{0}\" is {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "/plans/3/projects/1/themes/0 | themes",
      "/plans/0/period/end | end",
      "/scapVersion | scapVersion",
      "/plans/12 | plans",
      "/extensions/a~1b~0c | a/b~c",
      "'' | document"})
  void findsTheLastPropertyNameSkippingIndexes(String pointer, String name) {
    assertThat(Pointers.lastName(pointer)).isEqualTo(name);
  }
}
