package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link ExactSum} against the sum of the terms' exact fractions: scores in [0, 1] and on its
 * edges, tiny, subnormal and large doubles, and more terms than one 128-bit run holds; and the
 * comparison of two means against the comparison of those fractions, equal means included.
 */
class ExactSumTest {

  @Provide
  Arbitrary<List<Double>> terms() {
    Arbitrary<Double> term = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.doubles().between(0, 1).ofScale(17)),
        Tuple.of(4, bits(0, 1)),
        Tuple.of(3, Arbitraries.of(0.0, 1.0, 0.5, 1.0 / 3, 0x1p-63, 0x1.fffffffffffffp-64,
            Math.nextDown(1.0))),
        Tuple.of(1, bits(0, 0x1p-60)),
        Tuple.of(1, Arbitraries.of(Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300)),
        Tuple.of(1, bits(1, 1e6)));
    return Arbitraries.oneOf(term.list().ofMaxSize(40),
        Arbitraries.of(1.0, Math.nextDown(1.0), 0.75).list().ofMinSize(1020).ofMaxSize(3100),
        term.list().ofMinSize(1000).ofMaxSize(2500));
  }

  /**
   * As {@link #terms}, or as often terms all in [2⁻⁶³, 1], whose means compare in 192-bit
   * integers.
   */
  @Provide
  Arbitrary<List<Double>> meanTerms() {
    Arbitrary<Double> narrow = Arbitraries.oneOf(bits(0x1p-63, 1),
        Arbitraries.of(1.0, 0.5, 1.0 / 3, 0x1p-63, Math.nextDown(1.0)));
    return Arbitraries.oneOf(terms(), narrow.list().ofMaxSize(40));
  }

  /** Doubles from min to max, uniform over their bit patterns. */
  private static Arbitrary<Double> bits(double min, double max) {
    return Arbitraries.longs().between(Double.doubleToLongBits(min), Double.doubleToLongBits(max))
        .map(Double::longBitsToDouble);
  }

  @Property(tries = 300)
  void sumsExactly(@ForAll("terms") List<Double> terms) {
    ExactSum sum = new ExactSum();
    Fraction expected = Fraction.ZERO;
    for (double term : terms) {
      sum.add(term);
      expected = expected.plus(Fraction.of(term));
    }

    assertThat(sum.value()).isEqualTo(expected);
  }

  @Property(tries = 300)
  void comparesMeansExactly(@ForAll("meanTerms") List<Double> a,
      @ForAll("meanTerms") List<Double> b,
      @ForAll @LongRange(min = 0, max = 1L << 40) long zeros,
      @ForAll @IntRange(min = 1, max = 3) int copies, @ForAll boolean copyOfFirst) {
    List<Double> second = b;
    if (copyOfFirst) {
      // the same mean reached by a longer sum
      second = new ArrayList<>();
      for (int c = 0; c < copies; c++) {
        second.addAll(a);
      }
    }
    long n = a.size() + zeros;
    long m = second.size() + (copyOfFirst ? (long) copies * zeros : zeros);
    if (n == 0 || m == 0) {
      n++;
      m = copyOfFirst ? m + copies : m + 1;
    }

    int compared = ExactSum.compareMeans(sum(a), n, sum(second), m);

    Fraction first = exact(a).dividedBy(Fraction.of(n, 1));
    Fraction other = exact(second).dividedBy(Fraction.of(m, 1));
    assertThat(Integer.signum(compared)).isEqualTo(Integer.signum(first.compareTo(other)));
    if (copyOfFirst) {
      assertThat(compared).isZero();
    }
  }

  private static ExactSum sum(List<Double> terms) {
    ExactSum sum = new ExactSum();
    terms.forEach(sum::add);
    return sum;
  }

  private static Fraction exact(List<Double> terms) {
    Fraction sum = Fraction.ZERO;
    for (double term : terms) {
      sum = sum.plus(Fraction.of(term));
    }
    return sum;
  }
}
