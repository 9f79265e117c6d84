package dev.scap.analysis.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The exact values behind computed pair scores, and the decisions of clustering made on them:
 * which of two pairs scores higher, which of two means of scores between clusters is higher,
 * and how a score or a mean compares with a threshold; and of the roundtables' split, which
 * of two sums of pair scores is higher.
 *
 * <p>The doubles decide whenever they lie further apart than twice their proven error; closer
 * ones, and only they, are decided on the exact values:
 * <ul>
 *   <li>a pair's score is exact as {@link ExactScores#exact} gives it (a fraction, or for
 *       cosine the fraction that is its square);
 *   <li>a mean or a sum of rational scores is an exact fraction;
 *   <li>a mean or a sum of cosine scores is an exact sum of square roots ({@link RootSum}): each
 *       score A·B/√(A·A·B·B) is kept as a fraction times the root of a square-free whole
 *       number, equal means have equal fractions root by root, and unequal ones are told
 *       apart by evaluating their difference to as many digits as that takes.
 * </ul>
 * A computed 0 is an exact 0 (every term of its sums was 0). Thread-safe.
 */
public final class ExactPairs {

  private final ExactScores scores;
  /** The city index of each item, or {@code null} where item i is city i. */
  private final int[] cities;
  private final double[] values;
  private final int n;
  private final double error;
  /**
   * Each city's profile as a number, equal for equal profiles (same themes, same weights),
   * whose scores with any other city are equal, then a city of each number: made when an
   * exact mean is first asked for, as most clusterings never need one.
   */
  private volatile int[][] numbering;
  /** For cosine, √(A·A) of each city asked for, by its index. */
  private final AtomicReferenceArray<Radical> norms;

  private ExactPairs(ExactScores scores, int[] cities, double[] values, int n, double error) {
    this(scores, cities, values, n, error, null,
        new AtomicReferenceArray<>(scores == null ? 0 : scores.profiles().cityCount));
  }

  private ExactPairs(ExactScores scores, int[] cities, double[] values, int n, double error,
      int[][] numbering, AtomicReferenceArray<Radical> norms) {
    this.scores = scores;
    this.cities = cities;
    this.numbering = numbering;
    this.norms = norms;
    this.values = values;
    this.n = n;
    this.error = error;
  }

  /** {@link #numbering}, made on first use; only with exact scores. */
  private int[][] numbering() {
    int[][] made = numbering;
    return made != null ? made : number();
  }

  private synchronized int[][] number() {
    if (numbering == null) {
      SparseProfiles profiles = scores.profiles();
      int[] profileOf = new int[profiles.cityCount];
      Map<Profile, Integer> numbers = new HashMap<>();
      List<Integer> cities = new ArrayList<>();
      for (int i = 0; i < profileOf.length; i++) {
        Profile key = new Profile(profiles.themes[i], profiles.weights[i]);
        Integer number = numbers.get(key);
        if (number == null) {
          number = cities.size();
          numbers.put(key, number);
          cities.add(i);
        }
        profileOf[i] = number;
      }
      numbering = new int[][] {profileOf,
          cities.stream().mapToInt(Integer::intValue).toArray()};
    }
    return numbering;
  }

  /** A profile as a key: its themes and weights, compared by content. */
  private record Profile(int[] themes, double[] weights) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Profile that && Arrays.equals(themes, that.themes)
          && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(themes) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return Arrays.toString(themes) + Arrays.toString(weights);
    }
  }

  /**
   * The pairs between two clusters grouped by the profiles of their two cities: for each pair
   * of profile numbers met, a city of each and how many pairs have them. Cities of one profile
   * score alike with everyone (and 1 with each other, or 0 when the profile is zero, as a
   * city with itself), so one exact score stands for all those pairs.
   */
  private long[][] pairsByProfile(int[] p, int[] q) {
    return pairsByProfile(countProfiles(p), countProfiles(q));
  }

  private long[][] pairsByProfile(Profiles ofP, Profiles ofQ) {
    int[] cityOf = numbering()[1];
    long[][] grouped = new long[ofP.ids.length * ofQ.ids.length][];
    int at = 0;
    for (int x = 0; x < ofP.ids.length; x++) {
      for (int y = 0; y < ofQ.ids.length; y++) {
        grouped[at++] = new long[] {cityOf[ofP.ids[x]], cityOf[ofQ.ids[y]],
            ofP.counts[x] * ofQ.counts[y]};
      }
    }
    return grouped;
  }

  private Profiles countProfiles(int[] items) {
    int[] profileOf = numbering()[0];
    int[] ids = new int[items.length];
    for (int x = 0; x < items.length; x++) {
      ids[x] = profileOf[city(items[x])];
    }
    Arrays.sort(ids);
    int distinct = 0;
    long[] counts = new long[items.length];
    for (int x = 0; x < ids.length; x++) {
      if (distinct == 0 || ids[distinct - 1] != ids[x]) {
        ids[distinct++] = ids[x];
      }
      counts[distinct - 1]++;
    }
    return new Profiles(Arrays.copyOf(ids, distinct), Arrays.copyOf(counts, distinct),
        items.length);
  }

  /**
   * The exact scores of profiles, behind doubles computed within an error.
   *
   * @param scores the exact scores
   * @param error the most a computed score is away from its exact value
   * @return the exact pairs
   */
  public static ExactPairs of(ExactScores scores, double error) {
    return new ExactPairs(scores, null, null, 0, error);
  }

  /**
   * The exact scores of some of these cities, the items, behind doubles computed within an
   * error: item i is city {@code cities[i]}. Shares what this one has found of the profiles,
   * so that many subsets cost one numbering of the profiles.
   *
   * @param cities the city index of each item; kept, not copied
   * @param error the most a computed score is away from its exact value
   * @return the exact pairs
   * @throws IllegalStateException if these are doubles taken as exact, or a subset already
   */
  public ExactPairs subset(int[] cities, double error) {
    if (scores == null || this.cities != null) {
      throw new IllegalStateException("a subset of exact scores of all cities only");
    }
    return new ExactPairs(scores, cities, null, 0, error, numbering(), norms);
  }

  private int city(int item) {
    return cities == null ? item : cities[item];
  }

  /**
   * Condensed scores taken as exact: each double is the value it stands for.
   *
   * @param condensed the condensed scores; kept, not copied, and read as they are when asked
   * @param n the number of items
   * @return the exact pairs
   */
  public static ExactPairs ofDoubles(double[] condensed, int n) {
    return new ExactPairs(null, null, condensed, n, 0);
  }

  /**
   * Returns the most a computed pair score is away from its exact value.
   *
   * @return the bound on the absolute error
   */
  public double error() {
    return error;
  }

  /** The exact score of a pair of items, or for cosine its square. */
  Fraction exact(int a, int b) {
    if (scores != null) {
      return scores.exact(city(a), city(b));
    }
    return Fraction.of(value(a, b));
  }

  /** The condensed double of a pair, taken as exact. */
  private double value(int a, int b) {
    return values[AllPairs.condensedIndex(n, Math.min(a, b), Math.max(a, b))];
  }

  private boolean squared() {
    return scores != null && scores.metric().usesProducts();
  }

  /**
   * Returns the double nearest to a pair's exact score.
   *
   * @param a an item
   * @param b another item
   * @param computed the score as computed
   * @return the correctly rounded score
   */
  public double nearest(int a, int b, double computed) {
    return scores == null || computed == 0 ? computed : scores.score(city(a), city(b));
  }

  /**
   * Compares the exact scores of two pairs.
   *
   * @param x the first pair's computed score
   * @param a the first pair's one item
   * @param b the first pair's other item
   * @param y the second pair's computed score
   * @param c the second pair's one item
   * @param d the second pair's other item
   * @return below 0, 0 or above 0 as the first exact score is below, equal to or above the
   *     second
   */
  public int comparePairs(double x, int a, int b, double y, int c, int d) {
    if (x == 0 || y == 0 || Math.abs(x - y) > 2 * error) {
      return Double.compare(x, y);
    }
    if (error == 0 && x == y) {
      return 0;
    }
    return exact(a, b).compareTo(exact(c, d));
  }

  /**
   * Compares a pair's exact score with a threshold.
   *
   * @param x the pair's computed score
   * @param a one item
   * @param b the other
   * @param threshold the threshold as written
   * @return below 0, 0 or above 0 as the exact score is below, equal to or above it
   */
  public int comparePairTo(double x, int a, int b, BigDecimal threshold) {
    if (threshold.signum() <= 0) {
      return threshold.signum() < 0 || x > 0 ? 1 : 0;
    }
    double t = threshold.doubleValue();
    if (x == 0 || Math.abs(x - t) > error + Math.ulp(t)) {
      return Double.compare(x, t);
    }
    Fraction bar = Fraction.of(threshold);
    return exact(a, b).compareTo(squared() ? bar.times(bar) : bar);
  }

  /**
   * Compares the exact single-linkage (highest) or complete-linkage (lowest) score between two
   * clusters with a threshold, scanning their pairs: the computed scores decide every pair
   * but those close to the threshold.
   *
   * @param p the items of one cluster
   * @param q the items of the other
   * @param highest whether the highest score counts (single linkage), else the lowest
   * @param kernel computes the pair scores within {@link #error()}
   * @param threshold the threshold as written
   * @return below 0, 0 or above 0 as the exact linkage score is below, equal to or above it
   */
  public int compareLinkTo(int[] p, int[] q, boolean highest, PairKernel kernel,
      BigDecimal threshold) {
    int result = highest ? -1 : 1;
    for (int a : p) {
      for (int b : q) {
        int c = comparePairTo(kernel.score(a, b), a, b, threshold);
        if (highest ? c > 0 : c < 0) {
          return c;
        }
        result = highest ? Math.max(result, c) : Math.min(result, c);
      }
    }
    return result;
  }

  /**
   * Returns an item's profile number: items of the same number score alike with every other
   * item (the same themes and weights). Doubles taken as exact know no profiles: each item is
   * its own number.
   *
   * @param item an item
   * @return its profile's number
   */
  public int profile(int item) {
    return scores == null ? item : numbering()[0][city(item)];
  }

  /**
   * Compares two sums of exact pair scores: of the pairs (a[i], b[i]) and of the pairs
   * (c[j], d[j]). Pairs of the same two profiles, which score alike, are counted together and
   * cancel between the sums.
   *
   * @param a the first sum's pairs' one items
   * @param b their other items, as many
   * @param c the second sum's pairs' one items
   * @param d their other items, as many
   * @return below 0, 0 or above 0 as the first sum is below, equal to or above the second
   */
  public int compareSums(int[] a, int[] b, int[] c, int[] d) {
    if (scores == null) {
      ExactSum first = new ExactSum();
      ExactSum second = new ExactSum();
      for (int i = 0; i < a.length; i++) {
        first.add(value(a[i], b[i]));
      }
      for (int j = 0; j < c.length; j++) {
        second.add(value(c[j], d[j]));
      }
      return first.value().compareTo(second.value());
    }
    int[] profileOf = numbering()[0];
    int[] cityOf = numbering()[1];
    long profiles = cityOf.length;
    Map<Long, long[]> counts = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      counts.computeIfAbsent(profilePair(profileOf[city(a[i])], profileOf[city(b[i])],
          profiles), key -> new long[1])[0]++;
    }
    for (int j = 0; j < c.length; j++) {
      counts.computeIfAbsent(profilePair(profileOf[city(c[j])], profileOf[city(d[j])],
          profiles), key -> new long[1])[0]--;
    }
    List<long[]> more = new ArrayList<>();
    List<long[]> less = new ArrayList<>();
    for (Map.Entry<Long, long[]> entry : counts.entrySet()) {
      long times = entry.getValue()[0];
      if (times != 0) {
        long key = entry.getKey();
        long[] group = {cityOf[(int) (key / profiles)], cityOf[(int) (key % profiles)],
            Math.abs(times)};
        (times > 0 ? more : less).add(group);
      }
    }
    long[][] first = more.toArray(long[][]::new);
    long[][] second = less.toArray(long[][]::new);
    if (squared()) {
      return rootMean(first, 1).compareTo(rootMean(second, 1));
    }
    return compare(rationalMean(first, 1), rationalMean(second, 1));
  }

  /**
   * A key of two profile numbers below {@code profiles}: lower · profiles + higher, whose
   * hash, unlike (lower << 32 | higher)'s, differs for pairs with the same lower ^ higher.
   */
  private static long profilePair(int p, int q, long profiles) {
    return Math.min(p, q) * profiles + Math.max(p, q);
  }

  /**
   * Compares the exact means of the scores between two pairs of clusters.
   *
   * @param x the first mean as computed
   * @param p the items of the first pair's one cluster
   * @param q the items of its other cluster
   * @param y the second mean as computed
   * @param r the items of the second pair's one cluster
   * @param s the items of its other cluster
   * @param meanError the most a computed mean is away from its exact value
   * @return below 0, 0 or above 0 as the first exact mean is below, equal to or above the
   *     second (cosine: see the class comment)
   */
  public int compareMeans(double x, int[] p, int[] q, double y, int[] r, int[] s,
      double meanError) {
    if (x == 0 || y == 0 || Math.abs(x - y) > 2 * meanError) {
      return Double.compare(x, y);
    }
    return compare(mean(p, q), mean(r, s));
  }

  /**
   * Compares the exact mean of the scores between two clusters with a threshold.
   *
   * @param x the mean as computed
   * @param p the items of one cluster
   * @param q the items of the other
   * @param meanError the most the computed mean is away from its exact value
   * @param threshold the threshold as written
   * @return below 0, 0 or above 0 as the exact mean is below, equal to or above it
   */
  public int compareMeanTo(double x, int[] p, int[] q, double meanError,
      BigDecimal threshold) {
    if (threshold.signum() <= 0) {
      return threshold.signum() < 0 || x > 0 ? 1 : 0;
    }
    double t = threshold.doubleValue();
    if (x == 0 || Math.abs(x - t) > meanError + Math.ulp(t)) {
      return Double.compare(x, t);
    }
    if (squared()) {
      return rootMean(pairsByProfile(p, q), (long) p.length * q.length)
          .compareTo(RootSum.of(Fraction.of(threshold)));
    }
    return exactMean(p, q).compareTo(Fraction.of(threshold));
  }

  /**
   * Returns the exact mean of the scores between two clusters, to be compared with others by
   * {@link #compare(Mean, Mean)}: what a caller that compares the same clusters again keeps,
   * rather than adding up their p·q scores each time.
   *
   * @param p the items of one cluster
   * @param q the items of the other
   * @return the mean (cosine: see the class comment)
   */
  public Mean mean(int[] p, int[] q) {
    if (scores == null) {
      return new Mean(null, null, sum(p, q), (long) p.length * q.length);
    }
    return mean(countProfiles(p), countProfiles(q));
  }

  /**
   * Whether the items have profiles ({@link #profiles}): with exact scores, not with doubles
   * taken as exact.
   *
   * @return whether {@link #profiles} may be asked for
   */
  public boolean hasProfiles() {
    return scores != null;
  }

  /**
   * Counts the profiles of a cluster's items, for {@link #mean(Profiles, Profiles)}.
   *
   * @param items the cluster's items
   * @return how many items of each profile it holds
   * @throws IllegalStateException without {@link #hasProfiles() profiles}
   */
  public Profiles profiles(int[] items) {
    if (scores == null) {
      throw new IllegalStateException("doubles taken as exact have no profiles");
    }
    return countProfiles(items);
  }

  /**
   * Returns the exact mean of the scores between two clusters, given their profiles: as
   * {@link #mean(int[], int[])}, without going through their items.
   *
   * @param p the profiles of one cluster
   * @param q the profiles of the other
   * @return the mean
   */
  public Mean mean(Profiles p, Profiles q) {
    long[][] grouped = pairsByProfile(p, q);
    long pairs = p.size * q.size;
    if (squared()) {
      return new Mean(null, rootMean(grouped, pairs), null, 0);
    }
    return rationalMean(grouped, pairs);
  }

  /** How many items of each profile a cluster holds. Immutable. */
  public static final class Profiles {
    /** The profile numbers met, ascending. */
    private final int[] ids;
    /** How many items have each. */
    private final long[] counts;
    private final long size;

    private Profiles(int[] ids, long[] counts, long size) {
      this.ids = ids;
      this.counts = counts;
      this.size = size;
    }

    /**
     * Returns the profiles of the union of two disjoint clusters.
     *
     * @param other the other cluster's profiles
     * @return the union's
     */
    public Profiles plus(Profiles other) {
      int[] union = new int[ids.length + other.ids.length];
      long[] added = new long[union.length];
      int x = 0;
      int y = 0;
      int at = 0;
      while (x < ids.length || y < other.ids.length) {
        int c = x == ids.length ? 1 : y == other.ids.length ? -1
            : Integer.compare(ids[x], other.ids[y]);
        union[at] = c <= 0 ? ids[x] : other.ids[y];
        added[at++] = (c <= 0 ? counts[x++] : 0) + (c >= 0 ? other.counts[y++] : 0);
      }
      return new Profiles(Arrays.copyOf(union, at), Arrays.copyOf(added, at),
          size + other.size);
    }
  }

  /**
   * Compares two means of these pairs, as {@link #compareMeans} does once the doubles cannot
   * tell.
   *
   * @param a a mean
   * @param b another
   * @return below 0, 0 or above 0 as {@code a} is below, equal to or above {@code b}
   */
  public int compare(Mean a, Mean b) {
    if (a.roots != null) {
      return a.roots.compareTo(b.roots);
    }
    if (a.sum != null) {
      return ExactSum.compareMeans(a.sum, a.pairs, b.sum, b.pairs);
    }
    if (a.fraction == null && b.fraction == null) {
      return ExactScores.compareProducts(a.numerator, b.denominator, b.numerator,
          a.denominator);
    }
    return a.asFraction().compareTo(b.asFraction());
  }

  /** An exact mean of the scores between two clusters, of one {@link ExactPairs}. */
  public static final class Mean {
    private final Fraction fraction;
    private final RootSum roots;
    private final ExactSum sum;
    private final long pairs;
    /** A rational mean as a numerator and a denominator in longs, not reduced. */
    private final long numerator;
    private final long denominator;

    private Mean(Fraction fraction, RootSum roots, ExactSum sum, long pairs) {
      this.fraction = fraction;
      this.roots = roots;
      this.sum = sum;
      this.pairs = pairs;
      this.numerator = 0;
      this.denominator = 0;
    }

    private Mean(long numerator, long denominator) {
      this.fraction = null;
      this.roots = null;
      this.sum = null;
      this.pairs = 0;
      this.numerator = numerator;
      this.denominator = denominator;
    }

    private Fraction asFraction() {
      return fraction != null ? fraction : Fraction.of(numerator, denominator);
    }
  }

  /**
   * The exact mean of rational scores of the pairs grouped by profile. The scores are added up
   * by denominator in longs (a reduced fraction a pair would cost a gcd of big integers each);
   * the sums are then put over the least common multiple of their denominators where that
   * fits a long, a mean that ties compare without reducing it, else made one fraction. What
   * would pass a long (a score of no small ratio, or a sum's overflow) goes to a fraction.
   */
  private Mean rationalMean(long[][] grouped, long pairs) {
    long[] denominators = new long[8];
    long[] numerators = new long[8];
    int distinct = 0;
    // each denominator's place once they are many: few are looked up in turn, which is faster
    Map<Long, Integer> places = null;
    Fraction spilled = Fraction.ZERO;
    for (long[] group : grouped) {
      int a = (int) group[0];
      int b = (int) group[1];
      long times = group[2];
      long[] ratio = scores.smallRatio(a, b);
      long numerator = ratio == null ? -1 : multiply(ratio[0], times);
      if (numerator < 0) {
        spilled = spilled.plus(scores.exact(a, b).times(Fraction.of(times, 1)));
        continue;
      }
      int at = 0;
      if (places != null) {
        at = places.getOrDefault(ratio[1], distinct);
      } else {
        while (at < distinct && denominators[at] != ratio[1]) {
          at++;
        }
      }
      if (at == distinct) {
        if (distinct == denominators.length) {
          denominators = Arrays.copyOf(denominators, 2 * distinct);
          numerators = Arrays.copyOf(numerators, 2 * distinct);
        }
        denominators[distinct++] = ratio[1];
        if (places == null && distinct > 16) {
          places = new HashMap<>();
          for (int d = 0; d < distinct; d++) {
            places.put(denominators[d], d);
          }
        } else if (places != null) {
          places.put(ratio[1], at);
        }
      }
      long added = numerators[at] + numerator;
      if (added < 0) {  // both below 2^63: an overflow shows as a negative sum
        spilled = spilled.plus(Fraction.of(numerators[at], denominators[at]));
        added = numerator;
      }
      numerators[at] = added;
    }
    long[] common = spilled.isZero() ? overCommonDenominator(denominators, numerators,
        distinct) : null;
    long denominator = common == null ? -1 : multiply(common[1], pairs);
    if (denominator > 0) {
      return new Mean(common[0], denominator);
    }
    Fraction sum = spilled;
    for (int d = 0; d < distinct; d++) {
      sum = sum.plus(Fraction.of(numerators[d], denominators[d]));
    }
    return new Mean(sum.dividedBy(Fraction.of(pairs, 1)), null, null, 0);
  }

  /**
   * The first {@code count} fractions numerators[i]/denominators[i] added up over their least
   * common multiple, as {numerator, denominator} in longs; {@code null} past a long.
   */
  private static long[] overCommonDenominator(long[] denominators, long[] numerators,
      int count) {
    long common = 1;
    for (int d = 0; d < count && common > 0; d++) {
      common = multiply(common / ExactScores.gcd(common, denominators[d]), denominators[d]);
    }
    long numerator = 0;
    for (int d = 0; d < count && common > 0; d++) {
      long term = multiply(numerators[d], common / denominators[d]);
      numerator = term < 0 ? -1 : numerator + term;
      common = numerator < 0 ? -1 : common;
    }
    return common > 0 ? new long[] {numerator, common} : null;
  }

  /** The exact sum of the condensed doubles between two clusters. */
  private ExactSum sum(int[] p, int[] q) {
    ExactSum sum = new ExactSum();
    for (int a : p) {
      for (int b : q) {
        sum.add(value(a, b));
      }
    }
    return sum;
  }

  private Fraction exactMean(int[] p, int[] q) {
    if (scores == null) {
      return sum(p, q).value().dividedBy(Fraction.of((long) p.length * q.length, 1));
    }
    return mean(p, q).asFraction();
  }

  /** The product of two longs of 0 or more, or -1 if it passes a long or either is -1. */
  private static long multiply(long a, long b) {
    if (a < 0 || b < 0) {  // an overflow already, passed on
      return -1;
    }
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? -1 : product;
  }

  /**
   * The exact mean of the cosine scores of the pairs grouped by profile, {@code pairs} of them
   * in all: each score A·B/√(A·A·B·B) as A·B/(F·k)·√k, where √(A·A)·√(B·B) = F·√k.
   */
  private RootSum rootMean(long[][] grouped, long pairs) {
    RootSum small = smallRootMean(grouped, pairs);
    if (small != null) {
      return small;
    }
    RootSum.Builder sum = new RootSum.Builder();
    for (long[] group : grouped) {
      int a = (int) group[0];
      int b = (int) group[1];
      Fraction dot = scores.cosineDot(a, b);
      if (dot.isZero()) {
        continue;
      }
      Radical norms = norm(a).times(norm(b));
      Fraction k = new Fraction(norms.radicand(), BigInteger.ONE);
      sum.add(Fraction.of(group[2], 1), new Radical(dot.dividedBy(norms.factor().times(k)),
          norms.radicand(), norms.squareFree()));
    }
    return sum.build().dividedBy(pairs);
  }

  /**
   * As {@link #rootMean}, in longs where every number fits: whole dot products and whole norm
   * factors (integer weights), each score times/(f·k)·√k summed by radicand k and denominator,
   * one fraction a radicand at the end; {@code null} where something would pass a long.
   */
  private RootSum smallRootMean(long[][] grouped, long pairs) {
    // terms by (radicand, denominator): few, so looked up in turn
    long[] radicands = new long[8];
    long[] denominators = new long[8];
    long[] numerators = new long[8];
    int distinct = 0;
    for (long[] group : grouped) {
      int a = (int) group[0];
      int b = (int) group[1];
      long dot = scores.smallDot(a, b);
      if (dot < 0) {
        return null;
      }
      if (dot == 0) {
        continue;
      }
      Radical ra = norm(a);
      Radical rb = norm(b);
      if (!ra.factor().denominator().equals(BigInteger.ONE)
          || !rb.factor().denominator().equals(BigInteger.ONE)
          || ra.factor().numerator().bitLength() > 62 || rb.factor().numerator().bitLength() > 62
          || ra.radicand().bitLength() > 62 || rb.radicand().bitLength() > 62) {
        return null;
      }
      long sa = ra.radicand().longValue();
      long sb = rb.radicand().longValue();
      long g = ExactScores.gcd(sa, sb);
      long k = multiply(sa / g, sb / g);
      long denominator = multiply(multiply(multiply(ra.factor().numerator().longValue(),
          rb.factor().numerator().longValue()), g), k);
      long numerator = multiply(dot, group[2]);
      if (k < 0 || denominator <= 0 || numerator < 0) {
        return null;
      }
      int at = 0;
      while (at < distinct && (radicands[at] != k || denominators[at] != denominator)) {
        at++;
      }
      if (at == distinct) {
        if (distinct == 64) {
          return null;
        }
        if (distinct == radicands.length) {
          radicands = Arrays.copyOf(radicands, 2 * distinct);
          denominators = Arrays.copyOf(denominators, 2 * distinct);
          numerators = Arrays.copyOf(numerators, 2 * distinct);
        }
        radicands[distinct] = k;
        denominators[distinct++] = denominator;
      }
      numerators[at] += numerator;
      if (numerators[at] < 0) {
        return null;
      }
    }
    // the terms of each radicand over their least common denominator, where it fits: one
    // fraction a radicand
    RootSum.Builder sum = new RootSum.Builder();
    BigInteger by = BigInteger.valueOf(pairs);
    boolean[] done = new boolean[distinct];
    long[] ofRoot = new long[distinct];
    long[] numeratorsOfRoot = new long[distinct];
    for (int t = 0; t < distinct; t++) {
      if (done[t]) {
        continue;
      }
      int count = 0;
      for (int u = t; u < distinct; u++) {
        if (radicands[u] == radicands[t]) {
          done[u] = true;
          ofRoot[count] = denominators[u];
          numeratorsOfRoot[count++] = numerators[u];
        }
      }
      // square-free and proven so: a norm's radicand is unproven only past 2⁶², and both
      // norms' radicands fit 62 bits here
      Radical root = new Radical(Fraction.of(1, 1), BigInteger.valueOf(radicands[t]),
          true);
      long[] common = overCommonDenominator(ofRoot, numeratorsOfRoot, count);
      if (common != null) {
        sum.add(new Fraction(BigInteger.valueOf(common[0]),
            BigInteger.valueOf(common[1]).multiply(by)), root);
      } else {
        for (int u = 0; u < count; u++) {
          sum.add(new Fraction(BigInteger.valueOf(numeratorsOfRoot[u]),
              BigInteger.valueOf(ofRoot[u]).multiply(by)), root);
        }
      }
    }
    return sum.build();
  }

  private Radical norm(int city) {
    Radical norm = norms.get(city);
    if (norm == null) {
      // found twice at worst, by two threads at once: the same value either way
      norm = Radical.of(scores.cosineSquares(city));
      norms.set(city, norm);
    }
    return norm;
  }
}
