package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path folder;

  /**
   * Writes a document of {@code count} null cities, one problem each, and one more: it has no
   * taxonomies.
   */
  private Path nullCities(int count) throws IOException {
    StringBuilder json = new StringBuilder("{\"scapVersion\": \"1.0\", \"cities\": [");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ", ").append("null");
    }
    Path file = folder.resolve("nulls.json");
    Files.writeString(file, json.append("]}\n"));
    return file;
  }

  @Test
  void printsAThousandProblemsOfAFileByDefaultThenHowManyMore() throws IOException {
    Path file = nullCities(1500);

    CliRun run = CliRun.of("validate", file.toString());

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(1)).startsWith(file + ":1:").contains(" error wrong-type /cities/0: ");
    assertThat(lines.get(999)).contains(" /cities/998: ");
    assertThat(lines.get(1000)).isEqualTo(file + ": ... and 501 more problems");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void printsAsManyProblemsAsMaxProblemsSays() throws IOException {
    Path file = nullCities(5);

    CliRun two = CliRun.of("validate", "--max-problems", "2", file.toString());
    CliRun five = CliRun.of("validate", "--max-problems", "5", file.toString());
    CliRun six = CliRun.of("validate", "--max-problems", "6", file.toString());

    assertThat(two.out().lines()).hasSize(3).last()
        .isEqualTo(file + ": ... and 4 more problems");
    assertThat(five.out().lines()).hasSize(6).last()
        .isEqualTo(file + ": ... and 1 more problem");
    assertThat(six.out().lines()).hasSize(6).noneMatch(line -> line.contains("more problem"));
  }

  @Test
  void exitsWithTheCodeOfEveryProblemEvenThoseNotPrinted() throws IOException {
    Path file = nullCities(3);

    CliRun run = CliRun.of("validate", "--max-problems", "0", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(file + ": ... and 4 more problems");
  }

  @Test
  void countsTheProblemsLeftOutInTheJsonArray() throws IOException {
    Path file = nullCities(3);

    CliRun run = CliRun.of("validate", "--format", "json", "--max-problems", "1",
        file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String quoted = "\"" + file + "\"";  // a temporary path needs no escape in JSON
    assertThat(run.out()).startsWith("[{\"file\":" + quoted + ",\"line\":1,")
        .endsWith(",{\"file\":" + quoted + ",\"omitted\":3}]\n")
        .containsOnlyOnce("\"rule\":");
  }

  @Test
  void refusesANegativeMaxProblemsInOneLineAsImportDoes() {
    CliRun validate = CliRun.of("validate", "--max-problems", "-1");
    CliRun importing = CliRun.of("import", "--max-problems", "-1", "plans.xlsx");

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).isEqualTo("scap: --max-problems must be 0 or more, not -1\n");
    assertThat(importing.exitCode()).isEqualTo(2);
    assertThat(importing.err()).isEqualTo(validate.err());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void validatesTwoHundredThousandProblemsAndPrintsTheFirstThousand() throws IOException {
    Path file = nullCities(200_000);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1001).last()
        .isEqualTo(file + ": ... and 199001 more problems");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void countsInItsLastLineTheProblemsThatTheReaderLeftOut() throws IOException {
    Path file = nullCities(200_000);

    CliRun run = CliRun.of("validate", "--max-problems", "50", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(51);
    assertThat(lines.get(0)).contains(" /taxonomies: ");
    assertThat(lines.get(49)).contains(" error wrong-type /cities/48: ");
    assertThat(lines.get(50)).isEqualTo(file + ": ... and 199951 more problems");
  }

  @Test
  void tellsOfAFileThatIsNotJsonThatScapReadsScapDocuments() throws IOException {
    Path csv = folder.resolve("cities.csv");
    Files.writeString(csv, "city,name\nhanoi,Hanoi\n");
    Path broken = folder.resolve("broken.json");
    Files.writeString(broken, "{\"scapVersion\": \"1.0\", \"cities\": [,]}");

    CliRun run = CliRun.of("validate", csv.toString(), broken.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().toList()).hasSize(2)
        .first().asString().startsWith(csv + ":1:1: error syntax-error /: Unrecognized token "
            + "'city'");
    assertThat(run.err()).isEqualTo("scap: " + csv + " is not a SCAP document: it looks like "
        + "CSV; scap reads a folder of CSV files in the layout of docs/SHEETS.md ('scap template "
        + "-o DIR' shows it), or SCAP documents, which are JSON objects ({\"scapVersion\": "
        + "\"1.0\", ...}, see FORMAT.md)\n");
  }
}
