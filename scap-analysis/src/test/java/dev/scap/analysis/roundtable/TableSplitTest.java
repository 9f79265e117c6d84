package dev.scap.analysis.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.internal.AllPairs;
import java.util.Arrays;
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
 * the swaps its rule states, and the best split where it tries them all.
 */
class TableSplitTest {

  /** Random similarities in [0, 1] (multiples of 1/8, so that ties are common). */
  record Instance(int g, int k, double[] similarities, int[] order) {

    double total(int[] table) {
      return Arrays.stream(TableSplit.totals(similarities, table, k)).sum();
    }
  }

  @Provide
  Arbitrary<Instance> instances() {
    return Combinators.combine(Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(1, 6))
        .flatAs((g, k) -> Combinators.combine(
                Arbitraries.integers().between(0, 8).array(int[].class)
                    .ofSize(g * (g - 1) / 2),
                Arbitraries.shuffle(IntStream.range(0, g).boxed().toList()))
            .as((eighths, order) -> new Instance(g, Math.min(k, g),
                Arrays.stream(eighths).mapToDouble(e -> e / 8.0).toArray(),
                order.stream().mapToInt(Integer::intValue).toArray())));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void keepsTheMostEvenSizesAndNeverFallsBelowTheLeafOrderCut(
      @ForAll("instances") Instance instance) {
    int[] table = TableSplit.split(instance.similarities(), instance.order(), instance.k());

    int[] sizes = new int[instance.k()];
    Arrays.stream(table).forEach(t -> sizes[t]++);
    assertThat(sizes).containsExactly(TableSplit.sizes(instance.g(), instance.k()));
    assertThat(instance.total(table)).isGreaterThanOrEqualTo(
        instance.total(TableSplit.cut(instance.order(), instance.k())) - 1e-9);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theLocalSearchNeverFallsBelowItsStart(@ForAll("instances") Instance instance) {
    int[] start = TableSplit.cut(instance.order(), instance.k());

    int[] table = TableSplit.improve(instance.similarities(), start, instance.k());

    assertThat(instance.total(table)).isGreaterThanOrEqualTo(instance.total(start));
    int[] sizes = new int[instance.k()];
    Arrays.stream(table).forEach(t -> sizes[t]++);
    assertThat(sizes).containsExactly(TableSplit.sizes(instance.g(), instance.k()));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theLocalSearchSwapsAsItsRuleSays(@ForAll("instances") Instance instance) {
    int[] start = TableSplit.cut(instance.order(), instance.k());

    assertThat(TableSplit.improve(instance.similarities(), start, instance.k()))
        .containsExactly(swapSearch(instance, start));
  }

  /**
   * The swap search as the class states it, each gain summed afresh from the similarities
   * (multiples of 1/8, so that every sum is exact whatever its order).
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
          double gain = 0;
          for (int x = 0; x < g; x++) {
            if (x != a && x != b) {
              double sign = table[x] == table[b] ? 1 : table[x] == table[a] ? -1 : 0;
              gain += sign * (similarity(instance, a, x) - similarity(instance, b, x));
            }
          }
          if (gain > TableSplit.GAIN) {
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

  private static double similarity(Instance instance, int x, int y) {
    return instance.similarities()[AllPairs.condensedIndex(instance.g(), Math.min(x, y),
        Math.max(x, y))];
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void findsTheBestSplitWhereSplitsAreFew(@ForAll("small") Instance instance) {
    int[] table = TableSplit.split(instance.similarities(), instance.order(), instance.k());

    assertThat(instance.total(table)).isCloseTo(best(instance), org.assertj.core.api
        .Assertions.within(1e-9));
  }

  @Provide
  Arbitrary<Instance> small() {
    return instances().filter(i -> i.g() <= 8 && i.k() <= 3);
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
    double[] similarities = new double[6];
    similarities[AllPairs.condensedIndex(4, 0, 2)] = 1;
    similarities[AllPairs.condensedIndex(4, 1, 3)] = 1;

    int[] table = TableSplit.split(similarities, new int[] {0, 1, 2, 3}, 2);

    assertThat(table).containsExactly(0, 1, 0, 1);
  }

  /** The best total over every assignment of guests to tables of the most even sizes. */
  private static double best(Instance instance) {
    int g = instance.g();
    int k = instance.k();
    int[] sizes = TableSplit.sizes(g, k);
    double best = Double.NEGATIVE_INFINITY;
    int[] table = new int[g];
    long all = (long) Math.pow(k, g);
    for (long code = 0; code < all; code++) {
      long rest = code;
      int[] count = new int[k];
      for (int x = 0; x < g; x++) {
        table[x] = (int) (rest % k);
        rest /= k;
        count[table[x]]++;
      }
      int[] sorted = count.clone();
      Arrays.sort(sorted);
      int[] want = sizes.clone();
      Arrays.sort(want);
      if (Arrays.equals(sorted, want)) {
        best = Math.max(best, instance.total(table));
      }
    }
    return best;
  }
}
