package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.SimilarityMatrix;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.io.Datasets;
import dev.scap.io.ScapWriter;
import dev.scap.model.City;
import dev.scap.model.Metadata;
import dev.scap.model.ScapDocument;
import dev.scap.model.ScapLibrary;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code scap report} on the built-in dataset: golden reports in every format, the HTML parsed
 * as well-formed XML and free of external references, the heatmap's order, the stamp, and
 * errors.
 */
class ReportCommandTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden files from the command. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  /**
   * The golden reports, which regenerating rewrites; ReportJarIT reads them. They are the
   * renderers' own, kept beside their test in scap-report: the command prints them unchanged.
   */
  static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources", "golden",
      "report");

  static final String ADVICE = "; if the change is intended, rewrite the golden files by "
      + "running the tests with -Dscap.regenerate=true and review their diff";

  private static final String DATE = "2026-11-27";

  private static final ScapDocument ASCN = Datasets.ascn();

  static {
    // Tests run inside the module dev.scap.cli, which needs no XML: let it read java.xml here,
    // before a class of java.xml is linked, rather than require java.xml in module-info.
    ReportCommandTest.class.getModule().addReads(
        ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  @TempDir Path folder;

  static Stream<Arguments> goldenRuns() {
    return Stream.of(
        arguments("report.html", "html"),
        arguments("report.md", "md"),
        arguments("report.json", "json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void printsTheBuiltInDatasetsReportAsItsGoldenFile(String golden, String format)
      throws IOException {
    CliRun run = CliRun.of("report", "--format", format, "--date", DATE);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertGolden(golden, run.out(), "scap report --format " + format + " --date " + DATE);
  }

  @Test
  void writesOneCsvFilePerTableAsTheGoldenFiles() throws IOException {
    Path tables = folder.resolve("tables");
    CliRun run = CliRun.of("report", "--format", "csv", "-o", tables.toString(), "--date", DATE);

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path golden = GOLDEN.resolve("csv");
    List<String> written = names(tables);
    assertThat(written).containsExactlyInAnyOrder("stamp.csv", "summary.csv", "problems.csv",
        "coverage.csv", "heatmap.csv", "weights.csv", "peers.csv", "shared-themes.csv",
        "groups.csv", "roundtables.csv", "table-partners.csv", "roundtable-notes.csv",
        "partners.csv");
    if (REGENERATE) {
      Files.createDirectories(golden);
      for (String name : names(golden)) {
        Files.delete(golden.resolve(name));
      }
    } else {
      assertThat(written).as("the golden tables in " + golden + ADVICE)
          .containsExactlyInAnyOrderElementsOf(names(golden));
    }
    for (String name : written) {
      String text = Files.readString(tables.resolve(name));
      assertThat(text).as(name).doesNotContain("\r").endsWith("\n");
      assertGolden("csv/" + name, text, "scap report --format csv, " + name);
    }
  }

  @Test
  void writesTheFormatThatTheOutputsExtensionNamesAndMarkdownWithoutOne() throws IOException {
    Path html = folder.resolve("report.html");
    Path md = folder.resolve("report.md");

    assertThat(CliRun.of("report", "-o", html.toString(), "--date", DATE).exitCode()).isZero();
    assertThat(CliRun.of("report", "-o", md.toString(), "--date", DATE).exitCode()).isZero();

    String expectedHtml = CliRun.of("report", "--format", "html", "--date", DATE).out();
    String expectedMd = CliRun.of("report", "--format", "md", "--date", DATE).out();
    assertThat(expectedHtml).startsWith("<!DOCTYPE html>");
    assertThat(expectedMd).startsWith("# scap report");
    assertThat(Files.readString(html)).isEqualTo(expectedHtml);
    assertThat(Files.readString(md)).isEqualTo(expectedMd);
    assertThat(CliRun.of("report", "--date", DATE).out()).isEqualTo(expectedMd);
    Path json = folder.resolve("report.json");
    Path plain = folder.resolve("report");
    Path pdf = folder.resolve("report.pdf");
    assertThat(CliRun.of("report", "-o", json.toString(), "--date", DATE).exitCode()).isZero();
    assertThat(CliRun.of("report", "-o", plain.toString(), "--date", DATE).exitCode()).isZero();
    assertThat(CliRun.of("report", "--format", "md", "-o", pdf.toString(), "--date", DATE)
        .exitCode()).isZero();
    assertThat(Files.readString(json))
        .isEqualTo(CliRun.of("report", "--format", "json", "--date", DATE).out());
    assertThat(Files.readString(plain)).isEqualTo(expectedMd);
    assertThat(Files.readString(pdf)).isEqualTo(expectedMd);
  }

  // HTML: one self-contained page, well-formed, nothing fetched.

  @Test
  void writesHtmlThatIsWellFormedXmlOnceTheDoctypeIsRemoved() throws Exception {
    String html = CliRun.of("report", "--format", "html", "--date", DATE).out();

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    Document page = xml(html);

    assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(page.getElementsByTagName("svg").getLength()).as("coverage, heatmap, dendrogram")
        .isEqualTo(3);
    assertThat(page.getElementsByTagName("style").getLength()).isEqualTo(1);
    assertThat(page.getElementsByTagName("section").getLength()).isEqualTo(10);
  }

  @Test
  void writesHtmlWithOneInlineScriptAllowedByItsHashAndNoExternalReference() throws Exception {
    String html = CliRun.of("report", "--format", "html", "--date", DATE).out();
    Document page = xml(html);

    NodeList scripts = page.getElementsByTagName("script");
    assertThat(scripts.getLength()).isOne();
    Element script = (Element) scripts.item(0);
    assertThat(script.getAttributes().getLength()).as("no src, no type").isZero();
    String hash = "sha256-" + java.util.Base64.getEncoder().encodeToString(MessageDigest
        .getInstance("SHA-256").digest(script.getTextContent().getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("script-src '" + hash + "'");
    assertThat(script.getTextContent()).doesNotContain("fetch(", "XMLHttpRequest", "http",
        "import(", "eval(");
    for (String tag : List.of("link", "img", "iframe", "object", "embed", "base",
        "image", "use", "foreignObject", "audio", "video", "source", "form")) {
      assertThat(page.getElementsByTagName(tag).getLength()).as(tag).isZero();
    }
    for (Element element : elements(page)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        String value = attribute.getNodeValue().toLowerCase(Locale.ROOT);
        assertThat(value).as("<%s %s>", element.getTagName(), attribute.getNodeName())
            .doesNotContain("http://", "https://", "//", "url(", "data:", "javascript:");
        if (attribute.getNodeName().equals("href")) {
          assertThat(value).as("a link inside the page").startsWith("#");
        }
      }
    }
    String style = page.getElementsByTagName("style").item(0).getTextContent();
    assertThat(style).doesNotContain("url(", "@import", "http");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
  }

  @Test
  void shadesTheHeatmapInTheDendrogramsLeafOrder() throws Exception {
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS);
    // the cities without themes are listed under the heatmap, not shaded
    int[] leaves = java.util.Arrays.stream(
        PeerGrouping.hierarchical(overlap, Linkage.AVERAGE).leafOrder())
        .filter(leaf -> !overlap.profiles().get(leaf).isZero()).toArray();
    List<String> names = new ArrayList<>();
    for (int leaf : leaves) {
      names.add(ASCN.cities().get(leaf).name());
    }
    assertThat(names).hasSize(26);
    Element heatmap = (Element) xml(CliRun.of("report", "--format", "html", "--date", DATE)
        .out()).getElementsByTagName("svg").item(1);

    List<String> rowLabels = new ArrayList<>();
    List<String> columnLabels = new ArrayList<>();
    NodeList texts = heatmap.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      if (text.hasAttribute("transform")) {
        columnLabels.add(text.getTextContent());
      } else if (names.contains(text.getTextContent())) {
        rowLabels.add(text.getTextContent());
      }
    }
    assertThat(rowLabels).isEqualTo(names);
    assertThat(columnLabels).isEqualTo(names);
    int n = names.size();
    List<Element> cells = new ArrayList<>();
    NodeList rects = heatmap.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getElementsByTagName("title").getLength() == 1
          && rect.getTextContent().contains(" \u00d7 ")) {
        cells.add(rect);
      }
    }
    assertThat(cells).hasSize(n * n);
    SimilarityMatrix matrix = overlap.matrix();
    Map<Double, String> fills = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Element cell = cells.get(i * n + j);
        double score = matrix.score(leaves[i], leaves[j]);
        String fill = cell.getAttribute("fill");
        assertThat(cell.getTextContent()).startsWith(names.get(i) + " \u00d7 " + names.get(j));
        assertThat(fill).matches("#[0-9a-f]{6}");
        assertThat(fills.computeIfAbsent(score, s -> fill)).as("one shade per score")
            .isEqualTo(fill);
      }
    }
    assertThat(fills).containsEntry(0.0, "#f2f2f2").containsKey(1.0).hasSizeGreaterThan(4);
    int brightness = Integer.MAX_VALUE;
    for (String fill : fills.values()) {
      int rgb = Integer.parseInt(fill.substring(1), 16);
      int sum = (rgb >> 16) + (rgb >> 8 & 0xff) + (rgb & 0xff);
      assertThat(sum).as("darker for a higher score: " + fills).isLessThan(brightness);
      brightness = sum;
    }
  }

  @Test
  void escapesEveryTextOfTheDocumentInHtmlAndMarkdown() throws Exception {
    String hostile = "Tom & \"Jerry's\" <script>alert(1)</script> | *x* [y](z) https://example.org";
    List<City> cities = new ArrayList<>(ASCN.cities());
    City first = cities.get(0);
    cities.set(0, new City(first.id(), hostile, first.country(), first.population(),
        first.location(), first.networks(), first.extensions()));
    ScapDocument document = ASCN.toBuilder().cities(cities)
        .metadata(new Metadata("</title><b>bold</b> & co", null, null, null, null, null, null))
        .build();
    Path file = folder.resolve("hostile.json");
    ScapWriter.canonical().write(document, file);

    CliRun html = CliRun.of("report", file.toString(), "--format", "html", "--date", DATE);
    CliRun md = CliRun.of("report", file.toString(), "--format", "md", "--date", DATE);

    assertThat(html.exitCode()).as(html.err()).isZero();
    Document page = xml(html.out());
    assertThat(page.getElementsByTagName("script").getLength())
        .as("the page's own script only").isOne();
    assertThat(page.getElementsByTagName("script").item(0).getTextContent())
        .doesNotContain("alert");
    assertThat(page.getElementsByTagName("b").getLength()).isZero();
    assertThat(page.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("scap report: </title><b>bold</b> & co");
    assertThat(page.getDocumentElement().getTextContent()).contains(hostile);
    assertThat(html.out()).contains("Tom &amp; &quot;Jerry&#39;s&quot; &lt;script&gt;");
    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out()).contains("Tom & \"Jerry's\" \\<script\\>alert(1)\\</script\\> \\| "
        + "\\*x\\* \\[y\\](z)").doesNotContain(hostile);
  }

  // The stamp: version, the input's SHA-256, every option, the date.

  @Test
  void stampsTheSha256OfTheBuiltInDatasetsShippedBytes() {
    Map<String, Object> stamp = object(json(CliRun.of("report", "--format", "json", "--date",
        DATE).out()).get("stamp"));

    assertThat(stamp).containsEntry("input", Input.BUILT_IN).containsEntry("date", DATE)
        .containsEntry("sha256", sha256(Datasets.json("ascn").orElseThrow()
            .getBytes(StandardCharsets.UTF_8)))
        .containsEntry("scap", ScapLibrary.version());
    assertThat((String) stamp.get("sha256")).matches("[0-9a-f]{64}");
  }

  @Test
  void stampsTheSha256OfTheFileOrStandardInputsBytes() throws IOException {
    String text = Datasets.json("ascn").orElseThrow().replace("\n", "\r\n");
    Path file = folder.resolve("ascn-crlf.json");
    Files.writeString(file, text);
    String expected = sha256(text.getBytes(StandardCharsets.UTF_8));

    Map<String, Object> fromFile = object(json(CliRun.of("report", file.toString(),
        "--format", "json", "--date", DATE).out()).get("stamp"));
    Map<String, Object> fromStdin = object(json(CliRun.withInput(text, "report", "-",
        "--format", "json", "--date", DATE).out()).get("stamp"));

    assertThat(fromFile).containsEntry("input", file.toString())
        .containsEntry("sha256", expected);
    assertThat(fromStdin).containsEntry("input", "<stdin>").containsEntry("sha256", expected);
    assertThat(expected).isNotEqualTo(sha256(Datasets.json("ascn").orElseThrow()
        .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void stampsEveryOptionGiven() {
    CliRun run = CliRun.of("report", "--format", "json", "--date", "2030-01-02",
        "--taxonomy", "wego-ascn-2019", "--weights", "projects", "--metric", "cosine",
        "--top", "3", "--min-score", "0.1", "--linkage", "complete", "--groups", "4",
        "--per-city", "1", "--min-seats", "3", "--max-seats", "6", "--partners", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> stamp = object(json(run.out()).get("stamp"));
    Map<String, Object> options = object(stamp.get("options"));
    assertThat(stamp).containsEntry("date", "2030-01-02");
    assertThat(options).containsEntry("taxonomy", "wego-ascn-2019")
        .containsEntry("weights", "projects").containsEntry("metric", "cosine")
        .containsEntry("rollup", false).containsEntry("top", 3.0)
        .containsEntry("minScore", 0.1).containsEntry("partners", 2.0);
    assertThat(object(options.get("groups"))).containsEntry("linkage", "complete")
        .containsEntry("groups", 4.0);
    assertThat(object(options.get("roundtables"))).containsEntry("taxonomy", "wego-ascn-2019")
        .containsEntry("weights", "projects").containsEntry("perCity", 1.0)
        .containsEntry("minSeats", 3.0).containsEntry("maxSeats", 6.0);
    assertThat(list(object(json(run.out()).get("groups")).get("groups"))).hasSize(4);
    String md = CliRun.of("report", "--date", "2030-01-02", "--taxonomy", "wego-ascn-2019",
        "--groups", "4", "--per-city", "1").out();
    assertThat(md).contains("| `date` | `2030-01-02` |", "| `taxonomy` | `wego-ascn-2019` |",
        "| `groups` | `4` |", "| `per-city` | `1` |").doesNotContain("| `threshold` |");
  }

  @Test
  void stampsTodayWhenNoDateIsGiven() {
    LocalDate before = LocalDate.now();
    Map<String, Object> stamp = object(json(CliRun.of("report", "--format", "json").out())
        .get("stamp"));
    LocalDate after = LocalDate.now();

    assertThat(LocalDate.parse((String) stamp.get("date"))).isBetween(before, after);
  }

  @Test
  void givesTheHeatmapAndWeightsInLeafOrderWithExactScoresInJson() {
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS);
    int[] leaves = PeerGrouping.hierarchical(overlap, Linkage.AVERAGE).leafOrder();
    Map<String, Object> heatmap = object(json(CliRun.of("report", "--format", "json",
        "--date", DATE).out()).get("heatmap"));

    List<Object> order = list(heatmap.get("leafOrder"));
    List<Object> rows = list(heatmap.get("rows"));
    assertThat(order).hasSize(leaves.length);
    for (int i = 0; i < leaves.length; i++) {
      assertThat(order.get(i)).isEqualTo(overlap.cities().get(leaves[i]).value());
      Map<String, Object> row = object(rows.get(i));
      assertThat(row.get("city")).isEqualTo(order.get(i));
      List<Object> scores = list(row.get("scores"));
      for (int j = 0; j < leaves.length; j++) {
        assertThat(scores.get(j)).isEqualTo(overlap.matrix().score(leaves[i], leaves[j]));
      }
    }
  }

  @Test
  void writesCsvTablesThatFollowTheOtherCommandsContracts() throws IOException {
    Path tables = folder.resolve("out");
    assertThat(CliRun.of("report", "--format", "csv", "-o", tables.toString()).exitCode())
        .isZero();

    assertThat(Files.readString(tables.resolve("peers.csv")))
        .isEqualTo(CliRun.of("overlap", "--format", "csv").out());
    assertThat(Files.readString(tables.resolve("roundtables.csv")))
        .isEqualTo(CliRun.of("roundtables", "--format", "csv").out());
    List<CSVRecord> groups = csv(Files.readString(tables.resolve("groups.csv")));
    List<CSVRecord> contract = csv(CliRun.of("groups", "--format", "csv").out());
    assertThat(groups).extracting(r -> List.of(r.get(0), r.get(1)))
        .isEqualTo(contract.stream().map(r -> List.of(r.get(0), r.get(1))).toList());
  }

  @Test
  void writesCsvIntoAFolderThatItCreates() throws IOException {
    Path tables = folder.resolve("a").resolve("b");

    CliRun run = CliRun.of("report", "--format", "csv", "-o", tables.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(names(tables)).hasSize(13);
  }

  // Errors: one clear line, the exit codes of the other commands.

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        arguments(new String[] {"report", "--format", "csv"}, "give the folder with -o DIR"),
        arguments(new String[] {"report", "--date", "27/11/2026"},
            "'27/11/2026' is not a date; use YYYY-MM-DD"),
        arguments(new String[] {"report", "--format", "pdf"}, "--format"),
        arguments(new String[] {"report", "--taxonomy", "nope"},
            "the document has no taxonomy 'nope'"),
        arguments(new String[] {"report", "--groups", "3", "--threshold", "0.4"},
            "give --groups or --threshold, not both"),
        arguments(new String[] {"report", "--groups", "0"}, "--groups must be 1 or more"),
        arguments(new String[] {"report", "--groups", "39"}, "cannot cut 38 cities into 39"),
        arguments(new String[] {"report", "--min-seats", "5", "--max-seats", "4"},
            "--max-seats must be --min-seats (5) or more, not 4"),
        arguments(new String[] {"report", "--threshold", "2"}, "--threshold must be from 0 to 1"),
        arguments(new String[] {"report", "--min-score", "-1"},
            "--min-score must be from 0 to 1"),
        arguments(new String[] {"report", "--per-city", "0"}, "--per-city must be 1 or more"),
        arguments(new String[] {"report", "-o", "report.pdf"}, "cannot tell the format to write "
            + "to report.pdf from its extension .pdf: give a name ending in .md, .html, .json "
            + "or .xlsx, or give --format (html, md, json, xlsx)"),
        arguments(new String[] {"report", "-o", "report.txt"}, "-o report.txt names a text "
            + "file, which this command does not write"),
        arguments(new String[] {"report", "-o", "report.csv"},
            "report writes csv as a folder of tables: give --format csv -o DIR"),
        arguments(new String[] {"report", "--format", "md", "-o", "report.html"},
            "-o report.html names an HTML file, but --format is md: give --format html, or a "
                + "name ending in .md"),
        arguments(new String[] {"report", "--top", "-1"}, "--top must be 0 or more"),
        arguments(new String[] {"report", "--partner-tables", "0"},
            "--partner-tables must be 1 or more, not 0"),
        arguments(new String[] {"report", "--slots", "0"}, "--slots must be 1 or more, not 0"),
        arguments(new String[] {"report", "--rooms", "A,A"}, "--rooms: room A is given twice"),
        arguments(new String[] {"report", "--rooms", "A, A"}, "--rooms: room A is given twice"),
        arguments(new String[] {"report", "--rooms", "A,,B"},
            "--rooms: a room needs a name, not a blank one"),
        arguments(new String[] {"report", "--invite", ""},
            "--invite: an organization needs an id, not a blank one"),
        arguments(new String[] {"report", "--invite", "kioca"},
            "--invite: organization kioca is not in the document; did you mean koica"),
        arguments(new String[] {"report", "--threshold", "half"}, "'half' is not a number"),
        arguments(new String[] {"report", "--min-score", "0,5"}, "'0,5' is not a number"),
        arguments(new String[] {"report", "missing.json"}, "cannot read missing.json: no such "
            + "file"));
  }

  @Test
  void asksForTheOrganizationsOfInviteAtEveryRoundtableAndStampsTheOptions() {
    CliRun run = CliRun.of("report", "--invite", "aiib", "--partner-tables", "2", "--date",
        "2026-11-27");

    assertThat(run.exitCode()).as(run.err()).isZero();
    long tables = run.out().lines().filter(l -> l.matches("Table \\d+, .*:")).count();
    assertThat(tables).isPositive();
    assertThat(run.out().lines().filter(l -> l.equals(
        "- Asian Infrastructure Investment Bank (aiib): asked for")).count()).isEqualTo(tables);
    assertThat(run.out()).contains("| `invite` | `aiib` |", "| `partner-tables` | `2` |");
  }

  @Test
  void placesTheRoundtablesInTheSlotsAndRoomsGivenAndStampsThem() {
    CliRun run = CliRun.of("report", "--slots", "3", "--rooms", "Hall A,Hall B,Hall C",
        "--date", "2026-11-27");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Timetable: 3 slots, ", "| table | slot | room | theme |",
        "### Tables not placed", "| `slots` | `3` |", "| `rooms` | `Hall A,Hall B,Hall C` |");
    Map<String, Object> json = json(CliRun.of("report", "--format", "json", "--slots", "3",
        "--rooms", "Hall A,Hall B,Hall C").out());
    Map<String, Object> timetable = object(object(json.get("roundtables")).get("timetable"));
    assertThat(timetable).containsEntry("slots", 3.0).containsEntry("rooms",
        List.of("Hall A", "Hall B", "Hall C"));
    assertThat(list(timetable.get("unplaced"))).isNotEmpty();
    Map<String, Object> options = object(object(json.get("stamp")).get("options"));
    assertThat(options).containsEntry("slots", 3.0)
        .containsEntry("rooms", List.of("Hall A", "Hall B", "Hall C"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void failsWithExitCode2AndOneClearLine(String[] args, String message) {
    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("scap: ")
        .contains(message);
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void refusesAnInvalidDocumentWithItsProblems() throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, Datasets.json("ascn").orElseThrow()
        .replaceFirst("\"ascf-2018\"", "\"Not An Id\""));

    CliRun run = CliRun.of("report", file.toString(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file + ":").contains("is invalid");
  }

  @Test
  void refusesTextThatIsNotJson() {
    CliRun run = CliRun.withInput("{ not json", "report", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("<stdin>:").contains("is not a readable SCAP document");
  }

  @Test
  void failsWithExitCode2WhenTheCsvFolderIsAFile() throws IOException {
    Path file = folder.resolve("taken");
    Files.writeString(file, "x");

    CliRun run = CliRun.of("report", "--format", "csv", "-o", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("scap: cannot write " + file);
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  // Helpers.

  /** The SHA-256 of some bytes, computed here rather than by the code under test. */
  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name));
  }

  private static void assertGolden(String name, String actual, String what) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (REGENERATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    assertThat(Files.exists(file)).as("no golden file " + file + ADVICE).isTrue();
    assertThat(actual).as(what + " differs from " + file + ADVICE)
        .isEqualTo(Files.readString(file));
  }

  private static List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  /** Parses the page as XML, as the JDK parses any XML: well-formed or an exception. */
  static Document xml(String html) throws Exception {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
        html.substring("<!DOCTYPE html>\n".length()))));
  }

  private static List<Element> elements(Document page) {
    List<Element> all = new ArrayList<>();
    NodeList nodes = page.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      all.add((Element) nodes.item(i));
    }
    return all;
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> json(String text) {
    try (JsonParser parser = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), text)) {
      parser.nextToken();
      Object value = read(parser);
      assertThat(parser.nextToken()).as("anything after the document").isNull();
      return object(value);
    }
  }

  private static Object read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, read(parser));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalStateException("unexpected " + token);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
