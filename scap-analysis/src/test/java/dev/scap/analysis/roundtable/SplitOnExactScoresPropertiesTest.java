package dev.scap.analysis.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.ExactOracle;
import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The split of each theme's guests through the planner, for every metric and weighting, on
 * documents whose scores tie by construction (weights 0 to 2 on two to four themes) and whose
 * themes seat only some of the cities: where the splits are few, its exact total is the
 * highest of every split, by exact scores computed apart from the library's
 * ({@link ExactOracle}); and where one split is the only best, it is that split.
 */
class SplitOnExactScoresPropertiesTest {

  /** A document and the options to seat it with. */
  record Case(ScapDocument document, Weighting weighting, Metric metric, int maxSeats) {

    RoundtableOptions options() {
      return RoundtableOptions.DEFAULTS.withProfiles(
              new OverlapOptions(null, weighting, metric, false, null))
          .withSeats(2, maxSeats).withPerCity(2);
    }

    @Override
    public String toString() {
      return weighting.code() + " " + metric.code() + ", at most " + maxSeats + " seats, "
          + document.cities().size() + " cities";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScapDocument> documents = Arbitraries.integers().between(2, 4).flatMap(themes ->
        Arbitraries.integers().between(0, 2).array(int[].class).ofSize(themes)
            .list().ofMinSize(4).ofMaxSize(10)
            .map(weights -> document(themes, weights)));
    return Combinators.combine(documents, Arbitraries.of(Weighting.class),
        Arbitraries.of(Metric.class), Arbitraries.integers().between(2, 4)).as(Case::new);
  }

  private static ScapDocument document(int themes, List<int[]> weights) {
    WeightedDocument document = WeightedDocument.of(IntStream.range(0, themes)
        .mapToObj(t -> "t" + t).toArray(String[]::new));
    for (int i = 0; i < weights.size(); i++) {
      document.city("c" + (char) ('a' + i), weights.get(i));
    }
    return document.build();
  }

  @Property(tries = 200)
  void splitsEachThemeForTheHighestExactTotal(@ForAll("cases") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(c.document(), c.options().profiles());
    RoundtablePlan plan = RoundtablePlanner.plan(overlap, c.options());
    Fraction[][] exact = ExactOracle.exactScores(overlap);
    boolean roots = c.metric() == Metric.COSINE;
    Map<CityId, Integer> index = new LinkedHashMap<>();
    for (CityId city : overlap.cities()) {
      index.put(city, index.size());
    }
    Map<ThemeId, List<List<Integer>>> byTheme = new LinkedHashMap<>();
    for (Table table : plan.tables()) {
      byTheme.computeIfAbsent(table.theme(), t -> new ArrayList<>())
          .add(table.guests().stream().map(index::get).toList());
    }

    for (Map.Entry<ThemeId, List<List<Integer>>> theme : byTheme.entrySet()) {
      List<List<Integer>> tables = theme.getValue();
      List<Integer> guests = tables.stream().flatMap(List::stream).sorted().toList();
      int[] sizes = TableSplit.sizes(guests.size(), tables.size());
      if (tables.size() < 2 || guests.size() <= tables.size()
          || TableSplit.splits(sizes) > TableSplit.EXACT_LIMIT) {
        continue;
      }
      Set<Set<Set<Integer>>> best = new HashSet<>();
      Comparable<Object> bestTotal = null;
      for (List<List<Integer>> split : splits(guests, sizes)) {
        Comparable<Object> total = total(split, exact, roots);
        int by = bestTotal == null ? 1 : total.compareTo(bestTotal);
        if (by > 0) {
          best.clear();
          bestTotal = total;
        }
        if (by >= 0) {
          best.add(asSets(split));
        }
      }
      Comparable<Object> planned = total(tables, exact, roots);

      assertThat(planned.compareTo(bestTotal)).as("theme %s: %s", theme.getKey(), tables)
          .isZero();
      if (best.size() == 1) {
        assertThat(best).as("theme %s", theme.getKey()).containsExactly(asSets(tables));
      }
    }
  }

  /** The exact total of the pairs at the same tables: a fraction, or for cosine a decimal. */
  @SuppressWarnings("unchecked")
  private static Comparable<Object> total(List<List<Integer>> tables, Fraction[][] exact,
      boolean roots) {
    List<Fraction> terms = new ArrayList<>();
    for (List<Integer> table : tables) {
      for (int x = 0; x < table.size(); x++) {
        for (int y = x + 1; y < table.size(); y++) {
          terms.add(exact[table.get(x)][table.get(y)]);
        }
      }
    }
    if (roots) {
      return (Comparable<Object>) (Comparable<?>) ExactOracle.sumOfRoots(terms);
    }
    return (Comparable<Object>) (Comparable<?>) terms.stream().reduce(Fraction.ZERO,
        Fraction::plus);
  }

  private static Set<Set<Integer>> asSets(List<List<Integer>> tables) {
    Set<Set<Integer>> sets = new HashSet<>();
    tables.forEach(table -> sets.add(Set.copyOf(table)));
    return sets;
  }

  /** Every split of the guests into tables of these sizes (some more than once). */
  private static List<List<List<Integer>>> splits(List<Integer> guests, int[] sizes) {
    List<List<List<Integer>>> splits = new ArrayList<>();
    place(guests, 0, sizes, new ArrayList<>(), splits);
    return splits;
  }

  private static void place(List<Integer> guests, int x, int[] sizes,
      List<List<Integer>> tables, List<List<List<Integer>>> splits) {
    if (tables.isEmpty()) {
      for (int size : sizes) {
        tables.add(new ArrayList<>(size));
      }
    }
    if (x == guests.size()) {
      splits.add(tables.stream().map(List::copyOf).toList());
      return;
    }
    for (int t = 0; t < sizes.length; t++) {
      if (tables.get(t).size() < sizes[t]) {
        tables.get(t).add(guests.get(x));
        place(guests, x + 1, sizes, tables, splits);
        tables.get(t).remove(tables.get(t).size() - 1);
      }
    }
  }
}
