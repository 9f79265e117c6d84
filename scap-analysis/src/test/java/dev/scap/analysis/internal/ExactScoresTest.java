package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOracle;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.Test;

/**
 * {@link ExactScores} against fractions worked out here from the weights, on integer weights
 * and on weights 1/p: small priorities, decided in integers on the scale of their least common
 * multiple, and large prime ones, whose multiple passes 2⁴⁰ and leaves them to fractions.
 */
class ExactScoresTest {

  /** Profiles over a few themes: per city its themes, ascending, and p or the integer weight. */
  record Profiles(int themeCount, int[][] themes, int[][] values, boolean unit) {

    SparseProfiles sparse() {
      double[][] weights = new double[themes.length][];
      for (int i = 0; i < themes.length; i++) {
        weights[i] = Arrays.stream(values[i]).mapToDouble(v -> unit ? 1.0 / v : v).toArray();
      }
      int[] rank = IntStream.range(0, themes.length).toArray();
      return new SparseProfiles(themeCount, themes, weights, unit ? values : null, rank);
    }

    Fraction weight(int city, int theme) {
      for (int x = 0; x < themes[city].length; x++) {
        if (themes[city][x] == theme) {
          return unit ? Fraction.of(1, values[city][x]) : Fraction.of(values[city][x], 1);
        }
      }
      return Fraction.ZERO;
    }

    /** The exact score, squared for cosine, straight from the definitions. */
    Fraction exact(Metric metric, int a, int b) {
      List<Fraction> x = new ArrayList<>();
      List<Fraction> y = new ArrayList<>();
      for (int t = 0; t < themeCount; t++) {
        x.add(weight(a, t));
        y.add(weight(b, t));
      }
      return OverlapOracle.exactScore(metric, x, y);
    }
  }

  private static final int[] LARGE_PRIMES = {1_000_003, 999_983, 1_000_033, 999_979};

  private static Profiles profiles(int cities, int themeCount, int kind, long seed) {
    Random random = new Random(seed);
    int[][] themes = new int[cities][];
    int[][] values = new int[cities][];
    for (int i = 0; i < cities; i++) {
      List<Integer> picked = new ArrayList<>();
      for (int t = 0; t < themeCount; t++) {
        if (random.nextInt(3) > 0) {
          picked.add(t);
        }
      }
      themes[i] = picked.stream().mapToInt(Integer::intValue).toArray();
      values[i] = new int[themes[i].length];
      for (int x = 0; x < themes[i].length; x++) {
        values[i][x] = switch (kind) {
          case 0 -> 1 + random.nextInt(6);                     // integers
          case 1 -> 1 + random.nextInt(8);                     // 1/p, small p
          default -> LARGE_PRIMES[random.nextInt(LARGE_PRIMES.length)];  // 1/p, large p
        };
      }
    }
    return new Profiles(themeCount, themes, values, kind > 0);
  }

  @Provide
  Arbitrary<Profiles> profiles() {
    return Combinators.combine(Arbitraries.integers().between(2, 8),
            Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 2),
            Arbitraries.longs())
        .as(ExactScoresTest::profiles);
  }

  private static double nearest(Metric metric, Fraction exact) {
    return metric.usesProducts() ? exact.sqrtToDouble() : exact.toDouble();
  }

  @Property(tries = 300)
  void scoresAndOrdersPairsAsTheirExactValues(@ForAll("profiles") Profiles profiles,
      @ForAll Metric metric) {
    SparseProfiles sparse = profiles.sparse();
    ExactScores exact = new ExactScores(sparse, metric);
    int n = profiles.themes().length;

    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        Fraction first = profiles.exact(metric, a, b);
        assertThat(exact.exact(a, b)).isEqualTo(first);
        assertThat(exact.score(a, b)).isEqualTo(nearest(metric, first));
        for (int c = 0; c < n; c++) {
          Fraction second = profiles.exact(metric, a, c);
          assertThat(Integer.signum(exact.compare(exact.computed(a, b), a, b,
              exact.computed(a, c), a, c))).as("%d~%d against %d~%d", a, b, a, c)
              .isEqualTo(Integer.signum(first.compareTo(second)));
        }
        // a threshold written as a short decimal at, below and above the score
        BigDecimal written = new BigDecimal(Double.toString(nearest(metric, first)));
        Fraction bar = Fraction.of(written);
        Fraction squared = metric.usesProducts() ? bar.times(bar) : bar;
        assertThat(Integer.signum(exact.compareTo(exact.computed(a, b), a, b, written)))
            .isEqualTo(Integer.signum(first.compareTo(squared)));
      }
    }
  }

  @Property(tries = 300)
  void condensedScoresOfSomeCitiesAreTheirPairsScores(@ForAll("profiles") Profiles profiles,
      @ForAll Metric metric, @ForAll long seed) {
    ExactScores exact = new ExactScores(profiles.sparse(), metric);
    List<Integer> all = new ArrayList<>(IntStream.range(0, profiles.themes().length).boxed()
        .toList());
    Random random = new Random(seed);
    Collections.shuffle(all, random);
    int[] cities = all.subList(0, random.nextInt(all.size() + 1)).stream()
        .mapToInt(Integer::intValue).toArray();

    double[] condensed = exact.condensed(cities);

    int g = cities.length;
    assertThat(condensed).hasSize(g * (g - 1) / 2);
    for (int x = 0; x < g; x++) {
      for (int y = x + 1; y < g; y++) {
        assertThat(condensed[AllPairs.condensedIndex(g, x, y)]).as("%d~%d", cities[x], cities[y])
            .isEqualTo(exact.score(cities[x], cities[y]));
      }
    }
  }

  @Test
  void cosineOfWeightsWhoseProductPassesALongIsStillExact() {
    // two cities weighing one theme 2³²: A·B = 2⁶⁴ wraps to 0 in a long
    SparseProfiles profiles = new SparseProfiles(1, new int[][] {{0}, {0}},
        new double[][] {{0x1p32}, {0x1p32}}, new int[] {0, 1});
    ExactScores cosine = new ExactScores(profiles, Metric.COSINE);

    assertThat(cosine.exact(0, 1)).isEqualTo(Fraction.of(1, 1));
    assertThat(cosine.score(0, 1)).isEqualTo(1.0);
  }
}
