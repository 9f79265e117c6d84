package dev.scap.analysis.internal;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.Merge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Agglomerative clustering on similarities, every decision made on exact values.
 *
 * <p>The clusters merged are those of the textbook algorithm: merge the two clusters whose
 * linkage similarity is the highest; when several pairs tie, the pair whose lowest leaves,
 * compared as (smaller lowest leaf, then larger lowest leaf), come first. That order on pairs
 * of clusters is a strict total order, so the result is unique; rows are listed in the order
 * of the merges, and where no similarities tie they are SciPy's rows.
 * <ul>
 *   <li>average and complete linkage: the nearest-neighbour chain (Murtagh 1983; Müllner 2011),
 *       O(n²) time. It finds the textbook algorithm's merges because these linkages stay
 *       reducible under the tie rule (merging i and j never brings their union nearer to
 *       another cluster than i or j was, ties included: the union's lowest leaf is that of i
 *       or j, and its similarity to k equals theirs only when both equal it); its merges are
 *       then sorted by similarity, then by lowest leaves, which is the textbook order;
 *   <li>single linkage is not reducible under the tie rule (the union of i and j can tie
 *       with k at j's similarity and come first by i's lower leaf), so it runs the textbook
 *       algorithm itself, with each cluster's best neighbour kept up to date, O(n²) time: under
 *       single linkage a merge only ever brings clusters nearer.
 * </ul>
 * Average linkage works in place on the n(n-1)/2 similarities, by the Lance–Williams mean;
 * single and complete linkage keep beside them, for each pair of clusters, which pair of
 * items holds their linkage similarity (n(n-1)/2 ints), so that exact decisions and the
 * similarities of the merges go back to that pair. Each time the number of active clusters
 * halves, the chain moves their values to the front of the array, in the layout of a condensed
 * array of just them, so that its scans read contiguous memory.
 *
 * <p>A merge's similarity is, for single and complete linkage, the double nearest to the score
 * of its pair; for average linkage the double nearest to the score of two leaves, and for
 * larger clusters the Lance–Williams mean, within {@link #meanError} of the exact mean; equal
 * for merges whose exact similarities are equal, and never higher than the merge before it.
 * Its distance is 1 - its similarity.
 *
 * <p>The chain remembers each slot's nearest slot until a merge takes that one (reducibility
 * keeps every other merge from coming nearer), and a merge's update, which writes the union's
 * values anyway, finds the union's nearest slot as it goes: fewer scans, O(n) more memory.
 * On more than one core, while at least {@value #HALVED_FROM} clusters are active, a second
 * thread takes half of each scan for a nearest neighbour and half of each merge's update: the
 * scans read the values of one item spread over the array, a cache miss each, and two cores
 * wait for two misses at once. The halves are put together so that the result is the one
 * scan's, to the bit.
 */
public final class NnChain {

  private static final double UNIT = 0x1.0p-53;

  /** The fewest active clusters whose scans are shared with a second thread. */
  static final int HALVED_FROM = 2048;

  /** What reading a value of a column costs, a cache miss, in reads of a value of a row. */
  private static final int MISS = 4;

  /** The most exact means a run keeps for its tie-breaks before it lets them all go. */
  private static final int MOST_MEANS = 1 << 16;

  /** An exact mean kept for a pair of slots, with the slots' versions it holds for. */
  private record KeptMean(ExactPairs.Mean mean, int first, int second) {}

  private NnChain() {}

  /**
   * The merges of a clustering, in SciPy's layout, and the linkage similarity of each.
   *
   * @param merges the n - 1 merges
   * @param similarities the linkage similarity of merge r at index r
   */
  public record Clustering(List<Merge> merges, List<Double> similarities) {}

  /**
   * Clusters n items, taking each double as the exact value it stands for.
   *
   * @param similarities the condensed similarities; distance is 1 - similarity; not modified
   * @param n the number of items
   * @param linkage the linkage
   * @return the n - 1 merges, in SciPy's layout
   */
  public static List<Merge> linkage(double[] similarities, int n, Linkage linkage) {
    return cluster(similarities, n, linkage).merges();
  }

  /**
   * Clusters n items as {@link #linkage} does and also returns each merge's linkage
   * similarity.
   *
   * @param similarities the condensed similarities, each taken as exact; not modified
   * @param n the number of items
   * @param linkage the linkage
   * @return the n - 1 merges, in SciPy's layout, and their similarities
   */
  public static Clustering cluster(double[] similarities, int n, Linkage linkage) {
    return cluster(similarities.clone(), n, linkage, ExactPairs.ofDoubles(similarities, n));
  }

  /**
   * Clusters n items on computed scores, deciding on the exact values behind them. Works in
   * place: the array is overwritten.
   *
   * @param scores the condensed computed scores, each within {@link ExactPairs#error()} of its
   *     exact value; overwritten
   * @param n the number of items
   * @param linkage the linkage
   * @param exact the exact values behind the scores
   * @return the n - 1 merges, in SciPy's layout, and their similarities
   */
  public static Clustering cluster(double[] scores, int n, Linkage linkage, ExactPairs exact) {
    boolean cores = Runtime.getRuntime().availableProcessors() > 1;
    return cluster(scores, n, linkage, exact, cores ? HALVED_FROM : Integer.MAX_VALUE, true,
        true);
  }

  /**
   * Clusters as {@link #cluster(double[], int, Linkage, ExactPairs)} does, sharing the scans
   * with a second thread while at least {@code halvedFrom} clusters are active: what tests
   * use to run the shared scans on few items. Unless {@code takeBack}, the calling thread
   * always waits for the second thread's half, however long it takes to begin it. Unless
   * {@code remember}, the chain scans for every nearest neighbour it asks for.
   */
  static Clustering cluster(double[] scores, int n, Linkage linkage, ExactPairs exact,
      int halvedFrom, boolean takeBack, boolean remember) {
    if (n <= 1) {
      return new Clustering(List.of(), List.of());
    }
    Run run = new Run(scores, n, linkage, exact);
    if (linkage != Linkage.SINGLE && n >= Math.max(2, halvedFrom)) {
      run.share(halvedFrom, takeBack);
    }
    try {
      if (linkage == Linkage.SINGLE) {
        run.greedy();
      } else {
        run.chain(remember);
      }
    } finally {
      run.unshare();
    }
    return run.rows();
  }

  /**
   * The most that a mean of average linkage, as computed, can be away from the exact mean of
   * the scores, after any number of merges of n items: each Lance–Williams mean adds at most
   * three roundings of a value at most 1 to the larger error of the two means it averages.
   *
   * @param pairError the most a computed pair score is away from its exact value
   * @param n the number of items
   * @return the bound
   */
  public static double meanError(double pairError, int n) {
    return pairError + 4 * UNIT * n;
  }

  /**
   * The place that splits three runs of places, of given lengths and cost each, into two
   * parts of about equal cost.
   */
  static int split(int first, int firstCost, int second, int secondCost, int third,
      int thirdCost) {
    long half = ((long) first * firstCost + (long) second * secondCost
        + (long) third * thirdCost) / 2;
    if (half <= (long) first * firstCost) {
      return (int) (half / firstCost);
    }
    half -= (long) first * firstCost;
    if (half <= (long) second * secondCost) {
      return first + (int) (half / secondCost);
    }
    half -= (long) second * secondCost;
    return first + second + (thirdCost == 0 ? third : (int) Math.min(third, half / thirdCost));
  }

  /**
   * The second thread's side of the halved scans. The calling thread asks for a half,
   * does its own, then awaits the other; whichever thread claims the asked half first does it,
   * so a second thread that the system does not run at once only costs the caller the half it
   * takes back. Tasks pass through plain fields, published by the volatile {@link #asked}
   * and {@link #answered}.
   */
  private static final class Halves implements Runnable {

    /** How long to spin before yielding the core: a few microseconds. */
    private static final int SPINS = 100;

    /**
     * How long the caller may wait for a half before the wait counts as a stall: far longer
     * than a half takes, so only a second thread that the system stopped mid-task stalls.
     */
    private static final long STALL_NANOS = 1_000_000;

    /**
     * The stalls after which the caller does the scans alone, should they also come more
     * often than one in {@link #TASKS_A_STALL} tasks: then the cores are busy elsewhere, not
     * just paused now and then for the collector.
     */
    private static final int MOST_STALLS = 3;

    private static final int TASKS_A_STALL = 1000;

    /** The first tasks, which run while the second thread starts and its code compiles. */
    private static final int WARMING = 256;

    /** How many times the caller waited a stall for a half. */
    int stalls;

    private final Run run;
    /** Whether the caller does the half asked for when the second thread has not begun it. */
    private final boolean takeBack;
    /** The number of the task last asked for. */
    private volatile int asked;
    /** The number of the task last done by the second thread. */
    private volatile int answered;
    private volatile boolean stopped;
    /** The number of the task last claimed, by either thread. */
    private final AtomicInteger claimed = new AtomicInteger();
    private final Run.Scan scan = new Run.Scan();
    private boolean nearest;
    private int slot;
    private int gone;
    private int from;
    private int to;
    private double tolerance;
    private Throwable failure;

    Halves(Run run, boolean takeBack) {
      this.run = run;
      this.takeBack = takeBack;
    }

    /** Asks for the scan of slot a's values at places {@code from} to {@code to}. */
    Run.Scan scan(int a, int from, int to, double tolerance) {
      nearest = true;
      slot = a;
      this.from = from;
      this.to = to;
      this.tolerance = tolerance;
      asked = asked + 1;
      return scan;
    }

    /**
     * Asks for the update of keep's values at places {@code from} to {@code to}, and for the
     * scan of the values it writes.
     */
    Run.Scan update(int keep, int gone, int from, int to, double tolerance) {
      nearest = false;
      slot = keep;
      this.gone = gone;
      this.from = from;
      this.to = to;
      this.tolerance = tolerance;
      asked = asked + 1;
      return scan;
    }

    /** Waits for the half asked for, or does it if the second thread has not begun it. */
    Run.Scan await(Run.Scan result) {
      int task = asked;
      if (takeBack && claimed.compareAndSet(task - 1, task)) {
        work();
        return result;
      }
      long since = 0;
      for (int spins = 0; answered != task; spins++) {
        pause(spins);
        if (spins == SPINS) {
          since = System.nanoTime();
        } else if (spins % SPINS == 0 && spins > SPINS && task > WARMING
            && System.nanoTime() - since > STALL_NANOS) {
          stalls += takeBack ? 1 : 0;  // else waiting is what is asked for
          since = Long.MAX_VALUE / 2;  // one stall a task
        }
      }
      if (failure != null) {
        throw new IllegalStateException("the second thread of the clustering failed", failure);
      }
      return result;
    }

    /** Whether the second thread stalls so often that the cores must be busy elsewhere. */
    boolean busy() {
      return stalls >= MOST_STALLS && (long) stalls * TASKS_A_STALL > asked;
    }

    void stop() {
      stopped = true;
    }

    private void work() {
      scan.reset(tolerance);
      if (nearest) {
        run.scanRange(slot, from, to, scan);
      } else {
        run.updateRange(slot, gone, from, to, scan, tolerance);
      }
    }

    /**
     * Waits a moment: a few spins, then, should the wait go on, the core goes to any other
     * thread that can run, so that on a busy machine waiting never keeps the caller from one.
     */
    private static void pause(int spins) {
      if (spins < SPINS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }

    @Override
    public void run() {
      int seen = 0;
      int spins = 0;
      while (!stopped) {
        int task = asked;
        if (task == seen) {
          pause(spins++);
          continue;
        }
        spins = 0;
        seen = task;
        if (claimed.compareAndSet(task - 1, task)) {
          try {
            work();
          } catch (RuntimeException | Error e) {
            failure = e;
          }
          answered = task;
        }
      }
    }
  }

  /** One clustering under way. */
  private static final class Run {

    private final double[] s;
    private final int n;
    private final Linkage linkage;
    private final ExactPairs exact;
    /** For single and complete linkage, the pair of items behind each value, condensed. */
    private final int[] rep;
    /** Where row i starts: the pair (i, j), i &lt; j, is at rowStart[i] + j. */
    private final int[] rowStart;
    /** Where row i started in the layout of all n items, which {@link #rep} refers to. */
    private final int[] origin;
    /** The slots the layout holds: n, fewer once compacted. */
    private int slots;
    /** Each slot's lowest leaf; slots are in the order of their lowest leaves. */
    private final int[] low;
    /** The active slots, ascending; a slot's lowest leaf is the slot itself. */
    private final int[] active;
    private int count;
    private final int[] size;
    private final int[] first;
    private final int[] next;
    private final int[] last;
    /** The merges in the order made: keep, gone, pair (or -1), node of keep, node of gone. */
    private final List<int[]> raw = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    /** The merge that made each slot's cluster, -1 for a leaf. */
    private final int[] node;
    /**
     * Per slot, the height of its cluster's tree (0 for a leaf). A Lance–Williams mean between
     * two clusters adds at most 4u to the larger error of the means it averages, once for each
     * merge of either cluster, so it is within pairError + 4u·(h₁ + h₂) of the exact mean.
     */
    private final int[] height;
    /** The exact mean of each merge, for {@link #rows}, as first asked for. */
    private ExactPairs.Mean[] rowMeans;
    /** The greatest {@link #height} of an active slot. */
    private int tallest;
    private double error;
    /** Each slot's changes: a mean kept for a pair of slots holds while neither changes. */
    private final int[] version;
    /** Exact means kept for tie-breaks, by pair of slots: lower slot · n + higher slot. */
    private final Map<Long, KeptMean> means = new HashMap<>();
    /** Each slot's profile counts, once a tie-break asked for them, kept through merges. */
    private final ExactPairs.Profiles[] profiles;
    /** This thread's scan for a nearest neighbour, reused. */
    private final Scan scan = new Scan();
    /** The second thread, while it takes halves of the scans; {@code null} otherwise. */
    private Halves halves;
    /**
     * Per slot, its nearest slot as last found, while no merge since can have changed it; -1
     * when not known. {@code null} when the chain does not remember them.
     */
    private int[] nearestOf;
    /** Per slot whose nearest slot is known, its value with that slot. */
    private double[] nearestValue;
    /** The fewest active clusters whose scans are halved. */
    private int halvedFrom = Integer.MAX_VALUE;

    Run(double[] s, int n, Linkage linkage, ExactPairs exact) {
      this.s = s;
      this.n = n;
      this.linkage = linkage;
      this.exact = exact;
      this.rowStart = new int[n];
      for (int i = 0; i < n; i++) {
        rowStart[i] = (int) ((long) n * i - (long) i * (i + 1) / 2 - i - 1);
      }
      origin = rowStart.clone();
      slots = n;
      low = new int[n];
      Arrays.setAll(low, i -> i);
      if (linkage == Linkage.AVERAGE) {
        rep = null;
      } else {
        rep = new int[s.length];
        Arrays.setAll(rep, i -> i);
      }
      active = new int[n];
      Arrays.setAll(active, i -> i);
      count = n;
      size = new int[n];
      Arrays.fill(size, 1);
      first = new int[n];
      Arrays.setAll(first, i -> i);
      last = first.clone();
      next = new int[n];
      Arrays.fill(next, -1);
      node = new int[n];
      Arrays.fill(node, -1);
      height = new int[n];
      error = exact.error();
      version = new int[n];
      profiles = new ExactPairs.Profiles[n];
    }

    private int at(int i, int j) {
      return i < j ? rowStart[i] + j : rowStart[j] + i;
    }

    /** Starts the second thread, which takes halves while that many clusters are active. */
    void share(int from, boolean takeBack) {
      halvedFrom = from;
      halves = new Halves(this, takeBack);
      Thread second = new Thread(halves, "scap-nn-chain");
      second.setDaemon(true);
      second.start();
    }

    /** Stops the second thread, if any, once no scan is long enough to halve. */
    void unshare() {
      if (halves != null) {
        halves.stop();
        halves = null;
      }
      halvedFrom = Integer.MAX_VALUE;
    }

    /** Whether the scans are long enough to share with the second thread. */
    private boolean halving() {
      if (halves != null && (count < halvedFrom || halves.busy())) {
        unshare();  // count only goes down, and a busy machine stays busy for a while
      }
      return halves != null;
    }

    /** The nearest-neighbour chain. */
    void chain(boolean remember) {
      if (remember) {
        nearestOf = new int[n];
        Arrays.fill(nearestOf, -1);
        nearestValue = new double[n];
      }
      int[] chain = new int[n];
      int top = 0;
      while (count > 1) {
        if (top == 0) {
          chain[top++] = active[0];
        }
        int a = chain[top - 1];
        int b = nearest(a);
        if (top >= 2 && chain[top - 2] == b) {
          top -= 2;
          merge(Math.min(a, b), Math.max(a, b));
          if (slots >= 1024 && count <= slots / 2) {
            compact(chain, top);
          }
        } else {
          chain[top++] = b;
        }
      }
    }

    /** The textbook algorithm, each slot's best neighbour kept up to date (single linkage). */
    void greedy() {
      int[] best = new int[n];
      for (int x = 0; x < count; x++) {
        best[active[x]] = nearest(active[x]);
      }
      while (count > 1) {
        int a = bestPair(best);
        int b = best[a];
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        merge(keep, gone);
        for (int x = 0; x < count; x++) {
          int k = active[x];
          if (k == keep) {
            continue;
          }
          if (best[k] == gone || best[k] == keep) {
            best[k] = keep;
          } else if (better(k, keep, best[k]) > 0) {
            best[k] = keep;
          }
        }
        best[keep] = count > 1 ? nearest(keep) : -1;
      }
    }

    /** The active slot whose pair with its best neighbour comes first. */
    private int bestPair(int[] best) {
      Scan scan = new Scan();
      scan.reset(2 * error);
      for (int x = 0; x < count; x++) {
        int k = active[x];
        scan.offer(s[at(k, best[k])], k);
      }
      if (!scan.crowded) {
        return scan.found;
      }
      double floor = scan.top - scan.tolerance;
      int found = -1;
      for (int x = 0; x < count; x++) {
        int k = active[x];
        if (s[at(k, best[k])] >= floor && (found < 0
            || comparePairs(k, best[k], found, best[found]) > 0)) {
          found = k;
        }
      }
      return found;
    }

    /**
     * Compares two pairs of slots: above 0 if the first comes first, by higher exact value,
     * then lower (smaller lowest leaf, larger lowest leaf).
     */
    private int comparePairs(int a, int b, int c, int d) {
      int by = compareValues(a, b, c, d);
      if (by != 0) {
        return by;
      }
      int lowFirst = Integer.compare(Math.min(c, d), Math.min(a, b));
      return lowFirst != 0 ? lowFirst : Integer.compare(Math.max(c, d), Math.max(a, b));
    }

    /** Above 0 if slot k is nearer to slot m than to slot o, ties to the lower slot. */
    private int better(int k, int m, int o) {
      int by = compareValues(k, m, k, o);
      return by != 0 ? by : Integer.compare(o, m);
    }

    /** Compares the exact linkage similarities of two pairs of slots. */
    private int compareValues(int a, int b, int c, int d) {
      int x = at(a, b);
      int y = at(c, d);
      double vx = s[x];
      double vy = s[y];
      if (vx == vy && exact.error() == 0 && linkage != Linkage.AVERAGE) {
        return 0;
      }
      if (linkage == Linkage.AVERAGE) {
        // the doubles decide most comparisons: gather the clusters' items only when they do not
        if (vx == 0 || vy == 0 || Math.abs(vx - vy) > 2 * error) {
          return Double.compare(vx, vy);
        }
        return exact.compare(mean(a, b), mean(c, d));
      }
      int[] p = pairOf(rep[x]);
      int[] q = pairOf(rep[y]);
      return exact.comparePairs(vx, p[0], p[1], vy, q[0], q[1]);
    }

    /** The slot nearest to slot a: the highest exact similarity, ties to the lowest slot. */
    private int nearest(int a) {
      if (nearestOf != null && nearestOf[a] >= 0) {
        return nearestOf[a];
      }
      int found = scanNearest(a);
      if (nearestOf != null) {
        nearestOf[a] = found;
        nearestValue[a] = s[at(a, found)];
      }
      return found;
    }

    /** Scans for the slot nearest to slot a. */
    private int scanNearest(int a) {
      double tolerance = 2 * error;
      scan.reset(tolerance);
      if (halving()) {
        // the column costs a miss a value, the row far less: split where the halves cost alike
        int column = Arrays.binarySearch(active, 0, count, a);
        int split = split(column, MISS, count - column, 1, 0, 0);
        Scan other = halves.scan(a, split, count, tolerance);
        scanRange(a, 0, split, scan);
        scan.join(halves.await(other));
      } else {
        scanRange(a, 0, count, scan);
      }
      if (!scan.crowded) {
        return scan.found;
      }
      double floor = scan.top - scan.tolerance;
      int found = -1;
      for (int x = 0; x < count; x++) {
        int k = active[x];
        if (k != a && s[at(a, k)] >= floor
            && (found < 0 || better(a, k, found) > 0)) {
          found = k;
        }
      }
      return found;
    }

    /**
     * Offers slot a's values with the active slots at places {@code from} to {@code to} of
     * {@link #active}, a excepted: the slots before a are a column of the condensed array, a
     * value a row; those after it a run of its row.
     */
    void scanRange(int a, int from, int to, Scan into) {
      int x = from;
      for (; x < to && active[x] < a; x++) {
        int k = active[x];
        into.offer(s[rowStart[k] + a], k);
      }
      if (x < to && active[x] == a) {
        x++;
      }
      int row = rowStart[a];
      for (; x < to; x++) {
        int k = active[x];
        into.offer(s[row + k], k);
      }
    }

    /**
     * The highest of values offered in turn, and whether another came within the tolerance
     * of it, so that the doubles alone cannot tell which is highest. Unless crowded, every
     * value but the highest lies more than the tolerance below it.
     */
    static final class Scan {
      double tolerance;
      double top;
      int found;
      boolean crowded;

      void reset(double value) {
        tolerance = value;
        top = Double.NEGATIVE_INFINITY;
        found = -1;
        crowded = false;
      }

      /**
       * Takes in the scan of the values after this one's: the highest of both, crowded
       * unless one's highest is more than the tolerance above every other value.
       */
      void join(Scan after) {
        if (after.found < 0) {
          return;
        }
        if (found < 0 || after.top > top + tolerance) {
          top = after.top;
          found = after.found;
          crowded = after.crowded;
        } else if (after.top >= top - tolerance) {
          crowded = true;
          if (after.top > top) {
            top = after.top;
            found = after.found;
          }
        }
      }

      void offer(double v, int k) {
        if (v > top + tolerance) {
          top = v;
          found = k;
          crowded = false;
        } else if (v >= top - tolerance) {
          crowded = true;
          if (v > top) {
            top = v;
            found = k;
          }
        }
      }
    }

    private void merge(int keep, int gone) {
      version[keep]++;
      version[gone]++;
      profiles[keep] = profiles[keep] == null || profiles[gone] == null ? null
          : profiles[keep].plus(profiles[gone]);
      profiles[gone] = null;
      int pair = at(keep, gone);
      raw.add(new int[] {low[keep], low[gone], rep == null ? -1 : rep[pair], node[keep],
          node[gone]});
      values.add(s[pair]);
      node[keep] = raw.size() - 1;
      // the new values' errors, once this merge's mean has added its own
      double tolerance = 2 * error + 8 * UNIT;
      scan.reset(tolerance);
      if (halving()) {
        // the slots before keep cost two misses each, those between keep and gone one
        int k = Arrays.binarySearch(active, 0, count, keep);
        int g = Arrays.binarySearch(active, 0, count, gone);
        int split = split(k, 2 * MISS, g - k, MISS + 1, count - g, 2);
        Scan other = halves.update(keep, gone, split, count, tolerance);
        updateRange(keep, gone, 0, split, scan, tolerance);
        scan.join(halves.await(other));
      } else {
        updateRange(keep, gone, 0, count, scan, tolerance);
      }
      if (nearestOf != null) {
        // the scan of keep's new values is the scan for its nearest slot, unless crowded
        nearestOf[keep] = scan.crowded ? -1 : scan.found;
        nearestValue[keep] = scan.top;
        nearestOf[gone] = -1;
      }
      size[keep] += size[gone];
      next[last[keep]] = first[gone];
      last[keep] = last[gone];
      int at = Arrays.binarySearch(active, 0, count, gone);
      System.arraycopy(active, at + 1, active, at, count - at - 1);
      count--;
      height[keep] = Math.max(height[keep], height[gone]) + 1;
      tallest = Math.max(tallest, height[keep]);
      if (linkage == Linkage.AVERAGE) {
        // the bound of the two tallest trees, and never more than 4u a merge as before
        error = Math.min(error + 4 * UNIT, exact.error() + 8 * UNIT * tallest);
      }
    }

    /**
     * Slot keep's values with the active slots at places {@code from} to {@code to} of
     * {@link #active}, after keep and gone merge into keep: keep and gone themselves are
     * skipped, and each other slot's value is read and written by this call only. When the
     * chain remembers nearest slots, the new values are offered to a scan, and a slot forgets
     * its nearest slot if that was keep or gone; every other value of the slot is as it was
     * when its nearest slot was found. Reducibility keeps the union from coming nearer than
     * that slot, ties included; a slot also forgets it should the union's computed value come
     * within the tolerance of it, so that the scan decides such a case on exact values.
     */
    void updateRange(int keep, int gone, int from, int to, Scan into, double tolerance) {
      double sizeKeep = size[keep];
      double sizeGone = size[gone];
      double total = sizeKeep + sizeGone;
      for (int x = from; x < to; x++) {
        int k = active[x];
        if (k == keep || k == gone) {
          continue;
        }
        int kk = at(keep, k);
        int gk = at(gone, k);
        switch (linkage) {
          case AVERAGE -> s[kk] = (sizeKeep * s[kk] + sizeGone * s[gk]) / total;
          case SINGLE, COMPLETE -> {
            int[] p = pairOf(rep[kk]);
            int[] q = pairOf(rep[gk]);
            int c = exact.comparePairs(s[gk], q[0], q[1], s[kk], p[0], p[1]);
            if (linkage == Linkage.SINGLE ? c > 0 : c < 0) {
              s[kk] = s[gk];
              rep[kk] = rep[gk];
            }
          }
          default -> throw new IllegalStateException(linkage.name());
        }
        if (nearestOf != null) {
          double value = s[kk];
          int was = nearestOf[k];
          if (was == keep || was == gone || was >= 0 && value >= nearestValue[k] - tolerance) {
            nearestOf[k] = -1;
          }
          into.offer(value, k);
        }
      }
    }

    private int[] pairOf(int index) {
      // row i starts at n·i - i(i+1)/2; solve for the last row starting at or before index
      double b = 2.0 * n - 1;
      int i = (int) ((b - Math.sqrt(b * b - 8.0 * index)) / 2);
      i = Math.max(0, Math.min(n - 2, i));
      while (i > 0 && origin[i] + i + 1 > index) {
        i--;
      }
      while (i < n - 2 && origin[i + 1] + i + 2 <= index) {
        i++;
      }
      return new int[] {i, index - origin[i]};
    }

    /**
     * Moves the values of the active slots to the front of the array, in the layout of a
     * condensed array of just those slots, so that scans no longer stride over the values of
     * merged slots: each value moves to a place at or before its own, in the order of both
     * layouts, so nothing is overwritten before it is read. Slots keep their order, and with it
     * the order of their lowest leaves.
     */
    private void compact(int[] chain, int top) {
      means.clear();  // kept by slot, which this renumbers
      int m = count;
      int[] kept = Arrays.copyOf(active, m);
      int[] place = new int[slots];
      for (int r = 0; r < m; r++) {
        place[kept[r]] = r;
      }
      for (int r = 0; r < m; r++) {
        int from = rowStart[kept[r]];
        int to = (int) ((long) m * r - (long) r * (r + 1) / 2 - r - 1);
        for (int c = r + 1; c < m; c++) {
          s[to + c] = s[from + kept[c]];
          if (rep != null) {
            rep[to + c] = rep[from + kept[c]];
          }
        }
      }
      for (int r = 0; r < m; r++) {
        int slot = kept[r];
        if (nearestOf != null) {
          nearestOf[r] = nearestOf[slot] < 0 ? -1 : place[nearestOf[slot]];
          nearestValue[r] = nearestValue[slot];
        }
        low[r] = low[slot];
        profiles[r] = profiles[slot];
        size[r] = size[slot];
        first[r] = first[slot];
        last[r] = last[slot];
        node[r] = node[slot];
        height[r] = height[slot];
        rowStart[r] = (int) ((long) m * r - (long) r * (r + 1) / 2 - r - 1);
        active[r] = r;
      }
      for (int x = 0; x < top; x++) {
        chain[x] = place[chain[x]];
      }
      slots = m;
    }

    /**
     * The exact mean between two slots' clusters, kept while neither changes: a scan that the
     * doubles cannot decide compares its best so far with each slot it meets, and where the
     * cities have few distinct profiles nearly every comparison is such a tie. Summing the p·q
     * scores again for each made runs of thousands of cities take minutes.
     */
    private ExactPairs.Mean mean(int a, int b) {
      // lower · n + higher: a Long's hash folds its halves together, so that (lower << 32 |
      // higher) would give every pair with the same lower ^ higher one hash
      long key = (long) Math.min(a, b) * n + Math.max(a, b);
      KeptMean kept = means.get(key);
      if (kept != null && kept.first == version[Math.min(a, b)]
          && kept.second == version[Math.max(a, b)]) {
        return kept.mean;
      }
      if (means.size() >= MOST_MEANS) {
        means.clear();
      }
      ExactPairs.Mean mean = exact.hasProfiles() ? exact.mean(profiles(a), profiles(b))
          : exact.mean(members(a), members(b));
      means.put(key, new KeptMean(mean, version[Math.min(a, b)], version[Math.max(a, b)]));
      return mean;
    }

    private ExactPairs.Profiles profiles(int slot) {
      if (profiles[slot] == null) {
        profiles[slot] = exact.profiles(members(slot));
      }
      return profiles[slot];
    }

    private int[] members(int slot) {
      int[] items = new int[size[slot]];
      int x = 0;
      for (int i = first[slot]; i >= 0; i = next[i]) {
        items[x++] = i;
      }
      return items;
    }

    /** The leaves under a merge made earlier, or a leaf. */
    private int[] leaves(int merge, int leaf) {
      if (merge < 0) {
        return new int[] {leaf};
      }
      List<Integer> found = new ArrayList<>();
      List<int[]> stack = new ArrayList<>();
      stack.add(new int[] {merge, -1});
      while (!stack.isEmpty()) {
        int[] top = stack.remove(stack.size() - 1);
        if (top[0] < 0) {
          found.add(top[1]);
          continue;
        }
        int[] row = raw.get(top[0]);
        stack.add(new int[] {row[3], row[0]});
        stack.add(new int[] {row[4], row[1]});
      }
      return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Compares two merges by their exact similarity: above 0 if the first is higher. */
    private int compareMerges(int x, int y) {
      int[] a = raw.get(x);
      int[] b = raw.get(y);
      double vx = values.get(x);
      double vy = values.get(y);
      if (linkage == Linkage.AVERAGE) {
        if (vx == 0 || vy == 0 || Math.abs(vx - vy) > 2 * error) {
          return Double.compare(vx, vy);
        }
        return exact.compare(rowMean(x), rowMean(y));
      }
      int[] p = pairOf(a[2]);
      int[] q = pairOf(b[2]);
      return exact.comparePairs(vx, p[0], p[1], vy, q[0], q[1]);
    }

    /**
     * The exact mean of merge x's two clusters, found once: the listing compares tied merges
     * again and again.
     */
    private ExactPairs.Mean rowMean(int x) {
      if (rowMeans == null) {
        rowMeans = new ExactPairs.Mean[raw.size()];
      }
      if (rowMeans[x] == null) {
        int[] row = raw.get(x);
        int[] left = leaves(row[3], row[0]);
        int[] right = leaves(row[4], row[1]);
        rowMeans[x] = exact.mean(left, right);
      }
      return rowMeans[x];
    }

    /**
     * Lists the merges in the textbook order: for average and complete linkage by exact
     * similarity, highest first, then by their lowest leaves, never before the merges that made
     * their two clusters; for single linkage as they were made. Then numbers the clusters as
     * SciPy does.
     */
    Clustering rows() {
      int m = raw.size();
      int[] waiting = new int[m];
      int[] parent = new int[m];
      Arrays.fill(parent, -1);
      for (int i = 0; i < m; i++) {
        for (int child : new int[] {raw.get(i)[3], raw.get(i)[4]}) {
          if (child >= 0) {
            waiting[i]++;
            parent[child] = i;
          }
        }
      }
      Comparator<Integer> order = (x, y) -> {
        int by = compareMerges(y, x);
        if (by != 0) {
          return by;
        }
        int low = Integer.compare(raw.get(x)[0], raw.get(y)[0]);
        return low != 0 ? low : Integer.compare(raw.get(x)[1], raw.get(y)[1]);
      };
      // Single linkage made its merges in the textbook order already; its order on pairs is
      // not monotone along the merges (see the class comment), so it is kept as made.
      PriorityQueue<Integer> ready = new PriorityQueue<>(linkage == Linkage.SINGLE
          ? Comparator.naturalOrder() : order);
      for (int i = 0; i < m; i++) {
        if (waiting[i] == 0) {
          ready.add(i);
        }
      }
      int[] clusterOfSlot = new int[n];
      Arrays.setAll(clusterOfSlot, i -> i);
      int[] sizeOfSlot = new int[n];
      Arrays.fill(sizeOfSlot, 1);
      List<Merge> merges = new ArrayList<>(m);
      List<Double> similarities = new ArrayList<>(m);
      int previous = -1;
      double previousValue = Double.POSITIVE_INFINITY;
      while (!ready.isEmpty()) {
        int i = ready.poll();
        int[] row = raw.get(i);
        int keep = row[0];
        int gone = row[1];
        double value;
        if (linkage == Linkage.AVERAGE) {
          // Equal exact means print equal; rounding never lets a mean rise over the one
          // before it, which the exact order puts at least as high. A mean of one pair is
          // its score, the double nearest to it.
          double mean = row[3] < 0 && row[4] < 0 ? exact.nearest(keep, gone, values.get(i))
              : values.get(i);
          value = previous >= 0 && compareMerges(i, previous) == 0 ? previousValue
              : Math.min(mean, previousValue);
        } else {
          int[] p = pairOf(row[2]);
          value = exact.nearest(p[0], p[1], values.get(i));
        }
        int left = Math.min(clusterOfSlot[keep], clusterOfSlot[gone]);
        int right = Math.max(clusterOfSlot[keep], clusterOfSlot[gone]);
        int size = sizeOfSlot[keep] + sizeOfSlot[gone];
        similarities.add(value);
        merges.add(new Merge(left, right, 1 - value, size));
        clusterOfSlot[keep] = n + merges.size() - 1;
        sizeOfSlot[keep] = size;
        previous = i;
        previousValue = value;
        int up = parent[i];
        if (up >= 0 && --waiting[up] == 0) {
          ready.add(up);
        }
      }
      return new Clustering(merges, similarities);
    }
  }
}
