package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.ExactOracle;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOracle;
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
 * {@link ExactPairs}' exact means between clusters, on integer weights from 1 to 2³⁹ and
 * cities that repeat a few profiles: the means added up in longs, those whose numbers pass a
 * long and go to fractions, and comparisons between the two, against fractions (for cosine,
 * sums of roots to 200 digits) worked out here from the weights; and a cluster's profile
 * counts, made at once or merged, give the same means.
 */
class ExactPairsMeansTest {

  private static final long[] WEIGHTS = {1, 2, 3, 7, (1L << 20) + 7, (1L << 31) - 1,
      (1L << 39) - 5};

  /** Cities over a few themes with weights from {@link #WEIGHTS}, some repeating others. */
  record Case(Metric metric, int themeCount, long[][] weights, long seed) {

    SparseProfiles sparse() {
      int n = weights.length;
      int[][] themes = new int[n][];
      double[][] doubles = new double[n][];
      for (int i = 0; i < n; i++) {
        int at = i;
        themes[i] = IntStream.range(0, themeCount).filter(t -> weights[at][t] > 0).toArray();
        doubles[i] = Arrays.stream(themes[i]).mapToDouble(t -> weights[at][t]).toArray();
      }
      return new SparseProfiles(themeCount, themes, doubles, IntStream.range(0, n).toArray());
    }

    /** The exact score of a pair, squared for cosine, from the definitions. */
    Fraction exact(int a, int b) {
      List<Fraction> x = new ArrayList<>();
      List<Fraction> y = new ArrayList<>();
      for (int t = 0; t < themeCount; t++) {
        x.add(Fraction.of(weights[a][t], 1));
        y.add(Fraction.of(weights[b][t], 1));
      }
      return OverlapOracle.exactScore(metric, x, y);
    }

    @Override
    public String toString() {
      return metric.code() + ", " + weights.length + " cities, seed " + seed + ", weights "
          + Arrays.deepToString(weights);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<long[]> profile = Arbitraries.integers().between(1, 4).flatMap(themes ->
        Arbitraries.of(Arrays.stream(WEIGHTS).boxed().toList()).list().ofSize(themes)
            .map(ws -> ws.stream().mapToLong(Long::longValue).toArray()));
    return Combinators.combine(Arbitraries.of(Metric.class),
            profile.list().ofMinSize(2).ofMaxSize(5), Arbitraries.integers().between(6, 16),
            Arbitraries.longs())
        .as((metric, profiles, n, seed) -> {
          // every profile on four themes, some themes left out; cities drawn from them
          Random random = new Random(seed);
          long[][] weights = new long[n][4];
          for (int i = 0; i < n; i++) {
            long[] p = profiles.get(random.nextInt(profiles.size()));
            for (int t = 0; t < p.length; t++) {
              weights[i][(t + profiles.indexOf(p)) % 4] = p[t];
            }
          }
          return new Case(metric, 4, weights, seed);
        });
  }

  @Property(tries = 300)
  void comparesMeansAsTheirExactValues(@ForAll("cases") Case c) {
    ExactPairs pairs = ExactPairs.of(new ExactScores(c.sparse(), c.metric()), 0);
    Random random = new Random(c.seed());
    int n = c.weights().length;

    for (int round = 0; round < 6; round++) {
      int[][] clusters = clusters(n, 4, random);
      int expected = compareExactly(c, clusters[0], clusters[1], clusters[2], clusters[3]);

      assertThat(pairs.compare(pairs.mean(clusters[0], clusters[1]),
          pairs.mean(clusters[2], clusters[3]))).as("round %d", round)
          .isEqualTo(expected);
      assertThat(pairs.compare(
          pairs.mean(pairs.profiles(clusters[0]), pairs.profiles(clusters[1])),
          pairs.mean(clusters[2], clusters[3]))).as("by profiles, round %d", round)
          .isEqualTo(expected);
    }
  }

  @Property(tries = 200)
  void mergedProfileCountsGiveTheMeansOfTheUnion(@ForAll("cases") Case c) {
    ExactPairs pairs = ExactPairs.of(new ExactScores(c.sparse(), c.metric()), 0);
    Random random = new Random(c.seed());
    int[][] clusters = clusters(c.weights().length, 3, random);
    int[] union = IntStream.concat(Arrays.stream(clusters[0]), Arrays.stream(clusters[1]))
        .toArray();

    ExactPairs.Profiles merged = pairs.profiles(clusters[0]).plus(pairs.profiles(clusters[1]));

    assertThat(pairs.compare(pairs.mean(merged, pairs.profiles(clusters[2])),
        pairs.mean(union, clusters[2]))).isZero();
    assertThat(pairs.compare(pairs.mean(pairs.profiles(clusters[2]), merged),
        pairs.mean(clusters[2], union))).isZero();
  }

  /** k disjoint non-empty clusters of the n cities, at random. */
  private static int[][] clusters(int n, int k, Random random) {
    List<Integer> cities = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(cities, random);
    int[][] clusters = new int[k][];
    int from = 0;
    for (int x = 0; x < k; x++) {
      int size = 1 + random.nextInt(Math.max(1, (n - from) - (k - x - 1)) / (k - x) + 1);
      size = Math.min(size, n - from - (k - x - 1));
      clusters[x] = cities.subList(from, from + size).stream().mapToInt(Integer::intValue)
          .toArray();
      from += size;
    }
    return clusters;
  }

  /** Compares the mean over p × q with the mean over r × s, from the definitions. */
  private static int compareExactly(Case c, int[] p, int[] q, int[] r, int[] s) {
    if (c.metric() == Metric.COSINE) {
      ExactOracle.Decimal first = mean(c, p, q);
      ExactOracle.Decimal second = mean(c, r, s);
      return Integer.signum(first.compareTo(second));
    }
    return Integer.signum(sum(c, p, q).times(Fraction.of((long) r.length * s.length, 1))
        .compareTo(sum(c, r, s).times(Fraction.of((long) p.length * q.length, 1))));
  }

  private static Fraction sum(Case c, int[] p, int[] q) {
    Fraction sum = Fraction.ZERO;
    for (int a : p) {
      for (int b : q) {
        sum = sum.plus(c.exact(a, b));
      }
    }
    return sum;
  }

  private static ExactOracle.Decimal mean(Case c, int[] p, int[] q) {
    List<Fraction> squares = new ArrayList<>();
    for (int a : p) {
      for (int b : q) {
        // each root divided by the count: (√x)/m = √(x/m²)
        squares.add(c.exact(a, b).dividedBy(Fraction.of((long) p.length * p.length
            * q.length * q.length, 1)));
      }
    }
    return ExactOracle.sumOfRoots(squares);
  }
}
