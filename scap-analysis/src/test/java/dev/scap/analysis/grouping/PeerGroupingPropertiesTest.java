package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.internal.NnChain;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of {@link PeerGrouping} and the nearest-neighbour chain: groupings partition the cities,
 * a cut into K makes K groups, dendrograms are well formed and monotone, single linkage cut at
 * S is the components at S, complete linkage keeps every pair of a group within the cut, the
 * chain agrees with the naive O(n³) algorithm, and nothing depends on the order of the input
 * where the input has no ties (with ties, CLI.md wants document order to decide).
 */
class PeerGroupingPropertiesTest {

  /** A document and the options to analyse it with. */
  record Case(ScapDocument document, OverlapOptions options) {

    ThemeOverlap overlap() {
      return ThemeOverlap.of(document, options);
    }

    @Override
    public String toString() {
      return options.weighting().code() + " " + options.metric().code() + " on "
          + document.cities().size() + " cities";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScapDocument> generated = ScapArbitraries.documents(
        DocumentSizes.small().withCities(0, 9));
    Arbitrary<ScapDocument> synthetic = Combinators.combine(
            Arbitraries.integers().between(0, 25), Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(0, 4), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
    return Combinators.combine(Arbitraries.oneOf(generated, synthetic, weighted()),
            Arbitraries.of(Weighting.class), Arbitraries.of(Metric.class))
        .as((document, weighting, metric) -> new Case(document,
            new OverlapOptions(null, weighting, metric, false, null)));
  }

  /** Documents whose cities weigh themes at random, so that scores seldom tie. */
  private static Arbitrary<ScapDocument> weighted() {
    return Arbitraries.integers().between(2, 8).flatMap(themes ->
        Arbitraries.integers().between(0, 6).array(int[].class).ofSize(themes)
            .list().ofMinSize(1).ofMaxSize(14)
            .map(weights -> document(themes, weights)));
  }

  /**
   * A document of one taxonomy in which city i weighs theme t {@code weights.get(i)[t]} under
   * the {@code projects} weighting: a focus area and w - 1 projects.
   */
  static ScapDocument document(int themes, List<int[]> weights) {
    ScapDocument.Builder builder = ScapDocument.builder().addTaxonomies(Taxonomy.of("main",
        "Main", IntStream.range(0, themes).mapToObj(t -> Theme.of("t" + t, "T" + t)).toList()));
    for (int i = 0; i < weights.size(); i++) {
      CityId city = CityId.of("c" + i);
      builder.addCities(City.of(city, "City " + i, "KH"));
      List<FocusArea> areas = new ArrayList<>();
      List<Project> projects = new ArrayList<>();
      for (int t = 0; t < themes; t++) {
        int w = weights.get(i)[t];
        if (w > 0) {
          areas.add(FocusArea.of(ThemeId.of("t" + t)));
        }
        for (int p = 1; p < w; p++) {
          projects.add(Project.builder(ProjectId.of("c" + i + "-t" + t + "-" + p), "Project",
              ThemeId.of("t" + t)).build());
        }
      }
      if (!areas.isEmpty()) {
        builder.addPlans(Plan.builder(PlanId.of("c" + i + "-plan"), city, "Plan")
            .focusAreas(areas).projects(projects).build());
      }
    }
    return builder.build();
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.oneOf(Arbitraries.of(-0.5, 0.0, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 1.0, 1.5),
        Arbitraries.doubles().between(0, 1));
  }

  private static void assertPartition(PeerGroups groups, List<CityId> cities) {
    List<CityId> all = groups.groups().stream().flatMap(g -> g.members().stream()).toList();
    assertThat(all).containsExactlyInAnyOrderElementsOf(cities);
    assertThat(groups.groups()).extracting(PeerGroup::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, groups.groups().size()).boxed()
            .toList());
    int previousFirst = -1;
    for (PeerGroup group : groups.groups()) {
      assertThat(group.members()).isNotEmpty();
      int[] positions = group.members().stream().mapToInt(cities::indexOf).toArray();
      assertThat(positions).isSorted();
      assertThat(positions[0]).isGreaterThan(previousFirst);
      previousFirst = positions[0];
    }
  }

  @Property(tries = 150)
  void componentsPartitionTheCities(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold) {
    ThemeOverlap overlap = c.overlap();

    PeerGroups groups = PeerGrouping.components(overlap, threshold);

    assertPartition(groups, overlap.cities());
    // no edge scoring at least the threshold joins two components
    Map<CityId, Integer> groupOf = groupOf(groups);
    List<CityId> cities = overlap.cities();
    for (CityId a : cities) {
      for (CityId b : cities) {
        if (!a.equals(b) && overlap.score(a, b) >= threshold) {
          assertThat(groupOf.get(a)).isEqualTo(groupOf.get(b));
        }
      }
    }
  }

  @Property(tries = 150)
  void aGroupsMeanIsTheNearestDoubleToTheExactMeanOfItsPairsScores(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold, @ForAll @IntRange(min = 1, max = 5) int k) {
    ThemeOverlap overlap = c.overlap();
    int n = overlap.cities().size();
    List<PeerGroups> all = new ArrayList<>(List.of(PeerGrouping.byTheme(overlap),
        PeerGrouping.components(overlap, threshold)));
    for (Linkage linkage : List.of(Linkage.SINGLE, Linkage.COMPLETE)) {
      if (n > 0) {
        all.add(PeerGrouping.cut(overlap, PeerGrouping.hierarchical(overlap, linkage),
            Math.min(k, n)));
      }
    }

    for (PeerGroups groups : all) {
      for (PeerGroup group : groups.groups()) {
        List<CityId> members = group.members();
        if (members.size() == 1) {
          assertThat(group.meanSimilarity()).isEqualTo(overlap.score(members.get(0),
              members.get(0)));
          continue;
        }
        Fraction sum = Fraction.ZERO;
        for (int x = 0; x < members.size(); x++) {
          for (int y = x + 1; y < members.size(); y++) {
            sum = sum.plus(Fraction.of(meanTerm(overlap, members.get(x), members.get(y))));
          }
        }
        long pairs = (long) members.size() * (members.size() - 1) / 2;
        assertThat(group.meanSimilarity()).as("%s, group %d", groups.method(), group.number())
            .isEqualTo(sum.dividedBy(Fraction.of(pairs, 1)).toDouble());
      }
    }
  }

  /**
   * A pair's score as a group's mean adds it up (docs/CLI.md): the double nearest to its exact
   * score when every weight is a whole number; else the metric of the sums Σmin (or Σ A·B),
   * Σ A and Σ A², each added in theme order in doubles.
   */
  private static double meanTerm(ThemeOverlap overlap, CityId a, CityId b) {
    boolean whole = overlap.profiles().stream().allMatch(p -> overlap.themes().stream()
        .allMatch(t -> p.weight(t) == Math.rint(p.weight(t))));
    if (whole) {
      return overlap.score(a, b);
    }
    CityProfile pa = overlap.profile(a).orElseThrow();
    CityProfile pb = overlap.profile(b).orElseThrow();
    Metric metric = overlap.options().metric();
    double shared = 0;
    double sumA = 0;
    double sumB = 0;
    double squaresA = 0;
    double squaresB = 0;
    for (ThemeId theme : overlap.themes()) {
      double wa = pa.weight(theme);
      double wb = pb.weight(theme);
      sumA += wa;
      sumB += wb;
      squaresA += wa * wa;
      squaresB += wb * wb;
      if (wa > 0 && wb > 0) {
        shared += metric == Metric.COSINE ? wa * wb : Math.min(wa, wb);
      }
    }
    return metric.score(shared, sumA, sumB, squaresA, squaresB);
  }

  @Property(tries = 100)
  void aCutIntoKMakesExactlyKGroupsThatPartitionTheCities(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    int n = overlap.cities().size();

    for (Linkage linkage : Linkage.values()) {
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);
      for (int k = 1; k <= n; k++) {
        PeerGroups groups = PeerGrouping.cut(overlap, dendrogram, k);
        assertThat(groups.groups()).hasSize(k);
        assertPartition(groups, overlap.cities());
      }
    }
  }

  @Property(tries = 100)
  void aClusteringCutsAsTheCutsGivenItsOverlapAndDendrogram(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold) {
    ThemeOverlap overlap = c.overlap();
    ThemeOverlap again = c.overlap();
    int n = overlap.cities().size();

    for (Linkage linkage : Linkage.values()) {
      Clustering clustering = PeerGrouping.cluster(overlap, linkage);
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);
      // the data alone, as read back from SciPy's layout and the similarities
      Dendrogram read = new Dendrogram(dendrogram.leaves(), linkage, dendrogram.merges(),
          dendrogram.similarities());
      assertThat(clustering.dendrogram()).isEqualTo(dendrogram);
      for (int k = Math.min(1, n); k <= n; k++) {
        PeerGroups groups = PeerGrouping.cut(overlap, dendrogram, k);
        assertThat(clustering.cut(k)).as("%s, k = %d", linkage, k).isEqualTo(groups);
        assertThat(PeerGrouping.cut(again, dendrogram, k)).isEqualTo(groups);
        assertThat(PeerGrouping.cut(overlap, read, k)).isEqualTo(groups);
      }
      PeerGroups groups = PeerGrouping.cutAt(overlap, dendrogram, threshold);
      assertThat(clustering.cutAt(threshold)).as(linkage.code()).isEqualTo(groups);
      assertThat(PeerGrouping.cutAt(again, dendrogram, threshold)).isEqualTo(groups);
      assertThat(PeerGrouping.cutAt(overlap, read, threshold)).isEqualTo(groups);
    }
  }

  @Property(tries = 150)
  void aCutAtAThresholdKeepsTheMergesOfSimilarityAtLeastIt(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold) {
    ThemeOverlap overlap = c.overlap();
    int n = overlap.cities().size();

    for (Linkage linkage : Linkage.values()) {
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);
      // The cut decides on exact similarities, which a printed double near the threshold does
      // not tell: the boundary is the exact properties' and the examples' to test.
      for (double similarity : dendrogram.similarities()) {
        Assume.that(Math.abs(similarity - threshold) > 1e-12);
      }
      PeerGroups groups = PeerGrouping.cutAt(overlap, dendrogram, threshold);
      // a merge stays if its similarity is at least the threshold and its clusters' merges
      // stay (similarities never rise up the tree but for rounding in average linkage)
      boolean[] stays = new boolean[dendrogram.merges().size()];
      int kept = 0;
      for (int r = 0; r < stays.length; r++) {
        Merge merge = dendrogram.merges().get(r);
        stays[r] = dendrogram.similarities().get(r) >= threshold
            && (merge.left() < n || stays[merge.left() - n])
            && (merge.right() < n || stays[merge.right() - n]);
        kept += stays[r] ? 1 : 0;
      }
      assertPartition(groups, overlap.cities());
      assertThat(groups.groups()).hasSize(n - kept);
      // the leaves of each merge that stays are in one group
      Map<CityId, Integer> groupOf = groupOf(groups);
      List<Set<Integer>> clusters = clusters(dendrogram.merges(), n);
      for (int r = 0; r < stays.length; r++) {
        if (stays[r]) {
          assertThat(clusters.get(r).stream().map(leaf -> groupOf.get(overlap.cities()
              .get(leaf))).distinct()).as("row %d", r).hasSize(1);
        }
      }
    }
  }

  @Property(tries = 150)
  void everyMergeCarriesItsLinkageSimilarityAndTheDistanceOneMinusIt(
      @ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    int n = overlap.cities().size();
    double[] scores = overlap.condensedScores();

    for (Linkage linkage : Linkage.values()) {
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);
      List<Set<Integer>> clusters = clusters(dendrogram.merges(), n);
      assertThat(dendrogram.similarities()).hasSameSizeAs(dendrogram.merges());
      for (int r = 0; r < dendrogram.merges().size(); r++) {
        Merge merge = dendrogram.merges().get(r);
        Set<Integer> left = merge.left() < n ? Set.of(merge.left())
            : clusters.get(merge.left() - n);
        Set<Integer> right = merge.right() < n ? Set.of(merge.right())
            : clusters.get(merge.right() - n);
        double[] between = left.stream().flatMapToDouble(i -> right.stream().mapToDouble(j ->
            scores[AllPairs.condensedIndex(n, Math.min(i, j), Math.max(i, j))])).toArray();
        double similarity = dendrogram.similarities().get(r);
        switch (linkage) {
          // an actual pair score, as the double nearest to its exact value, and its distance
          // as a double exactly
          case SINGLE -> assertThat(similarity).as("row %d", r)
              .isCloseTo(Arrays.stream(between).max().getAsDouble(), within(1e-15));
          case COMPLETE -> assertThat(similarity).as("row %d", r)
              .isCloseTo(Arrays.stream(between).min().getAsDouble(), within(1e-15));
          case AVERAGE -> assertThat(similarity).as("row %d", r)
              .isCloseTo(Arrays.stream(between).average().getAsDouble(), within(1e-12));
        }
        if (linkage == Linkage.AVERAGE) {
          assertThat(merge.distance()).as("row %d", r).isCloseTo(1 - similarity,
              within(1e-12));
        } else {
          assertThat(merge.distance()).as("row %d", r).isEqualTo(1 - similarity);
        }
      }
    }
  }

  @Property(tries = 150)
  void dendrogramsAreWellFormedAndNeverGoDown(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    int n = overlap.cities().size();

    for (Linkage linkage : Linkage.values()) {
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);
      assertWellFormed(dendrogram.merges(), n);
      if (linkage != Linkage.AVERAGE) {
        // nor do the similarities go up: a cut at a threshold is a run of the first rows
        assertThat(dendrogram.similarities()).isSortedAccordingTo(Comparator.reverseOrder());
      }
    }
  }

  private static void assertWellFormed(List<Merge> merges, int n) {
    assertThat(merges).hasSize(Math.max(0, n - 1));
    int[] size = new int[n + merges.size()];
    Arrays.fill(size, 0, n, 1);
    boolean[] used = new boolean[n + merges.size()];
    double previous = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < merges.size(); r++) {
      Merge merge = merges.get(r);
      assertThat(merge.left()).as("row %d", r).isLessThan(merge.right());
      assertThat(merge.right()).as("row %d", r).isLessThan(n + r);
      assertThat(used[merge.left()] || used[merge.right()]).as("row %d", r).isFalse();
      used[merge.left()] = true;
      used[merge.right()] = true;
      assertThat(merge.size()).as("row %d", r)
          .isEqualTo(size[merge.left()] + size[merge.right()]);
      size[n + r] = merge.size();
      assertThat(merge.distance()).as("row %d", r).isGreaterThanOrEqualTo(previous);
      previous = merge.distance();
    }
    if (n > 0) {
      assertThat(merges.isEmpty() ? 1 : merges.get(merges.size() - 1).size()).isEqualTo(n);
    }
  }

  @Property(tries = 150)
  void singleLinkageCutAtAThresholdIsTheComponentsAtIt(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold) {
    ThemeOverlap overlap = c.overlap();
    // Both decide on exact scores, the threshold taken as the decimal written.

    PeerGroups cut = PeerGrouping.cluster(overlap, Linkage.SINGLE).cutAt(threshold);
    PeerGroups components = PeerGrouping.components(overlap, threshold);

    assertThat(cut.groups()).extracting(PeerGroup::members)
        .isEqualTo(components.groups().stream().map(PeerGroup::members).toList());
  }

  @Property(tries = 150)
  void completeLinkageKeepsEveryPairOfAGroupWithinTheCut(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold) {
    ThemeOverlap overlap = c.overlap();

    PeerGroups groups = PeerGrouping.cluster(overlap, Linkage.COMPLETE).cutAt(threshold);

    for (PeerGroup group : groups.groups()) {
      for (CityId a : group.members()) {
        for (CityId b : group.members()) {
          if (!a.equals(b)) {
            assertThat(overlap.score(a, b)).isGreaterThanOrEqualTo(threshold);
          }
        }
      }
    }
  }

  @Property(tries = 150)
  void groupsByThemeHoldTheCitiesThatNameTheThemeWhateverTheWeights(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    // CLI.md: presence weighs 1 each theme that a focus area or a project of the plan names
    ThemeOverlap named = ThemeOverlap.of(c.document(),
        c.options().withWeighting(Weighting.PRESENCE));

    PeerGroups groups = PeerGrouping.byTheme(overlap);

    List<ThemeId> anyNamed = named.themes().stream().filter(t -> named.profiles().stream()
        .anyMatch(p -> p.weight(t) > 0)).toList();
    assertThat(groups.groups()).extracting(PeerGroup::label)
        .containsExactlyElementsOf(anyNamed.stream().map(ThemeId::value).toList());
    for (PeerGroup group : groups.groups()) {
      ThemeId theme = ThemeId.of(group.label());
      assertThat(group.members()).containsExactlyElementsOf(named.profiles().stream()
          .filter(p -> p.weight(theme) > 0).map(p -> p.city()).toList());
      assertThat(group.sharedThemes()).contains(theme).allSatisfy(shared -> assertThat(
          group.members()).allSatisfy(city -> assertThat(named.profile(city).orElseThrow()
              .weight(shared)).isPositive()));
    }
  }

  @Property(tries = 100)
  void componentsAndThemeGroupsDoNotDependOnTheOrderOfTheCities(@ForAll("cases") Case c,
      @ForAll("thresholds") double threshold, @ForAll long seed) {
    ThemeOverlap overlap = c.overlap();
    ThemeOverlap shuffled = ThemeOverlap.of(shuffle(c.document(), new Random(seed)),
        c.options());

    assertThat(memberSets(PeerGrouping.components(shuffled, threshold)))
        .isEqualTo(memberSets(PeerGrouping.components(overlap, threshold)));
    assertThat(byLabel(PeerGrouping.byTheme(shuffled)))
        .isEqualTo(byLabel(PeerGrouping.byTheme(overlap)));
    // single linkage: the components of the threshold graph, whatever the ties
    assertThat(memberSets(PeerGrouping.cluster(shuffled, Linkage.SINGLE).cutAt(threshold)))
        .isEqualTo(memberSets(PeerGrouping.cluster(overlap, Linkage.SINGLE).cutAt(threshold)));
  }

  @Property(tries = 150)
  void hierarchicalGroupsDoNotDependOnTheOrderOfTheCitiesWithoutTies(
      @ForAll("tieFree") ScapDocument document, @ForAll Linkage linkage,
      @ForAll("thresholds") double threshold, @ForAll long seed) {
    OverlapOptions options = OverlapOptions.DEFAULTS.withWeighting(Weighting.PROJECTS)
        .withMetric(Metric.COSINE);
    ThemeOverlap overlap = ThemeOverlap.of(document, options);
    ThemeOverlap shuffled = ThemeOverlap.of(shuffle(document, new Random(seed)), options);
    Dendrogram original = PeerGrouping.hierarchical(overlap, linkage);
    Dendrogram permuted = PeerGrouping.hierarchical(shuffled, linkage);
    int n = overlap.cities().size();

    assertThat(permuted.merges()).extracting(Merge::distance).usingComparatorForType(
            (x, y) -> Math.abs(x - y) <= 1e-12 ? 0 : Double.compare(x, y), Double.class)
        .containsExactlyElementsOf(original.merges().stream().map(Merge::distance).toList());
    for (int k = 1; k <= n; k++) {
      assertThat(memberSets(PeerGrouping.cut(shuffled, permuted, k))).as("k = %d", k)
          .isEqualTo(memberSets(PeerGrouping.cut(overlap, original, k)));
    }
    assertThat(memberSets(PeerGrouping.cutAt(shuffled, permuted, threshold)))
        .isEqualTo(memberSets(PeerGrouping.cutAt(overlap, original, threshold)));
  }

  /**
   * Documents of random weights whose condensed cosine scores are pairwise apart, and whose
   * average-linkage merges are too: the dendrogram is then the same whatever the order.
   */
  @Provide
  Arbitrary<ScapDocument> tieFree() {
    OverlapOptions options = OverlapOptions.DEFAULTS.withWeighting(Weighting.PROJECTS)
        .withMetric(Metric.COSINE);
    return Arbitraries.integers().between(2, 12).flatMap(n ->
            Arbitraries.integers().between(0, 9).array(int[].class).ofSize(6)
                .list().ofSize(n).map(weights -> document(6, weights)))
        .filter(document -> {
          ThemeOverlap overlap = ThemeOverlap.of(document, options);
          int n = overlap.cities().size();
          return apart(overlap.condensedScores()) && apart(NnChain.linkage(
              overlap.condensedScores(), n, Linkage.AVERAGE).stream()
              .mapToDouble(Merge::distance).toArray());
        });
  }

  private static boolean apart(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] - sorted[i - 1] < 1e-9) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 200)
  void theChainMergesAsTheNaiveAlgorithmOnMatricesWithoutTies(
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll long seed, @ForAll Linkage linkage) {
    double[] similarities = new Random(seed).doubles(n * (n - 1) / 2L).toArray();

    List<Merge> chain = NnChain.linkage(similarities, n, linkage);
    List<Merge> naive = naive(similarities, n, linkage);

    assertWellFormed(chain, n);
    assertThat(chain).hasSameSizeAs(naive);
    for (int r = 0; r < chain.size(); r++) {
      assertThat(List.of(chain.get(r).left(), chain.get(r).right(), chain.get(r).size()))
          .as("row %d", r)
          .containsExactly(naive.get(r).left(), naive.get(r).right(), naive.get(r).size());
      assertThat(chain.get(r).distance()).as("row %d", r)
          .isCloseTo(naive.get(r).distance(), within(1e-12));
    }
  }

  @Property(tries = 200)
  void theChainMergesTheSameClustersWhateverTheOrderOfTheItems(
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll long seed, @ForAll Linkage linkage) {
    Random random = new Random(seed);
    double[] similarities = random.doubles(n * (n - 1) / 2L).toArray();
    List<Integer> permutation = IntStream.range(0, n).boxed().collect(Collectors.toList());
    Collections.shuffle(permutation, random);
    double[] permuted = new double[similarities.length];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int a = permutation.get(i);
        int b = permutation.get(j);
        permuted[AllPairs.condensedIndex(n, i, j)] = similarities[AllPairs.condensedIndex(n,
            Math.min(a, b), Math.max(a, b))];
      }
    }

    List<Set<Integer>> original = clusters(NnChain.linkage(similarities, n, linkage), n);
    List<Set<Integer>> reordered = clusters(NnChain.linkage(permuted, n, linkage), n).stream()
        .map(cluster -> cluster.stream().map(permutation::get).collect(Collectors.toSet()))
        .toList();

    assertThat(reordered).isEqualTo(original);
  }

  /** The clusters that the rows make, in row order, each as the set of its leaves. */
  private static List<Set<Integer>> clusters(List<Merge> merges, int n) {
    List<Set<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(Set.of(i));
    }
    for (Merge merge : merges) {
      Set<Integer> union = new HashSet<>(members.get(merge.left()));
      union.addAll(members.get(merge.right()));
      members.add(union);
    }
    return members.subList(n, members.size());
  }

  /**
   * The textbook algorithm: merge the closest pair of clusters, the distance between two
   * clusters taken from their leaves by the linkage's definition, not by an update formula.
   */
  private static List<Merge> naive(double[] similarities, int n, Linkage linkage) {
    List<List<Integer>> leaves = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(List.of(i));
      numbers.add(i);
    }
    List<Merge> merges = new ArrayList<>();
    while (leaves.size() > 1) {
      int bestX = -1;
      int bestY = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int x = 0; x < leaves.size(); x++) {
        for (int y = x + 1; y < leaves.size(); y++) {
          double d = distance(similarities, n, leaves.get(x), leaves.get(y), linkage);
          if (d < best) {
            best = d;
            bestX = x;
            bestY = y;
          }
        }
      }
      List<Integer> union = new ArrayList<>(leaves.get(bestX));
      union.addAll(leaves.get(bestY));
      int left = Math.min(numbers.get(bestX), numbers.get(bestY));
      int right = Math.max(numbers.get(bestX), numbers.get(bestY));
      merges.add(new Merge(left, right, best, union.size()));
      leaves.remove(bestY);
      numbers.remove(bestY);
      leaves.set(bestX, union);
      numbers.set(bestX, n + merges.size() - 1);
    }
    return merges;
  }

  private static double distance(double[] similarities, int n, List<Integer> x,
      List<Integer> y, Linkage linkage) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (int a : x) {
      for (int b : y) {
        double d = 1 - similarities[AllPairs.condensedIndex(n, Math.min(a, b), Math.max(a, b))];
        min = Math.min(min, d);
        max = Math.max(max, d);
        sum += d;
      }
    }
    return switch (linkage) {
      case SINGLE -> min;
      case COMPLETE -> max;
      case AVERAGE -> sum / (x.size() * y.size());
    };
  }

  private static Map<CityId, Integer> groupOf(PeerGroups groups) {
    Map<CityId, Integer> groupOf = new HashMap<>();
    groups.groups().forEach(g -> g.members().forEach(m -> groupOf.put(m, g.number())));
    return groupOf;
  }

  private static Set<Set<CityId>> memberSets(PeerGroups groups) {
    return groups.groups().stream().map(g -> Set.copyOf(g.members()))
        .collect(Collectors.toSet());
  }

  private static Map<String, Set<CityId>> byLabel(PeerGroups groups) {
    return groups.groups().stream().collect(Collectors.toMap(PeerGroup::label,
        g -> Set.copyOf(g.members())));
  }

  /**
   * Shuffles the cities and the plans, but keeps each city's plans in their order among
   * themselves: the latest-plan rule reads document order between plans of equal periods.
   */
  static ScapDocument shuffle(ScapDocument document, Random random) {
    List<City> cities = new ArrayList<>(document.cities());
    Collections.shuffle(cities, random);
    List<Plan> slots = new ArrayList<>(document.plans());
    Collections.shuffle(slots, random);
    Map<CityId, Deque<Plan>> inOrder = new HashMap<>();
    for (Plan plan : document.plans()) {
      inOrder.computeIfAbsent(plan.city(), city -> new ArrayDeque<>()).add(plan);
    }
    List<Plan> plans = slots.stream().map(slot -> inOrder.get(slot.city()).poll()).toList();
    return document.toBuilder().cities(cities).plans(plans).build();
  }
}
