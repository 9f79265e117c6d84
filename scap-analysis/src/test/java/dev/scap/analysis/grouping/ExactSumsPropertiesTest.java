package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.internal.ExactPairs;
import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.internal.OverlapProfiles;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The exact sums of pair scores that the roundtables' split decides on
 * ({@link ExactPairs#compareSums}), on documents whose scores tie by construction: against
 * sums of the metrics' exact fractions (for cosine, of their roots to 200 digits), and equal
 * when the pairs are traded for pairs of cities of the same profiles; and a subset of the
 * cities, its items in any order, answers as the cities they stand for.
 */
class ExactSumsPropertiesTest {

  /** A document, its options, and pairs of its cities as seeds. */
  record Case(ScapDocument document, OverlapOptions options, List<int[]> pairs,
      List<int[]> others, long seed) {

    @Override
    public String toString() {
      return options.weighting().code() + " " + options.metric().code() + " on "
          + document.cities().size() + " cities, seed " + seed;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScapDocument> documents = Arbitraries.integers().between(1, 4).flatMap(themes ->
        Arbitraries.integers().between(0, 2).array(int[].class).ofSize(themes)
            .list().ofMinSize(2).ofMaxSize(12)
            .map(weights -> PeerGroupingPropertiesTest.document(themes, weights)));
    Arbitrary<List<int[]>> pairs = Arbitraries.integers().between(0, 1000).array(int[].class)
        .ofSize(2).list().ofMaxSize(30);
    return Combinators.combine(documents, Arbitraries.of(Weighting.class),
            Arbitraries.of(Metric.class), pairs, pairs, Arbitraries.longs())
        .as((document, weighting, metric, these, those, seed) -> new Case(document,
            new OverlapOptions(null, weighting, metric, false, null), these, those, seed));
  }

  @Property(tries = 300)
  void comparesSumsAsTheirExactValues(@ForAll("cases") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(c.document(), c.options());
    int n = overlap.cities().size();
    Fraction[][] exact = ExactOracle.exactScores(overlap);
    boolean roots = c.options().metric() == Metric.COSINE;
    int[][] first = columns(c.pairs(), n);
    int[][] second = columns(c.others(), n);

    int expected = roots ? rootSum(exact, first).compareTo(rootSum(exact, second))
        : sum(exact, first).compareTo(sum(exact, second));

    ExactPairs pairs = ExactPairs.of(OverlapProfiles.scores(overlap), 0);
    assertThat(Integer.signum(pairs.compareSums(first[0], first[1], second[0], second[1])))
        .isEqualTo(Integer.signum(expected));
  }

  /**
   * Up to 8 cities of three plans, each ranking 29 to 40 of 40 themes: priorities up to 40,
   * whose weights 1/p have no common scale below 2⁴⁰, so that the exact scores and the norms
   * of cosine go through fractions and large whole numbers.
   */
  @Provide
  Arbitrary<Case> largePriorities() {
    Arbitrary<ScapDocument> documents = rankedDocuments(2);
    Arbitrary<List<int[]>> pairs = Arbitraries.integers().between(0, 1000).array(int[].class)
        .ofSize(2).list().ofMaxSize(20);
    return Combinators.combine(documents, Arbitraries.of(Metric.class), pairs, pairs,
            Arbitraries.longs())
        .as((document, metric, these, those, seed) -> new Case(document,
            new OverlapOptions(null, Weighting.PRIORITY, metric, false, null), these, those,
            seed));
  }

  /**
   * Documents of at least {@code fewest} and at most 8 cities, each of one of three plans that
   * rank 29 to 40 of 40 themes: weights 1/p with p up to 40, of no common scale below 2⁴⁰.
   */
  static Arbitrary<ScapDocument> rankedDocuments(int fewest) {
    Arbitrary<List<Integer>> ranking = Arbitraries.shuffle(
        IntStream.range(0, 40).boxed().toList());
    return Combinators.combine(ranking.list().ofSize(3),
            Arbitraries.integers().between(29, 40).list().ofSize(3),
            Arbitraries.integers().between(0, 2).list().ofMinSize(fewest).ofMaxSize(8))
        .as(ExactSumsPropertiesTest::ranked);
  }

  /** Cities each of one of three plans: plan k ranks the first lengths[k] themes of orders[k]. */
  private static ScapDocument ranked(List<List<Integer>> orders, List<Integer> lengths,
      List<Integer> planOfCity) {
    ScapDocument.Builder builder = ScapDocument.builder().addTaxonomies(Taxonomy.of("main",
        "Main", IntStream.range(0, 40).mapToObj(t -> Theme.of("t" + t, "T" + t)).toList()));
    for (int i = 0; i < planOfCity.size(); i++) {
      CityId city = CityId.of("c" + i);
      builder.addCities(City.of(city, "City " + i, "KH"));
      int k = planOfCity.get(i);
      List<FocusArea> areas = new ArrayList<>();
      for (int p = 0; p < lengths.get(k); p++) {
        areas.add(FocusArea.of(ThemeId.of("t" + orders.get(k).get(p)), p + 1));
      }
      builder.addPlans(Plan.builder(PlanId.of("c" + i + "-plan"), city, "Plan")
          .focusAreas(areas).build());
    }
    return builder.build();
  }

  @Property(tries = 60)
  void comparesSumsAsTheirExactValuesWithPrioritiesOfNoCommonScale(
      @ForAll("largePriorities") Case c) {
    comparesSumsAsTheirExactValues(c);
  }

  @Property(tries = 300)
  void pairsOfTheSameProfilesSumAlike(@ForAll("cases") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(c.document(), c.options());
    int n = overlap.cities().size();
    ExactPairs pairs = ExactPairs.of(OverlapProfiles.scores(overlap), 0);
    Random random = new Random(c.seed());
    int[][] first = columns(c.pairs(), n);
    // each city traded for a city of its profile, each pair turned round, the pairs shuffled
    List<int[]> traded = new ArrayList<>();
    for (int i = 0; i < first[0].length; i++) {
      traded.add(new int[] {alike(pairs, first[1][i], n, random),
          alike(pairs, first[0][i], n, random)});
    }
    Collections.shuffle(traded, random);
    int[][] second = columns(traded, n);

    assertThat(pairs.compareSums(first[0], first[1], second[0], second[1])).isZero();
    assertThat(pairs.compareSums(second[0], second[1], first[0], first[1])).isZero();
  }

  @Property(tries = 200)
  void aSubsetAnswersForTheCitiesItsItemsStandFor(@ForAll("cases") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(c.document(), c.options());
    int n = overlap.cities().size();
    ExactPairs all = ExactPairs.of(OverlapProfiles.scores(overlap), 0);
    Random random = new Random(c.seed());
    int[] cities = IntStream.range(0, n).filter(i -> random.nextBoolean()).toArray();
    if (cities.length < 2) {
      cities = new int[] {n - 1, 0};
    }
    int[] shuffled = shuffle(cities, random);
    ExactPairs subset = all.subset(shuffled, 0);
    int m = shuffled.length;
    int[][] items = columns(c.pairs(), m);
    int[][] others = columns(c.others(), m);

    for (int x = 0; x < m; x++) {
      assertThat(subset.profile(x)).isEqualTo(all.profile(shuffled[x]));
    }
    assertThat(subset.compareSums(items[0], items[1], others[0], others[1]))
        .isEqualTo(all.compareSums(map(items[0], shuffled), map(items[1], shuffled),
            map(others[0], shuffled), map(others[1], shuffled)));
    int[] left = IntStream.range(0, m / 2).toArray();
    int[] right = IntStream.range(m / 2, m).toArray();
    int[] leftOther = IntStream.range(0, (m + 1) / 2).toArray();
    int[] rightOther = IntStream.range((m + 1) / 2, m).toArray();
    if (left.length > 0 && rightOther.length > 0) {
      assertThat(subset.compare(subset.mean(left, right), subset.mean(leftOther, rightOther)))
          .isEqualTo(all.compare(all.mean(map(left, shuffled), map(right, shuffled)),
              all.mean(map(leftOther, shuffled), map(rightOther, shuffled))));
    }
  }

  private static int[] shuffle(int[] values, Random random) {
    List<Integer> list = new ArrayList<>(Arrays.stream(values).boxed().toList());
    Collections.shuffle(list, random);
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] map(int[] items, int[] cities) {
    return Arrays.stream(items).map(item -> cities[item]).toArray();
  }

  /** A city alike the given one, by the overlap's profiles (the city itself at the least). */
  private static int alike(ExactPairs pairs, int city, int n, Random random) {
    List<Integer> same = new ArrayList<>();
    for (int other = 0; other < n; other++) {
      if (pairs.profile(city) == pairs.profile(other)) {
        same.add(other);
      }
    }
    return same.get(random.nextInt(same.size()));
  }

  /** The pairs as two columns of city indexes, each below n. */
  private static int[][] columns(List<int[]> pairs, int n) {
    int[][] columns = new int[2][pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      columns[0][i] = pairs.get(i)[0] % n;
      columns[1][i] = pairs.get(i)[1] % n;
    }
    return columns;
  }

  private static Fraction sum(Fraction[][] exact, int[][] pairs) {
    Fraction sum = Fraction.ZERO;
    for (int i = 0; i < pairs[0].length; i++) {
      sum = sum.plus(exact[pairs[0][i]][pairs[1][i]]);
    }
    return sum;
  }

  /** A sum of cosine scores, from their exact squares. */
  private static ExactOracle.Decimal rootSum(Fraction[][] squares, int[][] pairs) {
    List<Fraction> terms = new ArrayList<>();
    for (int i = 0; i < pairs[0].length; i++) {
      terms.add(squares[pairs[0][i]][pairs[1][i]]);
    }
    return ExactOracle.sumOfRoots(terms);
  }
}
