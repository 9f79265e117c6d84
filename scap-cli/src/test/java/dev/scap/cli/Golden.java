package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files of the command line's outputs, rewritten with {@code -Dscap.regenerate=true}. */
final class Golden {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden files from the commands. */
  static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  private static final String ADVICE = "; if the change is intended, rewrite the golden files "
      + "by running the tests with -Dscap.regenerate=true and review their diff";

  private Golden() {}

  /**
   * Checks that a run's output is its golden file, or rewrites the file when regenerating.
   *
   * @param file the golden file
   * @param run the run, which must have succeeded
   * @param args the run's arguments, for the message
   */
  static void assertOutput(Path file, CliRun run, String... args) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    if (REGENERATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, run.out());
      return;
    }
    assertThat(Files.exists(file)).as("no golden file " + file + ADVICE).isTrue();
    assertThat(run.out()).as("scap " + String.join(" ", args) + " differs from " + file + ADVICE)
        .isEqualTo(Files.readString(file));
  }
}
