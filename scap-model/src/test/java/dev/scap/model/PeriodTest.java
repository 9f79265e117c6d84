package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Property
  void containsExactlyTheYearsFromItsStartToItsEnd(
      @ForAll @IntRange(min = 1990, max = 2060) int start,
      @ForAll @IntRange(min = 1990, max = 2060) int end,
      @ForAll @IntRange(min = 1980, max = 2070) int year) {
    assertThat(Period.of(start, end).contains(year)).isEqualTo(start <= year && year <= end);
  }

  @Test
  void containsNoYearWhenAnEndIsMissing() {
    assertThat(new Period(null, 2025, null).contains(2020)).isFalse();
    assertThat(new Period(2018, null, null).contains(2020)).isFalse();
  }

  @Test
  void equalsAPeriodOfTheSameYears() {
    assertThat(Period.of(2018, 2025)).isEqualTo(new Period(2018, 2025, null))
        .hasSameHashCodeAs(new Period(2018, 2025, Extensions.NONE))
        .isNotEqualTo(Period.of(2018, 2026));
  }
}
