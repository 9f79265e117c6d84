package dev.scap.analysis.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The order of {@link Standing}: criteria in turn, the support fit exactly. */
class StandingTest {

  @Test
  void ranksByEachCriterionBeforeTheNext() {
    assertThat(new Standing(1, 0, false, 0, 0)).isGreaterThan(new Standing(0, 5, true, 3, 3));
    assertThat(new Standing(0, 1, false, 0, 0)).isGreaterThan(new Standing(0, 0, true, 3, 3));
    assertThat(new Standing(0, 0, true, 0, 3)).isGreaterThan(new Standing(0, 0, false, 3, 3));
    assertThat(new Standing(0, 0, true, 2, 3)).isGreaterThan(new Standing(0, 0, true, 1, 3));
  }

  @Test
  void comparesSupportFitsAsExactFractions() {
    assertThat(new Standing(0, 0, true, 1, 3)).isEqualByComparingTo(new Standing(0, 0, true,
        2, 6));
    assertThat(new Standing(0, 0, true, 0, 0)).isEqualByComparingTo(new Standing(0, 0, true,
        0, 4));
  }

  @Test
  void rejectsMoreNeedsMetThanStated() {
    assertThatThrownBy(() -> new Standing(0, 0, true, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void isATotalPreorderConsistentWithTheFitsAsRationals(
      @ForAll @IntRange(max = 3) int m1, @ForAll @IntRange(max = 3) int extra1,
      @ForAll @IntRange(max = 3) int m2, @ForAll @IntRange(max = 3) int extra2) {
    Standing a = new Standing(0, 0, true, m1, m1 + extra1);
    Standing b = new Standing(0, 0, true, m2, m2 + extra2);
    double fa = m1 + extra1 == 0 ? 0 : (double) m1 / (m1 + extra1);
    double fb = m2 + extra2 == 0 ? 0 : (double) m2 / (m2 + extra2);

    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (Math.abs(fa - fb) > 1e-9) {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(fa > fb ? 1 : -1);
    } else {
      assertThat(a.compareTo(b)).isZero();
    }
  }
}
