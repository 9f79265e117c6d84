package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void saysNothingWhenEmpty() {
    assertThat(Metadata.EMPTY).isEqualTo(new Metadata(null, null, null, null, null, null,
        Extensions.NONE));
    assertThat(Metadata.EMPTY.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void holdsOnlyATitleWhenTitled() {
    assertThat(Metadata.titled("Example")).isEqualTo(new Metadata("Example", null, null, null,
        null, null, null));
  }
}
