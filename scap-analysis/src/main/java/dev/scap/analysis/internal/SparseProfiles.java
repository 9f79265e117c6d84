package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.Metric;

/**
 * Profiles as sparse vectors over theme indexes, for the pair loops: per city its themes in
 * ascending order, their weights, and the sums the metrics need. Immutable once built.
 */
public final class SparseProfiles {

  final int cityCount;
  final int themeCount;
  final int[][] themes;
  final double[][] weights;
  final double[] sums;
  final double[] squares;
  /** Each city's place among the cities' ids in string order, to break ties. */
  final int[] idRank;
  /** Per city, p for each weight that is exactly 1/p; {@code null} if the weights are exact. */
  final int[][] unitDenominators;
  /** Whether every weight is an integer. */
  final boolean integral;

  /**
   * Holds the profiles.
   *
   * @param themeCount the number of themes
   * @param themes per city, the indexes of its themes of positive weight, ascending
   * @param weights per city, the weights of those themes
   * @param idRank per city, its rank among the ids in string order
   */
  public SparseProfiles(int themeCount, int[][] themes, double[][] weights, int[] idRank) {
    this(themeCount, themes, weights, null, idRank);
  }

  /**
   * Holds the profiles, with weights of the form 1/p given exactly.
   *
   * @param themeCount the number of themes
   * @param themes per city, the indexes of its themes of positive weight, ascending
   * @param weights per city, the weights of those themes, as doubles
   * @param unitDenominators per city, p for each weight that is exactly 1/p (the double being
   *     the one nearest to it); {@code null} if each double is the exact weight
   * @param idRank per city, its rank among the ids in string order
   */
  public SparseProfiles(int themeCount, int[][] themes, double[][] weights,
      int[][] unitDenominators, int[] idRank) {
    this.unitDenominators = unitDenominators;
    this.cityCount = themes.length;
    this.themeCount = themeCount;
    this.themes = themes;
    this.weights = weights;
    this.idRank = idRank;
    this.sums = new double[cityCount];
    this.squares = new double[cityCount];
    // A loop that runs once runs in the interpreter: what it does for each city is a method
    // of its own, soon compiled.
    boolean allIntegers = unitDenominators == null;
    for (int i = 0; i < cityCount; i++) {
      sums[i] = sum(weights[i]);
      squares[i] = sumOfSquares(weights[i]);
      allIntegers = allIntegers && integers(weights[i]);
    }
    this.integral = allIntegers;
  }

  private static double sum(double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  private static double sumOfSquares(double[] weights) {
    double square = 0;
    for (double w : weights) {
      square += w * w;
    }
    return square;
  }

  private static boolean integers(double[] weights) {
    for (double w : weights) {
      if (w != Math.rint(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a city's weight on one of its themes, exactly.
   *
   * @param city the city's index
   * @param x the theme's place among the city's themes
   * @return the weight
   */
  Fraction exactWeight(int city, int x) {
    if (unitDenominators != null) {
      return Fraction.of(1, unitDenominators[city][x]);
    }
    double w = weights[city][x];
    return w == Math.rint(w) && w < 0x1.0p62 ? Fraction.of((long) w, 1) : Fraction.of(w);
  }

  /**
   * Scores one pair by merging the two profiles in theme order: the same sums, added in the same
   * order, as the all-pairs loops.
   *
   * @param metric the metric
   * @param a a city's index
   * @param b another city's index
   * @return the score
   */
  public double score(Metric metric, int a, int b) {
    int[] ta = themes[a];
    int[] tb = themes[b];
    double shared = 0;
    int x = 0;
    int y = 0;
    while (x < ta.length && y < tb.length) {
      if (ta[x] < tb[y]) {
        x++;
      } else if (ta[x] > tb[y]) {
        y++;
      } else {
        double wa = weights[a][x++];
        double wb = weights[b][y++];
        shared += metric.usesProducts() ? wa * wb : Math.min(wa, wb);
      }
    }
    return metric.score(shared, sums[a], sums[b], squares[a], squares[b]);
  }

  /**
   * Returns the number of cities.
   *
   * @return the count
   */
  public int cityCount() {
    return cityCount;
  }
}
