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

  @Test
  void warmsUpOnlyForCommandsThatReadADocument() {
    assertThat(BackgroundStart.warmsUp("overlap")).isTrue();
    assertThat(BackgroundStart.warmsUp("--progress", "always", "groups", "plans.json")).isTrue();
    assertThat(BackgroundStart.warmsUp("--version")).isFalse();
    assertThat(BackgroundStart.warmsUp("schema", "-o", "schema.json")).isFalse();
    assertThat(BackgroundStart.warmsUp()).isFalse();
  }
}
