package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.Metric;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The exact scores of the pairs of a set of profiles, and decisions made on them.
 *
 * <p>Weights are exact rationals (integers, or 1/p for priorities), so Σmin, ΣA, ΣB, A·B and
 * A·A are exact rationals, and so are Jaccard, Dice and overlap; cosine is A·B / √(A·A · B·B)
 * and is compared through its square, A·B² / (A·A · B·B). Comparisons first look at the
 * doubles the pair loops compute: each is within a relative error of (4T + 10)·2⁻⁵³ of its exact
 * value, T the number of themes, so two doubles further apart than both errors decide the
 * order; closer ones, and only they, are decided on the exact values: in 128-bit integer
 * arithmetic when the weights are integers on one scale (integers, or 1/p scaled by the least
 * common multiple of the p) whose sums are small enough, else in {@link Fraction}s.
 * Thread-safe.
 */
public final class ExactScores {

  /** Cosine's A·B and A·A below this keep A·B² and A·A·B·B below 2⁶². */
  private static final long SMALL_PRODUCT = 1L << 31;

  private final SparseProfiles profiles;
  private final Metric metric;
  /** The relative distance past which two computed scores surely order as their exact values. */
  private final double tolerance;
  /** The exact weights as integers on one scale, or {@code null}: see {@link #units}. */
  private final long[][] units;
  /** Per city, the sum of its {@link #units}. */
  private final long[] unitSums;
  /** Per city, the sum of the squares of its {@link #units}, or {@link Long#MAX_VALUE} past 2⁶². */
  private final long[] unitSquares;

  /**
   * Prepares the exact scores of a metric over profiles.
   *
   * @param profiles the profiles
   * @param metric the metric
   */
  public ExactScores(SparseProfiles profiles, Metric metric) {
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.metric = Objects.requireNonNull(metric, "metric");
    this.tolerance = (8.0 * profiles.themeCount + 32) * 0x1.0p-53;
    this.units = units(profiles);
    int n = profiles.cityCount;
    this.unitSums = new long[units == null ? 0 : n];
    this.unitSquares = new long[units == null ? 0 : n];
    // each city's sums a method of its own, as SparseProfiles sums its weights
    for (int i = 0; i < unitSums.length; i++) {
      unitSums[i] = sum(units[i]);
      unitSquares[i] = sumOfSquares(units[i]);
    }
  }

  private static long sum(long[] units) {
    long sum = 0;
    for (long u : units) {
      sum += u;
    }
    return sum;
  }

  /** The sum of the squares, or {@link Long#MAX_VALUE} past 2⁶². */
  private static long sumOfSquares(long[] units) {
    long squares = 0;
    for (long u : units) {
      squares = u >= 1L << 31 || squares >= 1L << 62 ? Long.MAX_VALUE
          : Math.min(Long.MAX_VALUE, squares + u * u);
    }
    return squares;
  }

  /**
   * Whether the weights are integers whose sums the loops add up exactly: then a pair's Σmin
   * computed in doubles is its exact Σmin, and so is its A·B wherever {@link #smallRatio(int,
   * int, long)} uses it (A·A and B·B below 2³¹, so A·B is too, by Cauchy–Schwarz). Doubles hold
   * every integer below 2⁵³, and each city's weights add up below 2⁵⁰.
   *
   * @return whether the computed Σmin, or A·B where it is small, is exact
   */
  boolean integral() {
    return units != null && profiles.integral;
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
   * Returns the profiles.
   *
   * @return the profiles
   */
  public SparseProfiles profiles() {
    return profiles;
  }

  /**
   * Returns the double that the pair loops compute for a pair.
   *
   * @param a a city's index
   * @param b another city's index
   * @return the computed score
   */
  public double computed(int a, int b) {
    return profiles.score(metric, a, b);
  }

  /**
   * Returns the exact score of a pair, or for cosine the exact square of the score.
   *
   * @param a a city's index
   * @param b another city's index
   * @return the score (squared for cosine), in [0, 1]
   */
  public Fraction exact(int a, int b) {
    long[] small = smallRatio(a, b);
    if (small != null) {
      return Fraction.of(small[0], small[1]);
    }
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

  /**
   * The exact score (squared for cosine) as a numerator and a denominator below 2⁶², when the
   * weights are integers on one scale small enough; else {@code null}. The denominator is above
   * 0. Every metric is a ratio of sums of the same degree, so weights scaled to integers by the
   * least common multiple of their denominators give the same exact score.
   */
  long[] smallRatio(int a, int b) {
    if (units == null) {
      return null;
    }
    // cosine's A·B is added up only where it fits, and smallRatio refuses -1 there
    return smallRatio(a, b, metric.usesProducts() ? smallDot(a, b) : shared(a, b, false));
  }

  /**
   * A pair's Σmin, or A·B with {@code products}, of the integer units: in a long, which the
   * callers make sure it fits (Σmin of sums below 2⁵⁰; A·B below 2³¹ where A·A and B·B are).
   */
  private long shared(int a, int b, boolean products) {
    int[] ta = profiles.themes[a];
    int[] tb = profiles.themes[b];
    long[] wa = units[a];
    long[] wb = units[b];
    long shared = 0;
    for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
      if (ta[x] < tb[y]) {
        x++;
      } else if (ta[x] > tb[y]) {
        y++;
      } else {
        long u = wa[x++];
        long v = wb[y++];
        shared += products ? u * v : Math.min(u, v);
      }
    }
    return shared;
  }

  /**
   * As {@link #smallRatio(int, int)}, given the pair's Σmin (or A·B for cosine) on the scale
   * of the integer weights: what a loop that counted it exactly (bitsets, on presence weights;
   * the index, on {@link #integral} ones) already knows. For cosine, A·B is used only where A·A
   * and B·B are below 2³¹.
   */
  long[] smallRatio(int a, int b, long shared) {
    if (units == null) {
      return null;
    }
    if (!metric.usesProducts()) {
      return shared == 0 ? new long[] {0, 1}
          : new long[] {numerator(shared), denominator(a, b, shared)};
    }
    // A·B ≤ √(A·A · B·B) by Cauchy–Schwarz, so A·B² stays below 2⁶² with them; past them A·B
    // may have passed a long where it was added up, a 0 included
    long qa = unitSquares[a];
    long qb = unitSquares[b];
    if (qa >= SMALL_PRODUCT || qb >= SMALL_PRODUCT) {
      return null;
    }
    return shared == 0 ? new long[] {0, 1} : new long[] {shared * shared, qa * qb};
  }

  /** The numerator of a Jaccard, Dice or overlap score whose Σmin is {@code shared}. */
  private long numerator(long shared) {
    return metric == Metric.DICE ? 2 * shared : shared;
  }

  /** The denominator of the Jaccard, Dice or overlap score of a and b, given their Σmin. */
  private long denominator(int a, int b, long shared) {
    long sa = unitSums[a];
    long sb = unitSums[b];
    return switch (metric) {
      case JACCARD -> sa + sb - shared;
      case DICE -> sa + sb;
      case OVERLAP -> Math.min(sa, sb);
      case COSINE -> throw new IllegalStateException("cosine is no quotient of sums");
    };
  }

  /**
   * The exact weights as integers on one scale: integer weights as they are, weights 1/p times
   * the least common multiple L of the p; {@code null} if there is no such scale below 2⁴⁰, or
   * a city's sum would reach 2⁵⁰ (sums of two then stay below 2⁵¹, their products below 2¹⁰²).
   */
  private static long[][] units(SparseProfiles profiles) {
    long scale;
    if (profiles.integral) {
      scale = 0;
    } else if (profiles.unitDenominators != null) {
      scale = 1;
      for (int[] ps : profiles.unitDenominators) {
        scale = leastCommonMultiple(scale, ps);
        if (scale >= UNIT_LIMIT) {
          return null;
        }
      }
    } else {
      return null;
    }
    long[][] units = new long[profiles.cityCount][];
    for (int i = 0; i < units.length; i++) {
      units[i] = cityUnits(profiles, i, scale);
      if (units[i] == null) {
        return null;
      }
    }
    return units;
  }

  /** The largest scale, and the largest integer weight, that {@link #units} takes. */
  private static final long UNIT_LIMIT = 1L << 40;

  /**
   * A city's weights as integers: its integer weights as they are (scale 0), or its weights
   * 1/p times the scale; {@code null} if a weight reaches {@link #UNIT_LIMIT} or their sum 2⁵⁰.
   */
  private static long[] cityUnits(SparseProfiles profiles, int i, long scale) {
    long[] units;
    if (scale == 0) {
      double[] w = profiles.weights[i];
      units = new long[w.length];
      for (int x = 0; x < w.length; x++) {
        if (!(w[x] < UNIT_LIMIT)) {
          return null;
        }
        units[x] = (long) w[x];
      }
    } else {
      int[] ps = profiles.unitDenominators[i];
      units = new long[ps.length];
      for (int x = 0; x < ps.length; x++) {
        units[x] = scale / ps[x];
      }
    }
    long sum = 0;
    for (long u : units) {
      sum += u;
      if (sum >= 1L << 50) {
        return null;
      }
    }
    return units;
  }

  /**
   * The least common multiple of a scale below {@link #UNIT_LIMIT} and some denominators, or a
   * value of at least {@link #UNIT_LIMIT} once it gets there.
   */
  private static long leastCommonMultiple(long scale, int[] denominators) {
    long multiple = scale;
    for (int p : denominators) {
      multiple = multiple / gcd(multiple, p) * p;
      if (multiple >= UNIT_LIMIT) {
        return multiple;
      }
    }
    return multiple;
  }

  /** The greatest common divisor of two longs of 0 or more. */
  static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  /**
   * For cosine, a pair's exact A·B, on the scale of {@link #cosineSquares}: the integer units'
   * where there are units, else the weights' own.
   *
   * @param a a city's index
   * @param b another city's index
   * @return A·B
   */
  Fraction cosineDot(int a, int b) {
    int[] ta = profiles.themes[a];
    int[] tb = profiles.themes[b];
    BigInteger unitDot = BigInteger.ZERO;
    Fraction dot = Fraction.ZERO;
    for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
      if (ta[x] < tb[y]) {
        x++;
      } else if (ta[x] > tb[y]) {
        y++;
      } else if (units != null) {
        unitDot = unitDot.add(BigInteger.valueOf(units[a][x++])
            .multiply(BigInteger.valueOf(units[b][y++])));
      } else {
        dot = dot.plus(profiles.exactWeight(a, x++).times(profiles.exactWeight(b, y++)));
      }
    }
    return units != null ? new Fraction(unitDot, BigInteger.ONE) : dot;
  }

  /**
   * For cosine, a pair's A·B on the units' scale, as {@link #cosineDot} gives it, when A·A
   * and B·B are below 2³¹ (then A·B is, by Cauchy–Schwarz): -1 without units or past them.
   *
   * @param a a city's index
   * @param b another city's index
   * @return A·B, or -1
   */
  long smallDot(int a, int b) {
    return units == null || unitSquares[a] >= SMALL_PRODUCT || unitSquares[b] >= SMALL_PRODUCT
        ? -1 : shared(a, b, true);
  }

  /**
   * For cosine, a city's exact A·A, on the scale of {@link #cosineDot}.
   *
   * @param city a city's index
   * @return A·A
   */
  Fraction cosineSquares(int city) {
    if (units == null) {
      return squares(city);
    }
    if (unitSquares[city] < Long.MAX_VALUE) {
      return Fraction.of(unitSquares[city], 1);
    }
    BigInteger sum = BigInteger.ZERO;
    for (long u : units[city]) {
      BigInteger w = BigInteger.valueOf(u);
      sum = sum.add(w.multiply(w));
    }
    return new Fraction(sum, BigInteger.ONE);
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
    return score(a, b, smallRatio(a, b));
  }

  /**
   * Returns the mean score of the pairs of some cities, added exactly and divided once, on
   * every core: no rounding depends on the order of the additions, so the mean is the same on
   * any machine. Each pair's score is the double nearest to its exact score where every
   * weight is a whole number (taken from the kernel where it gives it,
   * {@link PairKernel#nearest}), else its score as the pair loops compute it
   * ({@link #computed}: the sums added in theme order), which is within the loops' error of
   * the exact one: finding the nearest double of a fraction of sums of 1/p for every pair of a
   * large group would cost far more.
   *
   * @param cities the cities' indexes, two or more
   * @param kernel the profiles' kernel
   * @return the double nearest to the exact mean of those doubles
   */
  public double meanOfPairs(int[] cities, PairKernel kernel) {
    int m = cities.length;
    Fraction sum = IntStream.range(0, m - 1).parallel().mapToObj(x -> {
      ExactSum row = new ExactSum();
      for (int y = x + 1; y < m; y++) {
        double term = kernel.nearest(cities[x], cities[y]);
        if (Double.isNaN(term)) {
          term = profiles.integral ? score(cities[x], cities[y])
              : computed(cities[x], cities[y]);
        }
        row.add(term);
      }
      return row.value();
    }).reduce(Fraction.ZERO, Fraction::plus);
    return sum.dividedBy(Fraction.of((long) m * (m - 1) / 2, 1)).toDouble();
  }

  /**
   * As {@link #score(int, int)}, given the pair's {@link #smallRatio} already found.
   *
   * @param a a city's index
   * @param b another city's index
   * @param small what {@link #smallRatio} gives for the pair
   * @return the correctly rounded score
   */
  double score(int a, int b, long[] small) {
    if (small != null) {
      if (small[0] == 0) {
        return 0;
      }
      if (!metric.usesProducts()) {
        return quotient(small[0], small[1]);
      }
      return small[0] == small[1] ? 1 : Fraction.sqrtOfQuotient(small[0], small[1]);
    }
    if (profiles.score(metric, a, b) == 0) {
      return 0;  // no theme shared: exactly 0
    }
    Fraction exact = exact(a, b);
    return metric.usesProducts() ? exact.sqrtToDouble() : exact.toDouble();
  }

  /**
   * {@link #score(int, int, long[])} of the pair's {@link #smallRatio(int, int, long)}, without
   * the array where the ratio is a plain quotient.
   */
  private double score(int a, int b, long shared) {
    if (shared == 0) {
      return 0;
    }
    if (metric.usesProducts()) {
      return score(a, b, smallRatio(a, b, shared));
    }
    return quotient(numerator(shared), denominator(a, b, shared));
  }

  /**
   * The double nearest to a quotient of whole numbers below 2⁵³: both are exact doubles, so
   * one division rounds correctly.
   */
  private static double quotient(long numerator, long denominator) {
    return (double) numerator / (double) denominator;
  }

  /**
   * Returns the double nearest to the exact score of every pair of some cities, in condensed
   * order: pair (x, y), x &lt; y, of the positions in {@code cities} at
   * {@link AllPairs#condensedIndex}. Each is the value {@link #score(int, int)} gives.
   *
   * <p>When the weights have an integer scale, each pair's Σmin (or A·B) is added up through
   * the postings of each theme among these cities, so that only pairs sharing a theme are
   * touched, in O(Σ_t |postings(t)|² + g²) time for g cities; else pair by pair.
   *
   * @param cities the cities' indexes
   * @return the g(g−1)/2 scores
   * @throws IllegalArgumentException if the pairs are too many for one array
   */
  public double[] condensed(int[] cities) {
    int g = cities.length;
    long pairs = (long) g * (g - 1) / 2;
    if (pairs > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(g + " cities have too many pairs for one array");
    }
    double[] result = new double[(int) pairs];
    if (units == null) {
      for (int x = 0, at = 0; x < g; x++) {
        for (int y = x + 1; y < g; y++) {
          result[at++] = score(cities[x], cities[y]);
        }
      }
      return result;
    }
    // The postings of each theme: the positions of the cities that weigh it, ascending, and
    // their integer weights.
    int themes = profiles.themeCount;
    int[] start = new int[themes + 1];
    for (int city : cities) {
      for (int t : profiles.themes[city]) {
        start[t + 1]++;
      }
    }
    for (int t = 0; t < themes; t++) {
      start[t + 1] += start[t];
    }
    int[] cursor = start.clone();
    int[] position = new int[start[themes]];
    long[] weight = new long[start[themes]];
    for (int x = 0; x < g; x++) {
      int[] own = profiles.themes[cities[x]];
      for (int s = 0; s < own.length; s++) {
        int at = cursor[own[s]]++;
        position[at] = x;
        weight[at] = units[cities[x]][s];
      }
    }
    System.arraycopy(start, 0, cursor, 0, themes);
    boolean products = metric.usesProducts();
    long[] shared = new long[g];
    for (int x = 0, at = 0; x < g; x++) {
      int a = cities[x];
      int[] own = profiles.themes[a];
      long[] weights = units[a];
      Arrays.fill(shared, x + 1, g, 0);
      for (int s = 0; s < own.length; s++) {
        int t = own[s];
        long u = weights[s];
        // x is the first posting of t not yet passed: the ones after it are the cities after x.
        int end = start[t + 1];
        for (int p = ++cursor[t]; p < end; p++) {
          long v = weight[p];
          shared[position[p]] += products ? u * v : Math.min(u, v);
        }
      }
      for (int y = x + 1; y < g; y++) {
        result[at++] = score(a, cities[y], shared[y]);
      }
    }
    return result;
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
    if (!close(x, y)) {
      return Double.compare(x, y);
    }
    long[] first = smallRatio(a, b);
    return compareExactly(a, b, first, c, d, first == null ? null : smallRatio(c, d));
  }

  /**
   * Tells whether two computed scores lie too close together for their doubles to order their
   * exact values; a computed 0 is an exact 0 (no theme shared), so it is never close.
   *
   * @param x a pair's computed score
   * @param y another pair's computed score
   * @return whether only the exact values can order them
   */
  boolean close(double x, double y) {
    return x != 0 && y != 0 && Math.abs(x - y) <= tolerance * Math.max(x, y);
  }

  /**
   * Compares the exact scores of two pairs, given their {@link #smallRatio}s where they are
   * known ({@code null} where not: then the fractions decide).
   *
   * @param a the first pair's one city
   * @param b the first pair's other city
   * @param first the first pair's small ratio, or {@code null}
   * @param c the second pair's one city
   * @param d the second pair's other city
   * @param second the second pair's small ratio, or {@code null}
   * @return below 0, 0 or above 0 as the first pair's exact score is below, equal to or above
   *     the second's
   */
  int compareExactly(int a, int b, long[] first, int c, int d, long[] second) {
    if (first != null && second != null) {
      return compareProducts(first[0], second[1], second[0], first[1]);
    }
    return exact(a, b).compareTo(exact(c, d));
  }

  /**
   * Returns a computed score below which a pair surely scores below another pair computed as
   * {@code y}: what a loop may skip without asking for the exact values.
   *
   * @param y the other pair's score as the loops computed it
   * @return the least computed score that may still tie with or pass {@code y}
   */
  public double below(double y) {
    return y * (1 - 2 * tolerance);
  }

  /**
   * Prepares a threshold, taken as the decimal it is written as.
   *
   * @param threshold the threshold, 0 or more
   * @return the threshold, ready for {@link #compareTo(double, int, int, Threshold)}
   * @throws IllegalArgumentException if {@code threshold} is negative
   */
  public Threshold threshold(BigDecimal threshold) {
    return new Threshold(threshold, metric.usesProducts());
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
    return compareTo(x, a, b, threshold(threshold));
  }

  /**
   * Compares a pair's exact score with a prepared threshold.
   *
   * @param x the pair's score as the loops computed it
   * @param a the pair's one city
   * @param b the pair's other city
   * @param threshold the threshold, from {@link #threshold(BigDecimal)}
   * @return below 0, 0 or above 0 as the exact score is below, equal to or above it
   */
  public int compareTo(double x, int a, int b, Threshold threshold) {
    double t = threshold.value;
    if (x == 0) {
      return threshold.exact.isZero() ? 0 : -1;  // a computed 0 is an exact 0
    }
    if (t == 0 || Math.abs(x - t) > tolerance * Math.max(x, t) + Math.ulp(t)) {
      return Double.compare(x, t);
    }
    long[] small = smallRatio(a, b);
    if (small != null && threshold.small != null) {
      return compareProducts(small[0], threshold.small[1], threshold.small[0], small[1]);
    }
    return exact(a, b).compareTo(threshold.exact);
  }

  /** Compares p·q with r·s, all four in [0, 2⁶³), on their exact 126-bit products. */
  static int compareProducts(long p, long q, long r, long s) {
    long high = Math.multiplyHigh(p, q);
    long otherHigh = Math.multiplyHigh(r, s);
    if (high != otherHigh) {
      return Long.compare(high, otherHigh);
    }
    return Long.compareUnsigned(p * q, r * s);
  }

  /** A threshold, as written, ready to be compared with exact scores. Immutable. */
  public static final class Threshold {
    private static final BigDecimal TINY = new BigDecimal("1e-1100");
    /** The double nearest to the threshold. */
    final double value;
    /** The threshold, squared for cosine. */
    final Fraction exact;
    /** {@link #exact} as a numerator and a denominator below 2⁶², or {@code null}. */
    final long[] small;

    Threshold(BigDecimal threshold, boolean squared) {
      Fraction bar = Fraction.of(bounded(Objects.requireNonNull(threshold, "threshold")));
      this.value = bar.toDouble();
      this.exact = squared ? bar.times(bar) : bar;
      BigInteger limit = BigInteger.ONE.shiftLeft(62);
      this.small = exact.numerator().compareTo(limit) < 0
          && exact.denominator().compareTo(limit) < 0
          ? new long[] {exact.numerator().longValue(), exact.denominator().longValue()} : null;
    }

    /**
     * The threshold, or one that every score compares with alike: scores lie in [0, 1], and a
     * score above 0 is far above 10⁻¹¹⁰⁰; so the exact value of a threshold written as
     * {@code 1e-999999999} need not be built.
     */
    private static BigDecimal bounded(BigDecimal threshold) {
      if (threshold.compareTo(BigDecimal.valueOf(2)) > 0) {
        return BigDecimal.valueOf(2);
      }
      if (threshold.signum() > 0 && threshold.compareTo(TINY) < 0) {
        return TINY;
      }
      return threshold;
    }

    /**
     * Returns the double nearest to the threshold.
     *
     * @return the double
     */
    public double value() {
      return value;
    }

    /**
     * Returns a computed score below which a pair surely scores below the threshold.
     *
     * @param scores the exact scores it is compared with
     * @return the least computed score that may still reach the threshold
     */
    public double below(ExactScores scores) {
      return value * (1 - 2 * scores.tolerance) - 2 * Math.ulp(value);
    }
  }
}
