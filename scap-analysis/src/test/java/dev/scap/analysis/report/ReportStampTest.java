package dev.scap.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportStampTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

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
}
