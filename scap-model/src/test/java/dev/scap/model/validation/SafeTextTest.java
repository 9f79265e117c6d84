package dev.scap.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void escapesWhatATerminalWouldActOnAndLeavesTheRest() {
    assertThat(SafeText.line("a\u001b[31m\u202Eb \"c\\d\"\n"))
        .isEqualTo("a\\u001B[31m\\u202Eb \"c\\d\"\\n");
  }

  @Test
  void givesASafeLineBackAsItIs() {
    String line = "plans.json:3:7: error";
    assertThat(SafeText.line(line)).isSameAs(line);
  }

  @Test
  void escapesAndShortensALongPointer() {
    assertThat(SafeText.pointer("/cities/0/a\\b")).isEqualTo("/cities/0/a\\\\b");
    assertThat(SafeText.pointer("/" + "x".repeat(300))).endsWith("… (301 characters)");
  }

  @Test
  void rejectsNoText() {
    assertThatNullPointerException().isThrownBy(() -> SafeText.line(null));
    assertThatNullPointerException().isThrownBy(() -> SafeText.pointer(null));
  }
}
