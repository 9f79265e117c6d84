package dev.scap.analysis.grouping;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * Exact scores computed apart from the library's own exact arithmetic, for tests to check it
 * against: each pair's score as a fraction from the metrics' definitions, and sums of cosine
 * scores as decimals to 200 digits.
 */
public final class ExactOracle {

  private ExactOracle() {}

  /**
   * Every pair's exact score from the profiles' weights, by the metrics' definitions: each
   * weight is an integer or, for priorities, 1/p. For cosine, the square of the score.
   */
  public static Fraction[][] exactScores(ThemeOverlap overlap) {
    List<CityProfile> profiles = overlap.profiles();
    int n = profiles.size();
    boolean priority = overlap.options().weighting() == Weighting.PRIORITY;
    Metric metric = overlap.options().metric();
    Fraction[][] scores = new Fraction[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        Fraction shared = Fraction.ZERO;
        Fraction sumA = Fraction.ZERO;
        Fraction sumB = Fraction.ZERO;
        Fraction squaresA = Fraction.ZERO;
        Fraction squaresB = Fraction.ZERO;
        Map<ThemeId, Double> wa = profiles.get(a).weights();
        Map<ThemeId, Double> wb = profiles.get(b).weights();
        for (ThemeId theme : overlap.themes()) {
          Fraction x = weight(wa.get(theme), priority);
          Fraction y = weight(wb.get(theme), priority);
          shared = shared.plus(metric == Metric.COSINE ? x.times(y) : x.min(y));
          sumA = sumA.plus(x);
          sumB = sumB.plus(y);
          squaresA = squaresA.plus(x.times(x));
          squaresB = squaresB.plus(y.times(y));
        }
        scores[a][b] = shared.isZero() ? Fraction.ZERO : switch (metric) {
          case JACCARD -> shared.dividedBy(sumA.plus(sumB).minus(shared));
          case DICE -> shared.plus(shared).dividedBy(sumA.plus(sumB));
          case OVERLAP -> shared.dividedBy(sumA.min(sumB));
          case COSINE -> shared.times(shared).dividedBy(squaresA.times(squaresB));
        };
      }
    }
    return scores;
  }

  private static Fraction weight(Double weight, boolean priority) {
    if (weight == null) {
      return Fraction.ZERO;
    }
    return priority ? Fraction.of(1, Math.round(1 / weight)) : Fraction.of(weight.longValue(), 1);
  }

  /**
   * A mean of cosine scores evaluated to 200 digits, for the textbook's average linkage on
   * cosine: a way of its own, apart from the exact sums of roots the clustering compares, that
   * takes means within 10⁻¹⁵⁰ of each other as equal (on these few small weights, unequal means
   * lie much further apart).
   */
  public record Decimal(BigDecimal value) implements Comparable<Decimal> {
    private static final BigDecimal TIE = new BigDecimal("1e-150");

    @Override
    public int compareTo(Decimal other) {
      BigDecimal difference = value.subtract(other.value);
      return difference.abs().compareTo(TIE) <= 0 ? 0 : difference.signum();
    }
  }

  /**
   * Returns the sum of the square roots of fractions, to 200 digits.
   *
   * @param squares the fractions
   * @return the sum, as a decimal that ties within 10⁻¹⁵⁰
   */
  public static Decimal sumOfRoots(List<Fraction> squares) {
    MathContext digits = new MathContext(200);
    BigDecimal sum = BigDecimal.ZERO;
    for (Fraction square : squares) {
      sum = sum.add(new BigDecimal(square.numerator())
          .divide(new BigDecimal(square.denominator()), digits).sqrt(digits));
    }
    return new Decimal(sum);
  }
}
