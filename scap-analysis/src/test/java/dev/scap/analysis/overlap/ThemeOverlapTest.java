package dev.scap.analysis.overlap;

import static dev.scap.analysis.overlap.Metric.COSINE;
import static dev.scap.analysis.overlap.Metric.DICE;
import static dev.scap.analysis.overlap.Metric.JACCARD;
import static dev.scap.analysis.overlap.Metric.OVERLAP;
import static dev.scap.analysis.overlap.Weighting.PRESENCE;
import static dev.scap.analysis.overlap.Weighting.PRIORITY;
import static dev.scap.analysis.overlap.Weighting.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.ScapValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores, profiles, peers, shared themes and coverage of a small document, each worked out by
 * hand.
 *
 * <p>The document, taxonomy {@code main} (first) with themes in this order: {@code a};
 * {@code a1} under {@code a}; {@code a11} under {@code a1}; {@code a2} under {@code a};
 * {@code b}; {@code c}; {@code d}; and taxonomy {@code other} with the one theme {@code x}.
 * <pre>
 * p  p-plan     focus a(1) b(2) x(3); projects p1[a,b] p2[b] p3[c]      (c: projects only)
 * q  q-plan     focus b(-) c(1) a1(2) a2(3) x(5);
 *               projects q1[b,c] q2[a1] q3[a11,a1] q4[x]              (a11: projects only)
 * r  no plan
 * s  s-plan     focus x(1); projects s1[x]                 (no theme of main: zero profile)
 * t  t-new      2020-2025, focus b(-) c(-); projects t1[b]
 *    t-old      2015-2020, focus a(1) d(2)      (after t-new in the document, on purpose)
 *    t-draft    no period, focus d(1)
 * u  u-first    no period, focus a(1)
 *    u-second   no period, focus d(1)            (latest: the last of two without period)
 * </pre>
 * Profiles on main, without rollup ("-" is no priority: 1/number of focus areas, x included):
 * <pre>
 *            presence          projects                  priority
 * p          a b c             a=2 b=3 c=1               a=1 b=1/2 (c=0)
 * q          a1 a11 a2 b c     a1=3 a11=1 a2=1 b=2 c=2   a1=1/2 a2=1/3 b=1/5 c=1 (a11=0)
 * t (latest) b c               b=2 c=1                   b=1/2 c=1/2
 * t (2017)   a d               a=1 d=1                   a=1 d=1/2
 * u          d                 d=1                       d=1
 * </pre>
 * With rollup (themes a, b, c, d) p is unchanged and q is: presence a b c; projects a=3 (focus
 * a1, projects q2 and q3, q3 counted once although it names a1 and a11) b=2 c=2; priority
 * a=1/2 (the best of a1's 1/2 and a2's 1/3) b=1/5 c=1.
 */
class ThemeOverlapTest {

  private static final CityId P = CityId.of("p");
  private static final CityId Q = CityId.of("q");
  private static final CityId R = CityId.of("r");
  private static final CityId S = CityId.of("s");
  private static final CityId T = CityId.of("t");
  private static final CityId U = CityId.of("u");

  private static final TaxonomyId MAIN = TaxonomyId.of("main");
  private static final TaxonomyId OTHER = TaxonomyId.of("other");

  static final ScapDocument DOCUMENT = ScapDocument.builder()
      .addTaxonomies(
          Taxonomy.of("main", "Main", List.of(
              Theme.of("a", "A"),
              Theme.narrower("a1", "A one", "a"),
              Theme.narrower("a11", "A one one", "a1"),
              Theme.narrower("a2", "A two", "a"),
              Theme.of("b", "B"),
              Theme.of("c", "C"),
              Theme.of("d", "D"))),
          Taxonomy.of("other", "Other", List.of(Theme.of("x", "X"))))
      .addCities(city("p"), city("q"), city("r"), city("s"), city("t"), city("u"))
      .addPlans(
          plan("p-plan", "p", null, List.of(focus("a", 1), focus("b", 2), focus("x", 3)),
              project("p1", "a", "b"), project("p2", "b"), project("p3", "c")),
          plan("q-plan", "q", null, List.of(focus("b", null), focus("c", 1), focus("a1", 2),
                  focus("a2", 3), focus("x", 5)),
              project("q1", "b", "c"), project("q2", "a1"), project("q3", "a11", "a1"),
              project("q4", "x")),
          plan("s-plan", "s", null, List.of(focus("x", 1)), project("s1", "x")),
          plan("t-new", "t", Period.of(2020, 2025), List.of(focus("b", null), focus("c", null)),
              project("t1", "b")),
          plan("t-old", "t", Period.of(2015, 2020), List.of(focus("a", 1), focus("d", 2))),
          plan("t-draft", "t", null, List.of(focus("d", 1))),
          plan("u-first", "u", null, List.of(focus("a", 1))),
          plan("u-second", "u", null, List.of(focus("d", 1))))
      .build();

  private static City city(String id) {
    return City.of(CityId.of(id), id.toUpperCase(Locale.ROOT), "KH");
  }

  private static FocusArea focus(String theme, Integer priority) {
    return priority == null ? FocusArea.of(ThemeId.of(theme))
        : FocusArea.of(ThemeId.of(theme), priority);
  }

  private static Project project(String id, String... themes) {
    return Project.builder(ProjectId.of(id), "Project " + id,
        Arrays.stream(themes).map(ThemeId::of).toArray(ThemeId[]::new)).build();
  }

  private static Plan plan(String id, String city, Period period, List<FocusArea> focusAreas,
      Project... projects) {
    return Plan.builder(PlanId.of(id), CityId.of(city), "Plan " + id).period(period)
        .focusAreas(focusAreas).projects(List.of(projects)).build();
  }

  private static OverlapOptions options(Weighting weighting, Metric metric, boolean rollup,
      Integer year) {
    return new OverlapOptions(null, weighting, metric, rollup, year);
  }

  private static ThemeOverlap overlap(Weighting weighting, Metric metric, boolean rollup,
      Integer year) {
    return ThemeOverlap.of(DOCUMENT, options(weighting, metric, rollup, year));
  }

  private static ThemeOverlap presence() {
    return overlap(PRESENCE, JACCARD, false, null);
  }

  private static ThemeId theme(String id) {
    return ThemeId.of(id);
  }

  private static List<ProjectId> projects(String... ids) {
    return Arrays.stream(ids).map(ProjectId::of).toList();
  }

  @Test
  void theHandBuiltDocumentIsValid() {
    assertThat(ScapValidator.instance().validate(DOCUMENT).errors()).isEmpty();
  }

  static Stream<Arguments> handComputedScores() {
    return Stream.of(
        // p and q, presence: A = {a, b, c}, B = {a1, a11, a2, b, c}; |A∩B| = 2, |A∪B| = 6.
        arguments(PRESENCE, JACCARD, false, null, P, Q, 2.0 / 6),
        arguments(PRESENCE, DICE, false, null, P, Q, 2.0 * 2 / (3 + 5)),
        arguments(PRESENCE, OVERLAP, false, null, P, Q, 2.0 / 3),
        arguments(PRESENCE, COSINE, false, null, P, Q, 2 / Math.sqrt(3 * 5)),
        // projects: A = a2 b3 c1 (ΣA 6, A·A 14), B = a1:3 a11:1 a2:1 b2 c2 (ΣB 9, B·B 19);
        // Σmin = b:2 + c:1 = 3, Σmax = 2+3+1+1+3+2 = 12, A·B = 3·2 + 1·2 = 8.
        arguments(PROJECTS, JACCARD, false, null, P, Q, 3.0 / 12),
        arguments(PROJECTS, DICE, false, null, P, Q, 6.0 / 15),
        arguments(PROJECTS, OVERLAP, false, null, P, Q, 3.0 / 6),
        arguments(PROJECTS, COSINE, false, null, P, Q, 8 / Math.sqrt(14 * 19)),
        // priority: A = a1 b1/2 (ΣA 3/2, A·A 5/4), B = a1:1/2 a2:1/3 b1/5 c1 (ΣB 61/30,
        // B·B 1261/900); only b is weighed by both: Σmin = 1/5, Σmax = 10/3, A·B = 1/10.
        arguments(PRIORITY, JACCARD, false, null, P, Q, 3.0 / 50),
        arguments(PRIORITY, DICE, false, null, P, Q, 6.0 / 53),
        arguments(PRIORITY, OVERLAP, false, null, P, Q, 2.0 / 15),
        arguments(PRIORITY, COSINE, false, null, P, Q, 6 / Math.sqrt(6305)),
        // Rolled up, presence: both {a, b, c}.
        arguments(PRESENCE, JACCARD, true, null, P, Q, 1.0),
        arguments(PRESENCE, DICE, true, null, P, Q, 1.0),
        arguments(PRESENCE, OVERLAP, true, null, P, Q, 1.0),
        arguments(PRESENCE, COSINE, true, null, P, Q, 1.0),
        // projects: A = a2 b3 c1 (6, 14), B = a3 b2 c2 (7, 17); Σmin 5, Σmax 8, A·B 14.
        arguments(PROJECTS, JACCARD, true, null, P, Q, 5.0 / 8),
        arguments(PROJECTS, DICE, true, null, P, Q, 10.0 / 13),
        arguments(PROJECTS, OVERLAP, true, null, P, Q, 5.0 / 6),
        arguments(PROJECTS, COSINE, true, null, P, Q, 14 / Math.sqrt(238)),
        // priority: A = a1 b1/2 (3/2, 5/4), B = a1/2 b1/5 c1 (17/10, 129/100);
        // Σmin = 7/10, Σmax = 5/2, A·B = 3/5.
        arguments(PRIORITY, JACCARD, true, null, P, Q, 7.0 / 25),
        arguments(PRIORITY, DICE, true, null, P, Q, 7.0 / 16),
        arguments(PRIORITY, OVERLAP, true, null, P, Q, 7.0 / 15),
        arguments(PRIORITY, COSINE, true, null, P, Q, 12 / Math.sqrt(645)),
        // p and t's latest plan t-new: presence {a,b,c} and {b,c}: |∩| 2, |∪| 3.
        arguments(PRESENCE, JACCARD, false, null, P, T, 2.0 / 3),
        arguments(PRESENCE, DICE, false, null, P, T, 4.0 / 5),
        arguments(PRESENCE, OVERLAP, false, null, P, T, 1.0),
        arguments(PRESENCE, COSINE, false, null, P, T, 2 / Math.sqrt(6)),
        // projects: B = b2 c1 (3, 5); Σmin 3, Σmax 6, A·B 7.
        arguments(PROJECTS, JACCARD, false, null, P, T, 1.0 / 2),
        arguments(PROJECTS, DICE, false, null, P, T, 2.0 / 3),
        arguments(PROJECTS, OVERLAP, false, null, P, T, 1.0),
        arguments(PROJECTS, COSINE, false, null, P, T, 7 / Math.sqrt(70)),
        // priority: t-new has two focus areas without priority: B = b1/2 c1/2 (1, 1/2);
        // Σmin 1/2, Σmax 2, A·B 1/4.
        arguments(PRIORITY, JACCARD, false, null, P, T, 1.0 / 4),
        arguments(PRIORITY, DICE, false, null, P, T, 2.0 / 5),
        arguments(PRIORITY, OVERLAP, false, null, P, T, 1.0 / 2),
        arguments(PRIORITY, COSINE, false, null, P, T, 1 / Math.sqrt(10)),
        // Reference year 2017 picks t-old: presence {a,b,c} and {a,d}: |∩| 1, |∪| 4.
        arguments(PRESENCE, JACCARD, false, 2017, P, T, 1.0 / 4),
        arguments(PRESENCE, DICE, false, 2017, P, T, 2.0 / 5),
        arguments(PRESENCE, OVERLAP, false, 2017, P, T, 1.0 / 2),
        arguments(PRESENCE, COSINE, false, 2017, P, T, 1 / Math.sqrt(6)),
        // projects: B = a1 d1 (2, 2); Σmin 1, Σmax 7, A·B 2.
        arguments(PROJECTS, JACCARD, false, 2017, P, T, 1.0 / 7),
        arguments(PROJECTS, DICE, false, 2017, P, T, 1.0 / 4),
        arguments(PROJECTS, OVERLAP, false, 2017, P, T, 1.0 / 2),
        arguments(PROJECTS, COSINE, false, 2017, P, T, 2 / Math.sqrt(28)),
        // priority: B = a1 d1/2 (3/2, 5/4); Σmin 1, Σmax 2, A·B 1.
        arguments(PRIORITY, JACCARD, false, 2017, P, T, 1.0 / 2),
        arguments(PRIORITY, DICE, false, 2017, P, T, 2.0 / 3),
        arguments(PRIORITY, OVERLAP, false, 2017, P, T, 2.0 / 3),
        arguments(PRIORITY, COSINE, false, 2017, P, T, 4.0 / 5),
        // 2020 lies in both t-new and t-old: the later one, t-new, as without a year;
        // 2030 and 2010 lie in none: the latest, t-new, never t-draft (no period).
        arguments(PRESENCE, JACCARD, false, 2020, P, T, 2.0 / 3),
        arguments(PRESENCE, JACCARD, false, 2030, P, T, 2.0 / 3),
        arguments(PRESENCE, JACCARD, false, 2010, P, T, 2.0 / 3),
        // t-old and u-second (both without period, the last in the document): {a,d}, {d}.
        arguments(PRESENCE, JACCARD, false, 2017, T, U, 1.0 / 2),
        arguments(PRIORITY, COSINE, false, 2017, T, U, (1.0 / 2) / Math.sqrt(5.0 / 4)));
  }

  @ParameterizedTest(name = "{0} {1} rollup={2} year={3}: {4}~{5} = {6}")
  @MethodSource("handComputedScores")
  void scoresChosenPairsAsComputedByHand(Weighting weighting, Metric metric, boolean rollup,
      Integer year, CityId a, CityId b, double expected) {
    ThemeOverlap overlap = overlap(weighting, metric, rollup, year);

    assertThat(overlap.score(a, b)).isCloseTo(expected, within(1e-15));
    assertThat(overlap.score(b, a)).isEqualTo(overlap.score(a, b));
    assertThat(overlap.matrix().score(a, b)).isEqualTo(overlap.score(a, b));
  }

  static Stream<Arguments> otherTaxonomyScores() {
    // On taxonomy other, q weighs x by presence 1, by projects 1 + 1 (q4), by priority 1/5;
    // s by presence 1, by projects 1 + 1 (s1), by priority 1. Priority: Σmin 1/5, Σmax 1.
    return Stream.of(
        arguments(PRESENCE, JACCARD, 1.0), arguments(PRESENCE, DICE, 1.0),
        arguments(PRESENCE, OVERLAP, 1.0), arguments(PRESENCE, COSINE, 1.0),
        arguments(PROJECTS, JACCARD, 1.0), arguments(PROJECTS, DICE, 1.0),
        arguments(PROJECTS, OVERLAP, 1.0), arguments(PROJECTS, COSINE, 1.0),
        arguments(PRIORITY, JACCARD, 1.0 / 5), arguments(PRIORITY, DICE, 1.0 / 3),
        arguments(PRIORITY, OVERLAP, 1.0), arguments(PRIORITY, COSINE, 1.0));
  }

  @ParameterizedTest(name = "{0} {1}: q~s on taxonomy other = {2}")
  @MethodSource("otherTaxonomyScores")
  void scoresOnTheTaxonomyItIsGiven(Weighting weighting, Metric metric, double expected) {
    ThemeOverlap overlap = ThemeOverlap.of(DOCUMENT,
        options(weighting, metric, false, null).withTaxonomy(OTHER));

    assertThat(overlap.taxonomy().id()).isEqualTo(OTHER);
    assertThat(overlap.themes()).containsExactly(theme("x"));
    assertThat(overlap.score(Q, S)).isCloseTo(expected, within(1e-15));
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (Weighting weighting : Weighting.values()) {
      for (Metric metric : Metric.values()) {
        for (boolean rollup : new boolean[] {false, true}) {
          all.add(arguments(weighting, metric, rollup));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} rollup={2}")
  @MethodSource("everyCombination")
  void scoresAZeroProfileZeroWithEveryoneItselfIncluded(Weighting weighting, Metric metric,
      boolean rollup) {
    ThemeOverlap overlap = overlap(weighting, metric, rollup, null);

    // r has no plan; s's plan names only x, a theme of the other taxonomy.
    assertThat(overlap.profile(R).orElseThrow().isZero()).isTrue();
    assertThat(overlap.profile(R).orElseThrow().plan()).isNull();
    assertThat(overlap.profile(S).orElseThrow().isZero()).isTrue();
    assertThat(overlap.profile(S).orElseThrow().plan()).isEqualTo(PlanId.of("s-plan"));
    for (CityId zero : List.of(R, S)) {
      for (CityId other : List.of(P, Q, R, S, T, U)) {
        assertThat(overlap.score(zero, other)).as("%s~%s", zero, other).isZero();
        assertThat(overlap.score(other, zero)).as("%s~%s", other, zero).isZero();
      }
    }
    for (CityId city : List.of(P, Q, T, U)) {
      assertThat(overlap.score(city, city)).as("%s~%s", city, city).isEqualTo(1.0);
    }
    List<CityPeers> peers = overlap.topPeers(10, 0);
    assertThat(peers).extracting(CityPeers::city).containsExactly(P, Q, R, S, T, U);
    assertThat(peers.get(2).peers()).isEmpty();
    assertThat(peers.get(3).peers()).isEmpty();
  }

  static Stream<Arguments> handComputedProfiles() {
    return Stream.of(
        arguments(PRESENCE, false, null, P, Map.of("a", 1.0, "b", 1.0, "c", 1.0)),
        arguments(PROJECTS, false, null, P, Map.of("a", 2.0, "b", 3.0, "c", 1.0)),
        // c is named by project p3 only: priority 0, left out.
        arguments(PRIORITY, false, null, P, Map.of("a", 1.0, "b", 1.0 / 2)),
        arguments(PRESENCE, false, null, Q,
            Map.of("a1", 1.0, "a11", 1.0, "a2", 1.0, "b", 1.0, "c", 1.0)),
        arguments(PROJECTS, false, null, Q,
            Map.of("a1", 3.0, "a11", 1.0, "a2", 1.0, "b", 2.0, "c", 2.0)),
        // b has no priority: 1/5, five focus areas counting x of the other taxonomy.
        arguments(PRIORITY, false, null, Q,
            Map.of("a1", 1.0 / 2, "a2", 1.0 / 3, "b", 1.0 / 5, "c", 1.0)),
        arguments(PRESENCE, true, null, Q, Map.of("a", 1.0, "b", 1.0, "c", 1.0)),
        // q3 names a1 and a11, both under a: counted once.
        arguments(PROJECTS, true, null, Q, Map.of("a", 3.0, "b", 2.0, "c", 2.0)),
        arguments(PRIORITY, true, null, Q, Map.of("a", 1.0 / 2, "b", 1.0 / 5, "c", 1.0)),
        arguments(PROJECTS, true, null, P, Map.of("a", 2.0, "b", 3.0, "c", 1.0)),
        arguments(PRIORITY, false, null, T, Map.of("b", 1.0 / 2, "c", 1.0 / 2)),
        arguments(PROJECTS, false, null, T, Map.of("b", 2.0, "c", 1.0)),
        arguments(PRIORITY, false, 2017, T, Map.of("a", 1.0, "d", 1.0 / 2)),
        arguments(PRESENCE, false, null, U, Map.of("d", 1.0)),
        arguments(PRESENCE, true, null, R, Map.of()),
        arguments(PROJECTS, false, null, S, Map.of()));
  }

  @ParameterizedTest(name = "{0} rollup={1} year={2}: {3}")
  @MethodSource("handComputedProfiles")
  void weighsThemesAsComputedByHand(Weighting weighting, boolean rollup, Integer year,
      CityId city, Map<String, Double> expected) {
    ThemeOverlap overlap = overlap(weighting, JACCARD, rollup, year);
    CityProfile profile = overlap.profile(city).orElseThrow();

    Map<ThemeId, Double> inThemeOrder = new LinkedHashMap<>();
    for (ThemeId theme : overlap.themes()) {
      if (expected.containsKey(theme.value())) {
        inThemeOrder.put(theme, expected.get(theme.value()));
      }
    }
    assertThat(profile.weights()).containsExactlyEntriesOf(inThemeOrder);
    assertThat(profile.city()).isEqualTo(city);
  }

  static Stream<Arguments> planChoices() {
    return Stream.of(
        arguments(T, null, "t-new"), arguments(T, 2016, "t-old"), arguments(T, 2015, "t-old"),
        arguments(T, 2020, "t-new"), arguments(T, 2025, "t-new"), arguments(T, 2030, "t-new"),
        arguments(T, 2010, "t-new"), arguments(U, null, "u-second"),
        arguments(U, 2017, "u-second"), arguments(P, 1999, "p-plan"));
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @MethodSource("planChoices")
  void choosesEachCitysPlanByTheReferenceYearRule(CityId city, Integer year, String plan) {
    ThemeOverlap overlap = overlap(PRESENCE, JACCARD, false, year);

    assertThat(overlap.profile(city).orElseThrow().plan()).isEqualTo(PlanId.of(plan));
  }

  @Test
  void usesTheFirstTaxonomyUnlessToldOtherwise() {
    assertThat(presence().taxonomy().id()).isEqualTo(MAIN);
    assertThat(presence().themes()).extracting(ThemeId::value)
        .containsExactly("a", "a1", "a11", "a2", "b", "c", "d");
    assertThat(overlap(PRESENCE, JACCARD, true, null).themes()).extracting(ThemeId::value)
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void refusesATaxonomyTheDocumentLacksNamingTheOnesItHas() {
    OverlapOptions options = OverlapOptions.DEFAULTS.withTaxonomy(TaxonomyId.of("nope"));

    assertThatThrownBy(() -> ThemeOverlap.of(DOCUMENT, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope").hasMessageContaining("main").hasMessageContaining("other");
  }

  @Test
  void listsEachCitysPeersBestFirstAndCitiesWithoutPeersEmpty() {
    // Jaccard on presence: p~q 2/6, p~t 2/3, q~t 2/5; u names only d, which no one else does.
    List<CityPeers> peers = presence().topPeers(5, 0);

    assertThat(peers).extracting(CityPeers::city).containsExactly(P, Q, R, S, T, U);
    assertThat(scores(peers.get(0))).containsExactly(Map.entry(T, 2.0 / 3), Map.entry(Q, 1.0 / 3));
    assertThat(scores(peers.get(1))).containsExactly(Map.entry(T, 2.0 / 5), Map.entry(P, 1.0 / 3));
    assertThat(peers.get(2).peers()).isEmpty();
    assertThat(peers.get(3).peers()).isEmpty();
    assertThat(scores(peers.get(4))).containsExactly(Map.entry(P, 2.0 / 3), Map.entry(Q, 2.0 / 5));
    assertThat(peers.get(5).peers()).isEmpty();
  }

  @Test
  void keepsPeersScoringExactlyTheMinimumScore() {
    List<CityPeers> peers = presence().topPeers(5, 2.0 / 5);

    assertThat(scores(peers.get(0))).containsExactly(Map.entry(T, 2.0 / 3));
    assertThat(scores(peers.get(1))).containsExactly(Map.entry(T, 2.0 / 5));
    assertThat(scores(peers.get(4))).containsExactly(Map.entry(P, 2.0 / 3), Map.entry(Q, 2.0 / 5));
    assertThat(presence().topPeers(5, 1.0 / 3).get(1).peers()).hasSize(2);
    assertThat(presence().topPeers(5, 0.7)).allSatisfy(c -> assertThat(c.peers()).isEmpty());
  }

  @Test
  void cutsEachListAtK() {
    assertThat(presence().topPeers(1, 0)).extracting(c -> c.peers().stream()
        .map(Peer::city).toList())
        .containsExactly(List.of(T), List.of(T), List.of(), List.of(), List.of(P), List.of());
    assertThat(presence().topPeers(0, 0)).hasSize(6)
        .allSatisfy(c -> assertThat(c.peers()).isEmpty());
  }

  @Test
  void keepsEveryPeerWhenKExceedsTheNumberOfCities() {
    assertThat(presence().topPeers(Integer.MAX_VALUE, 0)).isEqualTo(presence().topPeers(5, 0));
  }

  @Test
  void refusesANegativeK() {
    assertThatThrownBy(() -> presence().topPeers(-1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void breaksTiesByThePeersIdInStringOrderWhateverTheDocumentOrder() {
    // Every city's plan names b alone: all score 1. String order: alpha < c10 < c9 < zeta.
    List<String> ids = List.of("zeta", "c9", "c10", "alpha");
    ScapDocument ties = ScapDocument.builder().addTaxonomies(DOCUMENT.taxonomies().get(0))
        .cities(ids.stream().map(ThemeOverlapTest::city).toList())
        .plans(ids.stream().map(id -> plan(id + "-plan", id, null, List.of(focus("b", 1))))
            .toList())
        .build();
    ScapDocument reversed = ties.toBuilder()
        .cities(reversed(ties.cities())).plans(reversed(ties.plans())).build();

    for (ScapDocument document : List.of(ties, reversed)) {
      ThemeOverlap overlap = ThemeOverlap.of(document, OverlapOptions.DEFAULTS);
      assertThat(peerIds(overlap, "zeta", 2)).containsExactly("alpha", "c10");
      assertThat(peerIds(overlap, "alpha", 5)).containsExactly("c10", "c9", "zeta");
      assertThat(peerIds(overlap, "c9", 5)).containsExactly("alpha", "c10", "zeta");
    }
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static List<String> peerIds(ThemeOverlap overlap, String city, int k) {
    return overlap.topPeers(k, 0).stream().filter(c -> c.city().value().equals(city))
        .findFirst().orElseThrow().peers().stream().map(p -> p.city().value()).toList();
  }

  private static List<Map.Entry<CityId, Double>> scores(CityPeers city) {
    return city.peers().stream().map(p -> Map.entry(p.city(), p.score())).toList();
  }

  @Test
  void sharesTheThemesBothWeighWithTheProjectsBehindThem() {
    assertThat(presence().shared(P, Q)).containsExactly(
        new SharedTheme(theme("b"), projects("p1", "p2"), projects("q1")),
        new SharedTheme(theme("c"), projects("p3"), projects("q1")));
    assertThat(presence().shared(Q, P)).containsExactly(
        new SharedTheme(theme("b"), projects("q1"), projects("p1", "p2")),
        new SharedTheme(theme("c"), projects("q1"), projects("p3")));
    assertThat(presence().shared(P, R)).isEmpty();
    assertThat(presence().shared(S, S)).isEmpty();
  }

  @Test
  void sharesRolledUpThemesWithTheProjectsOnNarrowerOnesEachOnce() {
    assertThat(overlap(PRESENCE, JACCARD, true, null).shared(P, Q)).containsExactly(
        new SharedTheme(theme("a"), projects("p1"), projects("q2", "q3")),
        new SharedTheme(theme("b"), projects("p1", "p2"), projects("q1")),
        new SharedTheme(theme("c"), projects("p3"), projects("q1")));
  }

  @Test
  void doesNotShareAThemeThatOneCityWeighsZero() {
    // By priority p weighs c 0 (only project p3 names it).
    assertThat(overlap(PRIORITY, JACCARD, false, null).shared(P, Q)).containsExactly(
        new SharedTheme(theme("b"), projects("p1", "p2"), projects("q1")));
  }

  @Test
  void sharesThemesOfTheChosenTaxonomyOnly() {
    ThemeOverlap other = ThemeOverlap.of(DOCUMENT, OverlapOptions.DEFAULTS.withTaxonomy(OTHER));

    assertThat(other.shared(Q, S)).containsExactly(
        new SharedTheme(theme("x"), projects("q4"), projects("s1")));
    assertThat(other.shared(P, S)).containsExactly(
        new SharedTheme(theme("x"), projects(), projects("s1")));
  }

  @Test
  void givesEachPeerTheSharedThemesOfThePair() {
    ThemeOverlap overlap = overlap(PROJECTS, COSINE, true, null);

    for (CityPeers city : overlap.topPeers(5, 0)) {
      for (Peer peer : city.peers()) {
        assertThat(peer.shared()).isEqualTo(overlap.shared(city.city(), peer.city()));
        assertThat(peer.score()).isEqualTo(overlap.score(city.city(), peer.city()));
      }
    }
  }

  @Test
  void countsTheCitiesNamingEachTheme() {
    assertThat(coverage(presence())).containsExactly(
        Map.entry("a", List.of(P)), Map.entry("a1", List.of(Q)), Map.entry("a11", List.of(Q)),
        Map.entry("a2", List.of(Q)), Map.entry("b", List.of(P, Q, T)),
        Map.entry("c", List.of(P, Q, T)), Map.entry("d", List.of(U)));
    assertThat(coverage(overlap(PRESENCE, JACCARD, true, null))).containsExactly(
        Map.entry("a", List.of(P, Q)), Map.entry("b", List.of(P, Q, T)),
        Map.entry("c", List.of(P, Q, T)), Map.entry("d", List.of(U)));
    // By priority, a theme named only by projects is not covered: c by p, a11 by q.
    assertThat(coverage(overlap(PRIORITY, JACCARD, false, null))).containsExactly(
        Map.entry("a", List.of(P)), Map.entry("a1", List.of(Q)), Map.entry("a11", List.of()),
        Map.entry("a2", List.of(Q)), Map.entry("b", List.of(P, Q, T)),
        Map.entry("c", List.of(Q, T)), Map.entry("d", List.of(U)));
    assertThat(presence().coverage().get(4).count()).isEqualTo(3);
  }

  private static List<Map.Entry<String, List<CityId>>> coverage(ThemeOverlap overlap) {
    return overlap.coverage().stream()
        .map(c -> Map.entry(c.theme().value(), c.cities())).toList();
  }

  @Test
  void scoresEveryPairInTheMatrixWithOneOnTheDiagonalUnlessTheProfileIsZero() {
    ThemeOverlap overlap = presence();
    SimilarityMatrix matrix = overlap.matrix();

    assertThat(matrix.cities()).containsExactly(P, Q, R, S, T, U);
    assertThat(matrix.size()).isEqualTo(6);
    assertThat(matrix.row(0)).containsExactly(1.0, 1.0 / 3, 0, 0, 2.0 / 3, 0);
    assertThat(matrix.row(1)).containsExactly(1.0 / 3, 1.0, 0, 0, 2.0 / 5, 0);
    assertThat(matrix.row(2)).containsExactly(0, 0, 0, 0, 0, 0);
    assertThat(matrix.row(3)).containsExactly(0, 0, 0, 0, 0, 0);
    assertThat(matrix.row(4)).containsExactly(2.0 / 3, 2.0 / 5, 0, 0, 1.0, 0);
    assertThat(matrix.row(5)).containsExactly(0, 0, 0, 0, 0, 1.0);
    assertThat(matrix.score(T, P)).isEqualTo(matrix.score(4, 0));
  }

  @Test
  void refusesACityTheDocumentLacks() {
    CityId nowhere = CityId.of("nowhere");

    assertThatThrownBy(() -> presence().score(P, nowhere))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nowhere");
    assertThatThrownBy(() -> presence().shared(nowhere, P))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> presence().matrix().score(nowhere, P))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(presence().profile(nowhere)).isEmpty();
  }

  @Test
  void analysesADocumentWithoutCities() {
    ScapDocument empty = DOCUMENT.toBuilder().cities(List.of()).plans(List.of()).build();
    ThemeOverlap overlap = ThemeOverlap.of(empty, OverlapOptions.DEFAULTS);

    assertThat(overlap.profiles()).isEmpty();
    assertThat(overlap.topPeers(5, 0)).isEmpty();
    assertThat(overlap.matrix().size()).isZero();
    assertThat(overlap.coverage()).allSatisfy(c -> assertThat(c.cities()).isEmpty());
  }

  @Test
  void keepsItsOptionsAndDocument() {
    OverlapOptions options = options(PRIORITY, DICE, true, 2017);
    ThemeOverlap overlap = ThemeOverlap.of(DOCUMENT, options);

    assertThat(overlap.options()).isEqualTo(options);
    assertThat(overlap.document()).isSameAs(DOCUMENT);
    assertThat(OverlapOptions.DEFAULTS).isEqualTo(
        new OverlapOptions(null, PRESENCE, JACCARD, false, null));
  }
}
