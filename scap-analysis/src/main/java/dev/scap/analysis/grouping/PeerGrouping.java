package dev.scap.analysis.grouping;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.ExactPairs;
import dev.scap.analysis.internal.ExactScores;
import dev.scap.analysis.internal.NnChain;
import dev.scap.analysis.internal.OverlapProfiles;
import dev.scap.analysis.internal.PairKernel;
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
import java.util.ArrayDeque;
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
 *   <li>{@link #hierarchical}: agglomerative clustering on the distance 1 - similarity, every
 *       merge decided on exact values, ties by the lowest leaves of the two clusters: by the
 *       nearest-neighbour chain (Murtagh 1983; Müllner 2011) for average and complete linkage,
 *       by the textbook algorithm with each cluster's best neighbour kept for single linkage;
 *       O(n²) time, and memory n(n-1)/2 doubles worked on in place (single and complete
 *       linkage add an int a pair). {@link #cluster} keeps the dendrogram with the overlap, to
 *       {@linkplain Clustering#cut(int) cut} into K groups or
 *       {@linkplain Clustering#cutAt(double) at} a threshold.
 * </ul>
 * A threshold is compared with exact similarities, never with distances, in {@link #cutAt}: a
 * similarity of exactly S is at least S, however its double rounds. So a single-linkage cut at
 * S is the components at S.
 * Groups are numbered from 1 in document order of their first members. The pair scores are
 * computed on every core (the common fork-join pool); average and complete linkage of 2,048
 * cities or more share each scan with one more thread of their own, a daemon started for the
 * call and stopped before it returns (not on a machine of one core). Stateless and
 * thread-safe.
 */
public final class PeerGrouping {

  /** The most pairs one Java array holds. */
  private static final long MOST_PAIRS = Integer.MAX_VALUE - 8;

  /**
   * The most ints of dense rows that the groups' means may take where no array of pairs is
   * held (64 MiB): past it the kernel merges sparse profiles instead.
   */
  private static final long MEANS_DENSE = 1 << 24;

  /** The most cities whose pairs fit in one array. */
  private static final int MOST_CITIES = 65_536;

  /**
   * A threshold below every similarity above 0: such a similarity is a ratio of sums of at
   * most 10⁷ weights, each an integer below 2⁶³ or 1/p with p below 2³¹, so far above it.
   */
  private static final BigDecimal SMALLEST = new BigDecimal("1e-1000");

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
    Exact exact = new Exact(overlap, MEANS_DENSE);
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
            idsOf(overlap, ids), shared, mean(overlap, exact, ids)));
      }
    }
    return new PeerGroups(new GroupingMethod.Themes(), groups);
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
    // components hold no array of pairs: their means' kernel stays within 64 MiB
    Exact means = new Exact(overlap, MEANS_DENSE);
    ExactScores exact = means.scores;
    if (threshold.signum() <= 0) {
      Arrays.fill(parent, 0);
    } else {
      AllPairs.pairsAtLeast(exact, exact.threshold(threshold), (i, j) -> union(parent, i, j));
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = find(parent, i);
    }
    return groupsOf(overlap, labels, new GroupingMethod.Components(threshold),
        (members, label) -> mean(overlap, means, members));
  }

  /**
   * Clusters the cities agglomeratively on the distance 1 - similarity, as the
   * <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#hierarchical-clustering">
   * contract</a> states: each step merges the two clusters of highest linkage similarity,
   * decided on the exact scores; among pairs of clusters that tie, the one whose lowest leaves,
   * (smaller, larger) in document order, come first. Rows are in merge order; where nothing
   * ties they are SciPy's. The dendrogram also holds each merge's linkage similarity, which
   * {@link #cutAt} decides on; it does not hold the overlap, which a cut needs:
   * {@link #cluster} keeps the two together.
   *
   * @param overlap the overlap
   * @param linkage the linkage
   * @return the dendrogram
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the overlap has more than 65,536 cities, whose pairs
   *     one array cannot hold
   */
  public static Dendrogram hierarchical(ThemeOverlap overlap, Linkage linkage) {
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(linkage, "linkage");
    int n = overlap.cities().size();
    if ((long) n * (n - 1) / 2 > MOST_PAIRS) {
      throw new IllegalArgumentException("hierarchical clustering holds the n(n-1)/2 pair"
          + " scores in one array, which takes at most " + MOST_CITIES + " cities, not " + n);
    }
    Exact exact = new Exact(overlap);
    NnChain.Clustering clustering = NnChain.cluster(exact.kernel.condensed(),
        n, linkage, exact.pairs);
    return new Dendrogram(overlap.cities(), linkage, clustering.merges(),
        clustering.similarities());
  }

  /** The fast pair scores of an overlap and the exact values behind them. */
  private static final class Exact {

    final ExactScores scores;
    final PairKernel kernel;
    final ExactPairs pairs;

    Exact(ThemeOverlap overlap) {
      this(overlap, 1 << 28);
    }

    /** With the kernel's dense rows (n·T ints) only while they hold at most so many. */
    Exact(ThemeOverlap overlap, long mostDense) {
      scores = OverlapProfiles.scores(overlap);
      kernel = new PairKernel(scores.profiles(), scores.metric(), mostDense);
      pairs = ExactPairs.of(scores, kernel.error());
    }
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
   * @throws IllegalArgumentException if the overlap has more than 65,536 cities
   */
  public static Clustering cluster(ThemeOverlap overlap, Linkage linkage) {
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(linkage, "linkage");
    return new Clustering(overlap, hierarchical(overlap, linkage));
  }

  /**
   * Cuts a dendrogram into exactly K groups by undoing its last K - 1 merges. The overlap
   * describes the groups (shared themes; mean similarity, which under average linkage is
   * added up from the similarities of the merges inside each group);
   * {@link Clustering#cut(int)} cuts without giving it a second time.
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
      return new PeerGroups(new GroupingMethod.HierarchicalGroups(dendrogram.linkage(), 0),
          List.of());
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("cannot cut " + count(n, "city", "cities") + " into "
          + count(k, "group", "groups"));
    }
    return cutAfter(overlap, dendrogram, n - k,
        new GroupingMethod.HierarchicalGroups(dendrogram.linkage(), k));
  }

  /**
   * Cuts a dendrogram at a similarity threshold S, taken as the decimal it is written as
   * ({@code 0.5} is 1/2): the merges whose exact linkage similarity is at least S stay, so
   * that a merge at exactly S stays and a single-linkage cut at S is the components at S. The
   * merge's double ({@link Dendrogram#similarities()}) decides unless it lies within its
   * proven error of S; then the scores of the pairs between the merge's two clusters do, on
   * exact values. A merge stays only with the merges that made its two clusters. The overlap
   * describes the groups; {@link Clustering#cutAt(double)} cuts without giving it a second
   * time.
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
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("the threshold must be a number");
    }
    BigDecimal written = Double.isInfinite(threshold)
        ? BigDecimal.valueOf(threshold > 0 ? 2 : -1) : new BigDecimal(Double.toString(threshold));
    return cutAtExactly(overlap, dendrogram, written);
  }

  /**
   * Cuts a dendrogram at a similarity S, as {@link #cutAt(ThemeOverlap, Dendrogram, double)}
   * does, with S exactly as written: a merge is kept when its exact linkage similarity is at
   * least S ({@code 0.1} is one tenth, not the double nearest it).
   *
   * @param overlap the overlap the dendrogram was made from
   * @param dendrogram the dendrogram
   * @param threshold the similarity S, as written
   * @return the groups
   * @throws IllegalArgumentException if the overlap's cities are not the dendrogram's leaves,
   *     in order
   * @throws NullPointerException if an argument is {@code null}
   */
  public static PeerGroups cutAt(ThemeOverlap overlap, Dendrogram dendrogram,
      BigDecimal threshold) {
    return cutAtExactly(overlap, dendrogram, Objects.requireNonNull(threshold, "threshold"));
  }

  private static PeerGroups cutAtExactly(ThemeOverlap overlap, Dendrogram dendrogram,
      BigDecimal threshold) {
    checkCities(overlap, dendrogram);
    int n = dendrogram.leaves().size();
    List<Merge> merges = dendrogram.merges();
    boolean[] kept = new boolean[merges.size()];
    Exact[] exact = new Exact[1];
    for (int r = 0; r < merges.size(); r++) {
      Merge merge = merges.get(r);
      kept[r] = (merge.left() < n || kept[merge.left() - n])
          && (merge.right() < n || kept[merge.right() - n])
          && reaches(overlap, dendrogram, r, threshold, exact);
    }
    return cutKeeping(overlap, dendrogram, kept,
        new GroupingMethod.HierarchicalThreshold(dendrogram.linkage(), threshold));
  }

  /**
   * Whether a merge's exact linkage similarity is at least a threshold, taken as the decimal
   * it is written as. The merge's double decides unless it lies within its error of the
   * threshold; then the pairs between the merge's two clusters decide, on exact values.
   */
  private static boolean reaches(ThemeOverlap overlap, Dendrogram dendrogram, int r,
      BigDecimal bar, Exact[] exact) {
    double x = dendrogram.similarities().get(r);
    if (bar.signum() <= 0) {
      return true;  // every similarity is 0 or more
    }
    if (x == 0 || bar.compareTo(BigDecimal.ONE) > 0) {
      return false;  // a computed 0 is an exact 0; no similarity is above 1
    }
    if (bar.compareTo(SMALLEST) < 0) {
      return true;  // every similarity above 0 is far above it: no need to build its exact value
    }
    double threshold = bar.doubleValue();
    int n = dendrogram.leaves().size();
    // single and complete similarities are correctly rounded scores; means are within
    // NnChain.meanError of theirs, for the pair error of any kernel (at most the sparse one's)
    double pairError = (4.0 * overlap.themes().size() + 10) * 0x1.0p-53;
    double error = dendrogram.linkage() == Linkage.AVERAGE ? NnChain.meanError(pairError, n)
        : Math.max(pairError, Math.ulp(x));
    if (Math.abs(x - threshold) > error + Math.ulp(threshold)) {
      return x >= threshold;
    }
    if (exact[0] == null) {
      exact[0] = new Exact(overlap);
    }
    Merge merge = dendrogram.merges().get(r);
    int[] left = leavesUnder(dendrogram, merge.left());
    int[] right = leavesUnder(dendrogram, merge.right());
    int c = dendrogram.linkage() == Linkage.AVERAGE
        ? exact[0].pairs.compareMeanTo(x, left, right, error, bar)
        : exact[0].pairs.compareLinkTo(left, right, dendrogram.linkage() == Linkage.SINGLE,
            exact[0].kernel, bar);
    return c >= 0;
  }

  /** The leaves under a cluster of a dendrogram. */
  private static int[] leavesUnder(Dendrogram dendrogram, int cluster) {
    int n = dendrogram.leaves().size();
    List<Integer> leaves = new ArrayList<>();
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(cluster);
    while (!stack.isEmpty()) {
      int c = stack.pop();
      if (c < n) {
        leaves.add(c);
      } else {
        stack.push(dendrogram.merges().get(c - n).left());
        stack.push(dendrogram.merges().get(c - n).right());
      }
    }
    return leaves.stream().mapToInt(Integer::intValue).sorted().toArray();
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
      GroupingMethod method) {
    boolean[] kept = new boolean[dendrogram.merges().size()];
    Arrays.fill(kept, 0, merges, true);
    return cutKeeping(overlap, dendrogram, kept, method);
  }

  /**
   * Groups the leaves by the kept merges; a kept merge's two clusters are kept merges too.
   * Each group is a cluster of the dendrogram, and the mean similarity of its pairs comes from
   * the merges inside it under average linkage (the sum of its pairs' scores is the sum, over
   * those merges, of the two sizes times the merge's mean), without scoring a pair again;
   * under single and complete linkage from its pairs' scores.
   */
  private static PeerGroups cutKeeping(ThemeOverlap overlap, Dendrogram dendrogram,
      boolean[] kept, GroupingMethod method) {
    int n = dendrogram.leaves().size();
    int[] parent = new int[n + kept.length];
    Arrays.setAll(parent, i -> i);
    double[] sumInside = new double[n + kept.length];
    int[] sizeOf = new int[n + kept.length];
    Arrays.fill(sizeOf, 0, n, 1);
    for (int r = 0; r < kept.length; r++) {
      Merge merge = dendrogram.merges().get(r);
      sizeOf[n + r] = sizeOf[merge.left()] + sizeOf[merge.right()];
      sumInside[n + r] = sumInside[merge.left()] + sumInside[merge.right()]
          + (double) sizeOf[merge.left()] * sizeOf[merge.right()]
          * dendrogram.similarities().get(r);
      if (kept[r]) {
        parent[merge.left()] = n + r;
        parent[merge.right()] = n + r;
      }
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = find(parent, i);
    }
    GroupMean mean;
    if (dendrogram.linkage() == Linkage.AVERAGE) {
      mean = (members, label) -> members.length == 1 ? single(overlap, members[0])
          : sumInside[label] / ((double) members.length * (members.length - 1) / 2);
    } else {
      Exact exact = new Exact(overlap);
      mean = (members, label) -> mean(overlap, exact, members);
    }
    return groupsOf(overlap, labels, method, mean);
  }

  /** A single member's mean similarity: its score with itself. */
  private static double single(ThemeOverlap overlap, int member) {
    return overlap.profiles().get(member).isZero() ? 0 : 1;
  }

  /** The mean similarity of a group, given its members and its label. */
  @FunctionalInterface
  private interface GroupMean {
    double of(int[] members, int label);
  }

  private static PeerGroups groupsOf(ThemeOverlap overlap, int[] labels, GroupingMethod method,
      GroupMean mean) {
    int n = labels.length;
    List<List<Integer>> byLabel = new ArrayList<>();
    List<Integer> labelOf = new ArrayList<>();
    int[] groupOfLabel = new int[labels.length == 0 ? 0 : Arrays.stream(labels).max().getAsInt()
        + 1];
    Arrays.fill(groupOfLabel, -1);
    for (int i = 0; i < n; i++) {
      if (groupOfLabel[labels[i]] < 0) {
        groupOfLabel[labels[i]] = byLabel.size();
        byLabel.add(new ArrayList<>());
        labelOf.add(labels[i]);
      }
      byLabel.get(groupOfLabel[labels[i]]).add(i);
    }
    List<PeerGroup> groups = new ArrayList<>();
    for (int g = 0; g < byLabel.size(); g++) {
      int[] members = byLabel.get(g).stream().mapToInt(Integer::intValue).toArray();
      groups.add(group(overlap, groups.size() + 1, "", members,
          mean.of(members, labelOf.get(g))));
    }
    return new PeerGroups(method, groups);
  }

  private static PeerGroup group(ThemeOverlap overlap, int number, String label, int[] members,
      double mean) {
    List<CityId> ids = new ArrayList<>();
    for (int m : members) {
      ids.add(overlap.cities().get(m));
    }
    List<ThemeId> shared = new ArrayList<>();
    List<CityProfile> profiles = overlap.profiles();
    for (ThemeId theme : overlap.themes()) {
      boolean all = members.length > 0;
      for (int m : members) {
        all &= profiles.get(m).weight(theme) > 0;
        if (!all) {
          break;
        }
      }
      if (all) {
        shared.add(theme);
      }
    }
    return new PeerGroup(number, label, ids, shared, mean);
  }

  private static List<CityId> idsOf(ThemeOverlap overlap, int[] members) {
    List<CityId> ids = new ArrayList<>();
    for (int m : members) {
      ids.add(overlap.cities().get(m));
    }
    return ids;
  }

  /**
   * A group's mean similarity: its single member's score with itself, or the mean of its
   * pairs' scores added exactly ({@link ExactScores#meanOfPairs}).
   */
  private static double mean(ThemeOverlap overlap, Exact exact, int[] members) {
    return members.length == 1 ? single(overlap, members[0])
        : exact.scores.meanOfPairs(members, exact.kernel);
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
