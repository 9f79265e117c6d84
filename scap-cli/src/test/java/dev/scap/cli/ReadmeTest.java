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
    CliRun run = CliRun.of("roundtables", "--taxonomy", "wego-ascn-2019", "--weights",
        "projects", "--format", "md");

    assertThat(run.exitCode()).isZero();
    List<String> shown = run.out().lines()
        .filter(line -> line.startsWith("|") || line.startsWith("Total")).toList();
    assertThat(shown).isNotEmpty();
    assertThat(readme()).contains(String.join("\n", shown.subList(0, shown.size() - 1)))
        .contains(shown.get(shown.size() - 1));
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
