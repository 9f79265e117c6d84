package dev.scap.analysis.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.stream.IntStream;
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

  /**
   * The top peers are made as they are asked for: asked again, on any thread, in any order,
   * they are the same, and the list cannot be changed.
   */
  @Property(tries = 100)
  void topPeersAreTheSameWhenAskedAgainOnAnyThread(@ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 5) int k) {
    List<CityPeers> peers = c.overlap().topPeers(k, 0);
    List<CityPeers> copy = List.copyOf(peers);

    assertThat(peers).hasSize(c.overlap().cities().size()).isEqualTo(copy);
    assertThat(IntStream.range(0, peers.size()).parallel().mapToObj(peers::get).toList())
        .isEqualTo(copy);
    for (int i = peers.size() - 1; i >= 0; i--) {
      assertThat(peers.get(i)).isEqualTo(copy.get(i));
    }
    assertThat(peers.hashCode()).isEqualTo(copy.hashCode());
    assertThatThrownBy(() -> peers.get(peers.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> peers.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> peers.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
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

  // Ties by construction: scores mathematically equal, reached by different sums.

  /** A hub city and peers that all score the same with it, in a document. */
  record Tie(ScapDocument document, CityId hub, List<CityId> peers) {
    @Override
    public String toString() {
      return peers.size() + " peers of " + document.taxonomies().get(0).themes().size()
          + " themes: " + document.plans();
    }
  }

  private static ScapDocument.Builder tieDocument(int themes) {
    return ScapDocument.builder().addTaxonomies(Taxonomy.of("main", "Main",
        java.util.stream.IntStream.range(0, themes)
            .mapToObj(t -> dev.scap.model.Theme.of("t" + t, "T" + t)).toList()));
  }

  private static Plan tiePlan(CityId city, List<dev.scap.model.FocusArea> areas) {
    return Plan.builder(dev.scap.model.PlanId.of(city.value() + "-plan"), city,
        "Plan of " + city).focusAreas(areas).build();
  }

  /** Ids whose string order is not the order of the cities in the document. */
  private static List<CityId> shuffledIds(String prefix, int count, Random random) {
    List<CityId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(CityId.of(prefix + (100 + i)));
    }
    Collections.shuffle(ids, random);
    return ids;
  }

  /**
   * Priority weights: the hub names every theme without a priority (1/T each); each peer names
   * the same themes with the same priorities, permuted among the themes. Every metric gives each
   * peer the same exact score, but the peers' sums add the 1/p in other orders.
   */
  @Provide
  Arbitrary<Tie> permutedPriorities() {
    return Combinators.combine(Arbitraries.integers().between(2, 12),
            Arbitraries.integers().between(2, 9), Arbitraries.longs())
        .as((themes, peers, seed) -> {
          Random random = new Random(seed);
          int named = 1 + random.nextInt(themes);
          List<Integer> priorities = new ArrayList<>();
          for (int x = 0; x < named; x++) {
            priorities.add(1 + random.nextInt(7));
          }
          CityId hub = CityId.of("hub");
          List<CityId> ids = shuffledIds("peer-", peers, random);
          ScapDocument.Builder builder = tieDocument(themes).addCities(City.of(hub, "Hub", "KH"))
              .addPlans(tiePlan(hub, java.util.stream.IntStream.range(0, themes)
                  .mapToObj(t -> dev.scap.model.FocusArea.of(ThemeId.of("t" + t))).toList()));
          for (CityId id : ids) {
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, themes)
                .boxed().toList());
            Collections.shuffle(order, random);
            List<dev.scap.model.FocusArea> areas = new ArrayList<>();
            for (int x = 0; x < named; x++) {
              areas.add(dev.scap.model.FocusArea.of(ThemeId.of("t" + order.get(x)),
                  priorities.get(x)));
            }
            builder.addCities(City.of(id, id.value(), "KH")).addPlans(tiePlan(id, areas));
          }
          return new Tie(builder.build(), hub, ids);
        });
  }

  /**
   * Presence cosines equal through their squares: the hub names h themes; a peer sharing c·s of
   * them among c²·x themes in all scores c·s / √(h·c²·x) = s / √(h·x) for every c, through
   * different quotients of different roots (2/√6 as 4/√24 and as 6/√54).
   */
  @Provide
  Arbitrary<Tie> scaledCosines() {
    return Combinators.combine(Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 4), Arbitraries.longs())
        .as((s, extra, seed) -> {
          Random random = new Random(seed);
          int x = s + extra - 1;
          int largest = 1;
          while ((largest + 1) * s <= 12 && largest < 4) {
            largest++;
          }
          int h = largest * s + random.nextInt(3);
          int themes = h + largest * largest * x;
          CityId hub = CityId.of("hub");
          List<CityId> ids = shuffledIds("peer-", largest, random);
          ScapDocument.Builder builder = tieDocument(themes).addCities(City.of(hub, "Hub", "KH"))
              .addPlans(tiePlan(hub, java.util.stream.IntStream.range(0, h)
                  .mapToObj(t -> dev.scap.model.FocusArea.of(ThemeId.of("t" + t))).toList()));
          for (int c = 1; c <= largest; c++) {
            List<dev.scap.model.FocusArea> areas = new ArrayList<>();
            for (int t = 0; t < c * s; t++) {
              areas.add(dev.scap.model.FocusArea.of(ThemeId.of("t" + t)));
            }
            for (int t = 0; t < c * c * x - c * s; t++) {
              areas.add(dev.scap.model.FocusArea.of(ThemeId.of("t" + (h + t))));
            }
            CityId id = ids.get(c - 1);
            builder.addCities(City.of(id, id.value(), "KH")).addPlans(tiePlan(id, areas));
          }
          return new Tie(builder.build(), hub, ids);
        });
  }

  @Property(tries = 150)
  void peersWhoseScoresAreEqualFractionsPrintEqualAndFollowTheirIds(
      @ForAll("permutedPriorities") Tie tie, @ForAll Metric metric,
      @ForAll @IntRange(min = 1, max = 10) int k, @ForAll long seed) {
    assertTiesOrderById(tie, OverlapOptions.DEFAULTS.withWeighting(Weighting.PRIORITY)
        .withMetric(metric), k, seed);
  }

  @Property(tries = 100)
  void peersWhoseCosinesAreEqualThroughTheirSquaresPrintEqualAndFollowTheirIds(
      @ForAll("scaledCosines") Tie tie, @ForAll @IntRange(min = 1, max = 5) int k,
      @ForAll long seed) {
    assertTiesOrderById(tie, OverlapOptions.DEFAULTS.withMetric(Metric.COSINE), k, seed);
  }

  private static void assertTiesOrderById(Tie tie, OverlapOptions options, int k, long seed) {
    ThemeOverlap overlap = ThemeOverlap.of(tie.document(), options);
    Metric metric = options.metric();
    CityProfile hub = overlap.profile(tie.hub()).orElseThrow();
    Fraction exact = OverlapOracle.exactScore(metric, hub.weights(),
        overlap.profile(tie.peers().get(0)).orElseThrow().weights(), overlap.themes());
    for (CityId peer : tie.peers()) {
      // the construction: every peer's exact score is the same
      assertThat(OverlapOracle.exactScore(metric, hub.weights(),
          overlap.profile(peer).orElseThrow().weights(), overlap.themes())).isEqualTo(exact);
    }
    List<CityId> byId = tie.peers().stream().sorted(java.util.Comparator.comparing(
        CityId::value)).limit(k).toList();
    double nearest = OverlapOracle.nearest(metric, exact);

    CityPeers top = overlap.topPeers(k, 0).stream().filter(p -> p.city().equals(tie.hub()))
        .findFirst().orElseThrow();

    assertThat(top.peers()).extracting(Peer::city).isEqualTo(byId);
    assertThat(top.peers()).extracting(Peer::score).containsOnly(nearest);
    for (CityId peer : tie.peers()) {
      assertThat(overlap.score(tie.hub(), peer)).isEqualTo(nearest);
      assertThat(overlap.score(peer, tie.hub())).isEqualTo(nearest);
    }
    // a least score just at or below the tied score keeps them all, one above keeps none
    java.math.MathContext digits = new java.math.MathContext(40);
    java.math.BigDecimal value = new java.math.BigDecimal(exact.numerator())
        .divide(new java.math.BigDecimal(exact.denominator()), digits);
    if (metric.usesProducts()) {
      value = value.sqrt(digits);
    }
    java.math.BigDecimal below = value.round(new java.math.MathContext(12,
        java.math.RoundingMode.FLOOR));
    java.math.BigDecimal above = below.add(new java.math.BigDecimal("1e-12"));
    assertThat(overlap.topPeers(k, below).stream().filter(p -> p.city().equals(tie.hub()))
        .findFirst().orElseThrow()).isEqualTo(top);
    assertThat(overlap.topPeers(k, above).stream().filter(p -> p.city().equals(tie.hub()))
        .findFirst().orElseThrow().peers()).isEmpty();
    // and whatever the order of the cities
    List<City> cities = new ArrayList<>(tie.document().cities());
    Collections.shuffle(cities, new Random(seed));
    ThemeOverlap shuffled = ThemeOverlap.of(tie.document().toBuilder().cities(cities).build(),
        options);
    assertThat(shuffled.topPeers(k, 0)).filteredOn(p -> p.city().equals(tie.hub()))
        .containsExactly(top);
  }
}
