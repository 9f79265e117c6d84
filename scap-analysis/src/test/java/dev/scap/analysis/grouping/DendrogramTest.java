package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  void takesEachSimilarityAsOneMinusTheDistanceWhenGivenTheMergesAlone() {
    List<Merge> merges = List.of(new Merge(0, 1, 0.25, 2), new Merge(2, 3, 0.5, 3));

    assertThat(new Dendrogram(leaves(3), Linkage.AVERAGE, merges))
        .isEqualTo(new Dendrogram(leaves(3), Linkage.AVERAGE, merges, List.of(0.75, 0.5)));
    assertThatThrownBy(() -> new Dendrogram(leaves(3), Linkage.AVERAGE, merges, List.of(0.75)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 similarities for 2 merges");
  }

  @Test
  void equalsADendrogramOfTheSameLeavesLinkageMergesAndSimilarities() {
    Dendrogram dendrogram = PeerGrouping.hierarchical(
        ThemeOverlap.of(PeerGroupingTest.DOCUMENT, OverlapOptions.DEFAULTS), Linkage.AVERAGE);
    Dendrogram ofCosine = PeerGrouping.hierarchical(ThemeOverlap.of(PeerGroupingTest.DOCUMENT,
        OverlapOptions.DEFAULTS.withMetric(Metric.COSINE)), Linkage.AVERAGE);
    Dendrogram copy = new Dendrogram(dendrogram.leaves(), dendrogram.linkage(),
        dendrogram.merges(), dendrogram.similarities());

    assertThat(copy).isEqualTo(dendrogram).hasSameHashCodeAs(dendrogram)
        .hasToString(dendrogram.toString());
    assertThat(ofCosine).isNotEqualTo(dendrogram);
    assertThat(new Dendrogram(dendrogram.leaves(), Linkage.SINGLE, dendrogram.merges(),
        dendrogram.similarities())).isNotEqualTo(dendrogram);
  }

  @Test
  void holdsTheFourComponentsOfPlainDataOnly() {
    assertThat(Dendrogram.class.getRecordComponents()).extracting(RecordComponent::getName)
        .containsExactly("leaves", "linkage", "merges", "similarities");
  }

  /**
   * What a serializer that knows nothing of scap, such as Jackson's for records, writes: each
   * record as its components by name, lists as lists, enums by name, numbers and strings as
   * they are; anything else it cannot write.
   */
  @Test
  void serializesByAPlainWalkOfItsRecordComponentsToNumbersAndStrings() {
    Dendrogram dendrogram = PeerGrouping.hierarchical(ThemeOverlap.of(
        PeerGroupingTest.document(PeerGroupingTest.city("a", "t1", "t2"),
            PeerGroupingTest.city("b", "t1"), PeerGroupingTest.city("c", "t3")),
        OverlapOptions.DEFAULTS), Linkage.COMPLETE);

    assertThat(walk(dendrogram)).isEqualTo(Map.of(
        "leaves", List.of(Map.of("value", "a"), Map.of("value", "b"), Map.of("value", "c")),
        "linkage", "COMPLETE",
        "merges", List.of(
            Map.of("left", 0, "right", 1, "distance", 0.5, "size", 2),
            Map.of("left", 2, "right", 3, "distance", 1.0, "size", 3)),
        "similarities", List.of(0.5, 0.0)));
  }

  private static Object walk(Object value) {
    if (value instanceof Number || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DendrogramTest::walk).toList();
    }
    if (value instanceof Record record) {
      Map<String, Object> components = new LinkedHashMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          components.put(component.getName(), walk(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(component.getName(), e);
        }
      }
      return components;
    }
    throw new AssertionError("no plain form for " + value.getClass().getName());
  }
}
