package dev.scap.report;

import static dev.scap.report.Reports.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.roundtable.RoundtableOptions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

  @Test
  void defaultsToTheDefaultsOfCliMd() {
    assertThat(ReportOptions.defaults(STAMP)).isEqualTo(new ReportOptions(
        OverlapOptions.DEFAULTS, 5, BigDecimal.ZERO, GroupingOptions.DEFAULTS, RoundtableOptions.DEFAULTS, 3,
        STAMP));
  }

  @Test
  void copiesWithOneOptionChanged() {
    ReportOptions options = ReportOptions.defaults(STAMP);

    assertThat(options.withTop(2).top()).isEqualTo(2);
    assertThat(options.withTop(2).withStamp(STAMP)).isEqualTo(options.withTop(2));
    assertThat(options.withPartners(7).partners()).isEqualTo(7);
    assertThat(options.withMinScore(new BigDecimal("0.3")).minScore())
        .isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void rejectsNegativeCountsAndAMissingStamp() {
    ReportOptions options = ReportOptions.defaults(STAMP);

    assertThatThrownBy(() -> options.withTop(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top must not be negative: -1");
    assertThatThrownBy(() -> options.withPartners(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> options.withMinScore(null))
        .isInstanceOf(NullPointerException.class).hasMessage("minScore");
    assertThatThrownBy(() -> ReportOptions.defaults(null))
        .isInstanceOf(NullPointerException.class).hasMessage("stamp");
  }
}
