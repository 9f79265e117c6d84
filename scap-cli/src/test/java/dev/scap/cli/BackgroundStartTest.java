package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackgroundStartTest {

  @Test
  void warmsUpOnAValidDocumentWhoseCitiesArePeers() {
    // a document with a problem would warm up the paths of errors instead of the command's own
    assertThat(BackgroundStart.warmUp()).isTrue();
  }
}
