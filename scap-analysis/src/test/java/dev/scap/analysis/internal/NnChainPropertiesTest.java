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
 * The scans shared with a second thread, and the nearest slots that the chain remembers, give
 * the clustering of one thread that scans for every nearest slot, to the bit: on similarities
 * that tie often (eighths, zeros included) and on similarities that hardly ever do, for every
 * linkage that runs the chain, with sharing from the first merge on; whether the calling
 * thread takes back the halves that the second thread has not begun, or always leaves them
 * to it.
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
  void sharingAndRememberingClusterAsThePlainChainWhereScoresTie(
      @ForAll("tiedSimilarities") double[] similarities) {
    assertClustersAsThePlainChain(similarities);
  }

  @Property(tries = 100)
  void sharingAndRememberingClusterAsThePlainChainWhereScoresDiffer(
      @ForAll("spreadSimilarities") double[] similarities) {
    assertClustersAsThePlainChain(similarities);
  }

  private static void assertClustersAsThePlainChain(double[] similarities) {
    int n = items(similarities.length);
    for (Linkage linkage : new Linkage[] {Linkage.AVERAGE, Linkage.COMPLETE}) {
      NnChain.Clustering plain = NnChain.cluster(similarities.clone(), n, linkage,
          ExactPairs.ofDoubles(similarities, n), Integer.MAX_VALUE, true, false);
      for (int variant = 0; variant < 4; variant++) {
        boolean shared = variant > 0;
        boolean takeBack = variant != 2;
        boolean remember = variant != 3;
        NnChain.Clustering clustering = NnChain.cluster(similarities.clone(), n, linkage,
            ExactPairs.ofDoubles(similarities, n), shared ? 2 : Integer.MAX_VALUE, takeBack,
            remember);

        String as = linkage.code() + (shared ? ", shared" : ", alone")
            + (takeBack ? ", halves taken back" : ", halves awaited")
            + (remember ? ", nearest slots remembered" : ", every nearest slot scanned");
        assertThat(clustering.merges()).as(as).isEqualTo(plain.merges());
        assertThat(clustering.similarities()).as(as).isEqualTo(plain.similarities());
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
