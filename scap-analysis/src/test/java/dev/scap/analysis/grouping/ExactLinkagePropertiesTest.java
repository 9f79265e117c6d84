package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hierarchical clustering against the textbook algorithm over exact fractions (for average
 * linkage on cosine, means of roots evaluated to 200 digits), on documents whose scores tie by
 * construction (one to four themes, weights 0 to 2, so that equal scores come from different
 * sums: 1/2 as 1/2 and as 2/4, priority weights 1/k, cosines equal through their squares, and
 * means of cosines equal as sums of roots): the same merges,
 * ties included, whatever the order of the cities but through the tie rule; similarities that
 * are the doubles nearest to the exact values, equal where those are; and cuts at a threshold
 * equal to a merge's similarity that keep that merge.
 */
class ExactLinkagePropertiesTest {

  /** A document, the options to analyse it with, and a seed to shuffle its cities. */
  record Case(ScapDocument document, OverlapOptions options, long seed) {

    @Override
    public String toString() {
      return options.weighting().code() + " " + options.metric().code() + " on "
          + document.cities().size() + " cities, seed " + seed;
    }
  }

  @Provide
  Arbitrary<Case> ties() {
    Arbitrary<ScapDocument> documents = Arbitraries.integers().between(1, 4).flatMap(themes ->
        Arbitraries.integers().between(0, 2).array(int[].class).ofSize(themes)
            .list().ofMinSize(1).ofMaxSize(11)
            .map(weights -> PeerGroupingPropertiesTest.document(themes, weights)));
    return Combinators.combine(documents, Arbitraries.of(Weighting.class),
            Arbitraries.of(Metric.class), Arbitraries.longs())
        .as((document, weighting, metric, seed) -> new Case(document,
            new OverlapOptions(null, weighting, metric, false, null), seed));
  }

  /** One merge of the textbook algorithm: SciPy's numbers, and the exact similarity. */
  record Row<T>(int left, int right, int size, T similarity) {}

  /** The textbook algorithm's merges, and whether a tie ever decided one. */
  record Textbook<T>(List<Row<T>> rows, boolean tied) {}

  @Property(tries = 300)
  void mergesAsTheTextbookAlgorithmOnExactScoresTiesIncluded(@ForAll("ties") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(PeerGroupingPropertiesTest.shuffle(c.document(),
        new Random(c.seed())), c.options());
    boolean squares = c.options().metric() == Metric.COSINE;

    for (Linkage linkage : Linkage.values()) {
      if (squares && linkage == Linkage.AVERAGE) {
        mergesAsTheTextbookOnCosineAverage(overlap);  // a mean of roots is no fraction
        continue;
      }
      Textbook<Fraction> textbook = textbook(ExactOracle.exactScores(overlap), linkage);
      Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, linkage);

      assertThat(dendrogram.merges()).as(linkage.code())
          .extracting(m -> List.of(m.left(), m.right(), m.size()))
          .containsExactlyElementsOf(textbook.rows().stream()
              .map(r -> List.of(r.left(), r.right(), r.size())).toList());
      for (int r = 0; r < textbook.rows().size(); r++) {
        Fraction exact = textbook.rows().get(r).similarity();
        double nearest = squares ? exact.sqrtToDouble() : exact.toDouble();
        double similarity = dendrogram.similarities().get(r);
        if (linkage == Linkage.AVERAGE) {
          assertThat(similarity).as("%s row %d", linkage.code(), r)
              .isCloseTo(nearest, within(1e-12));
        } else {
          assertThat(similarity).as("%s row %d", linkage.code(), r).isEqualTo(nearest);
        }
        assertThat(dendrogram.merges().get(r).distance()).isEqualTo(1 - similarity);
        for (int q = 0; q < r; q++) {
          if (textbook.rows().get(q).similarity().equals(exact)) {
            assertThat(dendrogram.similarities().get(q)).as("rows %d and %d", q, r)
                .isEqualTo(similarity);
          }
        }
      }
    }
  }

  /**
   * Average linkage on cosine as the textbook algorithm on means of roots: the same merges,
   * similarities close to the means, and equal means printed alike.
   */
  private static void mergesAsTheTextbookOnCosineAverage(ThemeOverlap overlap) {
    Textbook<ExactOracle.Decimal> textbook = cosineAverage(ExactOracle.exactScores(overlap));
    Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, Linkage.AVERAGE);

    assertThat(dendrogram.merges()).as("cosine average")
        .extracting(m -> List.of(m.left(), m.right(), m.size()))
        .containsExactlyElementsOf(textbook.rows().stream()
            .map(r -> List.of(r.left(), r.right(), r.size())).toList());
    for (int r = 0; r < textbook.rows().size(); r++) {
      ExactOracle.Decimal mean = textbook.rows().get(r).similarity();
      double similarity = dendrogram.similarities().get(r);
      assertThat(similarity).as("row %d", r)
          .isCloseTo(mean.value().doubleValue(), within(1e-12));
      for (int q = 0; q < r; q++) {
        if (textbook.rows().get(q).similarity().compareTo(mean) == 0) {
          assertThat(dendrogram.similarities().get(q)).as("rows %d and %d", q, r)
              .isEqualTo(similarity);
        }
      }
    }
  }

  /** The textbook algorithm for a linkage on exact values, means of roots for cosine's mean. */
  private static Textbook<?> textbookFor(ThemeOverlap overlap, Linkage linkage) {
    return overlap.options().metric() == Metric.COSINE && linkage == Linkage.AVERAGE
        ? cosineAverage(ExactOracle.exactScores(overlap)) : textbook(ExactOracle.exactScores(overlap), linkage);
  }

  /** Up to 40 cities on 1 to 3 themes: few distinct profiles, clusters tied again and again. */
  @Provide
  Arbitrary<Case> crowds() {
    Arbitrary<ScapDocument> documents = Arbitraries.integers().between(1, 3).flatMap(themes ->
        Arbitraries.integers().between(0, 2).array(int[].class).ofSize(themes)
            .list().ofMinSize(12).ofMaxSize(40)
            .map(weights -> PeerGroupingPropertiesTest.document(themes, weights)));
    return Combinators.combine(documents, Arbitraries.of(Weighting.PRESENCE,
            Weighting.PROJECTS), Arbitraries.of(Metric.values()),
            Arbitraries.longs())
        .as((document, weighting, metric, seed) -> new Case(document,
            new OverlapOptions(null, weighting, metric, false, null), seed));
  }

  @Property(tries = 40)
  void averageLinkageMergesAsTheTextbookAlgorithmWhereClustersTieAgainAndAgain(
      @ForAll("crowds") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(PeerGroupingPropertiesTest.shuffle(c.document(),
        new Random(c.seed())), c.options());

    Textbook<?> textbook = textbookFor(overlap, Linkage.AVERAGE);
    Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, Linkage.AVERAGE);

    assertThat(dendrogram.merges())
        .extracting(m -> List.of(m.left(), m.right(), m.size()))
        .containsExactlyElementsOf(textbook.rows().stream()
            .map(r -> List.of(r.left(), r.right(), r.size())).toList());
  }

  /**
   * Up to 8 cities of three plans ranking 29 to 40 of 40 themes: weights 1/p of no common
   * scale below 2⁴⁰, whose exact means go through fractions of large numbers.
   */
  @Provide
  Arbitrary<Case> largePriorities() {
    Arbitrary<ScapDocument> documents = ExactSumsPropertiesTest.rankedDocuments(3);
    return Combinators.combine(documents, Arbitraries.of(Metric.class), Arbitraries.longs())
        .as((document, metric, seed) -> new Case(document,
            new OverlapOptions(null, Weighting.PRIORITY, metric, false, null), seed));
  }

  @Property(tries = 40)
  void averageLinkageMergesAsTheTextbookWithPrioritiesOfNoCommonScale(
      @ForAll("largePriorities") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(PeerGroupingPropertiesTest.shuffle(c.document(),
        new Random(c.seed())), c.options());
    if (c.options().metric() == Metric.COSINE) {
      mergesAsTheTextbookOnCosineAverage(overlap);
      return;
    }

    Textbook<Fraction> textbook = textbook(ExactOracle.exactScores(overlap), Linkage.AVERAGE);
    Dendrogram dendrogram = PeerGrouping.hierarchical(overlap, Linkage.AVERAGE);

    assertThat(dendrogram.merges())
        .extracting(m -> List.of(m.left(), m.right(), m.size()))
        .containsExactlyElementsOf(textbook.rows().stream()
            .map(r -> List.of(r.left(), r.right(), r.size())).toList());
    for (int r = 0; r < textbook.rows().size(); r++) {
      Fraction exact = textbook.rows().get(r).similarity();
      double similarity = dendrogram.similarities().get(r);
      assertThat(similarity).as("row %d", r).isCloseTo(exact.toDouble(), within(1e-12));
      for (int q = 0; q < r; q++) {
        if (textbook.rows().get(q).similarity().equals(exact)) {
          assertThat(dendrogram.similarities().get(q)).as("rows %d and %d", q, r)
              .isEqualTo(similarity);
        }
      }
    }
  }

  @Property(tries = 200)
  void theOrderOfTheCitiesMattersOnlyThroughTheTieRule(@ForAll("ties") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(c.document(), c.options());
    ThemeOverlap shuffled = ThemeOverlap.of(PeerGroupingPropertiesTest.shuffle(c.document(),
        new Random(c.seed())), c.options());

    for (Linkage linkage : Linkage.values()) {
      Set<Set<CityId>> original = clusters(PeerGrouping.hierarchical(overlap, linkage));
      Set<Set<CityId>> permuted = clusters(PeerGrouping.hierarchical(shuffled, linkage));
      boolean tied = textbookFor(overlap, linkage).tied()
          || textbookFor(shuffled, linkage).tied();

      if (!tied) {
        assertThat(permuted).as(linkage.code()).isEqualTo(original);
      } else {
        // then each order follows the rule in its own order: the clusters are the textbook's
        assertThat(permuted).as(linkage.code()).isEqualTo(textbookClusters(shuffled, linkage));
      }
    }
  }

  @Property(tries = 200)
  void aCutAtAMergesExactSimilarityKeepsItAndACutJustAboveDoesNot(@ForAll("ties") Case c) {
    ThemeOverlap overlap = ThemeOverlap.of(c.document(), c.options());
    if (c.options().metric() == Metric.COSINE) {
      return;  // scores are roots: thresholds are decimals, which seldom equal them
    }
    List<CityId> cities = overlap.cities();

    for (Linkage linkage : Linkage.values()) {
      Textbook<Fraction> textbook = textbook(ExactOracle.exactScores(overlap), linkage);
      Clustering clustering = PeerGrouping.cluster(overlap, linkage);
      for (Row<Fraction> row : textbook.rows()) {
        double threshold = row.similarity().toDouble();
        if (!Fraction.of(BigDecimal.valueOf(threshold)).equals(row.similarity())) {
          continue;  // no decimal of a double's shortest form is exactly this similarity
        }
        assertThat(memberSets(clustering.cutAt(threshold))).as("%s at %s", linkage.code(),
            threshold).isEqualTo(partition(textbook, cities, row.similarity(), true));
        assertThat(memberSets(clustering.cutAt(Math.nextUp(threshold))))
            .as("%s above %s", linkage.code(), threshold)
            .isEqualTo(partition(textbook, cities, row.similarity(), false));
      }
    }
  }

  /** The groups the textbook's merges make that reach (or exceed) a similarity. */
  private static Set<Set<CityId>> partition(Textbook<Fraction> textbook, List<CityId> cities,
      Fraction bar, boolean atLeast) {
    List<Set<CityId>> members = new ArrayList<>();
    Set<Set<CityId>> groups = new HashSet<>();
    for (CityId city : cities) {
      members.add(Set.of(city));
      groups.add(Set.of(city));
    }
    for (Row<Fraction> row : textbook.rows()) {
      Set<CityId> union = new HashSet<>(members.get(row.left()));
      union.addAll(members.get(row.right()));
      members.add(union);
      int c = row.similarity().compareTo(bar);
      if (atLeast ? c >= 0 : c > 0) {
        groups.remove(members.get(row.left()));
        groups.remove(members.get(row.right()));
        groups.add(Set.copyOf(union));
      }
    }
    return groups;
  }

  private static Set<Set<CityId>> memberSets(PeerGroups groups) {
    return groups.groups().stream().map(g -> Set.copyOf(g.members()))
        .collect(Collectors.toSet());
  }

  /** The clusters a dendrogram's rows make, each as the set of its cities. */
  private static Set<Set<CityId>> clusters(Dendrogram dendrogram) {
    List<Set<CityId>> members = new ArrayList<>();
    for (CityId city : dendrogram.leaves()) {
      members.add(Set.of(city));
    }
    for (Merge merge : dendrogram.merges()) {
      Set<CityId> union = new HashSet<>(members.get(merge.left()));
      union.addAll(members.get(merge.right()));
      members.add(union);
    }
    return new HashSet<>(members);
  }

  private static Set<Set<CityId>> textbookClusters(ThemeOverlap overlap, Linkage linkage) {
    List<Set<CityId>> members = new ArrayList<>();
    for (CityId city : overlap.cities()) {
      members.add(Set.of(city));
    }
    for (Row<?> row : textbookFor(overlap, linkage).rows()) {
      Set<CityId> union = new HashSet<>(members.get(row.left()));
      union.addAll(members.get(row.right()));
      members.add(union);
    }
    return new HashSet<>(members);
  }

  /**
   * The textbook algorithm: merge the pair of clusters of the highest linkage similarity,
   * taken from the exact pair scores by the linkage's definition; among pairs that tie, the
   * one whose lowest leaves, (smaller, larger), come first.
   */
  static Textbook<Fraction> textbook(Fraction[][] scores, Linkage linkage) {
    return textbook(scores.length, (x, y) -> similarity(scores, x, y, linkage));
  }

  /**
   * The textbook algorithm for average linkage on cosine, given each pair's exact square: the
   * means of the roots as {@link ExactOracle.Decimal}s.
   */
  static Textbook<ExactOracle.Decimal> cosineAverage(Fraction[][] squares) {
    MathContext digits = new MathContext(200);
    int n = squares.length;
    BigDecimal[][] roots = new BigDecimal[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        roots[a][b] = new BigDecimal(squares[a][b].numerator())
            .divide(new BigDecimal(squares[a][b].denominator()), digits).sqrt(digits);
      }
    }
    return textbook(n, (x, y) -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (int a : x) {
        for (int b : y) {
          sum = sum.add(roots[a][b]);
        }
      }
      return new ExactOracle.Decimal(sum.divide(BigDecimal.valueOf((long) x.size() * y.size()), digits));
    });
  }

  /** The textbook algorithm over n leaves, given the linkage similarity of two clusters. */
  private static <T extends Comparable<T>> Textbook<T> textbook(int n,
      BiFunction<List<Integer>, List<Integer>, T> linkage) {
    List<List<Integer>> leaves = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(List.of(i));
      numbers.add(i);
    }
    List<Row<T>> rows = new ArrayList<>();
    boolean tied = false;
    while (leaves.size() > 1) {
      int bestX = -1;
      int bestY = -1;
      T best = null;
      boolean tie = false;
      for (int x = 0; x < leaves.size(); x++) {
        for (int y = x + 1; y < leaves.size(); y++) {
          T s = linkage.apply(leaves.get(x), leaves.get(y));
          int c = best == null ? 1 : s.compareTo(best);
          if (c == 0) {
            tie = true;
          }
          if (c > 0 || c == 0 && lowFirst(leaves.get(x), leaves.get(y), leaves.get(bestX),
              leaves.get(bestY))) {
            if (c > 0) {
              tie = false;
            }
            best = s;
            bestX = x;
            bestY = y;
          }
        }
      }
      tied |= tie;
      List<Integer> union = new ArrayList<>(leaves.get(bestX));
      union.addAll(leaves.get(bestY));
      int left = Math.min(numbers.get(bestX), numbers.get(bestY));
      int right = Math.max(numbers.get(bestX), numbers.get(bestY));
      rows.add(new Row<>(left, right, union.size(), best));
      leaves.remove(bestY);
      numbers.remove(bestY);
      leaves.set(bestX, union);
      numbers.set(bestX, n + rows.size() - 1);
    }
    return new Textbook<>(rows, tied);
  }

  /** Whether the pair (x, y) comes before (u, v) by their lowest leaves. */
  private static boolean lowFirst(List<Integer> x, List<Integer> y, List<Integer> u,
      List<Integer> v) {
    int lx = x.stream().min(Integer::compare).orElseThrow();
    int ly = y.stream().min(Integer::compare).orElseThrow();
    int lu = u.stream().min(Integer::compare).orElseThrow();
    int lv = v.stream().min(Integer::compare).orElseThrow();
    int[] first = {Math.min(lx, ly), Math.max(lx, ly)};
    int[] second = {Math.min(lu, lv), Math.max(lu, lv)};
    return Arrays.compare(first, second) < 0;
  }

  private static Fraction similarity(Fraction[][] scores, List<Integer> x, List<Integer> y,
      Linkage linkage) {
    Fraction min = null;
    Fraction max = null;
    Fraction sum = Fraction.ZERO;
    for (int a : x) {
      for (int b : y) {
        Fraction s = scores[a][b];
        min = min == null ? s : min.min(s);
        max = max == null || s.compareTo(max) > 0 ? s : max;
        sum = sum.plus(s);
      }
    }
    return switch (linkage) {
      case SINGLE -> max;
      case COMPLETE -> min;
      case AVERAGE -> sum.dividedBy(Fraction.of((long) x.size() * y.size(), 1));
    };
  }
}
