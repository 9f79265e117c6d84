package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.Metric;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Scores pairs of profiles fast, for the condensed scores that clustering works on: the kernel
 * chosen for the data at hand, as {@code pdist} does for dense data.
 * <ul>
 *   <li>presence weights: one bitset per city, |A ∩ B| by AND and popcount, ⌈T/64⌉ words a
 *       pair;
 *   <li>other integer weights on dense profiles: one row of T ints per city, Σ A·B or Σ min by a
 *       loop over the themes that the JIT compiles to vector instructions;
 *   <li>otherwise (priority weights, or profiles too sparse for a dense row to pay): one sparse
 *       merge per pair, as {@link SparseProfiles#score} does.
 * </ul>
 * On integer weights the sums are exact integers, and the score is computed from them by the
 * formula of {@link Metric#score}, so that it is the double the pair loops give; its error is
 * at most {@link #error()}. Immutable and thread-safe.
 */
public final class PairKernel {

  private static final double UNIT = 0x1.0p-53;

  private final SparseProfiles profiles;
  private final Metric metric;
  private final int n;
  /** The kernel: 0 sparse merge, 1 bitsets, 2 dense ints. */
  private final int kind;
  private final int words;
  private final long[] bits;
  private final int themes;
  private final int[] dense;
  private final double[] sums;
  private final double[] squares;
  /** Each city's sum of squares, 1 for a zero profile, for the cosines' divisions. */
  private final double[] nonZeroSquares;
  private final double error;

  /**
   * Prepares the kernel for a metric over profiles, with dense rows of up to 2²⁸ ints in all
   * (1 GiB), for the clustering, whose condensed scores take far more.
   *
   * @param profiles the profiles
   * @param metric the metric
   */
  public PairKernel(SparseProfiles profiles, Metric metric) {
    this(profiles, metric, 1 << 28);
  }

  /**
   * Prepares the kernel for a metric over profiles, with dense rows only while they hold at
   * most {@code mostDense} ints in all: what work that holds no array of pairs asks for.
   *
   * @param profiles the profiles
   * @param metric the metric
   * @param mostDense the most ints the dense rows may take
   */
  public PairKernel(SparseProfiles profiles, Metric metric, long mostDense) {
    this.profiles = profiles;
    this.metric = metric;
    this.n = profiles.cityCount;
    this.themes = profiles.themeCount;
    this.sums = profiles.sums;
    this.squares = profiles.squares;
    this.nonZeroSquares = squares.clone();
    for (int i = 0; i < n; i++) {
      if (squares[i] == 0) {
        nonZeroSquares[i] = 1;
      }
    }
    long entries = 0;
    double largest = 0;
    boolean ones = profiles.integral;
    for (int i = 0; i < n; i++) {
      entries += profiles.themes[i].length;
      for (double w : profiles.weights[i]) {
        largest = Math.max(largest, w);
        ones &= w == 1;
      }
    }
    double mean = n == 0 ? 0 : (double) entries / n;
    this.words = (themes + 63) >>> 6;
    boolean exactSums = profiles.integral
        && largest * largest * Math.max(1, themes) < Integer.MAX_VALUE;
    if (ones && words <= Math.max(1, mean)) {
      kind = 1;
      bits = new long[n * words];
      for (int i = 0; i < n; i++) {
        for (int t : profiles.themes[i]) {
          bits[i * words + (t >>> 6)] |= 1L << t;
        }
      }
      dense = null;
    } else if (exactSums && themes <= Math.max(128, 8 * mean) && (long) n * themes < mostDense) {
      kind = 2;
      bits = null;
      dense = new int[n * themes];
      for (int i = 0; i < n; i++) {
        for (int x = 0; x < profiles.themes[i].length; x++) {
          dense[i * themes + profiles.themes[i][x]] = (int) profiles.weights[i][x];
        }
      }
    } else {
      kind = 0;
      bits = null;
      dense = null;
    }
    // Exact integer sums give Jaccard, Dice and overlap by one division, correctly rounded,
    // and cosine by a product, a root and a division; the sparse merge adds up to T rounded
    // terms a sum, the error ExactScores states. Two fractions of denominators below 2^26
    // differ by more than 2^-52 unless equal, so their correctly rounded doubles are equal
    // exactly when they are: such doubles stand for their exact values (error 0).
    double largestSum = 0;
    for (int i = 0; i < n; i++) {
      largestSum = Math.max(largestSum, sums[i]);
    }
    if (profiles.integral && !metric.usesProducts() && 2 * largestSum < 0x1.0p26) {
      this.error = 0;
    } else {
      this.error = kind != 0 || profiles.integral
          ? (metric.usesProducts() ? 4 : 1) * UNIT
          : (4.0 * themes + 10) * UNIT;
    }
  }

  /**
   * Returns the most that a computed score can be away from the exact score; 0 where the
   * computed scores are correctly rounded fractions so far apart that they are equal, and
   * ordered, exactly as the exact scores are.
   *
   * @return the bound on the absolute error
   */
  public double error() {
    return error;
  }

  /**
   * Returns the number of cities.
   *
   * @return n
   */
  public int cityCount() {
    return n;
  }

  /**
   * Scores one pair.
   *
   * @param a a city's index
   * @param b another city's index
   * @return the score
   */
  public double score(int a, int b) {
    return switch (kind) {
      case 1 -> fromShared(popcount(a, b), a, b);
      case 2 -> fromShared(metric.usesProducts() ? dot(a, b) : mins(a, b), a, b);
      default -> profiles.score(metric, a, b);
    };
  }

  /**
   * Returns the double nearest to a pair's exact score where this kernel's sums give it
   * cheaply: its own score where its error is 0, and for cosine on whole-number sums the
   * correctly rounded root of (A·B)² / (A·A · B·B); else NaN.
   *
   * @param a a city's index
   * @param b another city's index
   * @return the nearest double, or NaN
   */
  public double nearest(int a, int b) {
    if (error == 0) {
      return score(a, b);
    }
    if (metric != Metric.COSINE || kind == 0) {
      return Double.NaN;
    }
    // A·B, A·A and B·B are whole numbers below 2^31 (the kernel holds them as ints), so
    // (A·B)² and A·A · B·B are exact in longs, below 2^62
    long shared = kind == 1 ? popcount(a, b) : dot(a, b);
    long product = (long) squares[a] * (long) squares[b];
    if (shared == 0 || product == 0) {
      return 0;
    }
    return Fraction.sqrtOfQuotient(shared * shared, product);
  }

  /**
   * Scores every pair i &lt; j into a new condensed array, on every core.
   *
   * @return the condensed scores, laid out as SciPy's {@code pdist}
   */
  public double[] condensed() {
    double[] scores = new double[(int) ((long) n * (n - 1) / 2)];
    // Dense integer profiles are scored a row at a time, theme-major: for each theme of city i,
    // one pass over the cities after it adds w·B(t) (or min(w, B(t))) to their sums, a loop of
    // independent lanes that the JIT turns into vector instructions; only i's own themes cost.
    int[][] columns = kind == 2 ? columns() : null;
    ThreadLocal<RowSums> rowSums = ThreadLocal.withInitial(() -> new RowSums(n));
    // Row i holds n - i - 1 pairs: pairing the rows i and n - 1 - i gives every task n - 1.
    IntStream.range(0, (n + 1) / 2).parallel().forEach(i -> {
      RowSums shared = kind == 2 ? rowSums.get() : null;
      row(i, scores, columns, shared);
      if (n - 1 - i != i) {
        row(n - 1 - i, scores, columns, shared);
      }
    });
    return scores;
  }

  /** The dense profiles theme by theme: column t holds each city's weight on theme t. */
  private int[][] columns() {
    int[][] columns = new int[themes][n];
    for (int i = 0; i < n; i++) {
      for (int x = 0; x < profiles.themes[i].length; x++) {
        columns[profiles.themes[i][x]][i] = (int) profiles.weights[i][x];
      }
    }
    return columns;
  }

  /** One thread's sums of a row: as ints, and as doubles for the cosines. */
  private static final class RowSums {
    final int[] ints;
    final double[] doubles;

    RowSums(int n) {
      ints = new int[n];
      doubles = new double[n];
    }
  }

  private void row(int i, double[] scores, int[][] columns, RowSums sums) {
    int base = AllPairs.condensedIndex(n, i, i + 1) - (i + 1);
    switch (kind) {
      case 1 -> {
        for (int j = i + 1; j < n; j++) {
          scores[base + j] = fromShared(popcount(i, j), i, j);
        }
      }
      case 2 -> {
        int[] shared = sums.ints;
        Arrays.fill(shared, i + 1, n, 0);
        boolean products = metric.usesProducts();
        int[] ts = profiles.themes[i];
        double[] ws = profiles.weights[i];
        for (int x = 0; x < ts.length; x++) {
          int w = (int) ws[x];
          int[] column = columns[ts[x]];
          if (products) {
            for (int j = i + 1; j < n; j++) {
              shared[j] += w * column[j];
            }
          } else {
            for (int j = i + 1; j < n; j++) {
              shared[j] += Math.min(w, column[j]);
            }
          }
        }
        if (metric == Metric.COSINE) {
          cosines(i, scores, base, shared, sums.doubles);
        } else {
          for (int j = i + 1; j < n; j++) {
            scores[base + j] = fromShared(shared[j], i, j);
          }
        }
      }
      default -> {
        for (int j = i + 1; j < n; j++) {
          scores[base + j] = profiles.score(metric, i, j);
        }
      }
    }
  }

  /**
   * Row i's cosines from its sums of products, as {@link Metric#score} gives them, in loops
   * without branches that the JIT turns into vector instructions (whose roots and quotients
   * are correctly rounded, as the scalar ones are): the sums are made doubles in a pass of
   * their own, as a loop that also converts does not vectorise. A zero profile scores 0 with
   * every other: its row is left as it is, 0, and a later zero profile is divided as if its
   * sum of squares were 1, so that its sum of products, 0, gives 0.
   */
  private void cosines(int i, double[] scores, int base, int[] shared, double[] doubles) {
    double own = squares[i];
    if (own == 0) {
      return;
    }
    for (int j = i + 1; j < n; j++) {
      doubles[j] = shared[j];
    }
    double[] divisors = nonZeroSquares;
    for (int j = i + 1; j < n; j++) {
      scores[base + j] = Math.min(1.0, doubles[j] / Math.sqrt(own * divisors[j]));
    }
  }

  private int popcount(int a, int b) {
    int shared = 0;
    int x = a * words;
    int y = b * words;
    for (int w = 0; w < words; w++) {
      shared += Long.bitCount(bits[x + w] & bits[y + w]);
    }
    return shared;
  }

  private int dot(int a, int b) {
    int sum = 0;
    int x = a * themes;
    int y = b * themes;
    for (int t = 0; t < themes; t++) {
      sum += dense[x + t] * dense[y + t];
    }
    return sum;
  }

  private int mins(int a, int b) {
    int sum = 0;
    int x = a * themes;
    int y = b * themes;
    for (int t = 0; t < themes; t++) {
      sum += Math.min(dense[x + t], dense[y + t]);
    }
    return sum;
  }

  private double fromShared(int shared, int a, int b) {
    return metric.score(shared, sums[a], sums[b], squares[a], squares[b]);
  }
}
