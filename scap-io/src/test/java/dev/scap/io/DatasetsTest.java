package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class DatasetsTest {

  @Test
  void namesTheAscnDataset() {
    assertThat(Datasets.names()).containsExactly("ascn");
  }

  @Test
  void loadsTheAscnDatasetOnceAndKeepsIt() {
    assertThat(Datasets.ascn()).isSameAs(Datasets.ascn());
    assertThat(Datasets.ascn().plans()).isNotEmpty();
  }

  @Test
  void findsADatasetByItsName() {
    assertThat(Datasets.byName("ascn")).containsSame(Datasets.ascn());
    assertThat(Datasets.byName("wego")).isEmpty();
    assertThat(Datasets.byName("ASCN")).isEmpty();
  }

  @Test
  void givesTheShippedTextWhichReadsAsTheSameDocument() {
    String json = Datasets.json("ascn").orElseThrow();

    assertThat(json).startsWith("{").endsWith("}\n");
    assertThat(ScapReader.create().read(json).document()).isEqualTo(Datasets.ascn());
    assertThat(ScapWriter.canonical().toJson(Datasets.ascn())).isEqualTo(json);
    assertThat(Datasets.json("nope")).isEmpty();
  }

  @Test
  void rejectsANullName() {
    assertThatNullPointerException().isThrownBy(() -> Datasets.byName(null));
    assertThatNullPointerException().isThrownBy(() -> Datasets.json(null));
  }
}
