package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The sparse profiles of an overlap, rebuilt from what it publishes (its themes, its profiles
 * and its options) in O(n·T): the pair loops and the exact scores of the grouping package work
 * on them without the overlap opening its internals.
 */
public final class OverlapProfiles {

  private OverlapProfiles() {}

  /**
   * Returns the profiles of an overlap's cities, in document order, with each priority weight
   * 1/p given exactly.
   *
   * @param overlap the overlap
   * @return the profiles
   */
  public static SparseProfiles of(ThemeOverlap overlap) {
    List<ThemeId> themes = overlap.themes();
    Map<ThemeId, Integer> index = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      index.put(themes.get(t), t);
    }
    List<CityProfile> profiles = overlap.profiles();
    int n = profiles.size();
    boolean priority = overlap.options().weighting() == Weighting.PRIORITY;
    int[][] themeArrays = new int[n][];
    double[][] weightArrays = new double[n][];
    int[][] denominators = priority ? new int[n][] : null;
    for (int i = 0; i < n; i++) {
      Map<ThemeId, Double> weights = profiles.get(i).weights();
      int[] ts = weights.keySet().stream().mapToInt(index::get).sorted().toArray();
      double[] ws = new double[ts.length];
      for (int x = 0; x < ts.length; x++) {
        ws[x] = weights.get(themes.get(ts[x]));
      }
      themeArrays[i] = ts;
      weightArrays[i] = ws;
      if (priority) {
        // a priority's weight is 1.0 / p, the double nearest to 1/p, and p is its inverse
        denominators[i] = Arrays.stream(ws).mapToInt(w -> (int) Math.round(1 / w)).toArray();
      }
    }
    List<CityId> cities = overlap.cities();
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing(i -> cities.get(i).value()));
    int[] idRank = new int[n];
    for (int r = 0; r < n; r++) {
      idRank[order[r]] = r;
    }
    return new SparseProfiles(themes.size(), themeArrays, weightArrays, denominators, idRank);
  }
}
