package dev.scap.analysis.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The split of a theme's guests: the most even sizes always, never below the leaf-order cut,
 * the swaps its rule states, and the first best split where it tries them all, every decision
 * on exact scores: totals equal as fractions tie however their doubles round, and a total
 * higher by far less than the doubles' error still wins.
 */
class TableSplitTest {

  /**
   * Guests' exact similarities in [0, 1] and their nearest doubles. Generated ones are
   * multiples of 1/8 (ties are common) or of 1/3, 1/6, 1/7 and 1/10, whose doubles are
   * inexact, so that equal sums of different fractions add up to different doubles.
   */
  record Instance(int g, int k, Fraction[] exact, int[] order, int[] profiles) {

    Instance(int g, int k, Fraction[] exact, int[] order) {
      this(g, k, exact, order, IntStream.range(0, g).toArray());
    }

    double[] similarities() {
      return Arrays.stream(exact).mapToDouble(Fraction::toDouble).toArray();
    }

    Fraction exact(int x, int y) {
      return exact[AllPairs.condensedIndex(g, Math.min(x, y), Math.max(x, y))];
    }

    /** The exact total of the pairs at the same table. */
    Fraction total(int[] table) {
      Fraction total = Fraction.ZERO;
      for (int x = 0; x < g; x++) {
        for (int y = x + 1; y < g; y++) {
          if (table[x] == table[y]) {
            total = total.plus(exact(x, y));
          }
        }
      }
      return total;
    }

    /** The exact scores as the split asks for them, with no two guests alike. */
    TableSplit.Exact oracle() {
      return new TableSplit.Exact() {
        @Override
        public int compareSums(int[] a, int[] b, int[] c, int[] d) {
          return sum(a, b).compareTo(sum(c, d));
        }

        private Fraction sum(int[] a, int[] b) {
          Fraction sum = Fraction.ZERO;
          for (int i = 0; i < a.length; i++) {
            sum = sum.plus(exact(a[i], b[i]));
          }
          return sum;
        }

        @Override
        public int[] profiles() {
          return profiles.clone();
        }
      };
    }

    int[] split() {
      return TableSplit.split(similarities(), order, k, oracle());
    }

    @Override
    public String toString() {
      return g + " guests at " + k + " tables, order " + Arrays.toString(order)
          + ", similarities " + Arrays.toString(exact);
    }
  }

  @Provide
  Arbitrary<Instance> instances() {
    Arbitrary<Integer> denominators = Arbitraries.of(8, 8, 3, 6, 7, 10);
    return Combinators.combine(Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(1, 6), denominators)
        .flatAs((g, k, d) -> Combinators.combine(
                Arbitraries.integers().between(0, d).array(int[].class)
                    .ofSize(g * (g - 1) / 2),
                Arbitraries.shuffle(IntStream.range(0, g).boxed().toList()))
            .as((numerators, order) -> new Instance(g, Math.min(k, g),
                Arrays.stream(numerators).mapToObj(n -> Fraction.of(n, d))
                    .toArray(Fraction[]::new),
                order.stream().mapToInt(Integer::intValue).toArray())));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void keepsTheMostEvenSizesAndNeverFallsBelowTheLeafOrderCut(
      @ForAll("instances") Instance instance) {
    int[] table = instance.split();

    int[] sizes = new int[instance.k()];
    Arrays.stream(table).forEach(t -> sizes[t]++);
    assertThat(sizes).containsExactly(TableSplit.sizes(instance.g(), instance.k()));
    assertThat(instance.total(table))
        .isGreaterThanOrEqualTo(instance.total(TableSplit.cut(instance.order(), instance.k())));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theLocalSearchNeverFallsBelowItsStart(@ForAll("instances") Instance instance) {
    int[] start = TableSplit.cut(instance.order(), instance.k());

    int[] table = TableSplit.improve(instance.similarities(), start, instance.k(),
        instance.oracle());

    assertThat(instance.total(table)).isGreaterThanOrEqualTo(instance.total(start));
    int[] sizes = new int[instance.k()];
    Arrays.stream(table).forEach(t -> sizes[t]++);
    assertThat(sizes).containsExactly(TableSplit.sizes(instance.g(), instance.k()));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theLocalSearchSwapsAsItsRuleSays(@ForAll("instances") Instance instance) {
    int[] start = TableSplit.cut(instance.order(), instance.k());

    assertThat(TableSplit.improve(instance.similarities(), start, instance.k(),
        instance.oracle())).containsExactly(swapSearch(instance, start));
  }

  /**
   * The swap search as the class states it, each gain from the exact similarities: a and b
   * change places when a's scores with b's table and b's with a's add up to more than a's with
   * its own and b's with its own.
   */
  private static int[] swapSearch(Instance instance, int[] start) {
    int g = instance.g();
    int[] table = start.clone();
    for (int pass = 0; pass < TableSplit.PASSES; pass++) {
      boolean changed = false;
      for (int a = 0; a < g; a++) {
        for (int b = a + 1; b < g; b++) {
          if (table[a] == table[b]) {
            continue;
          }
          Fraction after = Fraction.ZERO;
          Fraction before = Fraction.ZERO;
          for (int x = 0; x < g; x++) {
            if (x != a && x != b && table[x] == table[b]) {
              after = after.plus(instance.exact(a, x));
              before = before.plus(instance.exact(b, x));
            } else if (x != a && x != b && table[x] == table[a]) {
              after = after.plus(instance.exact(b, x));
              before = before.plus(instance.exact(a, x));
            }
          }
          if (after.compareTo(before) > 0) {
            int t = table[a];
            table[a] = table[b];
            table[b] = t;
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    return table;
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void findsTheFirstBestSplitWhereSplitsAreFew(@ForAll("small") Instance instance) {
    int[] table = instance.split();

    assertThat(table).containsExactly(firstBest(instance));
  }

  /**
   * Guests of one to four profiles: guests of the same profile score 1 with each other and
   * alike with everyone else, as cities of one profile do.
   */
  @Provide
  Arbitrary<Instance> twins() {
    Arbitrary<Integer> denominators = Arbitraries.of(8, 3, 6, 7, 10);
    return Combinators.combine(Arbitraries.integers().between(2, 24),
            Arbitraries.integers().between(2, 5), Arbitraries.integers().between(1, 4),
            denominators)
        .flatAs((g, k, p, d) -> Combinators.combine(
                Arbitraries.integers().between(0, p - 1).array(int[].class).ofSize(g),
                Arbitraries.integers().between(0, d).array(int[].class).ofSize(p * p),
                Arbitraries.shuffle(IntStream.range(0, g).boxed().toList()))
            .as((profiles, numerators, order) -> {
              Fraction[] exact = new Fraction[g * (g - 1) / 2];
              for (int x = 0; x < g; x++) {
                for (int y = x + 1; y < g; y++) {
                  int a = Math.min(profiles[x], profiles[y]);
                  int b = Math.max(profiles[x], profiles[y]);
                  exact[AllPairs.condensedIndex(g, x, y)] = a == b ? Fraction.of(1, 1)
                      : Fraction.of(numerators[a * p + b], d);
                }
              }
              return new Instance(g, Math.min(k, g), exact,
                  order.stream().mapToInt(Integer::intValue).toArray(), profiles);
            }));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void guestsOfOneProfileSplitAsTheRuleSays(@ForAll("twins") Instance instance) {
    int[] start = TableSplit.cut(instance.order(), instance.k());

    assertThat(TableSplit.improve(instance.similarities(), start, instance.k(),
        instance.oracle())).containsExactly(swapSearch(instance, start));
    if (instance.g() <= 10) {
      assertThat(instance.split()).containsExactly(firstBest(instance));
    }
  }

  @Provide
  Arbitrary<Instance> small() {
    return instances().filter(i -> i.g() <= 8 && i.k() <= 3);
  }

  /**
   * The first split of the highest exact total, the splits met in the order the class states:
   * guests in id order, each at a table not full, of empty tables of equal size only the first.
   * With no more guests than tables, each sits alone, in leaf order.
   */
  private static int[] firstBest(Instance instance) {
    int g = instance.g();
    if (g <= instance.k()) {
      return TableSplit.cut(instance.order(), instance.k());  // a guest a table, as ordered
    }
    int[] sizes = TableSplit.sizes(g, instance.k());
    List<int[]> splits = new ArrayList<>();
    enumerate(new int[g], 0, new int[sizes.length], sizes, splits);
    int[] best = null;
    Fraction bestTotal = null;
    for (int[] split : splits) {
      Fraction total = instance.total(split);
      if (bestTotal == null || total.compareTo(bestTotal) > 0) {
        best = split;
        bestTotal = total;
      }
    }
    return best;
  }

  private static void enumerate(int[] table, int x, int[] filled, int[] sizes,
      List<int[]> splits) {
    if (x == table.length) {
      splits.add(table.clone());
      return;
    }
    for (int t = 0; t < sizes.length; t++) {
      boolean laterEmptyTwin = t > 0 && sizes[t] == sizes[t - 1] && filled[t] == 0
          && filled[t - 1] == 0;
      if (filled[t] < sizes[t] && !laterEmptyTwin) {
        table[x] = t;
        filled[t]++;
        enumerate(table, x + 1, filled, sizes, splits);
        filled[t]--;
      }
    }
  }

  @Test
  void countsTheSplitsWithTablesOfEqualSizeUnordered() {
    assertThat(TableSplit.splits(TableSplit.sizes(16, 2))).isEqualTo(6435);
    assertThat(TableSplit.splits(TableSplit.sizes(5, 2))).isEqualTo(10);
    assertThat(TableSplit.splits(TableSplit.sizes(6, 3))).isEqualTo(15);
  }

  @Test
  void seatsTheTwoAlikePairsTogether() {
    // a ~ c and b ~ d; the leaf order a, b, c, d cut into runs would pair a with b
    Fraction[] exact = new Fraction[6];
    Arrays.fill(exact, Fraction.ZERO);
    exact[AllPairs.condensedIndex(4, 0, 2)] = Fraction.of(1, 1);
    exact[AllPairs.condensedIndex(4, 1, 3)] = Fraction.of(1, 1);

    int[] table = new Instance(4, 2, exact, new int[] {0, 1, 2, 3}).split();

    assertThat(table).containsExactly(0, 1, 0, 1);
  }

  /** Four guests at two tables: the three splits' exact pair scores, in the order met. */
  private static Instance fourGuests(Fraction s01, Fraction s23, Fraction s02, Fraction s13,
      Fraction s03, Fraction s12) {
    Fraction[] exact = new Fraction[6];
    exact[AllPairs.condensedIndex(4, 0, 1)] = s01;
    exact[AllPairs.condensedIndex(4, 2, 3)] = s23;
    exact[AllPairs.condensedIndex(4, 0, 2)] = s02;
    exact[AllPairs.condensedIndex(4, 1, 3)] = s13;
    exact[AllPairs.condensedIndex(4, 0, 3)] = s03;
    exact[AllPairs.condensedIndex(4, 1, 2)] = s12;
    return new Instance(4, 2, exact, new int[] {0, 1, 2, 3});
  }

  @Test
  void totalsEqualAsFractionsTieThoughTheirDoublesDiffer() {
    // 1/10 + 2/10 = 3/10 + 0, but 0.1 + 0.2 = 0.30000000000000004 > 0.3
    Instance instance = fourGuests(Fraction.of(3, 10), Fraction.ZERO, Fraction.of(1, 10),
        Fraction.of(2, 10), Fraction.ZERO, Fraction.ZERO);
    assertThat(0.1 + 0.2).isGreaterThan(0.3);

    assertThat(instance.split()).as("the first of the tied splits").containsExactly(0, 0, 1, 1);
  }

  @Test
  void aTotalHigherByFarLessThanItsRoundingStillWins() {
    // {0, 3 | 1, 2} beats {0, 1 | 2, 3} by 10⁻¹⁸, below any tolerance on doubles
    BigInteger big = BigInteger.TEN.pow(18);
    Fraction third = Fraction.of(1, 3);
    Fraction aBitMore = new Fraction(big.add(BigInteger.valueOf(3)),
        big.multiply(BigInteger.valueOf(3)));
    Instance instance = fourGuests(third, third, Fraction.ZERO, Fraction.ZERO, third, aBitMore);
    assertThat(aBitMore.toDouble()).isEqualTo(third.toDouble());

    assertThat(instance.split()).containsExactly(0, 1, 1, 0);
    int[] start = TableSplit.cut(instance.order(), 2);
    assertThat(TableSplit.improve(instance.similarities(), start, 2, instance.oracle()))
        .as("the local search swaps 0 and 2 for the same gain").containsExactly(1, 0, 0, 1);
  }
}
