package dev.scap.analysis.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.Weighting;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Weights as exact fractions, and fractions as their nearest double. */
class ExactWeightTest {

  @Property(tries = 500)
  void readsEveryPriorityWeightBackAsOneOverP(@ForAll @IntRange(min = 1) int p) {
    assertThat(ExactWeight.of(Weighting.PRIORITY, 1.0 / p)).containsExactly(1, p);
  }

  @Test
  void readsProjectAndPresenceWeightsAsWholeNumbers() {
    assertThat(ExactWeight.of(Weighting.PROJECTS, 31)).containsExactly(31, 1);
    assertThat(ExactWeight.of(Weighting.PRESENCE, 1)).containsExactly(1, 1);
  }

  @Test
  void rejectsAWeightThatIsNotOfItsForm() {
    assertThatThrownBy(() -> ExactWeight.of(Weighting.PRIORITY, 0.3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("priority weight 0.3 is not 1/p");
    assertThatThrownBy(() -> ExactWeight.of(Weighting.PROJECTS, 1.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("projects weight 1.5 is not a whole number");
  }

  @Property(tries = 1000)
  void givesTheDoubleNearestAFraction(@ForAll @LongRange(min = 0) long numerator,
      @ForAll @LongRange(min = 1) long denominator) {
    double nearest = nearest(BigInteger.valueOf(numerator),
        BigInteger.valueOf(denominator));

    // 60 significant digits round to the same double unless the fraction is within 10^-60 of
    // a midpoint, which no fraction of 64-bit terms is without being one
    BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator),
        new MathContext(60));
    assertThat(nearest).isEqualTo(exact.doubleValue());
  }

  @Test
  void roundsAMidpointToEven() {
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2
    BigInteger odd = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE);

    assertThat(nearest(odd, BigInteger.ONE)).isEqualTo(0x1p53);
    assertThat(nearest(odd.multiply(BigInteger.valueOf(3)),
        BigInteger.valueOf(3))).isEqualTo(0x1p53);
    assertThat(nearest(BigInteger.TWO, BigInteger.valueOf(3)))
        .isEqualTo(2.0 / 3);
  }

  /** The seating's total weight as printed: the fraction's nearest double. */
  private static double nearest(BigInteger numerator, BigInteger denominator) {
    return new Fraction(numerator, denominator).toDouble();
  }
}
