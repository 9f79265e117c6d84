package dev.scap.analysis.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact values behind computed pair scores, and the decisions of clustering made on them:
 * which of two pairs scores higher, which of two means of scores between clusters is higher,
 * and how a score or a mean compares with a threshold.
 *
 * <p>The doubles decide whenever they lie further apart than twice their proven error; closer
 * ones, and only they, are decided on the exact values:
 * <ul>
 *   <li>a pair's score is exact as {@link ExactScores#exact} gives it (a fraction, or for
 *       cosine the fraction that is its square);
 *   <li>a mean of rational scores is an exact fraction;
 *   <li>a mean of cosine scores is a sum of square roots, which no cheap exact arithmetic
 *       compares: each root is evaluated to {@value #DIGITS} significant digits, so that each
 *       mean is within 3·10⁻⁵⁹ of its exact value, and two means that agree within
 *       10⁻⁵⁰ are taken as equal.
 * </ul>
 * A computed 0 is an exact 0 (every term of its sums was 0). Thread-safe.
 */
public final class ExactPairs {

  /** The significant digits of each square root of a mean of cosine scores. */
  static final int DIGITS = 60;

  private static final MathContext PRECISION = new MathContext(DIGITS);
  private static final BigDecimal TIE = new BigDecimal("1e-50");

  private final ExactScores scores;
  private final double[] values;
  private final int n;
  private final double error;

  private ExactPairs(ExactScores scores, double[] values, int n, double error) {
    this.scores = scores;
    this.values = values;
    this.n = n;
    this.error = error;
  }

  /**
   * The exact scores of profiles, behind doubles computed within an error.
   *
   * @param scores the exact scores
   * @param error the most a computed score is away from its exact value
   * @return the exact pairs
   */
  public static ExactPairs of(ExactScores scores, double error) {
    return new ExactPairs(scores, null, 0, error);
  }

  /**
   * Condensed scores taken as exact: each double is the value it stands for.
   *
   * @param condensed the condensed scores; kept, not copied, and read as they are when asked
   * @param n the number of items
   * @return the exact pairs
   */
  public static ExactPairs ofDoubles(double[] condensed, int n) {
    return new ExactPairs(null, condensed, n, 0);
  }

  /**
   * Returns the most a computed pair score is away from its exact value.
   *
   * @return the bound on the absolute error
   */
  public double error() {
    return error;
  }

  /** The exact score of a pair, or for cosine its square. */
  Fraction exact(int a, int b) {
    if (scores != null) {
      return scores.exact(a, b);
    }
    return Fraction.of(value(a, b));
  }

  /** The condensed double of a pair, taken as exact. */
  private double value(int a, int b) {
    return values[AllPairs.condensedIndex(n, Math.min(a, b), Math.max(a, b))];
  }

  private boolean squared() {
    return scores != null && scores.metric().usesProducts();
  }

  /**
   * Returns the double nearest to a pair's exact score.
   *
   * @param a an item
   * @param b another item
   * @param computed the score as computed
   * @return the correctly rounded score
   */
  public double nearest(int a, int b, double computed) {
    return scores == null || computed == 0 ? computed : scores.score(a, b);
  }

  /**
   * Compares the exact scores of two pairs.
   *
   * @param x the first pair's computed score
   * @param a the first pair's one item
   * @param b the first pair's other item
   * @param y the second pair's computed score
   * @param c the second pair's one item
   * @param d the second pair's other item
   * @return below 0, 0 or above 0 as the first exact score is below, equal to or above the
   *     second
   */
  public int comparePairs(double x, int a, int b, double y, int c, int d) {
    if (x == 0 || y == 0 || Math.abs(x - y) > 2 * error) {
      return Double.compare(x, y);
    }
    if (error == 0 && x == y) {
      return 0;
    }
    return exact(a, b).compareTo(exact(c, d));
  }

  /**
   * Compares a pair's exact score with a threshold.
   *
   * @param x the pair's computed score
   * @param a one item
   * @param b the other
   * @param threshold the threshold as written
   * @return below 0, 0 or above 0 as the exact score is below, equal to or above it
   */
  public int comparePairTo(double x, int a, int b, BigDecimal threshold) {
    if (threshold.signum() <= 0) {
      return threshold.signum() < 0 || x > 0 ? 1 : 0;
    }
    double t = threshold.doubleValue();
    if (x == 0 || Math.abs(x - t) > error + Math.ulp(t)) {
      return Double.compare(x, t);
    }
    Fraction bar = Fraction.of(threshold);
    return exact(a, b).compareTo(squared() ? bar.times(bar) : bar);
  }

  /**
   * Compares the exact single-linkage (highest) or complete-linkage (lowest) score between two
   * clusters with a threshold, scanning their pairs: the computed scores decide every pair
   * but those close to the threshold.
   *
   * @param p the items of one cluster
   * @param q the items of the other
   * @param highest whether the highest score counts (single linkage), else the lowest
   * @param kernel computes the pair scores within {@link #error()}
   * @param threshold the threshold as written
   * @return below 0, 0 or above 0 as the exact linkage score is below, equal to or above it
   */
  public int compareLinkTo(int[] p, int[] q, boolean highest, PairKernel kernel,
      BigDecimal threshold) {
    int result = highest ? -1 : 1;
    for (int a : p) {
      for (int b : q) {
        int c = comparePairTo(kernel.score(a, b), a, b, threshold);
        if (highest ? c > 0 : c < 0) {
          return c;
        }
        result = highest ? Math.max(result, c) : Math.min(result, c);
      }
    }
    return result;
  }

  /**
   * Compares the exact means of the scores between two pairs of clusters.
   *
   * @param x the first mean as computed
   * @param p the items of the first pair's one cluster
   * @param q the items of its other cluster
   * @param y the second mean as computed
   * @param r the items of the second pair's one cluster
   * @param s the items of its other cluster
   * @param meanError the most a computed mean is away from its exact value
   * @return below 0, 0 or above 0 as the first exact mean is below, equal to or above the
   *     second (cosine: see the class comment)
   */
  public int compareMeans(double x, int[] p, int[] q, double y, int[] r, int[] s,
      double meanError) {
    if (x == 0 || y == 0 || Math.abs(x - y) > 2 * meanError) {
      return Double.compare(x, y);
    }
    if (squared()) {
      return compareDecimals(decimalMean(p, q), decimalMean(r, s));
    }
    if (scores == null) {
      return ExactSum.compareMeans(sum(p, q), (long) p.length * q.length, sum(r, s),
          (long) r.length * s.length);
    }
    return exactMean(p, q).compareTo(exactMean(r, s));
  }

  /**
   * Compares the exact mean of the scores between two clusters with a threshold.
   *
   * @param x the mean as computed
   * @param p the items of one cluster
   * @param q the items of the other
   * @param meanError the most the computed mean is away from its exact value
   * @param threshold the threshold as written
   * @return below 0, 0 or above 0 as the exact mean is below, equal to or above it
   */
  public int compareMeanTo(double x, int[] p, int[] q, double meanError,
      BigDecimal threshold) {
    if (threshold.signum() <= 0) {
      return threshold.signum() < 0 || x > 0 ? 1 : 0;
    }
    double t = threshold.doubleValue();
    if (x == 0 || Math.abs(x - t) > meanError + Math.ulp(t)) {
      return Double.compare(x, t);
    }
    if (squared()) {
      return compareDecimals(decimalMean(p, q), threshold);
    }
    return exactMean(p, q).compareTo(Fraction.of(threshold));
  }

  private static int compareDecimals(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs().compareTo(TIE) <= 0 ? 0 : a.compareTo(b);
  }

  /** The exact sum of the condensed doubles between two clusters. */
  private ExactSum sum(int[] p, int[] q) {
    ExactSum sum = new ExactSum();
    for (int a : p) {
      for (int b : q) {
        sum.add(value(a, b));
      }
    }
    return sum;
  }

  private Fraction exactMean(int[] p, int[] q) {
    if (scores == null) {
      return sum(p, q).value().dividedBy(Fraction.of((long) p.length * q.length, 1));
    }
    Fraction sum = Fraction.ZERO;
    for (int a : p) {
      for (int b : q) {
        sum = sum.plus(exact(a, b));
      }
    }
    return sum.dividedBy(Fraction.of((long) p.length * q.length, 1));
  }

  private BigDecimal decimalMean(int[] p, int[] q) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int a : p) {
      for (int b : q) {
        Fraction square = exact(a, b);
        if (!square.isZero()) {
          sum = sum.add(root(square));
        }
      }
    }
    return sum.divide(BigDecimal.valueOf((long) p.length * q.length), PRECISION);
  }

  private static BigDecimal root(Fraction square) {
    BigInteger numerator = square.numerator();
    BigInteger denominator = square.denominator();
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), PRECISION)
        .sqrt(PRECISION);
  }
}
