package dev.scap.analysis.roundtable;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.ExactSum;
import java.util.Arrays;

/**
 * Splits one theme's guests among its k tables so that alike peers sit together: the
 * objective is the total similarity of the pairs seated at the same table, the tables' sizes
 * are fixed at the most even split (⌈g/k⌉ for the first g mod k tables, ⌊g/k⌋ for the
 * rest), which keeps N ≤ seats ≤ M whenever N·k ≤ g ≤ M·k.
 *
 * <ul>
 *   <li>Exact where small: when the splits number at most {@value #EXACT_LIMIT} (for
 *       instance 16 guests at 2 tables, 6,435 splits), every split is tried.
 *   <li>Otherwise a local search from the dendrogram's leaf order cut into runs: pairs (a, b)
 *       at different tables are tried in order, and a and b change places when that raises the
 *       total by more than {@value #GAIN} (which also makes the order of the floating-point
 *       sums irrelevant to what is kept); passes over all pairs are repeated until one changes
 *       nothing, at most {@value #PASSES} times. Each pass costs O(g²) and each swap O(g). It
 *       never ends below the leaf-order cut, where it starts.
 * </ul>
 * A split replaces the best so far only when it gains more than {@value #GAIN}: of splits that
 * tie, the first met is kept. Stateless.
 */
final class TableSplit {

  /** The most splits tried one by one. */
  static final int EXACT_LIMIT = 20_000;
  /** The most passes of the local search. */
  static final int PASSES = 100;
  /** The least gain that counts as one. */
  static final double GAIN = 1e-9;

  private TableSplit() {}

  /**
   * The most even table sizes.
   *
   * @param g the guests
   * @param k the tables
   * @return the sizes, larger first
   */
  static int[] sizes(int g, int k) {
    int[] sizes = new int[k];
    for (int t = 0; t < k; t++) {
      sizes[t] = g / k + (t < g % k ? 1 : 0);
    }
    return sizes;
  }

  /**
   * Cuts a leaf order into runs of the most even sizes.
   *
   * @param order the guests in leaf order
   * @param k the tables
   * @return each guest's table
   */
  static int[] cut(int[] order, int k) {
    int[] table = new int[order.length];
    int at = 0;
    int[] sizes = sizes(order.length, k);
    for (int t = 0; t < k; t++) {
      for (int s = 0; s < sizes[t]; s++) {
        table[order[at++]] = t;
      }
    }
    return table;
  }

  /**
   * The total similarity of the pairs at each table: their scores added exactly, rounded once,
   * so that it does not depend on the order of the guests.
   *
   * @param similarities the guests' condensed similarities
   * @param table each guest's table
   * @param k the tables
   * @return the total of each table
   */
  static double[] totals(double[] similarities, int[] table, int k) {
    int g = table.length;
    ExactSum[] sums = new ExactSum[k];
    Arrays.setAll(sums, t -> new ExactSum());
    for (int x = 0; x < g; x++) {
      for (int y = x + 1; y < g; y++) {
        if (table[x] == table[y]) {
          sums[table[x]].add(similarities[AllPairs.condensedIndex(g, x, y)]);
        }
      }
    }
    return Arrays.stream(sums).mapToDouble(ExactSum::toDouble).toArray();
  }

  /**
   * Splits the guests.
   *
   * @param similarities the guests' condensed similarities
   * @param order the guests in the dendrogram's leaf order
   * @param k the tables, at least 1
   * @return each guest's table
   */
  static int[] split(double[] similarities, int[] order, int k) {
    int g = order.length;
    int[] start = cut(order, k);
    if (k == 1 || g <= k) {
      return start;
    }
    if (splits(sizes(g, k)) <= EXACT_LIMIT) {
      return new Exhaustive(similarities, g, sizes(g, k)).best();
    }
    return improve(similarities, start, k);
  }

  /** The number of splits into tables of these sizes, tables of equal size unordered. */
  static double splits(int[] sizes) {
    double count = 1;
    int left = Arrays.stream(sizes).sum();
    int run = 0;
    for (int t = 0; t < sizes.length; t++) {
      count *= binomial(left, sizes[t]);
      left -= sizes[t];
      run = t > 0 && sizes[t] == sizes[t - 1] ? run + 1 : 1;
      count /= run;
    }
    return count;
  }

  private static double binomial(int n, int r) {
    double value = 1;
    for (int i = 1; i <= r; i++) {
      value = value * (n - r + i) / i;
    }
    return value;
  }

  /** The swap search, from a split. */
  static int[] improve(double[] similarities, int[] start, int k) {
    int g = start.length;
    int[] table = start.clone();
    // Pair (x, y), x < y, is at rowBase[x] + y of the condensed similarities.
    int[] rowBase = new int[g];
    for (int x = 0; x < g; x++) {
      rowBase[x] = AllPairs.condensedIndex(g, x, x) - x;
    }
    // with[x][t]: the similarity of x to the guests of table t other than x
    double[][] with = new double[g][k];
    for (int x = 0; x < g; x++) {
      double[] wx = with[x];
      int tx = table[x];
      for (int y = x + 1, at = rowBase[x] + y; y < g; y++, at++) {
        double s = similarities[at];
        wx[table[y]] += s;
        with[y][tx] += s;
      }
    }
    for (int pass = 0; pass < PASSES; pass++) {
      boolean changed = false;
      for (int a = 0; a < g; a++) {
        double[] wa = with[a];
        for (int b = a + 1; b < g; b++) {
          int ta = table[a];
          int tb = table[b];
          if (ta == tb) {
            continue;
          }
          double[] wb = with[b];
          double ab = similarities[rowBase[a] + b];
          double gain = wa[tb] - ab + wb[ta] - ab - wa[ta] - wb[tb];
          if (gain > GAIN) {
            for (int x = 0; x < g; x++) {
              double xa = x == a ? 0 : similarities[x < a ? rowBase[x] + a : rowBase[a] + x];
              double xb = x == b ? 0 : similarities[x < b ? rowBase[x] + b : rowBase[b] + x];
              double[] wx = with[x];
              wx[ta] += xb - xa;
              wx[tb] += xa - xb;
            }
            table[a] = tb;
            table[b] = ta;
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

  /** Every split, the first best kept. */
  private static final class Exhaustive {
    private final double[] similarities;
    private final int g;
    private final int[] sizes;
    private final int[] table;
    private final int[] filled;
    private int[] best;
    private double bestTotal = Double.NEGATIVE_INFINITY;

    Exhaustive(double[] similarities, int g, int[] sizes) {
      this.similarities = similarities;
      this.g = g;
      this.sizes = sizes;
      this.table = new int[g];
      this.filled = new int[sizes.length];
      Arrays.fill(table, -1);
    }

    int[] best() {
      place(0, 0);
      return best;
    }

    /**
     * Places guest x and the rest. Of tables of equal size, a guest may open only the first
     * still empty one, so that each split is met once.
     */
    private void place(int x, double total) {
      if (x == g) {
        if (total > bestTotal + GAIN || best == null) {
          bestTotal = total;
          best = table.clone();
        }
        return;
      }
      for (int t = 0; t < sizes.length; t++) {
        if (filled[t] == sizes[t]
            || (filled[t] == 0 && t > 0 && sizes[t] == sizes[t - 1] && filled[t - 1] == 0)) {
          continue;
        }
        double gain = 0;
        for (int y = 0; y < x; y++) {
          if (table[y] == t) {
            gain += similarities[AllPairs.condensedIndex(g, y, x)];
          }
        }
        table[x] = t;
        filled[t]++;
        place(x + 1, total + gain);
        filled[t]--;
        table[x] = -1;
      }
    }
  }
}
