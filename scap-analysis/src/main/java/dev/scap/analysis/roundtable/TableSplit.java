package dev.scap.analysis.roundtable;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.ExactSum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one theme's guests among its k tables so that alike peers sit together: the
 * objective is the total exact similarity of the pairs seated at the same table, the tables'
 * sizes are fixed at the most even split (⌈g/k⌉ for the first g mod k tables, ⌊g/k⌋ for the
 * rest), which keeps N ≤ seats ≤ M whenever N·k ≤ g ≤ M·k.
 *
 * <ul>
 *   <li>Exact where small: when the splits number at most {@value #EXACT_LIMIT} (for
 *       instance 16 guests at 2 tables, 6,435 splits), every split is tried.
 *   <li>Otherwise a local search from the dendrogram's leaf order cut into runs: pairs (a, b)
 *       at different tables are tried in order, and a and b change places when that raises the
 *       total; passes over all pairs are repeated until one changes nothing, at most
 *       {@value #PASSES} times. Each pass costs O(g²) and each swap O(g). It never ends below
 *       the leaf-order cut, where it starts.
 * </ul>
 * A split replaces the best so far only when its total is higher: of splits that tie, the
 * first met is kept. Every such decision is made on the exact scores: the doubles decide
 * where they lie further apart than their proven error, and the {@link Exact exact sums}
 * decide the rest, so totals that are mathematically equal tie however their doubles round.
 * Stateless.
 */
final class TableSplit {

  /** The most splits tried one by one. */
  static final int EXACT_LIMIT = 20_000;
  /** The most passes of the local search. */
  static final int PASSES = 100;
  /** The unit roundoff, 2⁻⁵³: a pair's double is within it of its exact score in [0, 1]. */
  private static final double UNIT = 0x1p-53;

  private TableSplit() {}

  /** The exact scores behind the guests' doubles, the guests by their positions. */
  interface Exact {
    /**
     * Compares Σ s(a[i], b[i]) with Σ s(c[j], d[j]) on exact scores.
     *
     * @param a the first sum's pairs' one guests
     * @param b their other guests
     * @param c the second sum's pairs' one guests
     * @param d their other guests
     * @return below 0, 0 or above 0 as the first sum is below, equal to or above the second
     */
    int compareSums(int[] a, int[] b, int[] c, int[] d);

    /**
     * Returns each guest's profile number: guests of the same number score alike with
     * everyone, so that changing their places gains exactly nothing.
     *
     * @return the numbers, by guest
     */
    int[] profiles();
  }

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
   * @param similarities the guests' condensed similarities, each the double nearest to its
   *     exact score
   * @param order the guests in the dendrogram's leaf order
   * @param k the tables, at least 1
   * @param exact the exact scores behind the similarities
   * @return each guest's table
   */
  static int[] split(double[] similarities, int[] order, int k, Exact exact) {
    int g = order.length;
    int[] start = cut(order, k);
    if (k == 1 || g <= k) {
      return start;
    }
    if (splits(sizes(g, k)) <= EXACT_LIMIT) {
      return new Exhaustive(similarities, g, sizes(g, k), exact).best();
    }
    return improve(similarities, start, k, exact);
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
  static int[] improve(double[] similarities, int[] start, int k, Exact exact) {
    int g = start.length;
    int[] table = start.clone();
    // Pair (x, y), x < y, is at rowBase[x] + y of the condensed similarities.
    int[] rowBase = new int[g];
    for (int x = 0; x < g; x++) {
      rowBase[x] = AllPairs.condensedIndex(g, x, x) - x;
    }
    int[][] seats = new int[k][];
    int[] filled = new int[k];
    int[] sizes = sizes(g, k);
    for (int t = 0; t < k; t++) {
      seats[t] = new int[sizes[t]];
    }
    for (int x = 0; x < g; x++) {
      seats[table[x]][filled[table[x]]++] = x;
    }
    int[] profile = exact.profiles();
    double[][] with = new double[g][k];
    // Each with[x][t] is off its exact value by at most 2g²·u when summed afresh, and by
    // (g + 3)·u more at each swap; a gain adds four of them, two pair scores and five
    // roundings of sums of at most 4g. Summed afresh again once the swaps have doubled it.
    double freshError = 2.0 * g * g * UNIT;
    double entryError = Double.POSITIVE_INFINITY;
    for (int pass = 0; pass < PASSES; pass++) {
      if (entryError > 2 * freshError) {
        // with[x][t]: the similarity of x to the guests of table t other than x
        for (double[] wx : with) {
          Arrays.fill(wx, 0);
        }
        for (int x = 0; x < g; x++) {
          double[] wx = with[x];
          int tx = table[x];
          for (int y = x + 1, at = rowBase[x] + y; y < g; y++, at++) {
            double s = similarities[at];
            wx[table[y]] += s;
            with[y][tx] += s;
          }
        }
        entryError = freshError;
      }
      boolean changed = false;
      for (int a = 0; a < g; a++) {
        double[] wa = with[a];
        for (int b = a + 1; b < g; b++) {
          int ta = table[a];
          int tb = table[b];
          if (ta == tb || profile[a] == profile[b]) {
            continue;
          }
          double[] wb = with[b];
          double ab = similarities[rowBase[a] + b];
          double gain = wa[tb] - ab + wb[ta] - ab - wa[ta] - wb[tb];
          double error = 4 * entryError + (20.0 * g + 2) * UNIT;
          if (gain > error || gain >= -error && gainsExactly(a, b, seats[ta], seats[tb], exact)) {
            for (int x = 0; x < g; x++) {
              double xa = x == a ? 0 : similarities[x < a ? rowBase[x] + a : rowBase[a] + x];
              double xb = x == b ? 0 : similarities[x < b ? rowBase[x] + b : rowBase[b] + x];
              double[] wx = with[x];
              wx[ta] += xb - xa;
              wx[tb] += xa - xb;
            }
            replace(seats[ta], a, b);
            replace(seats[tb], b, a);
            table[a] = tb;
            table[b] = ta;
            entryError += (g + 3) * UNIT;
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

  /**
   * Whether a and b changing places raises the exact total: a's scores with the guests of b's
   * table and b's with those of a's, against a's with a's table and b's with b's.
   */
  private static boolean gainsExactly(int a, int b, int[] ofA, int[] ofB, Exact exact) {
    int n = ofA.length + ofB.length - 2;
    int[] newOne = new int[n];
    int[] newOther = new int[n];
    int[] oldOne = new int[n];
    int[] oldOther = new int[n];
    int at = 0;
    for (int x : ofB) {
      if (x != b) {
        newOne[at] = a;
        newOther[at] = x;
        oldOne[at] = b;
        oldOther[at++] = x;
      }
    }
    for (int y : ofA) {
      if (y != a) {
        newOne[at] = b;
        newOther[at] = y;
        oldOne[at] = a;
        oldOther[at++] = y;
      }
    }
    return exact.compareSums(newOne, newOther, oldOne, oldOther) > 0;
  }

  private static void replace(int[] seats, int from, int to) {
    for (int s = 0; s < seats.length; s++) {
      if (seats[s] == from) {
        seats[s] = to;
        return;
      }
    }
  }

  /** Every split, the first best kept. */
  private static final class Exhaustive {
    private final double[] similarities;
    private final int g;
    private final int[] sizes;
    private final Exact exact;
    private final int[] table;
    private final int[] filled;
    /**
     * How far apart two totals must be for their doubles to order them as their exact values:
     * each total adds m pair scores (m the pairs at the same table, the same for every split),
     * each within u of its exact value, in at most 2m roundings of sums of at most m.
     */
    private final double apart;
    private int[] best;
    private double bestTotal = Double.NEGATIVE_INFINITY;

    Exhaustive(double[] similarities, int g, int[] sizes, Exact exact) {
      this.similarities = similarities;
      this.g = g;
      this.sizes = sizes;
      this.exact = exact;
      this.table = new int[g];
      this.filled = new int[sizes.length];
      Arrays.fill(table, -1);
      double m = Arrays.stream(sizes).mapToDouble(size -> size * (size - 1.0) / 2).sum();
      this.apart = 2 * (m + 2 * m * m) * UNIT;
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
        if (best == null || total > bestTotal + apart
            || total >= bestTotal - apart && higherExactly()) {
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

    /** Whether the split being placed has a higher exact total than the best so far. */
    private boolean higherExactly() {
      int[][] ours = seatedPairs(table);
      int[][] theirs = seatedPairs(best);
      return exact.compareSums(ours[0], ours[1], theirs[0], theirs[1]) > 0;
    }

    /** The pairs of guests at the same table. */
    private int[][] seatedPairs(int[] split) {
      List<int[]> pairs = new ArrayList<>();
      for (int x = 0; x < g; x++) {
        for (int y = x + 1; y < g; y++) {
          if (split[x] == split[y]) {
            pairs.add(new int[] {x, y});
          }
        }
      }
      int[][] columns = new int[2][pairs.size()];
      for (int p = 0; p < pairs.size(); p++) {
        columns[0][p] = pairs.get(p)[0];
        columns[1][p] = pairs.get(p)[1];
      }
      return columns;
    }
  }
}
