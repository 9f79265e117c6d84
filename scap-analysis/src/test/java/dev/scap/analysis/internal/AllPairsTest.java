package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The two loops of {@link AllPairs#topK} against each other and against a brute force over
 * exact {@link Fraction}s worked out here from the set sizes: on presence weights,
 * {@code presence = true} takes the bitsets when they cost less than the inverted index
 * (n²·⌈T/64⌉ word operations against Σ_t |postings(t)|²), {@code presence = false} always takes
 * the index.
 */
class AllPairsTest {

  /** Presence profiles: per city its themes, ascending; ids ranked at random. */
  record Presence(int themeCount, int[][] themes, int[] idRank) {

    SparseProfiles profiles() {
      double[][] weights = new double[themes.length][];
      for (int i = 0; i < themes.length; i++) {
        weights[i] = new double[themes[i].length];
        Arrays.fill(weights[i], 1.0);
      }
      return new SparseProfiles(themeCount, themes, weights, idRank);
    }

    /** Whether the bitsets cost less than the index, by the costs in AllPairs's javadoc. */
    boolean bitsetsAreCheaper() {
      long[] postings = new long[themeCount];
      for (int[] city : themes) {
        for (int t : city) {
          postings[t]++;
        }
      }
      long index = Arrays.stream(postings).map(p -> p * p).sum();
      long n = themes.length;
      return n * n * ((themeCount + 63) / 64) < index;
    }

    @Override
    public String toString() {
      return themeCount + " themes " + Arrays.deepToString(themes) + " ranks "
          + Arrays.toString(idRank);
    }
  }

  private static Presence presence(int n, int themeCount, double density, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] themes = new int[n][];
    for (int i = 0; i < n; i++) {
      themes[i] = IntStream.range(0, themeCount).filter(t -> random.nextDouble() < density)
          .toArray();
    }
    List<Integer> ranks = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(ranks, new Random(seed));
    return new Presence(themeCount, themes, ranks.stream().mapToInt(Integer::intValue).toArray());
  }

  @Provide
  Arbitrary<Presence> dense() {
    // Up to 140 themes: bitsets of one, two and three words.
    return Combinators.combine(Arbitraries.integers().between(2, 40),
            Arbitraries.integers().between(2, 140), Arbitraries.of(0.85, 0.95, 1.0),
            Arbitraries.longs())
        .as(AllPairsTest::presence);
  }

  @Provide
  Arbitrary<Presence> any() {
    return Combinators.combine(Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(1, 140), Arbitraries.of(0.0, 0.02, 0.1, 0.3, 0.6, 0.9),
            Arbitraries.longs())
        .as(AllPairsTest::presence);
  }

  @Provide
  Arbitrary<Double> minScores() {
    return Arbitraries.of(0.0, 0.2, 1.0 / 3, 0.5, 0.75, 1.0);
  }

  @Property(tries = 150)
  void theBitsetLoopFindsWhatTheIndexFinds(@ForAll("dense") Presence presence,
      @ForAll Metric metric, @ForAll @IntRange(min = 0, max = 8) int k,
      @ForAll("minScores") double minScore) {
    Assume.that(presence.bitsetsAreCheaper());
    SparseProfiles profiles = presence.profiles();

    AllPairs.TopK bitsets = topK(profiles, metric, true, k, minScore);
    AllPairs.TopK index = topK(profiles, metric, false, k, minScore);

    assertThat(bitsets.peers()).isDeepEqualTo(index.peers());
    assertThat(bitsets.scores()).isDeepEqualTo(index.scores());
    assertIsTheBruteForce(bitsets, profiles, presence.idRank(), metric, k, minScore);
  }

  @Property(tries = 150)
  void bothLoopsFindTheBruteForceTopK(@ForAll("any") Presence presence, @ForAll Metric metric,
      @ForAll @IntRange(min = 0, max = 8) int k, @ForAll("minScores") double minScore) {
    SparseProfiles profiles = presence.profiles();

    for (boolean bitsetsAllowed : new boolean[] {true, false}) {
      AllPairs.TopK top = topK(profiles, metric, bitsetsAllowed, k, minScore);
      assertIsTheBruteForce(top, profiles, presence.idRank(), metric, k, minScore);
    }
  }

  static AllPairs.TopK topK(SparseProfiles profiles, Metric metric, boolean presence, int k,
      double minScore) {
    ExactScores exact = new ExactScores(profiles, metric);
    return AllPairs.topK(exact, presence, k,
        exact.threshold(new BigDecimal(Double.toString(minScore))));
  }

  /**
   * A presence pair's exact score (squared for cosine) from |A ∩ B|, |A| and |B|, worked out
   * apart from {@link ExactScores}.
   */
  static Fraction exactPresence(Metric metric, int[] a, int[] b) {
    long shared = Arrays.stream(a).filter(t -> Arrays.binarySearch(b, t) >= 0).count();
    if (shared == 0) {
      return Fraction.ZERO;
    }
    return switch (metric) {
      case JACCARD -> Fraction.of(shared, a.length + b.length - shared);
      case DICE -> Fraction.of(2 * shared, a.length + b.length);
      case OVERLAP -> Fraction.of(shared, Math.min(a.length, b.length));
      case COSINE -> Fraction.of(shared * shared, (long) a.length * b.length);
    };
  }

  private static double nearest(Metric metric, Fraction exact) {
    return metric.usesProducts() ? exact.sqrtToDouble() : exact.toDouble();
  }

  private static void assertIsTheBruteForce(AllPairs.TopK top, SparseProfiles profiles,
      int[] idRank, Metric metric, int k, double minScore) {
    assertIsTheBruteForce(top, idRank, metric, k, minScore,
        (i, j) -> exactPresence(metric, profiles.themes[i], profiles.themes[j]));
  }

  private static void assertIsTheBruteForce(AllPairs.TopK top, int[] idRank, Metric metric,
      int k, double minScore, BiFunction<Integer, Integer, Fraction> exactScore) {
    int n = idRank.length;
    Fraction least = Fraction.of(new BigDecimal(Double.toString(minScore)));
    Fraction bar = metric.usesProducts() ? least.times(least) : least;
    assertThat(top.peers()).hasNumberOfRows(n);
    for (int i = 0; i < n; i++) {
      int city = i;
      Fraction[] exact = new Fraction[n];
      for (int j = 0; j < n; j++) {
        exact[j] = exactScore.apply(i, j);
      }
      List<Integer> expected = IntStream.range(0, n).filter(j -> j != city)
          .filter(j -> !exact[j].isZero() && exact[j].compareTo(bar) >= 0)
          .boxed()
          .sorted(Comparator.comparing((Integer j) -> exact[j]).reversed()
              .thenComparingInt(j -> idRank[j]))
          .limit(k).toList();
      assertThat(top.peers()[i]).as("city %d", i)
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      assertThat(top.scores()[i]).containsExactly(expected.stream()
          .mapToDouble(j -> nearest(metric, exact[j])).toArray());
    }
  }

  /** Profiles weighted by small integers (as project counts are): per city, per theme. */
  record Counts(int themeCount, int[][] weights, int[] idRank) {

    /**
     * Cities weighing each theme with probability {@code density}, by 1 to {@code most}, their
     * ids ranked in a shuffled order; the same for the same seed.
     */
    static Counts random(int n, int themeCount, double density, int most, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      int[][] weights = new int[n][themeCount];
      for (int[] city : weights) {
        for (int t = 0; t < themeCount; t++) {
          city[t] = random.nextDouble() < density ? random.nextInt(1, most + 1) : 0;
        }
      }
      List<Integer> ranks = new ArrayList<>(IntStream.range(0, n).boxed().toList());
      Collections.shuffle(ranks, new Random(seed));
      return new Counts(themeCount, weights,
          ranks.stream().mapToInt(Integer::intValue).toArray());
    }

    SparseProfiles profiles() {
      int[][] themes = new int[weights.length][];
      double[][] doubles = new double[weights.length][];
      for (int i = 0; i < weights.length; i++) {
        int[] own = weights[i];
        themes[i] = IntStream.range(0, themeCount).filter(t -> own[t] > 0).toArray();
        doubles[i] = Arrays.stream(themes[i]).mapToDouble(t -> own[t]).toArray();
      }
      return new SparseProfiles(themeCount, themes, doubles, idRank);
    }

    /** A pair's exact score (squared for cosine), worked out apart from ExactScores. */
    Fraction exact(Metric metric, int a, int b) {
      long shared = 0;
      long sumA = 0;
      long sumB = 0;
      long squaresA = 0;
      long squaresB = 0;
      for (int t = 0; t < themeCount; t++) {
        long u = weights[a][t];
        long v = weights[b][t];
        shared += metric.usesProducts() ? u * v : Math.min(u, v);
        sumA += u;
        sumB += v;
        squaresA += u * u;
        squaresB += v * v;
      }
      if (shared == 0) {
        return Fraction.ZERO;
      }
      return switch (metric) {
        case JACCARD -> Fraction.of(shared, sumA + sumB - shared);
        case DICE -> Fraction.of(2 * shared, sumA + sumB);
        case OVERLAP -> Fraction.of(shared, Math.min(sumA, sumB));
        case COSINE -> Fraction.of(shared * shared, squaresA * squaresB);
      };
    }

    @Override
    public String toString() {
      return themeCount + " themes " + Arrays.deepToString(weights) + " ranks "
          + Arrays.toString(idRank);
    }
  }

  @Provide
  Arbitrary<Counts> counts() {
    // Dense and sparse profiles alike, so that the index meets cities both ways: by the list
    // of cities touched, and by a scan of all of them.
    return Combinators.combine(Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(1, 70), Arbitraries.of(0.05, 0.3, 0.7, 1.0),
            Arbitraries.integers().between(1, 5), Arbitraries.longs())
        .as(Counts::random);
  }

  @Property(tries = 200)
  void theIndexFindsTheBruteForceTopKOnIntegerWeights(@ForAll("counts") Counts counts,
      @ForAll Metric metric, @ForAll @IntRange(min = 0, max = 8) int k,
      @ForAll("minScores") double minScore) {
    AllPairs.TopK top = topK(counts.profiles(), metric, false, k, minScore);

    assertIsTheBruteForce(top, counts.idRank(), metric, k, minScore,
        (i, j) -> counts.exact(metric, i, j));
  }

  @Provide
  Arbitrary<Counts> manyCities() {
    // Hundreds of cities on a few themes, weights 1 to 3: every list is offered peers by many
    // rows on both threads, and exact ties abound
    return Combinators.combine(Arbitraries.integers().between(300, 700),
            Arbitraries.integers().between(4, 16), Arbitraries.of(0.1, 0.4, 0.8),
            Arbitraries.longs())
        .as((n, themeCount, density, seed) -> Counts.random(n, themeCount, density, 3, seed));
  }

  @Property(tries = 12)
  void cosineListsSharedByTheRowsOfManyCitiesAreTheBruteForce(
      @ForAll("manyCities") Counts counts, @ForAll @IntRange(min = 1, max = 12) int k,
      @ForAll("minScores") double minScore) {
    // Cosine scores each pair once and offers it to both cities' lists, which the threads
    // share: the lists must end as the brute force's, whatever the order of the offers.
    AllPairs.TopK top = topK(counts.profiles(), Metric.COSINE, false, k, minScore);

    assertIsTheBruteForce(top, counts.idRank(), Metric.COSINE, k, minScore,
        (i, j) -> counts.exact(Metric.COSINE, i, j));
  }

  @Provide
  Arbitrary<Counts> sparseCities() {
    // Up to a few hundred cities on many themes, few each: many pairs share no theme, and
    // with k about n a list never fills, its bar staying at the least score
    return Combinators.combine(Arbitraries.integers().between(20, 200),
            Arbitraries.integers().between(8, 40), Arbitraries.of(0.03, 0.1, 0.2),
            Arbitraries.longs())
        .as((n, themeCount, density, seed) -> Counts.random(n, themeCount, density, 2, seed));
  }

  @Property(tries = 40)
  void cosineListsThatNeverFillAreTheBruteForce(@ForAll("sparseCities") Counts counts,
      @ForAll @IntRange(min = -5, max = 40) int beyond, @ForAll("minScores") double minScore) {
    // k from a little under the number of cities to far past it
    int k = Math.max(1, counts.idRank().length + beyond);
    AllPairs.TopK top = topK(counts.profiles(), Metric.COSINE, false, k, minScore);

    assertIsTheBruteForce(top, counts.idRank(), Metric.COSINE, k, minScore,
        (i, j) -> counts.exact(Metric.COSINE, i, j));
  }

  @Property(tries = 100)
  void cosineOfLargeMultiplesOfIntegerWeightsIsTheBruteForceOfTheSmallOnes(
      @ForAll("counts") Counts counts, @ForAll @IntRange(min = 0, max = 8) int k,
      @ForAll("minScores") double minScore, @ForAll @IntRange(min = 14, max = 30) int power) {
    // Cosine is the same for any multiple of a profile. Each city's counts times about
    // 2^power: A·A passes 2³¹, past which the exact ratio leaves longs for fractions, and A·B
    // passes 2⁵³, past which the index's sums in doubles are no longer exact integers.
    SparseProfiles small = counts.profiles();
    double[][] large = new double[small.cityCount][];
    for (int i = 0; i < large.length; i++) {
      long factor = (1L << power) + i;
      large[i] = Arrays.stream(small.weights[i]).map(w -> w * factor).toArray();
    }
    AllPairs.TopK top = topK(new SparseProfiles(small.themeCount, small.themes, large,
        counts.idRank()), Metric.COSINE, false, k, minScore);

    assertIsTheBruteForce(top, counts.idRank(), Metric.COSINE, k, minScore,
        (i, j) -> counts.exact(Metric.COSINE, i, j));
  }

  @Provide
  Arbitrary<SyntheticDocuments> fewThemes() {
    return Combinators.combine(Arbitraries.integers().between(10, 60),
            Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 3),
            Arbitraries.longs())
        .as(SyntheticDocuments::of);
  }

  @Property(tries = 40)
  void presenceProfilesOfDocumentsWithFewThemesTakeTheBitsetsAndAgree(
      @ForAll("fewThemes") SyntheticDocuments documents, @ForAll Metric metric,
      @ForAll @IntRange(min = 1, max = 6) int k) {
    ThemeOverlap overlap = ThemeOverlap.of(documents.generate(),
        OverlapOptions.DEFAULTS.withWeighting(Weighting.PRESENCE).withMetric(metric));
    Presence presence = fromProfiles(overlap);
    Assume.that(presence.bitsetsAreCheaper());

    AllPairs.TopK bitsets = topK(presence.profiles(), metric, true, k, 0);
    AllPairs.TopK index = topK(presence.profiles(), metric, false, k, 0);

    assertThat(bitsets.peers()).isDeepEqualTo(index.peers());
    assertThat(bitsets.scores()).isDeepEqualTo(index.scores());
    var peers = overlap.topPeers(k, 0);
    for (int i = 0; i < peers.size(); i++) {
      assertThat(peers.get(i).peers().stream().map(p -> overlap.cities().indexOf(p.city())))
          .containsExactly(Arrays.stream(index.peers()[i]).boxed().toArray(Integer[]::new));
      assertThat(peers.get(i).peers().stream().mapToDouble(p -> p.score()).toArray())
          .containsExactly(index.scores()[i]);
    }
  }

  /** The presence profiles of an overlap, with the ids' ranks in string order. */
  private static Presence fromProfiles(ThemeOverlap overlap) {
    List<ThemeId> themes = overlap.themes();
    List<CityProfile> profiles = overlap.profiles();
    int[][] indexes = new int[profiles.size()][];
    for (int i = 0; i < profiles.size(); i++) {
      indexes[i] = profiles.get(i).weights().keySet().stream().mapToInt(themes::indexOf)
          .sorted().toArray();
    }
    Integer[] order = IntStream.range(0, profiles.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing(i -> profiles.get(i).city().value()));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return new Presence(themes.size(), indexes, rank);
  }

  @Example
  void theDenseProfilesReachTheBitsetLoop() {
    // What the dense properties rely on: dense presence profiles cost less as bitsets.
    assertThat(presence(40, 140, 0.85, 1).bitsetsAreCheaper()).isTrue();
    assertThat(presence(2, 2, 1.0, 1).bitsetsAreCheaper()).isTrue();
    assertThat(fromProfiles(ThemeOverlap.of(SyntheticDocuments.of(40, 2, 2, 7).generate(),
        OverlapOptions.DEFAULTS)).bitsetsAreCheaper()).isTrue();
    assertThat(presence(40, 140, 0.02, 1).bitsetsAreCheaper()).isFalse();
  }

  @Example
  void keepsAtMostTheOtherCitiesWhateverK() {
    Presence presence = presence(5, 3, 1.0, 3);

    for (boolean bitsetsAllowed : new boolean[] {true, false}) {
      AllPairs.TopK top = topK(presence.profiles(), Metric.JACCARD, bitsetsAllowed,
          Integer.MAX_VALUE, 0);
      for (int[] peers : top.peers()) {
        assertThat(peers).hasSize(4);
      }
    }
  }

  @Example
  void scoresEveryPairInTheMatrixAsTheDoubleNearestToItsExactScore() {
    Presence presence = presence(12, 70, 0.3, 5);
    SparseProfiles profiles = presence.profiles();

    for (Metric metric : Metric.values()) {
      double[][] matrix = AllPairs.matrix(new ExactScores(profiles, metric));
      double[] condensed = AllPairs.condensed(profiles, metric);
      for (int i = 0; i < 12; i++) {
        for (int j = 0; j < 12; j++) {
          assertThat(matrix[i][j]).isEqualTo(nearest(metric,
              exactPresence(metric, profiles.themes[i], profiles.themes[j])));
          if (i < j) {
            assertThat(condensed[AllPairs.condensedIndex(12, i, j)])
                .isEqualTo(profiles.score(metric, i, j));
          }
        }
      }
    }
  }
}
