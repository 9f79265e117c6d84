package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.Merge;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Merges whose similarities are an ulp apart but whose distances 1 - s round to the same
 * double: each merge carries its similarity, and ties on distance go to the higher one.
 */
class NnChainTest {

  private static final double JUST_BELOW_HALF = Math.nextDown(0.5);

  @Test
  void singleAndCompleteLinkageMergeTheHigherSimilarityFirstWhenDistancesTie() {
    // pairs (0,1) (0,2) (1,2): 0-1 an ulp below 1/2, 1-2 exactly 1/2, both at distance 1/2
    double[] similarities = {JUST_BELOW_HALF, 0.125, 0.5};

    NnChain.Clustering single = NnChain.cluster(similarities, 3, Linkage.SINGLE);
    NnChain.Clustering complete = NnChain.cluster(similarities, 3, Linkage.COMPLETE);

    assertThat(single.merges()).containsExactly(new Merge(1, 2, 0.5, 2),
        new Merge(0, 3, 0.5, 3));
    assertThat(single.similarities()).containsExactly(0.5, JUST_BELOW_HALF);
    assertThat(complete.merges()).containsExactly(new Merge(1, 2, 0.5, 2),
        new Merge(0, 3, 0.875, 3));
    assertThat(complete.similarities()).containsExactly(0.5, 0.125);
    assertThat(similarities).containsExactly(JUST_BELOW_HALF, 0.125, 0.5);
  }

  @Test
  void ordersMergesAtTheSameDistanceByDecreasingSimilarityBeforeTheirLowestLeaf() {
    // 0-1 an ulp below 1/2, 2-3 exactly 1/2, every other pair 0
    double[] similarities = new double[6];
    similarities[AllPairs.condensedIndex(4, 0, 1)] = JUST_BELOW_HALF;
    similarities[AllPairs.condensedIndex(4, 2, 3)] = 0.5;

    for (Linkage linkage : Linkage.values()) {
      NnChain.Clustering clustering = NnChain.cluster(similarities, 4, linkage);

      assertThat(clustering.merges()).as(linkage.code()).startsWith(new Merge(2, 3, 0.5, 2),
          new Merge(0, 1, 0.5, 2));
      assertThat(clustering.similarities()).as(linkage.code()).startsWith(0.5,
          JUST_BELOW_HALF);
    }
  }

  @Test
  void averageLinkageKeepsTheMeanDistanceAndAddsTheMeanSimilarity() {
    // 0-1 score 0.9 and merge first; 2 scores 0.3 with 0 and 0.2 with 1
    double[] similarities = {0.9, 0.3, 0.2};

    NnChain.Clustering clustering = NnChain.cluster(similarities, 3, Linkage.AVERAGE);

    assertThat(clustering.merges()).containsExactly(new Merge(0, 1, 1 - 0.9, 2),
        new Merge(2, 3, ((1 - 0.3) + (1 - 0.2)) / 2, 3));
    assertThat(clustering.similarities()).containsExactly(0.9, (0.3 + 0.2) / 2);
  }

  @Test
  void averageLinkageNeverGoesDownThoughItsMeansAreRounded() {
    // 0-1 score 1, every other pair 2/3: the means of 1 - 2/3 round to either side of it
    double twoThirds = 2.0 / 3;
    double[] similarities = {1, twoThirds, twoThirds, twoThirds, twoThirds, twoThirds};

    NnChain.Clustering clustering = NnChain.cluster(similarities, 4, Linkage.AVERAGE);

    assertThat(clustering.merges()).extracting(Merge::distance)
        .isSorted()
        .allSatisfy(d -> assertThat(d).isCloseTo(d == 0 ? 0 : 1 - twoThirds,
            within(1e-15)));
  }

  @Test
  void singleLinkageLetsAUnionOfLowerLeafTakeATieFromThePairItTiedWith() {
    // 0-3 score 0.9; 1-2 and 1-3 both 0.5; every other pair 0.1. Once 0 and 3 merge, their
    // union ties with 1 at 0.5 by lowest leaves (0, 1), before (1, 2): 1 joins {0, 3} first
    double[] similarities = new double[6];
    Arrays.fill(similarities, 0.1);
    similarities[AllPairs.condensedIndex(4, 0, 3)] = 0.9;
    similarities[AllPairs.condensedIndex(4, 1, 2)] = 0.5;
    similarities[AllPairs.condensedIndex(4, 1, 3)] = 0.5;

    NnChain.Clustering single = NnChain.cluster(similarities, 4, Linkage.SINGLE);

    assertThat(single.merges()).containsExactly(new Merge(0, 3, 1 - 0.9, 2),
        new Merge(1, 4, 0.5, 3), new Merge(2, 5, 0.5, 4));
    assertThat(single.similarities()).containsExactly(0.9, 0.5, 0.5);
  }

  @Test
  void completeAndAverageLinkageMergeTheTieOfLowestLeavesWhichDecidesTheClusters() {
    // every pair 0.5: (0, 1) first, then 2 joins them, then 3, as the textbook rule says
    double[] similarities = new double[6];
    Arrays.fill(similarities, 0.5);

    for (Linkage linkage : Linkage.values()) {
      assertThat(NnChain.linkage(similarities, 4, linkage)).as(linkage.code())
          .containsExactly(new Merge(0, 1, 0.5, 2), new Merge(2, 4, 0.5, 3),
              new Merge(3, 5, 0.5, 4));
    }
  }
}
