package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DendrogramTest {

  private static List<CityId> leaves(int n) {
    return IntStream.range(0, n).mapToObj(i -> CityId.of("c" + i)).toList();
  }

  @Test
  void drawsTheLeavesLeftChildFirstFromTheRoot() {
    // ((3 4) (2 (0 1))): the rows of PeerGroupingTest's five cities
    Dendrogram dendrogram = new Dendrogram(leaves(5), Linkage.SINGLE, List.of(
        new Merge(0, 1, 0.2, 2), new Merge(3, 4, 0.25, 2), new Merge(2, 5, 0.4, 3),
        new Merge(6, 7, 0.8, 5)));

    assertThat(dendrogram.leafOrder()).containsExactly(3, 4, 2, 0, 1);
  }

  @Test
  void drawsAChainOfMergesWithTheLeafThatJoinedLastFirst() {
    Dendrogram dendrogram = new Dendrogram(leaves(4), Linkage.AVERAGE, List.of(
        new Merge(0, 1, 0, 2), new Merge(2, 4, 0, 3), new Merge(3, 5, 0, 4)));

    assertThat(dendrogram.leafOrder()).containsExactly(3, 2, 0, 1);
  }

  @Test
  void drawsADeepChainWithoutRecursion() {
    int n = 20_000;
    List<Merge> merges = new ArrayList<>();
    merges.add(new Merge(0, 1, 0, 2));
    for (int i = 2; i < n; i++) {
      merges.add(new Merge(i, n + i - 2, i, i + 1));
    }

    int[] order = new Dendrogram(leaves(n), Linkage.SINGLE, merges).leafOrder();

    assertThat(order[0]).isEqualTo(n - 1);
    assertThat(order[n - 2]).isZero();
    assertThat(order[n - 1]).isEqualTo(1);
  }

  @Test
  void drawsOneLeafAndNoLeaf() {
    assertThat(new Dendrogram(leaves(1), Linkage.SINGLE, List.of()).leafOrder())
        .containsExactly(0);
    assertThat(new Dendrogram(List.of(), Linkage.SINGLE, List.of()).leafOrder()).isEmpty();
  }

  @Test
  void keepsCopiesOfItsLists() {
    List<CityId> leaves = new ArrayList<>(leaves(2));
    List<Merge> merges = new ArrayList<>(List.of(new Merge(0, 1, 0.5, 2)));
    Dendrogram dendrogram = new Dendrogram(leaves, Linkage.COMPLETE, merges);

    leaves.clear();
    merges.clear();

    assertThat(dendrogram.leaves()).hasSize(2);
    assertThat(dendrogram.merges()).hasSize(1);
    assertThatThrownBy(() -> new Dendrogram(leaves(2), null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("linkage");
  }

  @Test
  void holdsTheOverlapItWasMadeFrom() {
    ThemeOverlap overlap = ThemeOverlap.of(PeerGroupingTest.DOCUMENT, OverlapOptions.DEFAULTS);

    assertThat(PeerGrouping.hierarchical(overlap, Linkage.SINGLE).overlap()).isSameAs(overlap);
    assertThat(new Dendrogram(leaves(2), Linkage.SINGLE, List.of(new Merge(0, 1, 0.5, 2)))
        .overlap()).isNull();
  }

  @Test
  void equalsADendrogramOfTheSameDocumentAndOptions() {
    Dendrogram dendrogram = PeerGrouping.hierarchical(
        ThemeOverlap.of(PeerGroupingTest.DOCUMENT, OverlapOptions.DEFAULTS), Linkage.AVERAGE);
    Dendrogram again = PeerGrouping.hierarchical(
        ThemeOverlap.of(PeerGroupingTest.DOCUMENT, OverlapOptions.DEFAULTS), Linkage.AVERAGE);

    assertThat(again).isEqualTo(dendrogram).hasSameHashCodeAs(dendrogram);
    assertThat(again.toString()).isEqualTo(dendrogram.toString())
        .endsWith("overlap=of " + OverlapOptions.DEFAULTS + "]");
  }

  @Test
  void differsFromTheSameTreeOfAnotherOverlapOrOfNone() {
    Dendrogram dendrogram = PeerGrouping.hierarchical(
        ThemeOverlap.of(PeerGroupingTest.DOCUMENT, OverlapOptions.DEFAULTS), Linkage.AVERAGE);
    ThemeOverlap cosine = ThemeOverlap.of(PeerGroupingTest.DOCUMENT,
        OverlapOptions.DEFAULTS.withMetric(Metric.COSINE));
    Dendrogram ofCosine = new Dendrogram(dendrogram.leaves(), dendrogram.linkage(),
        dendrogram.merges(), dendrogram.similarities(), cosine);
    Dendrogram ofNone = new Dendrogram(dendrogram.leaves(), dendrogram.linkage(),
        dendrogram.merges(), dendrogram.similarities());

    assertThat(ofCosine).isNotEqualTo(dendrogram);
    assertThat(ofNone).isNotEqualTo(dendrogram).isNotEqualTo(ofCosine)
        .isEqualTo(new Dendrogram(dendrogram.leaves(), dendrogram.linkage(),
            dendrogram.merges(), dendrogram.similarities()));
    assertThat(dendrogram).isNotEqualTo(ofNone);
  }

  @Test
  void rejectsLeavesThatAreNotTheCitiesOfItsOverlap() {
    ThemeOverlap overlap = ThemeOverlap.of(PeerGroupingTest.DOCUMENT, OverlapOptions.DEFAULTS);

    assertThatThrownBy(() -> new Dendrogram(leaves(5), Linkage.SINGLE, List.of(), List.of(),
        overlap))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the 5 leaves are not the 5 cities of the overlap, in order");
  }
}
