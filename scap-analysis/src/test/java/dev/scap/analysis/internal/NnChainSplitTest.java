package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.Linkage;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Scans split across two threads find what one scan finds: the clustering of similarities
 * with exact ties (eighths), with means that round (ninths) and with neither is the same
 * whatever the split.
 */
class NnChainSplitTest {

  record Similarities(int n, double[] condensed) {}

  @Property(tries = 200)
  void splittingTheScansChangesNoMergeNorSimilarity(@ForAll("similarities") Similarities input,
      @ForAll Linkage linkage) {
    double[] condensed = input.condensed();
    ExactPairs exact = ExactPairs.ofDoubles(condensed, input.n());

    NnChain.Clustering whole = NnChain.cluster(condensed.clone(), input.n(), linkage, exact,
        Integer.MAX_VALUE);
    NnChain.Clustering split = NnChain.cluster(condensed.clone(), input.n(), linkage, exact, 2);

    assertThat(split.merges()).isEqualTo(whole.merges());
    assertThat(split.similarities()).isEqualTo(whole.similarities());
  }

  @Provide
  Arbitrary<Similarities> similarities() {
    Arbitrary<Integer> sizes = Arbitraries.integers().between(2, 40);
    Arbitrary<Integer> steps = Arbitraries.of(8, 9, 0);
    return Combinators.combine(sizes, steps, Arbitraries.longs()).as((n, step, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      double[] condensed = new double[n * (n - 1) / 2];
      for (int x = 0; x < condensed.length; x++) {
        condensed[x] = step > 0 ? random.nextInt(step + 1) / (double) step
            : random.nextDouble();
      }
      return new Similarities(n, condensed);
    });
  }
}
