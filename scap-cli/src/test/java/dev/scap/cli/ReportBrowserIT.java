package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the built-in dataset rendered in a real browser, headless Chromium
 * (Debian's {@code chromium} package): its script runs (every sortable table gets its filter
 * box), its figures and tables are there at desktop and phone widths, and it prints to a PDF
 * of fewer pages than one per section and table row would take.
 */
class ReportBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long SECONDS = 60;

  @TempDir static Path folder;
  private static Path page;

  @BeforeAll
  static void writeTheReport() throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("headless Chromium is missing at " + CHROMIUM + ": install Debian's package "
          + "'chromium' (apt-get install -y chromium), as .ci/run does");
    }
    page = folder.resolve("report.html");
    Files.writeString(page, ReportCommandTest.golden("report.html"));
  }

  @Test
  void runsItsScriptSoThatEverySortableTableGetsAFilterBox() throws Exception {
    String dom = chromium("--dump-dom", "--window-size=1280,2400");

    int sortable = count(dom, "<table class=\"sortable\"");
    assertThat(sortable).as("the sortable tables of the built-in report").isGreaterThan(2);
    assertThat(count(dom, "class=\"filter\"")).as("a filter box above each").isEqualTo(sortable);
    assertThat(count(dom, "class=\"sort\"") + count(dom, "class=\"num sort\""))
        .as("every heading of a sortable table can be clicked").isGreaterThan(sortable * 3);
  }

  @Test
  void showsTheFiguresAndTablesAtDesktopAndPhoneWidths() throws Exception {
    for (String size : List.of("1280,2400", "400,3000")) {
      String dom = chromium("--dump-dom", "--window-size=" + size);
      assertThat(count(dom, "<svg class=\"chart\"")).as(size).isGreaterThanOrEqualTo(2);
      assertThat(dom).as(size).contains("id=\"overlap-title\"", "id=\"coverage-title\"",
          "<section id=\"about\">", "Notes and cautions", "and 3 more at 0.667");
      Path png = folder.resolve("report-" + size.replace(',', 'x') + ".png");
      chromium("--screenshot=" + png, "--window-size=" + size, "--hide-scrollbars");
      assertThat(png).as(size).isNotEmptyFile();
      byte[] header = Files.readAllBytes(png);
      assertThat(new String(header, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
  }

  @Test
  void printsWithoutAPagePerSection() throws Exception {
    Path pdf = folder.resolve("report.pdf");
    chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer");

    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    // a page per section and per city's peers took 39 pages
    assertThat(count).as("pages of the printed report").isBetween(5, 32);
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(folder, "profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    command.add(page.toUri().toString());
    Path out = folder.resolve("chromium.out");
    Path err = folder.resolve("chromium.err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in " + SECONDS + " s: " + String.join(" ", command));
    }
    assertThat(process.exitValue()).as(Files.readString(err)).isZero();
    return Files.readString(out);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
