package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BackgroundStartTest {

  @Test
  void warmsUpOnAValidDocumentWhoseCitiesArePeersAndPrintsNothing() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    boolean warmed;
    try (PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(both);
      System.setErr(both);
      warmed = BackgroundStart.warmUp();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    // a document with a problem would warm up the paths of errors instead of the command's own
    assertThat(warmed).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
