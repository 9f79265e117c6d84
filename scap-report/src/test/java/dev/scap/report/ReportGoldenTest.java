package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in dataset's report with the default options, in every format, as its golden files:
 * the same bytes that {@code scap report --date 2026-11-27} prints, which scap-cli's
 * ReportCommandTest checks against the same files.
 */
class ReportGoldenTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden files from the renderers. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report");

  private static final String ADVICE = "; if the change is intended, rewrite the golden files "
      + "by running the tests with -Dscap.regenerate=true and review their diff";

  private static final Report REPORT = builtIn();

  @Test
  void rendersHtmlAsTheGoldenFile() throws IOException {
    assertGolden("report.html", ReportHtml.render(REPORT));
  }

  @Test
  void rendersMarkdownAsTheGoldenFile() throws IOException {
    assertGolden("report.md", ReportMarkdown.render(REPORT));
  }

  @Test
  void rendersJsonAsTheGoldenFile() throws IOException {
    assertGolden("report.json", ReportJson.render(REPORT));
  }

  @Test
  void rendersEachCsvTableAsItsGoldenFile() throws IOException {
    Map<String, String> tables = ReportCsv.tables(REPORT);
    if (!REGENERATE) {
      try (Stream<Path> files = Files.list(GOLDEN.resolve("csv"))) {
        assertThat(tables.keySet()).as("the golden tables" + ADVICE)
            .containsExactlyInAnyOrderElementsOf(
                files.map(f -> f.getFileName().toString()).toList());
      }
    }
    for (Map.Entry<String, String> table : tables.entrySet()) {
      assertGolden("csv/" + table.getKey(), table.getValue());
    }
  }

  private static Report builtIn() {
    String json = Datasets.json(Datasets.ASCN).orElseThrow();
    ReadResult read = ScapReader.create().read(json);
    ReportStamp stamp = ReportStamp.of(json.getBytes(StandardCharsets.UTF_8), "<ascn>",
        LocalDate.of(2026, 11, 27));
    // as scap report plans it with no option: the roundtables of the dataset's event
    return Reports.planningTheEvent(read.document(), read.report(), stamp);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (REGENERATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    assertThat(Files.exists(file)).as("no golden file " + file + ADVICE).isTrue();
    assertThat(actual).as(name + " differs from " + file + ADVICE)
        .isEqualTo(Files.readString(file));
  }
}
