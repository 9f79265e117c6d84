package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps what the README shows of the command line true. */
class ReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  @Test
  void showsTheRoundtablePlanThatTheCommandMakes() throws IOException {
    CliRun run = CliRun.of("roundtables", "--format", "md");

    assertThat(run.exitCode()).isZero();
    List<String> table = run.out().lines().filter(line -> line.startsWith("|")).toList();
    List<String> totals = run.out().lines()
        .filter(line -> line.startsWith("Total") || line.startsWith("Timetable")).toList();
    assertThat(table).hasSize(11);
    assertThat(table.get(0)).startsWith("| table | slot | theme |");
    assertThat(totals).hasSize(2);
    assertThat(readme()).contains(String.join("\n", table)).contains(totals);
  }

  /**
   * The text output the README shows: its {@code text} block, whose parts between lines of
   * {@code …} each appear, whole lines in order, in what {@code scap roundtables} prints.
   */
  @Test
  void showsTheInvitationsAndTheirReasonsThatTheCommandPrints() throws IOException {
    String readme = readme();
    int start = readme.indexOf("```text\nFor the event ");
    assertThat(start).as("the README's text output of roundtables").isNotNegative();
    String block = readme.substring(start + "```text\n".length(),
        readme.indexOf("\n```", start + 1) + 1);
    CliRun run = CliRun.of("roundtables");

    assertThat(run.exitCode()).isZero();
    assertThat(block).startsWith(run.out().lines().findFirst().orElseThrow() + "\n")
        .contains("slot ", "  invite:");
    for (String part : block.split("…\n")) {
      assertThat(part).isNotBlank();
      assertThat("\n" + run.out()).contains("\n" + part);
    }
  }

  @Test
  void runsEveryCommandItShows() throws IOException {
    List<String> commands = readme().lines()
        .filter(line -> line.startsWith("java -jar scap-cli/target/scap.jar "))
        .map(line -> line.substring("java -jar scap-cli/target/scap.jar ".length()))
        .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
        .map(String::strip)
        .filter(line -> !line.contains(">") && !line.contains(" -o ")
            && !line.contains(".json"))
        .toList();

    assertThat(commands).hasSizeGreaterThan(5);
    for (String command : commands) {
      CliRun run = CliRun.of(command.split(" +"));
      assertThat(run.exitCode()).as(command + "\n" + run.err()).isZero();
      assertThat(run.out()).as(command).isNotEmpty();
    }
  }
}
