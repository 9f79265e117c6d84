package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.Metric;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact all-pairs top-k, without an n × n matrix: memory O(n·k) for the result (and for cosine
 * the lists being filled, each growing to k as peers come) plus O(n) per thread, on every core.
 *
 * <p>Two loops, chosen by their cost on the data at hand:
 * <ul>
 *   <li>an inverted index (theme → the cities that weigh it, with their weights): for city i,
 *       walking the postings of i's themes in theme order adds min(A(t), B(t)) (or A(t)·B(t)
 *       for cosine) to an accumulator per city met. Only pairs sharing a theme are touched, so
 *       the cost is Σ_t |postings(t)|², which for sparse profiles is far below n². A city
 *       whose postings reach about every city skips the list of cities met and scans them
 *       all. For cosine, city i walks only the postings after it, each pair being scored once
 *       and offered to both its cities;
 *   <li>for presence weights on dense profiles, bitsets: |A ∩ B| is the popcount of the AND of
 *       the two bitsets, in n² · ⌈T/64⌉ word operations.
 * </ul>
 * The bitsets are chosen while their word operations number less than four times the index's
 * steps, a step being the dearer of the two.
 * Both add a pair's terms in theme order, as {@link SparseProfiles#score} does, so a pair gets
 * the same double whichever way it is computed and whatever the order of the cities.
 */
public final class AllPairs {

  private AllPairs() {}

  /** The top peers of every city: indexes and scores, best first. */
  public record TopK(int[][] peers, double[][] scores) {}

  /**
   * Finds each city's top peers, every decision made on the exact scores: the loops compute
   * doubles, and only pairs whose doubles lie too close together (or to the least score) for
   * their rounding errors to tell are compared exactly.
   *
   * @param exact the exact scores of the profiles under the metric
   * @param presence whether the weights are all 1 (presence), which allows bitsets
   * @param k the most peers per city
   * @param minScore the least score kept, exactly; only scores above 0 are kept in any case
   * @return per city, its peers by descending exact score, ties by id in string order, each
   *     with the double nearest to its exact score
   */
  public static TopK topK(ExactScores exact, boolean presence, int k,
      ExactScores.Threshold minScore) {
    SparseProfiles profiles = exact.profiles();
    Metric metric = exact.metric();
    int n = profiles.cityCount;
    int[][] peers = new int[n][];
    double[][] scores = new double[n][];
    if (k <= 0) {
      for (int i = 0; i < n; i++) {
        peers[i] = new int[0];
        scores[i] = new double[0];
      }
      return new TopK(peers, scores);
    }
    // A pair computed below this surely scores below the least score: skipped unasked.
    double floor = Math.max(Double.MIN_VALUE, minScore.below(exact));
    // A word's AND and popcount costs a fraction of an index step (a load, a compare, a
    // scattered add): bitsets win until they do about four times as many operations.
    if (presence && bitsetCost(profiles) < 4 * indexCost(profiles)) {
      int words = (profiles.themeCount + 63) / 64;
      // The cities are scanned in the order of their ids, so that of two peers that tie, the
      // one met first goes first.
      int[] byRank = new int[n];
      for (int i = 0; i < n; i++) {
        byRank[profiles.idRank[i]] = i;
      }
      long[] bits = bitsets(profiles, words, byRank);
      int[] sizes = new int[n];
      for (int r = 0; r < n; r++) {
        sizes[r] = profiles.themes[byRank[r]].length;
      }
      int largest = Arrays.stream(sizes).max().orElse(0);
      int stride = largest + 1;
      // On presence weights a score depends only on |A ∩ B|, |A| and |B|: look it up instead
      // of dividing for each pair. One table for each size of A that occurs, holding
      // metric.score's own doubles.
      double[][] tables = new double[largest + 1][];
      for (int size : sizes) {
        if (tables[size] == null) {
          tables[size] = scoreTable(metric, size, largest);
        }
      }
      // Jaccard, Dice and overlap of sets are one division of small whole numbers: the table's
      // doubles are correctly rounded, and fractions whose denominators stay below 2²⁶ differ
      // by more than their rounding, so the doubles order and tie as the fractions do.
      boolean exactDoubles = !metric.usesProducts() && largest < 1 << 24;
      IntStream.range(0, n).parallel().forEach(i -> {
        Best best = new Best(Math.min(k, n), i, exact, minScore, floor, exactDoubles);
        int self = profiles.idRank[i];
        int a = self * words;
        double[] table = tables[sizes[self]];
        if (words == 1) {
          // up to 64 themes, the common case: one word per city, no inner loop
          long own = bits[self];
          for (int r = 0; r < n; r++) {
            int shared = Long.bitCount(own & bits[r]);
            double score = table[shared * stride + sizes[r]];
            if (score >= best.bar && r != self) {
              best.consider(byRank[r], score, shared);
            }
          }
        } else {
          for (int r = 0, b = 0; r < n; r++, b += words) {
            int shared = 0;
            for (int w = 0; w < words; w++) {
              shared += Long.bitCount(bits[a + w] & bits[b + w]);
            }
            double score = table[shared * stride + sizes[r]];
            if (score >= best.bar && r != self) {
              best.consider(byRank[r], score, shared);
            }
          }
        }
        peers[i] = best.peers();
        scores[i] = best.scores();
      });
      return new TopK(peers, scores);
    }
    Rows rows = new Rows(exact, Math.min(k, n), minScore, floor);
    if (rows.products) {
      return rows.eachPairOnce();
    }
    ThreadLocal<double[]> accumulators = ThreadLocal.withInitial(() -> new double[n]);
    ThreadLocal<int[]> touchedLists = ThreadLocal.withInitial(() -> new int[n]);
    IntStream.range(0, n).parallel().forEach(i -> {
      Best best = rows.best(i);
      // When i's postings reach about every city, listing the cities met costs more than
      // scanning them all. Each kind of row is a method of its own, compiled on its own.
      if (rows.index.reach(profiles, i) < n) {
        rows.listed(best, accumulators.get(), touchedLists.get());
      } else {
        rows.dense(best, accumulators.get());
      }
      peers[i] = best.peers();
      scores[i] = best.scores();
    });
    return new TopK(peers, scores);
  }

  /** Receives a pair of cities by their indexes. */
  @FunctionalInterface
  public interface PairConsumer {
    /**
     * Receives a pair.
     *
     * @param i the lower index
     * @param j the higher index
     */
    void accept(int i, int j);
  }

  /**
   * Hands over every pair i &lt; j whose exact score is at least a threshold above 0, in
   * ascending order of i, then in the order the index meets them. Only pairs that share a theme
   * can score above 0, so the inverted index finds them all in Σ_t |postings(t)|² steps and
   * memory O(n); a pair whose double is too close to the threshold to tell is decided exactly.
   *
   * @param exact the exact scores of the profiles under the metric
   * @param threshold the least score, above 0
   * @param consumer receives each pair
   * @throws IllegalArgumentException if the threshold is not above 0
   */
  public static void pairsAtLeast(ExactScores exact, ExactScores.Threshold threshold,
      PairConsumer consumer) {
    if (threshold.exact.isZero()) {
      throw new IllegalArgumentException("the threshold must be above 0");
    }
    SparseProfiles profiles = exact.profiles();
    Metric metric = exact.metric();
    int n = profiles.cityCount;
    Index index = new Index(profiles);
    double[] acc = new double[n];
    int[] touched = new int[n];
    boolean products = metric.usesProducts();
    double floor = threshold.below(exact);
    for (int i = 0; i < n; i++) {
      int count = index.accumulate(profiles, i, i, products, acc, touched);
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        double score = metric.score(acc[j], profiles.sums[i], profiles.sums[j],
            profiles.squares[i], profiles.squares[j]);
        acc[j] = 0;
        if (score >= floor && exact.compareTo(score, i, j, threshold) >= 0) {
          consumer.accept(i, j);
        }
      }
    }
  }

  /**
   * Scores every pair: an n × n matrix, for small documents.
   *
   * @param exact the exact scores of the profiles under the metric
   * @return the doubles nearest to the exact scores; the diagonal is 1 for a non-zero profile,
   *     0 for a zero one
   */
  public static double[][] matrix(ExactScores exact) {
    int n = exact.profiles().cityCount;
    double[][] matrix = new double[n][n];
    IntStream.range(0, n).parallel().forEach(i -> {
      matrix[i][i] = exact.score(i, i);
      for (int j = i + 1; j < n; j++) {
        matrix[i][j] = exact.score(i, j);
        matrix[j][i] = matrix[i][j];
      }
    });
    return matrix;
  }

  /** The score of A, of {@code sizeA} themes, with every B, by |A ∩ B| and |B|. */
  private static double[] scoreTable(Metric metric, int sizeA, int largest) {
    int stride = largest + 1;
    double[] table = new double[(sizeA + 1) * stride];
    for (int shared = 1; shared <= sizeA; shared++) {
      for (int size = shared; size <= largest; size++) {
        table[shared * stride + size] = metric.score(shared, sizeA, size, sizeA, size);
      }
    }
    return table;
  }

  private static long indexCost(SparseProfiles profiles) {
    long[] postings = new long[profiles.themeCount];
    for (int[] themes : profiles.themes) {
      for (int t : themes) {
        postings[t]++;
      }
    }
    long cost = 0;
    for (long p : postings) {
      cost += p * p;
    }
    return cost;
  }

  private static long bitsetCost(SparseProfiles profiles) {
    long n = profiles.cityCount;
    return n * n * ((profiles.themeCount + 63) / 64);
  }

  /** The cities' theme sets, {@code words} longs each, in the order {@code byRank} lists. */
  private static long[] bitsets(SparseProfiles profiles, int words, int[] byRank) {
    long[] bits = new long[profiles.cityCount * words];
    for (int r = 0; r < byRank.length; r++) {
      for (int t : profiles.themes[byRank[r]]) {
        bits[r * words + (t >>> 6)] |= 1L << t;
      }
    }
    return bits;
  }

  /** The rows of {@link #topK} that walk the inverted index. */
  private static final class Rows {
    final Index index;
    final boolean products;
    private final SparseProfiles profiles;
    private final Metric metric;
    private final ExactScores exact;
    private final ExactScores.Threshold minScore;
    private final int keep;
    private final double floor;
    /**
     * Whether the sums the index adds up are the pairs' exact Σmin or A·B: handed to
     * {@link Best}, they spare it finding them again in a loop of its own.
     */
    private final boolean exactSums;
    /**
     * For cosine, A·B / √(A·A·B·B) is dearer than A·B · (1/‖A‖) · (1/‖B‖), which is within a
     * few units in the last place of it: pairs that this puts well below the bar are skipped.
     */
    private final double[] inverseNorms;

    Rows(ExactScores exact, int keep, ExactScores.Threshold minScore, double floor) {
      this.exact = exact;
      this.profiles = exact.profiles();
      this.metric = exact.metric();
      this.keep = keep;
      this.minScore = minScore;
      this.floor = floor;
      this.index = new Index(profiles);
      this.products = metric.usesProducts();
      this.exactSums = exact.integral();
      int n = profiles.cityCount;
      inverseNorms = products ? new double[n] : null;
      for (int i = 0; products && i < n; i++) {
        inverseNorms[i] = 1 / Math.sqrt(profiles.squares[i]);
      }
    }

    Best best(int i) {
      return new Best(keep, i, exact, minScore, floor, false);
    }

    /**
     * Cosine's top peers, each pair added up and scored once, by the lower of its two cities,
     * and offered to both: half the index's steps of scoring every pair from each side. Every
     * city's list is shared by the threads, and an offer holds the list's lock. A list keeps
     * its k best under a total order (exact score, then id), whatever the order of its offers,
     * so the lists end as they would one row at a time (they compare doubles that are not the
     * exact scores' by the exact scores, {@code exactDoubles} false, which is what lets them
     * take their offers in any order). Each list's bar is copied into {@code bars} as the
     * largest float below it (floats are read whole): a pair is scored where its bound passes
     * either city's, as read then; a bar read late is only lower. A list starts small and
     * grows as it keeps more peers, so that a large k costs memory only where peers are.
     */
    TopK eachPairOnce() {
      int n = profiles.cityCount;
      Best[] lists = new Best[n];
      float[] bars = new float[n];
      for (int i = 0; i < n; i++) {
        lists[i] = best(i);
        bars[i] = floatUnder(lists[i].bar);
      }
      ThreadLocal<double[]> accumulators = ThreadLocal.withInitial(() -> new double[n]);
      ThreadLocal<int[]> touchedLists = ThreadLocal.withInitial(() -> new int[n]);
      ThreadLocal<int[]> afterLists = ThreadLocal.withInitial(() -> new int[profiles.themeCount]);
      // Row i meets the n - 1 - i cities after it: rows taken from both ends in turn give each
      // run of rows about the same work.
      IntStream.range(0, n).parallel().forEach(r -> {
        int i = (r & 1) == 0 ? r >>> 1 : n - 1 - (r >>> 1);
        int[] after = afterLists.get();
        if (index.after(profiles, i, after) < n - 1 - i) {
          listedOnce(i, lists, bars, accumulators.get(), touchedLists.get());
        } else {
          denseOnce(i, after, lists, bars, accumulators.get());
        }
      });
      int[][] peers = new int[n][];
      double[][] scores = new double[n][];
      IntStream.range(0, n).parallel().forEach(i -> {
        peers[i] = lists[i].peers();
        scores[i] = lists[i].scores();
      });
      return new TopK(peers, scores);
    }

    /**
     * A cosine row that reaches about every city after it: its scan is the loop's own cost,
     * with no test for a city not met (its 0 does not pass any bar, each of which is at least
     * 0), and the sums cleared in one pass after.
     *
     * @param after where the postings after i start, on each of i's themes
     */
    void denseOnce(int i, int[] after, Best[] lists, float[] bars, double[] acc) {
      int n = acc.length;
      index.accumulateAfter(profiles, i, after, acc);
      double scale = scale(i);
      for (int j = nextReaching(acc, inverseNorms, scale, bars, i, i + 1); j < n;
          j = nextReaching(acc, inverseNorms, scale, bars, i, j + 1)) {
        offerBoth(lists, bars, i, j, acc[j]);
      }
      clear(acc, i + 1);
    }

    /** A cosine row that meets fewer cities than there are after it: only those are scanned. */
    void listedOnce(int i, Best[] lists, float[] bars, double[] acc, int[] touched) {
      int count = index.accumulate(profiles, i, i, true, acc, touched);
      double scale = scale(i);
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        double bound = acc[j] * scale * inverseNorms[j];
        if (bound > bars[i] || bound > bars[j]) {
          offerBoth(lists, bars, i, j, acc[j]);
        }
        acc[j] = 0;
      }
    }

    /** Scores the pair i &lt; j from its A·B and offers it to both cities' lists. */
    private void offerBoth(Best[] lists, float[] bars, int i, int j, double shared) {
      double score = metric.score(shared, profiles.sums[i], profiles.sums[j],
          profiles.squares[i], profiles.squares[j]);
      long known = exactSums ? (long) shared : -1;
      offer(lists[i], bars, j, score, known);
      offer(lists[j], bars, i, score, known);
    }

    /** Offers a peer to a shared list, under its lock, unless it scores below its bar. */
    private static void offer(Best list, float[] bars, int peer, double score, long shared) {
      int city = list.city;
      if (score > bars[city]) {
        synchronized (list) {
          list.consider(peer, score, shared);
          float under = floatUnder(list.bar);
          if (under != bars[city]) {
            bars[city] = under;   // written only when it rises: every scan reads the array
          }
        }
      }
    }

    /**
     * The largest float below a bar: a score passes the bar only if it is above this. A bar of
     * {@link Double#MIN_VALUE}, the least there is, gives 0, which no pair not met passes.
     */
    private static float floatUnder(double bar) {
      float under = (float) bar;
      return under >= bar ? Math.nextDown(under) : under;
    }

    /** A row of minima that reaches about every city: every city is scanned. */
    void dense(Best best, double[] acc) {
      int i = best.city;
      index.accumulateAll(profiles, i, acc);
      for (int j = 0; j < acc.length; j++) {
        offer(best, j, acc[j]);
        acc[j] = 0;
      }
    }

    /** A row of minima that meets fewer cities than there are: only those are scanned. */
    void listed(Best best, double[] acc, int[] touched) {
      int count = index.accumulate(profiles, best.city, -1, false, acc, touched);
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        offer(best, j, acc[j]);
        acc[j] = 0;
      }
    }

    /** What a cosine row's A·B is scaled by, with 1/‖B‖, to be surely not below its score. */
    private double scale(int i) {
      return inverseNorms[i] * (1 + 0x1.0p-20);
    }

    /** Offers peer j, whose Σmin with the row's city the index added up, unless it is 0. */
    private void offer(Best best, int j, double shared) {
      int i = best.city;
      if (shared == 0 || j == i) {
        return;
      }
      best.consider(j, metric.score(shared, profiles.sums[i], profiles.sums[j],
          profiles.squares[i], profiles.squares[j]), exactSums ? (long) shared : -1);
    }
  }

  /** The postings of each theme: the cities that weigh it, ascending, and their weights. */
  private static final class Index {
    final int[][] cities;
    final double[][] weights;

    Index(SparseProfiles profiles) {
      int[] sizes = new int[profiles.themeCount];
      for (int[] themes : profiles.themes) {
        count(themes, sizes);
      }
      cities = new int[profiles.themeCount][];
      weights = new double[profiles.themeCount][];
      for (int t = 0; t < sizes.length; t++) {
        cities[t] = new int[sizes[t]];
        weights[t] = new double[sizes[t]];
      }
      int[] fill = new int[profiles.themeCount];
      for (int i = 0; i < profiles.cityCount; i++) {
        post(i, profiles.themes[i], profiles.weights[i], fill);
      }
    }

    // Each city's part of the loops above is a method of its own: the loops run once, in the
    // interpreter, and the methods they call for each city are soon compiled.

    private static void count(int[] themes, int[] sizes) {
      for (int t : themes) {
        sizes[t]++;
      }
    }

    /** Adds city i to the postings of its themes, each from {@code fill[t]} on. */
    private void post(int i, int[] themes, double[] own, int[] fill) {
      for (int x = 0; x < themes.length; x++) {
        int t = themes[x];
        cities[t][fill[t]] = i;
        weights[t][fill[t]++] = own[x];
      }
    }

    /** The number of postings on city i's themes: how many steps i's accumulation takes. */
    long reach(SparseProfiles profiles, int i) {
      long reach = 0;
      for (int t : profiles.themes[i]) {
        reach += cities[t].length;
      }
      return reach;
    }

    /**
     * Finds where the postings after city i start on each of its themes, in {@code after}, and
     * counts them: what {@link #accumulateAfter} adds.
     */
    long after(SparseProfiles profiles, int i, int[] after) {
      int[] themes = profiles.themes[i];
      long reach = 0;
      for (int x = 0; x < themes.length; x++) {
        int[] met = cities[themes[x]];
        after[x] = after(met, i);
        reach += met.length - after[x];
      }
      return reach;
    }

    /**
     * Adds to {@code acc[j]} the minima of city i with every city j that shares a theme with
     * it, i itself included, in theme order.
     */
    void accumulateAll(SparseProfiles profiles, int i, double[] acc) {
      int[] themes = profiles.themes[i];
      double[] own = profiles.weights[i];
      for (int x = 0; x < themes.length; x++) {
        addMinima(cities[themes[x]], weights[themes[x]], own[x], acc);
      }
    }

    /**
     * Adds to {@code acc[j]} the products of city i with every city j after it that shares a
     * theme with it, in theme order, from where {@link #after(SparseProfiles, int, int[])}
     * found the postings after it start.
     */
    void accumulateAfter(SparseProfiles profiles, int i, int[] after, double[] acc) {
      int[] themes = profiles.themes[i];
      double[] own = profiles.weights[i];
      for (int x = 0; x < themes.length; x++) {
        addProducts(cities[themes[x]], weights[themes[x]], after[x], own[x], acc);
      }
    }

    /** Where the postings after city i start: postings ascend, and i's own themes hold it. */
    private static int after(int[] met, int i) {
      int at = Arrays.binarySearch(met, i);
      return at >= 0 ? at + 1 : -at - 1;
    }

    /**
     * Adds to {@code acc[j]} the terms (minima, or products) of city i with each other city j
     * above {@code lowest} that shares a theme with it, in theme order, and lists each j met
     * once in {@code touched}.
     *
     * @return how many cities it lists
     */
    int accumulate(SparseProfiles profiles, int i, int lowest, boolean products, double[] acc,
        int[] touched) {
      int count = 0;
      int[] themes = profiles.themes[i];
      double[] own = profiles.weights[i];
      for (int x = 0; x < themes.length; x++) {
        count = addListing(cities[themes[x]], weights[themes[x]], own[x], i, lowest, products,
            acc, touched, count);
      }
      return count;
    }
  }

  // The loops that take most of a top-k's time, each a small method of its own: a just-in-time
  // compiler compiles each early, on its own calls, in a fraction of the time that compiling
  // the methods that call them takes.

  /** Adds wi · ws[y] to acc[met[y]] for each posting y of a theme from {@code from} on. */
  private static void addProducts(int[] met, double[] ws, int from, double wi, double[] acc) {
    for (int y = from; y < met.length; y++) {
      acc[met[y]] += wi * ws[y];
    }
  }

  /**
   * Sets the sums from {@code from} on to 0: what {@link Arrays#fill(double[], int, int,
   * double)} does, here where the optimizing compiler takes it (the JDK's own code is left to
   * the quick one, see the command line's compiler directives), after each dense row.
   */
  private static void clear(double[] acc, int from) {
    for (int j = from; j < acc.length; j++) {
      acc[j] = 0;
    }
  }

  /** Adds min(wi, ws[y]) to acc[met[y]] for each posting y of a theme. */
  private static void addMinima(int[] met, double[] ws, double wi, double[] acc) {
    for (int y = 0; y < met.length; y++) {
      acc[met[y]] += Math.min(wi, ws[y]);
    }
  }

  /**
   * Adds city i's terms on a theme to {@code acc[j]} for each other city j above
   * {@code lowest} among its postings, listing in {@code touched} each j met for the first
   * time.
   *
   * @return the number of cities listed now
   */
  private static int addListing(int[] met, double[] ws, double wi, int i, int lowest,
      boolean products, double[] acc, int[] touched, int listed) {
    int count = listed;
    // postings ascend: the cities above lowest are the last ones
    for (int y = met.length - 1; y >= 0 && met[y] > lowest; y--) {
      int j = met[y];
      if (j == i) {
        continue;
      }
      if (acc[j] == 0) {
        touched[count++] = j;
      }
      acc[j] += products ? wi * ws[y] : Math.min(wi, ws[y]);
    }
    return count;
  }

  /**
   * The first city j from {@code from} on whose A·B with city i, scaled, may reach i's bar or
   * j's: whose {@code acc[j] · scale · inverseNorms[j]} is above {@code bars[i]} or
   * {@code bars[j]}; {@code acc.length} if none. i's bar is read again on each call, as offers
   * raise it.
   */
  private static int nextReaching(double[] acc, double[] inverseNorms, double scale,
      float[] bars, int i, int from) {
    float bar = bars[i];
    int j = from;
    // written so that a bound that is not a number (a city with no theme) reaches nothing
    for (; j < acc.length; j++) {
      double bound = acc[j] * scale * inverseNorms[j];
      if (bound > bar || bound > bars[j]) {
        break;
      }
    }
    return j;
  }

  /**
   * The k best peers of one city seen so far, kept sorted: exact score descending, then id
   * rank ascending. Doubles decide where they can; {@link ExactScores} where they cannot. Ties
   * are common (small integer ratios recur), and an offer may be compared with several kept
   * peers: so each pair's exact ratio is found at most once, when first needed, and kept with
   * the peer.
   */
  private static final class Best {
    /** Marks a ratio not yet asked for; {@code null} is a ratio too large for longs. */
    private static final long[] UNKNOWN = new long[0];

    /** How many peers it keeps at most: its arrays grow to it as they fill. */
    private final int keep;
    private int[] ids;
    private double[] scores;
    private long[][] ratios;
    /** Per kept peer, its {@link #offeredShared}. */
    private long[] shareds;
    private final int city;
    private final ExactScores exact;
    private final ExactScores.Threshold minScore;
    private final int[] idRank;
    private int size;
    /** The small ratio of the peer on offer, or {@link #UNKNOWN}. */
    private long[] offered;
    /** The exact Σmin (or A·B) of the peer on offer in integer weights, or -1 if not known. */
    private long offeredShared;
    /**
     * The least computed score worth offering. Most pairs score surely below the k-th best so
     * far: one predictable comparison skips them. A pair computed just below it may still tie
     * with it exactly, so the bar is lowered by the computed scores' error.
     */
    double bar;

    /**
     * Whether the computed scores are the exact ones' nearest doubles and order as they do;
     * then the peers must be offered in the order of their ids.
     */
    private final boolean exactDoubles;

    Best(int k, int city, ExactScores exact, ExactScores.Threshold minScore, double floor,
        boolean exactDoubles) {
      this.bar = floor;
      this.exactDoubles = exactDoubles;
      this.keep = k;
      int first = Math.min(k, 16);
      this.ids = new int[first];
      this.scores = new double[first];
      this.ratios = new long[first][];
      this.shareds = new long[first];
      this.city = city;
      this.exact = exact;
      this.minScore = minScore;
      this.idRank = exact.profiles().idRank;
    }

    /**
     * Offers a peer whose computed score may reach the bar, with the pair's exact Σmin (or
     * A·B) in integer weights where known, else -1: known, it spares finding it again should
     * the exact score be needed. For cosine it need only be exact where
     * {@link ExactScores#smallRatio(int, int, long)} uses it.
     */
    void consider(int peer, double score, long shared) {
      if (score >= bar) {
        offeredShared = shared;
        offer(peer, score);
        // Offered in id order, a peer that ties with the k-th best comes after it.
        bar = Math.max(bar, exactDoubles
            ? (size == keep ? Math.nextUp(scores[size - 1]) : bar)
            : exact.below(kth()));
      }
    }

    private void offer(int peer, double score) {
      if (score <= 0 || exact.compareTo(score, city, peer, minScore) < 0) {
        return;
      }
      offered = UNKNOWN;
      if (size == keep && !better(peer, score, size - 1)) {
        return;
      }
      if (size == ids.length && size < keep) {
        grow();
      }
      int at = size == keep ? size - 1 : size++;
      while (at > 0 && better(peer, score, at - 1)) {
        ids[at] = ids[at - 1];
        scores[at] = scores[at - 1];
        ratios[at] = ratios[at - 1];
        shareds[at] = shareds[at - 1];
        at--;
      }
      ids[at] = peer;
      scores[at] = score;
      ratios[at] = offered;
      shareds[at] = offeredShared;
    }

    /** The computed score of the k-th best once there are k, else 0: what must be reached. */
    private double kth() {
      return size == keep ? scores[size - 1] : 0;
    }

    /** Doubles the arrays, up to {@link #keep}. */
    private void grow() {
      int length = (int) Math.min(keep, 2L * ids.length);
      ids = Arrays.copyOf(ids, length);
      scores = Arrays.copyOf(scores, length);
      ratios = Arrays.copyOf(ratios, length);
      shareds = Arrays.copyOf(shareds, length);
    }

    /** Whether the peer on offer goes before the kept one at {@code slot}. */
    private boolean better(int peer, double score, int slot) {
      int other = ids[slot];
      int order;
      if (!exactDoubles && exact.close(score, scores[slot])) {
        if (offered == UNKNOWN) {
          offered = ratio(peer, offeredShared);
        }
        if (ratios[slot] == UNKNOWN) {
          ratios[slot] = ratio(other, shareds[slot]);
        }
        order = exact.compareExactly(city, peer, offered, city, other, ratios[slot]);
      } else {
        order = Double.compare(score, scores[slot]);
      }
      return order > 0 || order == 0 && idRank[peer] < idRank[other];
    }

    private long[] ratio(int peer, long shared) {
      return shared >= 0 ? exact.smallRatio(city, peer, shared) : exact.smallRatio(city, peer);
    }

    int[] peers() {
      return Arrays.copyOf(ids, size);
    }

    /** The double nearest to each kept peer's exact score, so that equal scores are equal. */
    double[] scores() {
      if (exactDoubles) {
        return Arrays.copyOf(scores, size);
      }
      double[] nearest = new double[size];
      for (int x = 0; x < size; x++) {
        long[] ratio = ratios[x] == UNKNOWN ? ratio(ids[x], shareds[x]) : ratios[x];
        nearest[x] = exact.score(city, ids[x], ratio);
      }
      return nearest;
    }
  }

  /**
   * Scores every pair i &lt; j, condensed as SciPy does: the pair (i, j) is at
   * {@code n*i - i*(i+1)/2 + (j - i - 1)}. Holds n(n-1)/2 doubles.
   *
   * @param profiles the profiles
   * @param metric the metric
   * @return the condensed scores
   */
  public static double[] condensed(SparseProfiles profiles, Metric metric) {
    int n = profiles.cityCount;
    double[] scores = new double[(int) ((long) n * (n - 1) / 2)];
    IntStream.range(0, n).parallel().forEach(i -> {
      int base = condensedIndex(n, i, i + 1);
      for (int j = i + 1; j < n; j++) {
        scores[base + j - i - 1] = profiles.score(metric, i, j);
      }
    });
    return scores;
  }

  /**
   * Returns where the pair (i, j), i &lt; j, is in a condensed array.
   *
   * @param n the number of cities
   * @param i the lower index
   * @param j the higher index
   * @return the position
   */
  public static int condensedIndex(int n, int i, int j) {
    return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
  }
}
