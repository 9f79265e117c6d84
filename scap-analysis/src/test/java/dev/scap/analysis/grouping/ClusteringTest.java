package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import org.junit.jupiter.api.Test;

class ClusteringTest {

  private static final ThemeOverlap OVERLAP = ThemeOverlap.of(PeerGroupingTest.DOCUMENT,
      OverlapOptions.DEFAULTS);

  @Test
  void holdsTheOverlapAndTheDendrogramMadeFromIt() {
    for (Linkage linkage : Linkage.values()) {
      Clustering clustering = PeerGrouping.cluster(OVERLAP, linkage);

      assertThat(clustering.overlap()).as(linkage.code()).isSameAs(OVERLAP);
      assertThat(clustering.dendrogram()).as(linkage.code())
          .isEqualTo(PeerGrouping.hierarchical(OVERLAP, linkage));
    }
  }

  @Test
  void cutsAsTheCutsGivenItsOverlapAndDendrogram() {
    for (Linkage linkage : Linkage.values()) {
      Clustering clustering = PeerGrouping.cluster(OVERLAP, linkage);
      Dendrogram dendrogram = clustering.dendrogram();

      for (int k = 1; k <= 5; k++) {
        assertThat(clustering.cut(k)).as("%s, k = %d", linkage, k)
            .isEqualTo(PeerGrouping.cut(OVERLAP, dendrogram, k));
      }
      assertThat(clustering.cutAt(0.5)).as(linkage.code())
          .isEqualTo(PeerGrouping.cutAt(OVERLAP, dendrogram, 0.5));
    }
  }

  @Test
  void rejectsACutIntoFewerThanOneOrMoreGroupsThanCities() {
    Clustering clustering = PeerGrouping.cluster(OVERLAP, Linkage.AVERAGE);

    assertThatThrownBy(() -> clustering.cut(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 5 cities into 0 groups");
    assertThatThrownBy(() -> clustering.cut(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 5 cities into 6 groups");
  }

  @Test
  void namesItsLinkageAndItsNumberOfCitiesAsText() {
    assertThat(PeerGrouping.cluster(OVERLAP, Linkage.AVERAGE))
        .hasToString("Clustering[linkage=average, cities=5]");
    assertThat(PeerGrouping.cluster(ThemeOverlap.of(PeerGroupingTest.document(),
        OverlapOptions.DEFAULTS), Linkage.SINGLE))
        .hasToString("Clustering[linkage=single, cities=0]");
  }

  @Test
  void equalsOnlyItself() {
    Clustering clustering = PeerGrouping.cluster(OVERLAP, Linkage.COMPLETE);
    Clustering again = PeerGrouping.cluster(OVERLAP, Linkage.COMPLETE);

    assertThat(clustering).isEqualTo(clustering).isNotEqualTo(again);
    assertThat(again.dendrogram()).isEqualTo(clustering.dendrogram());
  }

  @Test
  void rejectsNoOverlapAndNoLinkage() {
    assertThatThrownBy(() -> PeerGrouping.cluster(null, Linkage.AVERAGE))
        .isInstanceOf(NullPointerException.class).hasMessage("overlap");
    assertThatThrownBy(() -> PeerGrouping.cluster(OVERLAP, null))
        .isInstanceOf(NullPointerException.class).hasMessage("linkage");
  }
}
