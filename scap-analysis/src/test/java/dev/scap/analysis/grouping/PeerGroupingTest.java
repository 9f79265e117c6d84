package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.Arrays;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Groups of a small document, each worked out by hand.
 *
 * <p>Five cities name these themes of taxonomy {@code main} ({@code t1} … {@code t9}); on
 * presence weights their Jaccard similarities and distances 1 - similarity are:
 * <pre>
 * a  t1 t2 t3 t4 t5        a-b 4/5  (d 1/5)   a-c 3/6 (d 1/2)   b-c 3/5 (d 2/5)
 * b  t1 t2 t3 t4           d-e 3/4  (d 1/4)   c-d 1/6 (d 5/6)   c-e 1/7 (d 6/7)
 * c  t1 t2 t3 t6           a-d, a-e, b-d, b-e: 0 (d 1)
 * d  t6 t7 t8
 * e  t6 t7 t8 t9
 * </pre>
 * Merges, lowest first (leaves 0..4 = a..e, merged clusters 5, 6, 7, 8):
 * <pre>
 * single    (0,1) 1/5   (3,4) 1/4   (2,5) min(1/2, 2/5) = 2/5     (6,7) min(5/6, 6/7) = 5/6
 * complete  (0,1) 1/5   (3,4) 1/4   (2,5) max(1/2, 2/5) = 1/2     (6,7) 1
 * average   (0,1) 1/5   (3,4) 1/4   (2,5) (1/2 + 2/5)/2 = 9/20    (6,7) (4 + 5/6 + 6/7)/6
 *                                                                       = 239/252
 * </pre>
 */
class PeerGroupingTest {

  private static final CityId A = CityId.of("a");
  private static final CityId B = CityId.of("b");
  private static final CityId C = CityId.of("c");
  private static final CityId D = CityId.of("d");
  private static final CityId E = CityId.of("e");

  static final ScapDocument DOCUMENT = document(
      city("a", "t1", "t2", "t3", "t4", "t5"),
      city("b", "t1", "t2", "t3", "t4"),
      city("c", "t1", "t2", "t3", "t6"),
      city("d", "t6", "t7", "t8"),
      city("e", "t6", "t7", "t8", "t9"));

  private static final ThemeOverlap OVERLAP = ThemeOverlap.of(DOCUMENT, OverlapOptions.DEFAULTS);

  /** A city and the themes its plan names, or no plan for none. */
  record Named(String id, String... themes) {}

  static Named city(String id, String... themes) {
    return new Named(id, themes);
  }

  /** A document of taxonomy {@code main} with themes t1..t9, one plan per city that names any. */
  static ScapDocument document(Named... cities) {
    ScapDocument.Builder builder = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("main", "Main", IntStream.rangeClosed(1, 9)
            .mapToObj(t -> Theme.of("t" + t, "Theme " + t)).toList()));
    for (Named city : cities) {
      builder.addCities(City.of(CityId.of(city.id()), city.id().toUpperCase(Locale.ROOT), "KH"));
      if (city.themes().length > 0) {
        builder.addPlans(Plan.builder(PlanId.of(city.id() + "-plan"), CityId.of(city.id()),
                "Plan of " + city.id())
            .focusAreas(Arrays.stream(city.themes()).map(t -> FocusArea.of(ThemeId.of(t)))
                .toList())
            .build());
      }
    }
    return builder.build();
  }

  private static List<ThemeId> themes(String... ids) {
    return Arrays.stream(ids).map(ThemeId::of).toList();
  }

  private static List<List<CityId>> members(PeerGroups groups) {
    return groups.groups().stream().map(PeerGroup::members).toList();
  }

  static Stream<Arguments> dendrograms() {
    return Stream.of(
        Arguments.of(Linkage.SINGLE, 2.0 / 5, 5.0 / 6),
        Arguments.of(Linkage.COMPLETE, 1.0 / 2, 1.0),
        Arguments.of(Linkage.AVERAGE, 9.0 / 20, 239.0 / 252));
  }

  @ParameterizedTest
  @MethodSource("dendrograms")
  void mergesTheClosestClustersFirstUnderEachLinkage(Linkage linkage, double third,
      double last) {
    Dendrogram dendrogram = PeerGrouping.hierarchical(OVERLAP, linkage);

    assertThat(dendrogram.leaves()).containsExactly(A, B, C, D, E);
    assertThat(dendrogram.linkage()).isEqualTo(linkage);
    assertThat(dendrogram.merges()).extracting(Merge::left, Merge::right, Merge::size)
        .containsExactly(
            tuple(0, 1, 2), tuple(3, 4, 2), tuple(2, 5, 3), tuple(6, 7, 5));
    double[] distances = dendrogram.merges().stream().mapToDouble(Merge::distance).toArray();
    assertThat(distances[0]).isCloseTo(1.0 / 5, within(1e-15));
    assertThat(distances[1]).isCloseTo(1.0 / 4, within(1e-15));
    assertThat(distances[2]).isCloseTo(third, within(1e-15));
    assertThat(distances[3]).isCloseTo(last, within(1e-15));
  }

  @Test
  void cutsIntoExactlyKGroupsByUndoingTheLastMerges() {
    Clustering clustering = PeerGrouping.cluster(OVERLAP, Linkage.AVERAGE);

    assertThat(members(clustering.cut(1)))
        .containsExactly(List.of(A, B, C, D, E));
    assertThat(members(clustering.cut(2)))
        .containsExactly(List.of(A, B, C), List.of(D, E));
    assertThat(members(clustering.cut(3)))
        .containsExactly(List.of(A, B), List.of(C), List.of(D, E));
    assertThat(members(clustering.cut(5)))
        .containsExactly(List.of(A), List.of(B), List.of(C), List.of(D), List.of(E));
  }

  @Test
  void describesEachGroupByItsSharedThemesAndMeanSimilarity() {
    PeerGroups groups = PeerGrouping.cluster(OVERLAP, Linkage.COMPLETE).cut(3);

    assertThat(groups.method())
        .isEqualTo(new GroupingMethod.HierarchicalGroups(Linkage.COMPLETE, 3));
    assertThat(groups.groups()).extracting(PeerGroup::number).containsExactly(1, 2, 3);
    assertThat(groups.groups()).extracting(PeerGroup::label).containsOnly("");
    PeerGroup ab = groups.groups().get(0);
    assertThat(ab.sharedThemes()).isEqualTo(themes("t1", "t2", "t3", "t4"));
    assertThat(ab.meanSimilarity()).isCloseTo(4.0 / 5, within(1e-15));
    PeerGroup c = groups.groups().get(1);
    assertThat(c.sharedThemes()).isEqualTo(themes("t1", "t2", "t3", "t6"));
    assertThat(c.meanSimilarity()).isEqualTo(1.0);
    PeerGroup de = groups.groups().get(2);
    assertThat(de.sharedThemes()).isEqualTo(themes("t6", "t7", "t8"));
    assertThat(de.meanSimilarity()).isCloseTo(3.0 / 4, within(1e-15));

    PeerGroup abc = PeerGrouping.cluster(OVERLAP, Linkage.COMPLETE).cut(2).groups().get(0);
    assertThat(abc.sharedThemes()).isEqualTo(themes("t1", "t2", "t3"));
    assertThat(abc.meanSimilarity()).isCloseTo((4.0 / 5 + 1.0 / 2 + 3.0 / 5) / 3,
        within(1e-15));
  }

  static Stream<Arguments> thresholds() {
    List<CityId> abc = List.of(A, B, C);
    List<CityId> ab = List.of(A, B);
    List<CityId> de = List.of(D, E);
    return Stream.of(
        // b-c scores 3/5, the threshold itself: the merge at the threshold stays
        Arguments.of(Linkage.SINGLE, 0.6, List.of(abc, de)),
        Arguments.of(Linkage.COMPLETE, 0.6, List.of(ab, List.of(C), de)),
        Arguments.of(Linkage.AVERAGE, 0.6, List.of(ab, List.of(C), de)),
        Arguments.of(Linkage.AVERAGE, 0.5, List.of(abc, de)),
        Arguments.of(Linkage.COMPLETE, 0.5, List.of(abc, de)),
        Arguments.of(Linkage.SINGLE, 0.1, List.of(List.of(A, B, C, D, E))),
        Arguments.of(Linkage.COMPLETE, 0.1, List.of(abc, de)),
        Arguments.of(Linkage.COMPLETE, 0.0, List.of(List.of(A, B, C, D, E))),
        Arguments.of(Linkage.AVERAGE, 0.9,
            List.of(List.of(A), List.of(B), List.of(C), List.of(D), List.of(E))));
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void keepsTheMergesOfSimilarityAtLeastTheThreshold(Linkage linkage, double threshold,
      List<List<CityId>> expected) {
    PeerGroups groups = PeerGrouping.cluster(OVERLAP, linkage).cutAt(threshold);

    assertThat(members(groups)).isEqualTo(expected);
    assertThat(groups.method()).isEqualTo(new GroupingMethod.HierarchicalThreshold(linkage,
        new BigDecimal(Double.toString(threshold))));
  }

  /**
   * A document whose scores are exactly 1/2, one of them computed an ulp below. On priority
   * weights, Jaccard:
   * <pre>
   * a  t1 t2 t3 t4 (1/4 each)         a-b (4/6) / (1 + 1 - 4/6): 1/2 exactly, but
   * b  t1 t2 t3 t4 t5 t6 (1/6 each)        Math.nextDown(0.5) as doubles
   * c  t4 t5 t6 at priority 6 (1/6)   b-c 1/2 exactly, a-c 1/8
   * </pre>
   * Decided on the doubles, a-b would come after b-c and fall below a cut at 0.5; on the
   * exact values a-b and b-c tie, a-b merges first by its lower leaves, and a cut at 0.5 keeps
   * both.
   */
  private static final ScapDocument BOUNDARY = ScapDocument.builder()
      .addTaxonomies(Taxonomy.of("main", "Main", IntStream.rangeClosed(1, 6)
          .mapToObj(t -> Theme.of("t" + t, "Theme " + t)).toList()))
      .addCities(City.of(A, "A", "KH"), City.of(B, "B", "KH"), City.of(C, "C", "KH"))
      .addPlans(
          Plan.builder(PlanId.of("a-plan"), A, "Plan of a").focusAreas(Stream.of(1, 2, 3, 4)
              .map(t -> FocusArea.of(ThemeId.of("t" + t))).toList()).build(),
          Plan.builder(PlanId.of("b-plan"), B, "Plan of b").focusAreas(Stream.of(1, 2, 3, 4,
              5, 6).map(t -> FocusArea.of(ThemeId.of("t" + t))).toList()).build(),
          Plan.builder(PlanId.of("c-plan"), C, "Plan of c").focusAreas(Stream.of(4, 5, 6)
              .map(t -> FocusArea.of(ThemeId.of("t" + t), 6)).toList()).build())
      .build();

  private static final OverlapOptions PRIORITY_JACCARD = OverlapOptions.DEFAULTS
      .withWeighting(Weighting.PRIORITY).withMetric(Metric.JACCARD);

  @Test
  void keepsAMergeWhoseExactSimilarityIsTheThresholdThoughItsDoubleIsAnUlpBelow() {
    ThemeOverlap overlap = ThemeOverlap.of(BOUNDARY.toBuilder()
        .cities(BOUNDARY.cities().subList(0, 2)).plans(BOUNDARY.plans().subList(0, 2)).build(),
        PRIORITY_JACCARD);
    // the case itself: a score of exactly 1/2 computed an ulp below
    assertThat(overlap.condensedScores()).containsExactly(Math.nextDown(0.5));

    for (Linkage linkage : Linkage.values()) {
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);

      assertThat(dendrogram.merges()).as(linkage.code())
          .containsExactly(new Merge(0, 1, 0.5, 2));
      assertThat(dendrogram.similarities()).as(linkage.code()).containsExactly(0.5);
      assertThat(members(PeerGrouping.cutAt(overlap, dendrogram, 0.5))).as(linkage.code())
          .containsExactly(List.of(A, B));
      assertThat(members(PeerGrouping.cutAt(overlap, dendrogram, Math.nextUp(0.5))))
          .as(linkage.code()).containsExactly(List.of(A), List.of(B));
    }
  }

  @Test
  void joinsInComponentsThePairsWhoseExactScoreIsTheThreshold() {
    // a~b and b~c are both exactly 1/2 (a~b computed an ulp below); a~c is 1/8
    ThemeOverlap overlap = ThemeOverlap.of(BOUNDARY, PRIORITY_JACCARD);
    assertThat(overlap.condensedScores()).containsExactly(Math.nextDown(0.5), 1.0 / 8, 0.5);

    assertThat(overlap.score(A, B)).isEqualTo(0.5).isEqualTo(overlap.score(B, C));
    assertThat(members(PeerGrouping.components(overlap, 0.5)))
        .containsExactly(List.of(A, B, C));
    assertThat(members(PeerGrouping.components(overlap, new BigDecimal("0.50"))))
        .containsExactly(List.of(A, B, C));
    assertThat(members(PeerGrouping.components(overlap, Math.nextUp(0.5))))
        .containsExactly(List.of(A), List.of(B), List.of(C));
    assertThat(members(PeerGrouping.components(overlap, new BigDecimal("0.125"))))
        .containsExactly(List.of(A, B, C));
    assertThat(PeerGrouping.components(overlap, new BigDecimal("0.50")).method())
        .isEqualTo(new GroupingMethod.Components(new BigDecimal("0.50")));
    // a threshold above 0 but below every double joins the pairs that share a theme
    assertThat(members(PeerGrouping.components(overlap, new BigDecimal("1e-999999999"))))
        .containsExactly(List.of(A, B, C));
    assertThat(members(PeerGrouping.components(overlap, new BigDecimal("1e999999999"))))
        .containsExactly(List.of(A), List.of(B), List.of(C));
  }

  @Test
  void singleLinkageMergesExactTiesByLowestLeavesAndKeepsThemAtTheThreshold() {
    ThemeOverlap overlap = ThemeOverlap.of(BOUNDARY, PRIORITY_JACCARD);
    assertThat(overlap.condensedScores()).containsExactly(Math.nextDown(0.5), 1.0 / 8, 0.5);

    Dendrogram single = PeerGrouping.hierarchical(overlap, Linkage.SINGLE);

    // a-b and b-c tie at exactly 1/2: a-b first, by its lowest leaves (0, 1) before (1, 2)
    assertThat(single.merges()).containsExactly(new Merge(0, 1, 0.5, 2),
        new Merge(2, 3, 0.5, 3));
    assertThat(single.similarities()).containsExactly(0.5, 0.5);
    assertThat(members(PeerGrouping.cutAt(overlap, single, 0.5)))
        .containsExactly(List.of(A, B, C));
    assertThat(members(PeerGrouping.cutAt(overlap, single, 0.51)))
        .containsExactly(List.of(A), List.of(B), List.of(C));
    assertThat(members(PeerGrouping.cutAt(overlap, single, Math.nextDown(0.5))))
        .containsExactly(List.of(A, B, C))
        .isEqualTo(members(PeerGrouping.components(overlap, Math.nextDown(0.5))));
  }

  @Test
  void completeAndAverageLinkageMergeTheExactTieOfLowerLeavesFirst() {
    ThemeOverlap overlap = ThemeOverlap.of(BOUNDARY, PRIORITY_JACCARD);

    Dendrogram complete = PeerGrouping.hierarchical(overlap, Linkage.COMPLETE);
    assertThat(complete.merges()).containsExactly(new Merge(0, 1, 0.5, 2),
        new Merge(2, 3, 0.875, 3));
    assertThat(complete.similarities()).containsExactly(0.5, 0.125);
    assertThat(members(PeerGrouping.cutAt(overlap, complete, 0.5)))
        .containsExactly(List.of(A, B), List.of(C));

    // the mean of 1/8 and 1/2 is 5/16
    Dendrogram average = PeerGrouping.hierarchical(overlap, Linkage.AVERAGE);
    assertThat(average.merges()).containsExactly(new Merge(0, 1, 0.5, 2),
        new Merge(2, 3, 0.6875, 3));
    assertThat(average.similarities()).containsExactly(0.5, 0.3125);
    assertThat(members(PeerGrouping.cutAt(overlap, average, 0.5)))
        .containsExactly(List.of(A, B), List.of(C));
    assertThat(members(PeerGrouping.cutAt(overlap, average, 0.3125)))
        .containsExactly(List.of(A, B, C));
  }

  @Test
  void joinsThePairsScoringAtLeastTheThresholdIntoComponents() {
    assertThat(members(PeerGrouping.components(OVERLAP, 0.6)))
        .containsExactly(List.of(A, B, C), List.of(D, E));
    assertThat(members(PeerGrouping.components(OVERLAP, 0.61)))
        .containsExactly(List.of(A, B), List.of(C), List.of(D, E));
    assertThat(members(PeerGrouping.components(OVERLAP, 1.0 / 7)))
        .containsExactly(List.of(A, B, C, D, E));
    assertThat(members(PeerGrouping.components(OVERLAP, 0.9)))
        .containsExactly(List.of(A), List.of(B), List.of(C), List.of(D), List.of(E));
    assertThat(PeerGrouping.components(OVERLAP, 0.6).method())
        .isEqualTo(new GroupingMethod.Components(new BigDecimal("0.6")));
  }

  @Test
  void joinsEveryCityAtThresholdZeroEvenOneWithoutAPlan() {
    ScapDocument document = document(city("a", "t1"), city("z"), city("b", "t2"));
    ThemeOverlap overlap = ThemeOverlap.of(document, OverlapOptions.DEFAULTS);

    PeerGroups joined = PeerGrouping.components(overlap, 0);
    PeerGroups apart = PeerGrouping.components(overlap, 0.01);

    assertThat(members(joined)).containsExactly(List.of(A, CityId.of("z"), B));
    assertThat(joined.groups().get(0).meanSimilarity()).isZero();
    assertThat(joined.groups().get(0).sharedThemes()).isEmpty();
    assertThat(members(apart)).containsExactly(List.of(A), List.of(CityId.of("z")), List.of(B));
    assertThat(apart.groups()).extracting(PeerGroup::meanSimilarity)
        .containsExactly(1.0, 0.0, 1.0);
  }

  @Test
  void makesOneGroupPerNamedThemeInTaxonomyOrder() {
    PeerGroups groups = PeerGrouping.byTheme(OVERLAP);

    assertThat(groups.method()).isEqualTo(new GroupingMethod.Themes());
    assertThat(groups.groups()).extracting(PeerGroup::label)
        .containsExactly("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9");
    assertThat(groups.groups()).extracting(PeerGroup::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(members(groups)).containsExactly(
        List.of(A, B, C), List.of(A, B, C), List.of(A, B, C), List.of(A, B), List.of(A),
        List.of(C, D, E), List.of(D, E), List.of(D, E), List.of(E));
    PeerGroup t6 = groups.groups().get(5);
    assertThat(t6.sharedThemes()).isEqualTo(themes("t6"));
    assertThat(t6.meanSimilarity()).isCloseTo((1.0 / 6 + 1.0 / 7 + 3.0 / 4) / 3,
        within(1e-15));
  }

  @Test
  void leavesOutThemesNoCityNamesAndPutsACityInEveryGroupOfItsThemes() {
    ScapDocument document = document(city("a", "t2", "t5"), city("b", "t5"), city("z"));

    PeerGroups groups = PeerGrouping.byTheme(ThemeOverlap.of(document,
        OverlapOptions.DEFAULTS));

    assertThat(groups.groups()).extracting(PeerGroup::label).containsExactly("t2", "t5");
    assertThat(members(groups)).containsExactly(List.of(A), List.of(A, B));
  }

  @Test
  void ordersTiedMergesByTheirLowestLeafNotByWhenTheChainFoundThem() {
    // d-e and b-c score 1 (distance 0); a-d and a-e score 1/2; every other pair 0. The chain
    // starts at a, walks to d and merges d-e first; SciPy keeps that order (rows (3,4), (1,2)),
    // CLI.md wants ties in document order of their lowest leaf: b-c first.
    ScapDocument document = document(city("a", "t1", "t3"), city("b", "t2"), city("c", "t2"),
        city("d", "t1"), city("e", "t1"));
    ThemeOverlap overlap = ThemeOverlap.of(document, OverlapOptions.DEFAULTS);

    for (Linkage linkage : Linkage.values()) {
      assertThat(PeerGrouping.hierarchical(overlap, linkage).merges()).as(linkage.code())
          .containsExactly(new Merge(1, 2, 0.0, 2), new Merge(3, 4, 0.0, 2),
              new Merge(0, 6, 0.5, 3), new Merge(5, 7, 1.0, 5));
    }
  }

  @Test
  void makesAllTiedMergesOnTheClusterOfTheFirstCity() {
    ScapDocument document = document(city("a", "t1"), city("b", "t1"), city("c", "t1"),
        city("d", "t1"));

    Dendrogram dendrogram = PeerGrouping.hierarchical(ThemeOverlap.of(document,
        OverlapOptions.DEFAULTS), Linkage.AVERAGE);

    // as scipy.cluster.hierarchy.linkage(numpy.zeros(6), 'average') gives them
    assertThat(dendrogram.merges()).containsExactly(new Merge(0, 1, 0.0, 2),
        new Merge(2, 4, 0.0, 3), new Merge(3, 5, 0.0, 4));
  }

  @Test
  void rejectsACutIntoFewerThanOneOrMoreGroupsThanCities() {
    Dendrogram dendrogram = PeerGrouping.hierarchical(OVERLAP, Linkage.SINGLE);

    assertThatThrownBy(() -> PeerGrouping.cut(OVERLAP, dendrogram, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 5 cities into 0 groups");
    assertThatThrownBy(() -> PeerGrouping.cut(OVERLAP, dendrogram, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 5 cities into 6 groups");
  }

  @Test
  void countsOneCityAndOneGroupInTheSingular() {
    ThemeOverlap one = ThemeOverlap.of(document(city("a", "t1")), OverlapOptions.DEFAULTS);
    ThemeOverlap none = ThemeOverlap.of(document(), OverlapOptions.DEFAULTS);

    assertThatThrownBy(() -> PeerGrouping.cluster(one, Linkage.SINGLE).cut(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 1 city into 2 groups");
    assertThatThrownBy(() -> PeerGrouping.cluster(none, Linkage.SINGLE).cut(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 0 cities into 1 group");
  }

  @Test
  void groupsADocumentWithoutCitiesIntoNothing() {
    ThemeOverlap empty = ThemeOverlap.of(document(), OverlapOptions.DEFAULTS);
    Dendrogram dendrogram = PeerGrouping.hierarchical(empty, Linkage.AVERAGE);

    assertThat(dendrogram.merges()).isEmpty();
    assertThat(dendrogram.leafOrder()).isEmpty();
    assertThat(PeerGrouping.cut(empty, dendrogram, 0).groups()).isEmpty();
    assertThat(PeerGrouping.cutAt(empty, dendrogram, 0.5).groups()).isEmpty();
    assertThat(PeerGrouping.components(empty, 0.5).groups()).isEmpty();
    assertThat(PeerGrouping.byTheme(empty).groups()).isEmpty();
  }

  @Test
  void groupsOneCityAlone() {
    ThemeOverlap one = ThemeOverlap.of(document(city("a", "t1")), OverlapOptions.DEFAULTS);
    Dendrogram dendrogram = PeerGrouping.hierarchical(one, Linkage.COMPLETE);

    assertThat(dendrogram.merges()).isEmpty();
    assertThat(dendrogram.leafOrder()).containsExactly(0);
    assertThat(members(PeerGrouping.cut(one, dendrogram, 1))).containsExactly(List.of(A));
    assertThat(members(PeerGrouping.cutAt(one, dendrogram, 0.5))).containsExactly(List.of(A));
  }

  @Test
  void cutsADendrogramOfTheSameCitiesGivenAnyOverlapOfThem() {
    ThemeOverlap again = ThemeOverlap.of(DOCUMENT, OverlapOptions.DEFAULTS);
    Dendrogram made = PeerGrouping.hierarchical(OVERLAP, Linkage.COMPLETE);
    Dendrogram read = new Dendrogram(made.leaves(), made.linkage(), made.merges(),
        made.similarities());

    assertThat(read).isEqualTo(made);
    for (int k = 1; k <= 5; k++) {
      assertThat(PeerGrouping.cut(again, read, k)).as("k = %d", k)
          .isEqualTo(PeerGrouping.cut(OVERLAP, made, k));
    }
    assertThat(PeerGrouping.cutAt(again, read, 0.5))
        .isEqualTo(PeerGrouping.cutAt(OVERLAP, made, 0.5));
  }

  @Test
  void rejectsAnOverlapWhoseCitiesAreNotTheLeaves() {
    Dendrogram dendrogram = PeerGrouping.hierarchical(OVERLAP, Linkage.AVERAGE);
    ThemeOverlap fewer = ThemeOverlap.of(document(city("a", "t1"), city("b", "t1")),
        OverlapOptions.DEFAULTS);
    ThemeOverlap reordered = ThemeOverlap.of(document(city("b", "t1"), city("a", "t1"),
        city("c", "t1"), city("d", "t1"), city("e", "t1")), OverlapOptions.DEFAULTS);
    ThemeOverlap one = ThemeOverlap.of(document(city("a", "t1")), OverlapOptions.DEFAULTS);

    assertThatThrownBy(() -> PeerGrouping.cut(fewer, dendrogram, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the overlap is not the one the dendrogram was made from: its 2 cities are"
            + " not the dendrogram's 5 leaves, in order");
    assertThatThrownBy(() -> PeerGrouping.cutAt(fewer, dendrogram, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the overlap is not the one the dendrogram was made from: its 2 cities are"
            + " not the dendrogram's 5 leaves, in order");
    assertThatThrownBy(() -> PeerGrouping.cut(reordered, dendrogram, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the overlap is not the one the dendrogram was made from: its 5 cities are"
            + " not the dendrogram's 5 leaves, in order");
    assertThatThrownBy(() -> PeerGrouping.cutAt(one, dendrogram, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the overlap is not the one the dendrogram was made from: its 1 city is"
            + " not the dendrogram's 5 leaves, in order");
    assertThatThrownBy(() -> PeerGrouping.cut(OVERLAP, PeerGrouping.hierarchical(one,
        Linkage.SINGLE), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the overlap is not the one the dendrogram was made from: its 5 cities are"
            + " not the dendrogram's 1 leaf, in order");
    assertThatThrownBy(() -> PeerGrouping.cut(null, dendrogram, 2))
        .isInstanceOf(NullPointerException.class).hasMessage("overlap");
  }
}
