package dev.scap.analysis.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.OverlapOracle.Scored;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.ThemeId;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of {@link ThemeOverlap} over generated documents (the testkit's, which use every part of
 * the format, and {@link SyntheticDocuments}, larger and denser) under every metric, weighting,
 * rollup, reference year and taxonomy, checked against {@link OverlapOracle}.
 */
class ThemeOverlapPropertiesTest {

  /** A document and the options to analyse it with. */
  record Case(ScapDocument document, OverlapOptions options) {

    ThemeOverlap overlap() {
      return ThemeOverlap.of(document, options);
    }

    Taxonomy taxonomy() {
      return options.taxonomy() == null ? document.taxonomies().get(0)
          : document.taxonomy(options.taxonomy()).orElseThrow();
    }

    Plan plan(CityId city) {
      return OverlapOracle.plan(document, city, options.year()).orElse(null);
    }

    @Override
    public String toString() {
      return options + " on " + document.cities().size() + " cities, " + document.plans().size()
          + " plans, taxonomies " + document.taxonomies().stream()
              .map(t -> t.id() + "=" + t.themes().size()).toList();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScapDocument> generated = ScapArbitraries.documents(
        DocumentSizes.small().withCities(2, 8).withPlansPerCity(0, 3));
    Arbitrary<ScapDocument> synthetic = Combinators.combine(
            Arbitraries.integers().between(2, 30), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(0, 4), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
    return Combinators.combine(
            Arbitraries.oneOf(generated, synthetic),
            Arbitraries.of(Weighting.class), Arbitraries.of(Metric.class),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(1990, 2060).injectNull(0.4),
            Arbitraries.integers().between(0, 3))
        .as((document, weighting, metric, rollup, year, taxonomy) -> new Case(document,
            new OverlapOptions(taxonomy == 0 ? null
                : document.taxonomies().get(taxonomy % document.taxonomies().size()).id(),
                weighting, metric, rollup, year)));
  }

  @Provide
  Arbitrary<Double> minScores() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 1.0),
        Arbitraries.doubles().between(0, 1));
  }

  @Property(tries = 150)
  void makesTheProfilesThatTheSpecDescribes(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    Taxonomy taxonomy = c.taxonomy();

    assertThat(overlap.taxonomy()).isEqualTo(taxonomy);
    assertThat(overlap.themes()).isEqualTo(OverlapOracle.themes(taxonomy, c.options().rollup()));
    assertThat(overlap.profiles()).hasSameSizeAs(c.document().cities());
    for (int i = 0; i < c.document().cities().size(); i++) {
      CityId city = c.document().cities().get(i).id();
      Plan plan = c.plan(city);
      CityProfile profile = overlap.profiles().get(i);
      assertThat(profile.city()).isEqualTo(city);
      assertThat(profile.plan()).isEqualTo(plan == null ? null : plan.id());
      assertThat(profile.weights()).as(city.value()).containsExactlyEntriesOf(
          OverlapOracle.weights(taxonomy, plan, c.options().weighting(), c.options().rollup()));
    }
  }

  @Property(tries = 150)
  void scoresAreSymmetricBetweenZeroAndOneAndOneWithItselfUnlessZero(
      @ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();

    for (CityProfile a : overlap.profiles()) {
      for (CityProfile b : overlap.profiles()) {
        double score = overlap.score(a.city(), b.city());
        assertThat(score).as("%s~%s", a.city(), b.city()).isBetween(0.0, 1.0)
            .isEqualTo(overlap.score(b.city(), a.city()));
      }
      assertThat(overlap.score(a.city(), a.city())).as(a.city().value())
          .isEqualTo(a.isZero() ? 0.0 : 1.0);
      if (a.isZero()) {
        assertThat(a.weights()).isEmpty();
      }
    }
  }

  @Property(tries = 150)
  void presenceScoresAreTheSetForms(@ForAll("cases") Case given) {
    Case c = new Case(given.document(), given.options().withWeighting(Weighting.PRESENCE));
    ThemeOverlap overlap = c.overlap();
    Map<CityId, Set<ThemeId>> sets = new HashMap<>();
    for (City city : c.document().cities()) {
      sets.put(city.id(), namedThemes(c, c.plan(city.id())));
    }

    for (City a : c.document().cities()) {
      for (City b : c.document().cities()) {
        Set<ThemeId> x = sets.get(a.id());
        Set<ThemeId> y = sets.get(b.id());
        Set<ThemeId> both = new HashSet<>(x);
        both.retainAll(y);
        Set<ThemeId> either = new HashSet<>(x);
        either.addAll(y);
        double shared = both.size();
        double expected = x.isEmpty() || y.isEmpty() ? 0 : switch (c.options().metric()) {
          case JACCARD -> shared / either.size();
          case DICE -> 2 * shared / (x.size() + y.size());
          case OVERLAP -> shared / Math.min(x.size(), y.size());
          // the double nearest to the root: one rounding, not two
          case COSINE -> Fraction.of((long) (shared * shared), (long) x.size() * y.size())
              .sqrtToDouble();
        };
        assertThat(overlap.score(a.id(), b.id())).as("%s~%s", a.id(), b.id())
            .isEqualTo(expected);
      }
    }
  }

  /** The profile themes that a plan names through a focus area or a project. */
  private static Set<ThemeId> namedThemes(Case c, Plan plan) {
    Set<ThemeId> named = new HashSet<>();
    if (plan != null) {
      List<ThemeId> themes = new ArrayList<>();
      plan.focusAreas().forEach(area -> themes.add(area.theme()));
      plan.projects().forEach(project -> themes.addAll(project.themes()));
      for (ThemeId theme : themes) {
        ThemeId target = OverlapOracle.target(c.taxonomy(), theme, c.options().rollup());
        if (target != null) {
          named.add(target);
        }
      }
    }
    return named;
  }

  @Property(tries = 200)
  void findsTheTopPeersThatABruteForceFinds(@ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 7) int k, @ForAll("minScores") double minScore) {
    ThemeOverlap overlap = c.overlap();
    List<CityProfile> profiles = overlap.profiles();
    // Every decision and every score is exact: nothing may differ.
    double tolerance = 0;

    List<CityPeers> top = overlap.topPeers(k, minScore);

    assertThat(top).extracting(CityPeers::city)
        .isEqualTo(c.document().cities().stream().map(City::id).toList());
    for (int i = 0; i < profiles.size(); i++) {
      List<Scored> expected = OverlapOracle.topPeers(profiles, overlap.themes(),
          c.options().metric(), i, k, minScore);
      CityProfile city = profiles.get(i);
      Function<CityId, Double> oracle = peer -> OverlapOracle.score(c.options().metric(),
          city.weights(), overlap.profile(peer).orElseThrow().weights(), overlap.themes());
      assertSamePeers(top.get(i), expected, oracle, k, minScore, tolerance);
    }
  }

  private static void assertSamePeers(CityPeers actual, List<Scored> expected,
      Function<CityId, Double> oracle, int k, double minScore, double tolerance) {
    List<Scored> found = actual.peers().stream().map(p -> new Scored(p.city(), p.score()))
        .toList();
    String city = actual.city().value();
    if (tolerance == 0) {
      assertThat(found).as(city).isEqualTo(expected);
      return;
    }
    assertThat(found.size()).as(city).isLessThanOrEqualTo(k);
    for (int x = 0; x < found.size(); x++) {
      Scored peer = found.get(x);
      assertThat(peer.score()).as("%s~%s", city, peer.city())
          .isCloseTo(oracle.apply(peer.city()), within(tolerance))
          .isGreaterThan(0).isGreaterThanOrEqualTo(minScore);
      if (x > 0) {
        Scored before = found.get(x - 1);
        assertThat(before.score() > peer.score() || before.score() == peer.score()
            && before.city().value().compareTo(peer.city().value()) < 0)
            .as("%s: %s before %s", city, before, peer).isTrue();
      }
      if (x < expected.size()) {
        assertThat(peer.score()).isCloseTo(expected.get(x).score(), within(tolerance));
      }
    }
    // Ids may differ only where two scores are within the tolerance at a cut: k or minScore.
    assertOnlyNearACut(city, expected, found, k, minScore, tolerance);
    assertOnlyNearACut(city, found, expected, k, minScore, tolerance);
  }

  private static void assertOnlyNearACut(String city, List<Scored> these, List<Scored> those,
      int k, double minScore, double tolerance) {
    Set<CityId> ids = those.stream().map(Scored::city).collect(Collectors.toSet());
    for (Scored missing : these) {
      if (!ids.contains(missing.city())) {
        boolean nearMinScore = Math.abs(missing.score() - minScore) <= tolerance;
        boolean nearK = those.size() == k && !those.isEmpty()
            && Math.abs(missing.score() - those.get(k - 1).score()) <= tolerance;
        assertThat(nearMinScore || nearK).as("%s: %s in one list only", city, missing).isTrue();
      }
    }
  }

  @Property(tries = 150)
  void aPermutationOfTheCitiesChangesNothingButTheirOrder(@ForAll("cases") Case c,
      @ForAll long seed) {
    ScapDocument shuffled = shuffle(c.document(), new Random(seed));
    ThemeOverlap original = c.overlap();
    ThemeOverlap permuted = ThemeOverlap.of(shuffled, c.options());
    List<CityId> order = shuffled.cities().stream().map(City::id).toList();

    assertThat(byCity(permuted.profiles(), CityProfile::city))
        .isEqualTo(byCity(original.profiles(), CityProfile::city));
    for (int k : new int[] {1, 3, order.size()}) {
      List<CityPeers> top = permuted.topPeers(k, 0);
      assertThat(top).extracting(CityPeers::city).isEqualTo(order);
      assertThat(byCity(top, CityPeers::city))
          .isEqualTo(byCity(original.topPeers(k, 0), CityPeers::city));
    }
    SimilarityMatrix before = original.matrix();
    SimilarityMatrix after = permuted.matrix();
    assertThat(after.cities()).isEqualTo(order);
    for (CityId a : order) {
      for (CityId b : order) {
        assertThat(after.score(a, b)).isEqualTo(before.score(a, b));
      }
    }
    assertThat(permuted.coverage()).extracting(ThemeCoverage::theme)
        .isEqualTo(original.coverage().stream().map(ThemeCoverage::theme).toList());
    for (int t = 0; t < original.coverage().size(); t++) {
      assertThat(permuted.coverage().get(t).cities())
          .containsExactlyInAnyOrderElementsOf(original.coverage().get(t).cities());
    }
  }

  /**
   * Shuffles the cities and the plans, but keeps each city's plans in their order among
   * themselves: the latest-plan rule reads document order between plans of equal periods.
   */
  private static ScapDocument shuffle(ScapDocument document, Random random) {
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

  private static <T> Map<CityId, T> byCity(List<T> values, Function<T, CityId> city) {
    Map<CityId, T> map = new LinkedHashMap<>();
    values.forEach(value -> map.put(city.apply(value), value));
    return map;
  }

  @Property(tries = 150)
  void theMatrixIsSymmetricAndAgreesWithScore(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    SimilarityMatrix matrix = overlap.matrix();
    double[] condensed = overlap.condensedScores();
    List<CityId> cities = c.document().cities().stream().map(City::id).toList();
    int n = cities.size();

    assertThat(matrix.cities()).isEqualTo(cities);
    assertThat(overlap.cities()).isEqualTo(cities);
    assertThat(condensed).hasSize(n * (n - 1) / 2);
    for (int i = 0; i < n; i++) {
      double[] row = matrix.row(i);
      for (int j = 0; j < n; j++) {
        double score = overlap.score(cities.get(i), cities.get(j));
        assertThat(row[j]).isEqualTo(score).isEqualTo(matrix.score(j, i));
        if (i < j) {
          // SciPy's layout: the pair (i, j) at n*i - i*(i+1)/2 + (j - i - 1), holding the
          // loops' double, within a few ulps of the nearest
          assertThat(condensed[n * i - i * (i + 1) / 2 + (j - i - 1)])
              .isCloseTo(score, within(1e-12));
        }
      }
      assertThat(row[i]).isEqualTo(overlap.profiles().get(i).isZero() ? 0.0 : 1.0);
    }
  }

  @Property(tries = 150)
  void coverageCountsTheProfilesNamingEachTheme(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();

    assertThat(overlap.coverage()).extracting(ThemeCoverage::theme)
        .isEqualTo(overlap.themes());
    for (ThemeCoverage coverage : overlap.coverage()) {
      List<CityId> naming = new ArrayList<>();
      for (CityProfile profile : overlap.profiles()) {
        if (profile.weights().getOrDefault(coverage.theme(), 0.0) > 0) {
          naming.add(profile.city());
        }
      }
      assertThat(coverage.cities()).as(coverage.theme().value()).isEqualTo(naming);
      assertThat(coverage.count()).isEqualTo(naming.size());
    }
  }

  @Property(tries = 150)
  void sharesExactlyTheThemesBothWeighWithEveryProjectOnThem(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    Taxonomy taxonomy = c.taxonomy();
    boolean rollup = c.options().rollup();

    for (CityProfile a : overlap.profiles()) {
      for (CityProfile b : overlap.profiles()) {
        List<SharedTheme> expected = new ArrayList<>();
        for (ThemeId theme : overlap.themes()) {
          if (a.weight(theme) > 0 && b.weight(theme) > 0) {
            expected.add(new SharedTheme(theme,
                OverlapOracle.projectsOn(taxonomy, c.plan(a.city()), theme, rollup),
                OverlapOracle.projectsOn(taxonomy, c.plan(b.city()), theme, rollup)));
          }
        }
        assertThat(overlap.shared(a.city(), b.city())).as("%s~%s", a.city(), b.city())
            .isEqualTo(expected);
      }
    }
    for (CityPeers city : overlap.topPeers(4, 0)) {
      for (Peer peer : city.peers()) {
        assertThat(peer.shared()).isNotEmpty()
            .isEqualTo(overlap.shared(city.city(), peer.city()));
      }
    }
  }

  @Property(tries = 100)
  void sharedProjectsNameTheThemeOrANarrowerOne(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();

    for (CityProfile a : overlap.profiles()) {
      for (CityProfile b : overlap.profiles()) {
        for (SharedTheme shared : overlap.shared(a.city(), b.city())) {
          Set<ThemeId> covered = new HashSet<>();
          covered.add(shared.theme());
          if (c.options().rollup()) {
            // Every theme whose broader chain reaches the shared one.
            for (var theme : c.taxonomy().themes()) {
              if (c.document().broaderChain(theme.id()).stream()
                  .anyMatch(t -> t.id().equals(shared.theme()))) {
                covered.add(theme.id());
              }
            }
          }
          for (Project project : c.plan(a.city()).projects()) {
            assertThat(shared.cityProjects().contains(project.id()))
                .as("%s %s", project.id(), shared.theme())
                .isEqualTo(project.themes().stream().anyMatch(covered::contains));
          }
        }
      }
    }
  }
}
