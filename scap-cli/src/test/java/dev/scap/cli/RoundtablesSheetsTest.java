package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheets organisers hand out, as {@code scap roundtables} writes them: the same bytes as
 * scap-report's {@code ConferenceSheets} gives for the built-in dataset's conference, whose
 * golden files both modules check.
 */
class RoundtablesSheetsTest {

  private static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources",
      "golden", "sheets");

  @Test
  void writesTheConferencesSheetsAsAPageWhenAskedForHtml() throws IOException {
    Golden.assertOutput(GOLDEN.resolve("conference-2019.html"),
        CliRun.of("roundtables", "--format", "html"), "roundtables", "--format", "html");
  }

  @Test
  void writesTheConferencesSheetsInMarkdownWhenAskedForSheets() throws IOException {
    Golden.assertOutput(GOLDEN.resolve("conference-2019.md"),
        CliRun.of("roundtables", "--format", "sheets"), "roundtables", "--format", "sheets");
  }

  @Test
  void writesTheSheetsToAnHtmlNameWithoutAskingForTheFormat(@TempDir Path dir)
      throws IOException {
    Path page = dir.resolve("sheets.html");

    CliRun run = CliRun.of("roundtables", "-o", page.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(page))
        .isEqualTo(CliRun.of("roundtables", "--format", "html").out());
  }

  @Test
  void refusesMarkdownSheetsToANameOfAnotherFormat(@TempDir Path dir) {
    CliRun run = CliRun.of("roundtables", "--format", "sheets", "-o",
        dir.resolve("sheets.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("scap: -o ").contains("--format is sheets")
        .doesNotContain("Exception");
    assertThat(dir.resolve("sheets.csv")).doesNotExist();
  }

  @Test
  void suggestsTheMarkdownSheetsForAnMdNameWithFormatHtml(@TempDir Path dir) {
    Path name = dir.resolve("y.md");

    CliRun run = CliRun.of("roundtables", "--format", "html", "-o", name.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: -o " + name + " names a Markdown file, but "
        + "--format is html: give --format sheets for the sheets in Markdown, or a name ending "
        + "in .html\n");
    assertThat(name).doesNotExist();
  }

  @Test
  void listsEveryFormatForANameItCannotTellTheFormatOf(@TempDir Path dir) {
    Path name = dir.resolve("z.htm");

    CliRun run = CliRun.of("roundtables", "-o", name.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: cannot tell the format to write to " + name
        + " from its extension .htm: give a name ending in .txt, .md, .html, .csv or .json, "
        + "or give --format (text, md, csv, json, html, sheets, document)\n");
    assertThat(name).doesNotExist();
  }

  @Test
  void countsThePlacedTablesInGoodGrammarAndKeepsTheHeadingOfATableNotPlacedShort() {
    CliRun run = CliRun.of("roundtables", "--format", "sheets", "--slots", "1", "--rooms", "A");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 of the 9 tables takes 1 slot in 1 room (A)")
        .doesNotContain("### Not placed")
        .contains("\n\n**Not placed: slot 1 has its one room taken**\n")
        .doesNotContain("all 1 room");
    assertThat(run.out().lines().filter(l -> l.startsWith("### ")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches("### (Slot 1, A: )?Table \\d+, [^:]+"));
  }
}
