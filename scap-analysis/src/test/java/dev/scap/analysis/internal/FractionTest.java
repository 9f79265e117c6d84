package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FractionTest {

  /** The double nearest to a positive value known to 60 digits, by its neighbours' midpoints. */
  private static boolean isNearest(double candidate, BigDecimal value) {
    BigDecimal c = new BigDecimal(candidate);
    BigDecimal below = c.add(new BigDecimal(Math.nextDown(candidate))).divide(BigDecimal.valueOf(2));
    BigDecimal above = c.add(new BigDecimal(Math.nextUp(candidate))).divide(BigDecimal.valueOf(2));
    return value.compareTo(below) >= 0 && value.compareTo(above) <= 0;
  }

  @Property(tries = 2000)
  void roundsAQuotientToTheNearestDouble(@ForAll @LongRange(max = Long.MAX_VALUE) long a,
      @ForAll @LongRange(min = 1) long b) {
    Fraction f = Fraction.of(a, b);
    BigDecimal exact = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60));

    double d = f.toDouble();

    assertThat(a == 0 ? d == 0 : isNearest(d, exact)).as("%s → %s", f, d).isTrue();
  }

  @Property(tries = 2000)
  void roundsASquareRootToTheNearestDouble(@ForAll @LongRange(max = 1L << 40) long a,
      @ForAll @LongRange(min = 1, max = 1L << 40) long b) {
    Fraction f = Fraction.of(a, b);
    BigDecimal exact = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(80))
        .sqrt(new MathContext(60));

    double d = f.sqrtToDouble();

    assertThat(a == 0 ? d == 0 : isNearest(d, exact)).as("√%s → %s", f, d).isTrue();
  }

  @Test
  void roundsAMidpointToEven() {
    // 1 + 2⁻⁵³ lies halfway between 1 and the next double: it rounds to 1, whose last bit is 0
    Fraction half = new Fraction(BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(53));

    assertThat(half.toDouble()).isEqualTo(1.0);
  }

  @Test
  void takesAThresholdAsTheDecimalWritten() {
    assertThat(Fraction.of(new BigDecimal("0.3"))).isEqualTo(Fraction.of(3, 10));
    assertThat(Fraction.of(0.3)).isNotEqualTo(Fraction.of(3, 10));
    assertThat(Fraction.of(new BigDecimal("1E+1"))).isEqualTo(Fraction.of(10, 1));
    assertThat(Fraction.of(6, 4)).isEqualTo(Fraction.of(3, 2));
  }

  @Test
  void sumsUnitFractionsExactly() {
    // 1/2 + 1/3 + 1/6 = 1 exactly, which doubles miss
    Fraction sum = Fraction.of(1, 2).plus(Fraction.of(1, 3)).plus(Fraction.of(1, 6));

    assertThat(sum).isEqualTo(Fraction.of(1, 1));
    assertThat(sum.minus(Fraction.of(1, 3))).isEqualTo(Fraction.of(2, 3));
    assertThat(sum.compareTo(Fraction.of(999_999, 1_000_000))).isPositive();
  }

  @Property(tries = 3000)
  void rootsAQuotientOfLongsAsTheFractionDoes(
      @ForAll @LongRange(min = 0, max = 1L << 54) long a,
      @ForAll @LongRange(min = 1, max = 1L << 54) long b) {
    long numerator = Math.min(a, b);
    long denominator = Math.max(a, b);

    assertThat(Fraction.sqrtOfQuotient(numerator, denominator))
        .isEqualTo(Fraction.of(numerator, denominator).sqrtToDouble());
  }

  @Property(tries = 3000)
  void rootsSquaresOfSmallIntegersOverProductsAsTheFractionDoes(
      @ForAll @LongRange(min = 1, max = 1 << 20) long s,
      @ForAll @LongRange(min = 1, max = 1 << 20) long x,
      @ForAll @LongRange(min = 1, max = 1 << 20) long y) {
    // cosine's form: (A·B)² / (A·A · B·B), ties and exact roots included
    long numerator = s * s;
    long denominator = Math.max(x * y, numerator);

    assertThat(Fraction.sqrtOfQuotient(numerator, denominator))
        .isEqualTo(Fraction.of(numerator, denominator).sqrtToDouble());
  }

  @org.junit.jupiter.api.Test
  void rootsExactSquaresAndTheTwoThirdsOfTwoOverRootSix() {
    assertThat(Fraction.sqrtOfQuotient(4, 16)).isEqualTo(0.5);
    assertThat(Fraction.sqrtOfQuotient(1, 1)).isEqualTo(1.0);
    assertThat(Fraction.sqrtOfQuotient(16, 24)).isEqualTo(Fraction.of(2, 3).sqrtToDouble())
        .isEqualTo(Fraction.sqrtOfQuotient(36, 54));
  }

  @Property(tries = 3000)
  void aDoubleIsTheFractionOfItsExactDecimal(@ForAll("nonNegativeDoubles") double value) {
    assertThat(Fraction.of(value)).isEqualTo(Fraction.of(new BigDecimal(value)));
  }

  @Provide
  Arbitrary<Double> nonNegativeDoubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, Double.MAX_VALUE),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(Double::longBitsToDouble)
            .filter(d -> d >= 0 && !Double.isInfinite(d) && !Double.isNaN(d)),
        Arbitraries.of(0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, 0.1, 1.0 / 3,
            Double.MAX_VALUE, 0x1p-63, 0x1.fffffffffffffp-64));
  }
}
