package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.Metric;
import java.math.BigDecimal;

/**
 * The exact scores of the pairs of a set of profiles, and decisions made on them.
 *
 * <p>Weights are exact rationals (integers, or 1/p for priorities), so Σmin, ΣA, ΣB, A·B and
 * A·A are exact rationals, and so are Jaccard, Dice and overlap; cosine is A·B / √(A·A · B·B)
 * and is compared through its square, A·B² / (A·A · B·B). Comparisons first look at the
 * doubles the pair loops compute: each is within a relative error of (4T + 10)·2⁻⁵³ of its exact
 * value, T the number of themes, so two doubles further apart than both errors decide the
 * order; closer ones, and only they, are decided on the exact values. Thread-safe.
 */
public final class ExactScores {

  private final SparseProfiles profiles;
  private final Metric metric;
  /** The relative distance past which two computed scores surely order as their exact values. */
  private final double tolerance;
  /** Whether every weight is an integer, so that the rational metrics' sums are longs. */
  private final boolean integral;

  /**
   * Prepares the exact scores of a metric over profiles.
   *
   * @param profiles the profiles
   * @param metric the metric
   */
  public ExactScores(SparseProfiles profiles, Metric metric) {
    this.profiles = profiles;
    this.metric = metric;
    this.tolerance = (8.0 * profiles.themeCount + 32) * 0x1.0p-53;
    this.integral = profiles.integral;
  }

  /**
   * Returns the metric.
   *
   * @return the metric
   */
  public Metric metric() {
    return metric;
  }

  /**
   * Returns the exact score of a pair, or for cosine the exact square of the score.
   *
   * @param a a city's index
   * @param b another city's index
   * @return the score (squared for cosine), in [0, 1]
   */
  public Fraction exact(int a, int b) {
    int[] ta = profiles.themes[a];
    int[] tb = profiles.themes[b];
    Fraction shared = Fraction.ZERO;
    int x = 0;
    int y = 0;
    while (x < ta.length && y < tb.length) {
      if (ta[x] < tb[y]) {
        x++;
      } else if (ta[x] > tb[y]) {
        y++;
      } else {
        Fraction wa = profiles.exactWeight(a, x++);
        Fraction wb = profiles.exactWeight(b, y++);
        shared = shared.plus(metric.usesProducts() ? wa.times(wb) : wa.min(wb));
      }
    }
    if (shared.isZero()) {
      return Fraction.ZERO;
    }
    return switch (metric) {
      case JACCARD -> shared.dividedBy(sum(a).plus(sum(b)).minus(shared));
      case DICE -> shared.plus(shared).dividedBy(sum(a).plus(sum(b)));
      case OVERLAP -> shared.dividedBy(sum(a).min(sum(b)));
      case COSINE -> shared.times(shared).dividedBy(squares(a).times(squares(b)));
    };
  }

  private Fraction sum(int city) {
    Fraction sum = Fraction.ZERO;
    for (int x = 0; x < profiles.themes[city].length; x++) {
      sum = sum.plus(profiles.exactWeight(city, x));
    }
    return sum;
  }

  private Fraction squares(int city) {
    Fraction sum = Fraction.ZERO;
    for (int x = 0; x < profiles.themes[city].length; x++) {
      Fraction w = profiles.exactWeight(city, x);
      sum = sum.plus(w.times(w));
    }
    return sum;
  }

  /**
   * Returns the double nearest to a pair's exact score.
   *
   * @param a a city's index
   * @param b another city's index
   * @return the correctly rounded score
   */
  public double score(int a, int b) {
    double computed = profiles.score(metric, a, b);
    if (computed == 0) {
      return 0;  // no theme shared: exactly 0
    }
    if (integral && !metric.usesProducts()) {
      // Integer sums below 2⁵³ are exact doubles, and one division of exact doubles rounds
      // correctly; that is what the loops compute, but for overlap's and Dice's own forms.
      double shared = 0;
      int[] ta = profiles.themes[a];
      int[] tb = profiles.themes[b];
      for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
        if (ta[x] < tb[y]) {
          x++;
        } else if (ta[x] > tb[y]) {
          y++;
        } else {
          shared += Math.min(profiles.weights[a][x++], profiles.weights[b][y++]);
        }
      }
      double sumA = profiles.sums[a];
      double sumB = profiles.sums[b];
      if (sumA + sumB < 0x1.0p52) {
        return switch (metric) {
          case JACCARD -> shared / (sumA + sumB - shared);
          case DICE -> 2 * shared / (sumA + sumB);
          case OVERLAP -> shared / Math.min(sumA, sumB);
          case COSINE -> throw new IllegalStateException();
        };
      }
    }
    Fraction exact = exact(a, b);
    return metric.usesProducts() ? exact.sqrtToDouble() : exact.toDouble();
  }

  /**
   * Compares the exact scores of two pairs.
   *
   * @param x the first pair's score as the loops computed it
   * @param a the first pair's one city
   * @param b the first pair's other city
   * @param y the second pair's score as the loops computed it
   * @param c the second pair's one city
   * @param d the second pair's other city
   * @return below 0, 0 or above 0 as the first pair's exact score is below, equal to or above
   *     the second's
   */
  public int compare(double x, int a, int b, double y, int c, int d) {
    if (x == 0 || y == 0 || Math.abs(x - y) > tolerance * Math.max(x, y)) {
      return Double.compare(x, y);  // a computed 0 is an exact 0: no theme shared
    }
    return exact(a, b).compareTo(exact(c, d));
  }

  /**
   * Compares a pair's exact score with a threshold, taken as the decimal it is written as.
   *
   * @param x the pair's score as the loops computed it
   * @param a the pair's one city
   * @param b the pair's other city
   * @param threshold the threshold, 0 or more
   * @return below 0, 0 or above 0 as the exact score is below, equal to or above it
   */
  public int compareTo(double x, int a, int b, BigDecimal threshold) {
    double t = threshold.doubleValue();
    if (Math.abs(x - t) > tolerance * Math.max(x, t) + Math.ulp(t)) {
      return Double.compare(x, t);
    }
    Fraction exact = exact(a, b);
    Fraction bar = Fraction.of(threshold);
    return exact.compareTo(metric.usesProducts() ? bar.times(bar) : bar);
  }
}
