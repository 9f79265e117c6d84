package dev.scap.analysis.grouping;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.ExactScores;
import dev.scap.analysis.internal.NnChain;
import dev.scap.analysis.internal.SparseProfiles;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Peer groups of the cities of a {@link ThemeOverlap}, by the three methods of the command
 * line's <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#groups">
 * {@code groups}</a>:
 * <ul>
 *   <li>{@link #byTheme}: one group per theme, the cities whose plan names it;
 *   <li>{@link #components}: the connected components of the graph whose edges are the pairs
 *       scoring at least a threshold;
 *   <li>{@link #hierarchical}: agglomerative clustering on the distance 1 - similarity, by the
 *       nearest-neighbour chain (Murtagh 1983; Müllner 2011), O(n²) time and n(n-1)/2 doubles of
 *       memory; {@link #cluster} keeps the dendrogram with the overlap, to
 *       {@linkplain Clustering#cut(int) cut} into K groups or
 *       {@linkplain Clustering#cutAt(double) at} a threshold.
 * </ul>
 * A threshold is compared with similarities, never with distances, in both {@link #components}
 * and {@link #cutAt}: 1 - s is rounded, and a score an ulp below a threshold S can have
 * the distance 1 - S exactly. So a single-linkage cut at S is exactly the components at S.
 * Groups are numbered from 1 in document order of their first members. Stateless and
 * thread-safe.
 */
public final class PeerGrouping {

  private PeerGrouping() {}

  /**
   * Makes one group per theme of the overlap: the cities whose plan names it, in a focus area
   * or a project (a narrower theme counting as its top-level theme when the overlap rolls up),
   * whatever the weighting; so under priority weights a theme that a plan names only in its
   * projects still puts the city in the theme's group. A group's shared themes are the themes
   * every member's plan names, in the same sense. Themes no city names make no group.
   *
   * @param overlap the overlap
   * @return the groups, in theme order
   * @throws NullPointerException if {@code overlap} is {@code null}
   */
  public static PeerGroups byTheme(ThemeOverlap overlap) {
    List<ThemeId> themes = overlap.themes();
    boolean[][] names = namedThemes(overlap);
    PairScores scores = computedScores(overlap);
    List<PeerGroup> groups = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        if (names[i][t]) {
          members.add(i);
        }
      }
      if (!members.isEmpty()) {
        int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
        List<ThemeId> shared = new ArrayList<>();
        for (int u = 0; u < themes.size(); u++) {
          boolean all = true;
          for (int m : ids) {
            all &= names[m][u];
          }
          if (all) {
            shared.add(themes.get(u));
          }
        }
        groups.add(new PeerGroup(groups.size() + 1, themes.get(t).value(),
            ids(overlap, ids), shared, meanSimilarity(overlap, scores, ids)));
      }
    }
    return new PeerGroups("themes", groups);
  }

  /**
   * Per city, per theme of the overlap, whether the city's plan names it in a focus area or a
   * project: the themes of its profile under presence weights, whatever the overlap's.
   */
  private static boolean[][] namedThemes(ThemeOverlap overlap) {
    List<ThemeId> themes = overlap.themes();
    Map<ThemeId, Integer> themeIndex = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      themeIndex.put(themes.get(t), t);
    }
    boolean rollup = overlap.options().rollup();
    Map<ThemeId, Integer> counted = new HashMap<>();
    for (Theme theme : overlap.taxonomy().themes()) {
      Integer t = themeIndex.get(theme.id());
      if (t == null && rollup) {
        t = themeIndex.get(overlap.document().topLevelTheme(theme.id()));
      }
      if (t != null) {
        counted.put(theme.id(), t);
      }
    }
    Map<PlanId, Plan> plans = new HashMap<>();
    overlap.document().plans().forEach(plan -> plans.putIfAbsent(plan.id(), plan));
    List<CityProfile> profiles = overlap.profiles();
    boolean[][] names = new boolean[profiles.size()][themes.size()];
    for (int i = 0; i < profiles.size(); i++) {
      PlanId planId = profiles.get(i).plan();
      Plan plan = planId == null ? null : plans.get(planId);
      if (plan == null) {
        continue;
      }
      for (FocusArea area : plan.focusAreas()) {
        mark(names[i], counted.get(area.theme()));
      }
      for (Project project : plan.projects()) {
        for (ThemeId theme : project.themes()) {
          mark(names[i], counted.get(theme));
        }
      }
    }
    return names;
  }

  private static void mark(boolean[] names, Integer theme) {
    if (theme != null) {
      names[theme] = true;
    }
  }

  /**
   * Groups the cities into the connected components of the pairs scoring at least a threshold,
   * as {@link #components(ThemeOverlap, BigDecimal)} does, with the threshold given as a
   * double: it is taken as the shortest decimal that reads back as that double
   * ({@link Double#toString(double)}), the decimal written for any literal of up to 15
   * significant digits.
   *
   * @param overlap the overlap
   * @param threshold the least score of an edge, finite
   * @return the components
   * @throws IllegalArgumentException if {@code threshold} is not finite
   */
  public static PeerGroups components(ThemeOverlap overlap, double threshold) {
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("the threshold must be finite: " + threshold);
    }
    return components(overlap, new BigDecimal(Double.toString(threshold)));
  }

  /**
   * Groups the cities into the connected components of the pairs scoring at least a threshold,
   * decided on the exact scores: a pair whose score is mathematically the threshold is an edge,
   * whatever its double. A threshold of 0 or less joins every city, zero profiles included;
   * above 0 only pairs that share a theme can be edges, and the inverted index finds them
   * without scoring the other pairs: Σ_t |cities weighing t|² steps, memory O(n).
   *
   * @param overlap the overlap
   * @param threshold the least score of an edge, exactly as written
   * @return the components
   * @throws NullPointerException if an argument is {@code null}
   */
  public static PeerGroups components(ThemeOverlap overlap, BigDecimal threshold) {
    Objects.requireNonNull(threshold, "threshold");
    int n = overlap.cities().size();
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    ExactScores exact = new ExactScores(SparseProfiles.of(overlap), overlap.options().metric());
    if (threshold.signum() <= 0) {
      Arrays.fill(parent, 0);
    } else {
      AllPairs.pairsAtLeast(exact, exact.threshold(threshold), (i, j) -> union(parent, i, j));
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = find(parent, i);
    }
    return groupsOf(overlap, exact::computed, labels,
        "components, threshold " + threshold);
  }

  /** The scores of pairs as the pair loops compute them, for the mean similarities. */
  private static PairScores computedScores(ThemeOverlap overlap) {
    ExactScores exact = new ExactScores(SparseProfiles.of(overlap), overlap.options().metric());
    return exact::computed;
  }

  /**
   * Clusters the cities agglomeratively on the distance 1 - similarity. The dendrogram also
   * holds each merge's linkage similarity, which {@link #cutAt} decides on; it does not
   * hold the overlap, which a cut needs: {@link #cluster} keeps the two together.
   *
   * @param overlap the overlap
   * @param linkage the linkage
   * @return the dendrogram
   */
  public static Dendrogram hierarchical(ThemeOverlap overlap, Linkage linkage) {
    double[] scores = overlap.condensedScores();
    NnChain.Clustering clustering = NnChain.cluster(scores, overlap.cities().size(), linkage);
    return new Dendrogram(overlap.cities(), linkage, clustering.merges(),
        clustering.similarities());
  }

  /**
   * Clusters the cities agglomeratively, as {@link #hierarchical} does, and keeps the
   * dendrogram with the overlap it was made from: what to use to cut it into K groups or at a
   * threshold without giving the overlap a second time.
   *
   * @param overlap the overlap
   * @param linkage the linkage
   * @return the clustering
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Clustering cluster(ThemeOverlap overlap, Linkage linkage) {
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(linkage, "linkage");
    return new Clustering(overlap, hierarchical(overlap, linkage));
  }

  /**
   * Cuts a dendrogram into exactly K groups by undoing its last K - 1 merges. The overlap
   * describes the groups (shared themes, mean similarity); {@link Clustering#cut(int)} cuts
   * without giving it a second time.
   *
   * @param overlap the overlap the dendrogram was made from; only its cities are checked, so
   *     one of the same cities made with other options would describe the groups by scores the
   *     dendrogram was not made from
   * @param dendrogram the dendrogram, from {@link #hierarchical} or made from its merges
   * @param k the number of groups, from 1 to the number of cities (0 for no city)
   * @return the groups
   * @throws IllegalArgumentException if {@code k} is out of range, or the overlap's cities are
   *     not the dendrogram's leaves, in order
   */
  public static PeerGroups cut(ThemeOverlap overlap, Dendrogram dendrogram, int k) {
    checkCities(overlap, dendrogram);
    int n = dendrogram.leaves().size();
    if (n == 0 && k == 0) {
      return new PeerGroups("hierarchical " + dendrogram.linkage().code() + ", 0 groups",
          List.of());
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("cannot cut " + count(n, "city", "cities") + " into "
          + count(k, "group", "groups"));
    }
    return cutAfter(overlap, dendrogram, n - k, "hierarchical " + dendrogram.linkage().code()
        + ", " + k + " groups");
  }

  /**
   * Cuts a dendrogram at a similarity threshold S: the merges whose linkage similarity
   * ({@link Dendrogram#similarities()}) is at least S stay, compared as {@link #components}
   * compares scores, so that a single-linkage cut at S is the components at S. A merge stays
   * only with the merges that made its two clusters; similarity never rises up the tree under
   * these linkages, but for rounding in average linkage's means. The overlap describes the
   * groups; {@link Clustering#cutAt(double)} cuts without giving it a second time.
   *
   * @param overlap the overlap the dendrogram was made from; only its cities are checked, so
   *     one of the same cities made with other options would describe the groups by scores the
   *     dendrogram was not made from
   * @param dendrogram the dendrogram, from {@link #hierarchical} or made from its merges
   * @param threshold the similarity S
   * @return the groups
   * @throws IllegalArgumentException if the overlap's cities are not the dendrogram's leaves,
   *     in order
   */
  public static PeerGroups cutAt(ThemeOverlap overlap, Dendrogram dendrogram, double threshold) {
    checkCities(overlap, dendrogram);
    int n = dendrogram.leaves().size();
    List<Merge> merges = dendrogram.merges();
    boolean[] kept = new boolean[merges.size()];
    for (int r = 0; r < merges.size(); r++) {
      Merge merge = merges.get(r);
      kept[r] = dendrogram.similarities().get(r) >= threshold
          && (merge.left() < n || kept[merge.left() - n])
          && (merge.right() < n || kept[merge.right() - n]);
    }
    return cutKeeping(overlap, dendrogram, kept, "hierarchical " + dendrogram.linkage().code()
        + ", threshold " + threshold);
  }

  /**
   * Rejects an overlap whose cities are not the dendrogram's leaves, which would describe
   * groups of other cities. A check of ids only, cheap beside the cut: it scores nothing and
   * compares no profiles.
   */
  private static void checkCities(ThemeOverlap overlap, Dendrogram dendrogram) {
    Objects.requireNonNull(overlap, "overlap");
    if (!overlap.cities().equals(dendrogram.leaves())) {
      int cities = overlap.cities().size();
      throw new IllegalArgumentException("the overlap is not the one the dendrogram was made"
          + " from: its " + count(cities, "city", "cities") + (cities == 1 ? " is" : " are")
          + " not the dendrogram's " + count(dendrogram.leaves().size(), "leaf", "leaves")
          + ", in order");
    }
  }

  /** A number and the noun it counts: "1 city", "2 cities". */
  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static PeerGroups cutAfter(ThemeOverlap overlap, Dendrogram dendrogram, int merges,
      String method) {
    boolean[] kept = new boolean[dendrogram.merges().size()];
    Arrays.fill(kept, 0, merges, true);
    return cutKeeping(overlap, dendrogram, kept, method);
  }

  /** Groups the leaves by the kept merges; a kept merge's two clusters are kept merges too. */
  private static PeerGroups cutKeeping(ThemeOverlap overlap, Dendrogram dendrogram,
      boolean[] kept, String method) {
    int n = dendrogram.leaves().size();
    int[] parent = new int[n + kept.length];
    Arrays.setAll(parent, i -> i);
    for (int r = 0; r < kept.length; r++) {
      if (kept[r]) {
        Merge merge = dendrogram.merges().get(r);
        parent[merge.left()] = n + r;
        parent[merge.right()] = n + r;
      }
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = find(parent, i);
    }
    return groupsOf(overlap, pairs(overlap), labels, method);
  }

  /** The score of two cities by their indexes. */
  @FunctionalInterface
  private interface PairScores {
    double score(int i, int j);
  }

  /**
   * Scores pairs as they are asked for: a group's mean needs only the pairs inside it, so a cut
   * does not score every pair again.
   */
  private static PairScores pairs(ThemeOverlap overlap) {
    List<CityId> cities = overlap.cities();
    return (i, j) -> overlap.score(cities.get(i), cities.get(j));
  }

  private static PeerGroups groupsOf(ThemeOverlap overlap, PairScores scores, int[] labels,
      String method) {
    int n = labels.length;
    List<List<Integer>> byLabel = new ArrayList<>();
    int[] groupOfLabel = new int[labels.length == 0 ? 0 : Arrays.stream(labels).max().getAsInt()
        + 1];
    Arrays.fill(groupOfLabel, -1);
    for (int i = 0; i < n; i++) {
      if (groupOfLabel[labels[i]] < 0) {
        groupOfLabel[labels[i]] = byLabel.size();
        byLabel.add(new ArrayList<>());
      }
      byLabel.get(groupOfLabel[labels[i]]).add(i);
    }
    List<PeerGroup> groups = new ArrayList<>();
    for (List<Integer> members : byLabel) {
      groups.add(group(overlap, scores, groups.size() + 1, "",
          members.stream().mapToInt(Integer::intValue).toArray()));
    }
    return new PeerGroups(method, groups);
  }

  private static PeerGroup group(ThemeOverlap overlap, PairScores scores, int number,
      String label, int[] members) {
    List<ThemeId> shared = new ArrayList<>();
    List<CityProfile> profiles = overlap.profiles();
    for (ThemeId theme : overlap.themes()) {
      boolean all = members.length > 0;
      for (int m : members) {
        all &= profiles.get(m).weight(theme) > 0;
      }
      if (all) {
        shared.add(theme);
      }
    }
    return new PeerGroup(number, label, ids(overlap, members), shared,
        meanSimilarity(overlap, scores, members));
  }

  private static List<CityId> ids(ThemeOverlap overlap, int[] members) {
    List<CityId> ids = new ArrayList<>();
    for (int m : members) {
      ids.add(overlap.cities().get(m));
    }
    return ids;
  }

  /** The mean score of a group's pairs; a single member's: 1, or 0 for a zero profile. */
  private static double meanSimilarity(ThemeOverlap overlap, PairScores scores, int[] members) {
    if (members.length == 1) {
      return overlap.profiles().get(members[0]).isZero() ? 0 : 1;
    }
    double sum = 0;
    long pairs = 0;
    for (int x = 0; x < members.length; x++) {
      for (int y = x + 1; y < members.length; y++) {
        sum += scores.score(members[x], members[y]);
        pairs++;
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
