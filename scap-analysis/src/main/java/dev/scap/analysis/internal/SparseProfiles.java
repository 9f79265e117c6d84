package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.ThemeId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
    for (int i = 0; i < cityCount; i++) {
      double sum = 0;
      double square = 0;
      for (double w : weights[i]) {
        sum += w;
        square += w * w;
      }
      sums[i] = sum;
      squares[i] = square;
    }
    boolean allIntegers = unitDenominators == null;
    for (int i = 0; i < cityCount && allIntegers; i++) {
      for (double w : weights[i]) {
        allIntegers &= w == Math.rint(w);
      }
    }
    this.integral = allIntegers;
  }

  /**
   * Builds the profiles of an overlap from what it publishes: the same themes, weights and
   * order of ids as the overlap's own, for decisions made outside it (the groups).
   *
   * @param overlap the overlap
   * @return its profiles
   */
  public static SparseProfiles of(ThemeOverlap overlap) {
    List<ThemeId> themeList = overlap.themes();
    Map<ThemeId, Integer> themeIndex = new HashMap<>();
    for (int t = 0; t < themeList.size(); t++) {
      themeIndex.put(themeList.get(t), t);
    }
    List<CityProfile> profiles = overlap.profiles();
    int n = profiles.size();
    boolean priority = overlap.options().weighting() == Weighting.PRIORITY;
    int[][] themes = new int[n][];
    double[][] weights = new double[n][];
    int[][] units = priority ? new int[n][] : null;
    for (int i = 0; i < n; i++) {
      Map<ThemeId, Double> named = profiles.get(i).weights();
      themes[i] = new int[named.size()];
      weights[i] = new double[named.size()];
      if (units != null) {
        units[i] = new int[named.size()];
      }
      int x = 0;
      for (Map.Entry<ThemeId, Double> entry : named.entrySet()) {
        themes[i][x] = themeIndex.get(entry.getKey());
        weights[i][x] = entry.getValue();
        if (units != null) {
          // a priority's weight is the double nearest to 1/p, and p is far below 2²⁶
          units[i][x] = (int) Math.round(1 / entry.getValue());
        }
        x++;
      }
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing(i -> profiles.get(i).city().value()));
    int[] idRank = new int[n];
    for (int r = 0; r < n; r++) {
      idRank[order[r]] = r;
    }
    return new SparseProfiles(themeList.size(), themes, weights, units, idRank);
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
