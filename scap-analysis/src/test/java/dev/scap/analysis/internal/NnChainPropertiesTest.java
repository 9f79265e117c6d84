package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.Linkage;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The scans shared with a second thread give the clustering of the one thread, to the bit:
 * on similarities that tie often (eighths, zeros included) and on similarities that hardly
 * ever do, for every linkage whose scans are shared, with sharing from the first merge on;
 * whether the calling thread takes back the halves that the second thread has not begun, or
 * always leaves them to it.
 */
class NnChainPropertiesTest {

  @Provide
  Arbitrary<double[]> tiedSimilarities() {
    return Arbitraries.integers().between(2, 70).flatMap(n ->
        Arbitraries.integers().between(0, 8).map(eighths -> eighths / 8.0)
            .array(double[].class).ofSize(n * (n - 1) / 2));
  }

  @Provide
  Arbitrary<double[]> spreadSimilarities() {
    return Arbitraries.integers().between(2, 70).flatMap(n ->
        Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(n * (n - 1) / 2));
  }

  @Property(tries = 200)
  void sharedScansClusterAsOneThreadWhereScoresTie(
      @ForAll("tiedSimilarities") double[] similarities) {
    assertSharedScansClusterAsOneThread(similarities);
  }

  @Property(tries = 100)
  void sharedScansClusterAsOneThreadWhereScoresDiffer(
      @ForAll("spreadSimilarities") double[] similarities) {
    assertSharedScansClusterAsOneThread(similarities);
  }

  private static void assertSharedScansClusterAsOneThread(double[] similarities) {
    int n = items(similarities.length);
    for (Linkage linkage : new Linkage[] {Linkage.AVERAGE, Linkage.COMPLETE}) {
      NnChain.Clustering alone = NnChain.cluster(similarities.clone(), n, linkage,
          ExactPairs.ofDoubles(similarities, n), Integer.MAX_VALUE, true);
      for (boolean takeBack : new boolean[] {true, false}) {
        NnChain.Clustering shared = NnChain.cluster(similarities.clone(), n, linkage,
            ExactPairs.ofDoubles(similarities, n), 2, takeBack);

        String as = linkage.code() + (takeBack ? ", halves taken back" : ", halves awaited");
        assertThat(shared.merges()).as(as).isEqualTo(alone.merges());
        assertThat(shared.similarities()).as(as).isEqualTo(alone.similarities());
      }
    }
  }

  @Property(tries = 200)
  void splitsIntoTwoPartsWhoseCostsDifferByAboutTwoPlacesAtMost(
      @ForAll @IntRange(max = 5000) int first, @ForAll @IntRange(min = 1, max = 9) int firstCost,
      @ForAll @IntRange(max = 5000) int second, @ForAll @IntRange(min = 1, max = 9) int secondCost,
      @ForAll @IntRange(max = 5000) int third, @ForAll @IntRange(min = 1, max = 9) int thirdCost) {
    int[] costs = new int[first + second + third];
    Arrays.fill(costs, 0, first, firstCost);
    Arrays.fill(costs, first, first + second, secondCost);
    Arrays.fill(costs, first + second, costs.length, thirdCost);

    int split = NnChain.split(first, firstCost, second, secondCost, third, thirdCost);

    assertThat(split).isBetween(0, costs.length);
    long before = Arrays.stream(costs, 0, split).asLongStream().sum();
    long after = Arrays.stream(costs, split, costs.length).asLongStream().sum();
    assertThat(Math.abs(before - after)).isLessThanOrEqualTo(2L * 9 + 1);
  }

  /** The n whose n(n-1)/2 pairs a condensed array of that length holds. */
  private static int items(int pairs) {
    int n = 2;
    while (n * (n - 1) / 2 < pairs) {
      n++;
    }
    return n;
  }
}
