package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.io.SyntheticDocuments;
import dev.scap.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scap report} past {@value Report#MATRIX_CITIES} cities: the HTML grows with the
 * cities, not with their square, measured in bytes at 700, 1,400 and 2,800 generated cities:
 * past the matrix limit and past the dendrogram's 500 leaves, so that no figure changes its
 * form between the three.
 */
class ReportScaleTest {

  /** What the issue asks of 10,000 cities. */
  private static final long MOST_AT_10_000 = 10_000_000;

  @TempDir
  Path folder;

  @Test
  void growsTheHtmlLinearlyWithTheCitiesPastTheMatrixLimit() throws IOException {
    long small = htmlBytes(700);
    long middle = htmlBytes(1400);
    long large = htmlBytes(2800);
    long firstStep = middle - small;
    long secondStep = large - middle;
    String sizes = "HTML bytes at 700, 1400, 2800 cities: " + small + ", " + middle + ", "
        + large;

    assertThat(firstStep).as(sizes).isPositive();
    // twice the cities added: about twice the bytes if linear, four times if quadratic
    assertThat((double) secondStep / firstStep).as(sizes).isBetween(1.5, 2.5);
    long bytesPerCity = secondStep / 1400;
    assertThat(large + bytesPerCity * (10_000 - 2800)).as(sizes + ": extrapolated to 10,000")
        .isLessThanOrEqualTo(MOST_AT_10_000);
  }

  @Test
  void showsBlocksReachableFromTheHeatmapPastTheMatrixLimit() throws IOException {
    Path html = report(Report.MATRIX_CITIES + 1);
    String page = Files.readString(html);

    assertThat(page).contains("<a href=\"#block-1\">", "<tr id=\"block-1\">",
        "scap overlap --matrix");
    int blocks = page.split("<tr id=\"block-", -1).length - 1;
    assertThat(blocks).isEqualTo(Report.BLOCKS);
  }

  @Test
  void showsEveryPairUpToTheMatrixLimit() throws IOException {
    String page = Files.readString(report(Report.MATRIX_CITIES));

    assertThat(page).doesNotContain("id=\"block-1\"");
    // the cities without themes are listed under the heatmap, not shaded
    long withThemes = ThemeOverlap.of(SyntheticDocuments.of(Report.MATRIX_CITIES, 24, 4, 1)
        .generate(), OverlapOptions.DEFAULTS).profiles().stream().filter(p -> !p.isZero())
        .count();
    assertThat(withThemes).isGreaterThan(Report.MATRIX_CITIES / 2);
    int cells = page.split("\u00d7 ", -1).length - 1;
    assertThat(cells).isEqualTo(withThemes * withThemes);
  }

  private long htmlBytes(int cities) throws IOException {
    return Files.size(report(cities));
  }

  private Path report(int cities) throws IOException {
    Path document = folder.resolve(cities + ".json");
    SyntheticDocuments.of(cities, 24, 4, 1).write(document);
    Path html = folder.resolve(cities + ".html");
    CliRun run = CliRun.of("report", "-o", html.toString(), "--date", "2026-11-27",
        document.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return html;
  }
}
