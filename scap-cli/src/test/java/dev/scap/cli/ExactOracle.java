package dev.scap.cli;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.model.ThemeId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * CLI.md's metrics worked out exactly from two profiles, for the tests' expectations: a weight
 * is an integer, or 1/p for a priority p (its double being the one nearest to 1/p).
 */
final class ExactOracle {

  private ExactOracle() {}

  static Fraction weight(double weight) {
    return weight == Math.rint(weight) ? Fraction.of((long) weight, 1)
        : Fraction.of(1, Math.round(1 / weight));
  }

  /** The exact score, squared for cosine. */
  static Fraction score(Metric metric, CityProfile a, CityProfile b) {
    Map<ThemeId, Double> x = a.weights();
    Map<ThemeId, Double> y = b.weights();
    Set<ThemeId> themes = new LinkedHashSet<>(x.keySet());
    themes.addAll(y.keySet());
    Fraction min = Fraction.ZERO;
    Fraction sumA = Fraction.ZERO;
    Fraction sumB = Fraction.ZERO;
    Fraction dot = Fraction.ZERO;
    Fraction squaresA = Fraction.ZERO;
    Fraction squaresB = Fraction.ZERO;
    for (ThemeId theme : themes) {
      Fraction u = weight(x.getOrDefault(theme, 0.0));
      Fraction v = weight(y.getOrDefault(theme, 0.0));
      min = min.plus(u.min(v));
      sumA = sumA.plus(u);
      sumB = sumB.plus(v);
      dot = dot.plus(u.times(v));
      squaresA = squaresA.plus(u.times(u));
      squaresB = squaresB.plus(v.times(v));
    }
    if (sumA.isZero() || sumB.isZero() || min.isZero()) {
      return Fraction.ZERO;
    }
    return switch (metric) {
      case JACCARD -> min.dividedBy(sumA.plus(sumB).minus(min));
      case DICE -> min.plus(min).dividedBy(sumA.plus(sumB));
      case OVERLAP -> min.dividedBy(sumA.min(sumB));
      case COSINE -> dot.times(dot).dividedBy(squaresA.times(squaresB));
    };
  }

  /** The double nearest to an exact score given as {@link #score} gives it. */
  static double nearest(Metric metric, Fraction score) {
    return metric.usesProducts() ? score.sqrtToDouble() : score.toDouble();
  }
}
