package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.Metric;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kernel's condensed scores are, to the bit, the scores of one sparse merge per pair, for
 * every metric, on profiles of small integer weights (as project counts are) that tie often
 * and hold zero profiles, and on profiles of weights 1 (presence).
 */
class PairKernelTest {

  @Provide
  Arbitrary<List<int[]>> counts() {
    return Arbitraries.integers().between(1, 12).flatMap(themes ->
        Arbitraries.integers().between(0, 3).array(int[].class).ofSize(themes)
            .list().ofMinSize(1).ofMaxSize(40));
  }

  @Provide
  Arbitrary<List<int[]>> presence() {
    return Arbitraries.integers().between(1, 70).flatMap(themes ->
        Arbitraries.integers().between(0, 1).array(int[].class).ofSize(themes)
            .list().ofMinSize(1).ofMaxSize(40));
  }

  @Property(tries = 300)
  void condensedScoresAreTheSparseMergesDoublesOnCounts(@ForAll("counts") List<int[]> weights) {
    assertCondensedScoresAreTheSparseMerges(weights);
  }

  @Property(tries = 100)
  void condensedScoresAreTheSparseMergesDoublesOnPresence(
      @ForAll("presence") List<int[]> weights) {
    assertCondensedScoresAreTheSparseMerges(weights);
  }

  @Property(tries = 300)
  void whereTheKernelGivesANearestDoubleItIsTheExactScoresOnCounts(
      @ForAll("counts") List<int[]> weights) {
    assertNearestIsTheExactScores(weights);
  }

  @Property(tries = 100)
  void whereTheKernelGivesANearestDoubleItIsTheExactScoresOnPresence(
      @ForAll("presence") List<int[]> weights) {
    assertNearestIsTheExactScores(weights);
  }

  private static void assertNearestIsTheExactScores(List<int[]> weights) {
    SparseProfiles profiles = profiles(weights);
    int n = weights.size();
    for (Metric metric : Metric.values()) {
      PairKernel kernel = new PairKernel(profiles, metric);
      ExactScores exact = new ExactScores(profiles, metric);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double nearest = kernel.nearest(i, j);
          if (!Double.isNaN(nearest)) {
            assertThat(nearest).as("%s, cities %d and %d", metric.code(), i, j)
                .isEqualTo(exact.score(i, j));
          }
        }
      }
      // a kernel on whole numbers gives every pair's nearest double
      assertThat(IntStream.range(1, n).mapToDouble(j -> kernel.nearest(0, j)))
          .noneMatch(d -> Double.isNaN(d));
    }
  }

  private static void assertCondensedScoresAreTheSparseMerges(List<int[]> weights) {
    SparseProfiles profiles = profiles(weights);
    int n = weights.size();
    for (Metric metric : Metric.values()) {
      double[] condensed = new PairKernel(profiles, metric).condensed();

      assertThat(condensed).hasSize(n * (n - 1) / 2);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double merged = profiles.score(metric, i, j);
          assertThat(Double.doubleToRawLongBits(condensed[AllPairs.condensedIndex(n, i, j)]))
              .as("%s, cities %d and %d", metric.code(), i, j)
              .isEqualTo(Double.doubleToRawLongBits(merged));
        }
      }
    }
  }

  private static SparseProfiles profiles(List<int[]> weights) {
    int themeCount = weights.get(0).length;
    int[][] themes = new int[weights.size()][];
    double[][] doubles = new double[weights.size()][];
    for (int i = 0; i < weights.size(); i++) {
      int[] own = weights.get(i);
      themes[i] = IntStream.range(0, themeCount).filter(t -> own[t] > 0).toArray();
      doubles[i] = Arrays.stream(themes[i]).mapToDouble(t -> own[t]).toArray();
    }
    return new SparseProfiles(themeCount, themes, doubles,
        IntStream.range(0, weights.size()).toArray());
  }
}
