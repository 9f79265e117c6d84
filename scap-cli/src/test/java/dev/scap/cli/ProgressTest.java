package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(err), terminal, now::get);
  }

  @Test
  void showsNothingForARunUnderASecond() {
    Progress progress = progress(true);

    progress.phase("reading plans.json");
    now.addAndGet(900_000_000L);
    progress.tick();
    progress.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void redrawsOneLineOnATerminalWithThePhaseAndTheTimeThenClearsIt() {
    Progress progress = progress(true);

    progress.phase("reading big.json");
    now.addAndGet(1_200_000_000L);
    progress.plans("big.json", 12_345);
    progress.tick();
    progress.phase("grouping the cities");
    now.addAndGet(1_000_000_000L);
    progress.tick();
    progress.done();

    assertThat(err.toString()).isEqualTo(
        "\r\033[Kscap: reading big.json, 12,345 plans (1.2 s)"
            + "\r\033[Kscap: grouping the cities (1.2 s)"
            + "\r\033[Kscap: grouping the cities (2.2 s)"
            + "\r\033[K");
  }

  @Test
  void writesOnePlainLineForEachPhaseElsewhere() {
    Progress progress = progress(false);

    progress.phase("reading big.json");
    progress.tick();
    now.addAndGet(1_500_000_000L);
    progress.tick();
    progress.tick();
    progress.phase("writing out.json");
    progress.done();

    assertThat(err.toString().lines()).containsExactly(
        "scap: 1.5 s: reading big.json", "scap: 1.5 s: writing out.json");
    assertThat(err.toString().chars()).noneMatch(c -> c == '\r' || c == 0x1b);
  }

  @Test
  void showsTheWritingOfAFileButNotOfStandardOutputOnTheTerminalItIsDrawnOn() {
    Progress shared = new Progress(new PrintWriter(err), true, true, now::get);
    Progress apart = new Progress(new PrintWriter(err), true, false, now::get);

    shared.phase("computing theme overlap");
    now.addAndGet(1_500_000_000L);
    shared.tick();
    shared.writing(null);
    shared.tick();
    String whileWritingToTheTerminal = err.toString();
    shared.writing(Path.of("out.csv"));
    shared.done();
    String toAFile = err.toString().substring(whileWritingToTheTerminal.length());
    apart.writing(null);
    apart.done();
    String elsewhere = err.toString().substring(whileWritingToTheTerminal.length()
        + toAFile.length());

    assertThat(whileWritingToTheTerminal).as("cleared before the output begins").isEqualTo(
        "\r\033[Kscap: computing theme overlap (1.5 s)\r\033[K");
    assertThat(toAFile).isEqualTo("\r\033[Kscap: writing out.csv (1.5 s)\r\033[K");
    assertThat(elsewhere).isEqualTo("\r\033[Kscap: writing the output (1.5 s)\r\033[K");
  }

  @Test
  void anErrorClearsTheLineDrawnBeforeItsMessage() {
    ScapCommand root = new ScapCommand();
    Progress progress = progress(true);
    root.running = progress;

    progress.phase("planning the roundtables");
    now.addAndGet(2_000_000_000L);
    progress.tick();
    root.endProgress();
    progress.tick();

    assertThat(err.toString()).isEqualTo(
        "\r\033[Kscap: planning the roundtables (2.0 s)\r\033[K");
  }

  @Test
  void acceptsAutoAlwaysAndNeverAndRefusesAnythingElseInOneLine() {
    CliRun never = CliRun.of("--progress", "never", "dataset");
    CliRun always = CliRun.of("--progress=always", "dataset");
    CliRun wrong = CliRun.of("--progress", "sometimes", "dataset");

    assertThat(never.exitCode()).isZero();
    assertThat(always.exitCode()).isZero();
    assertThat(always.err()).as("a run under a second").isEmpty();
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("'sometimes' is not a choice; use auto, always or never");
  }
}
