package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.analysis.overlap.SimilarityMatrix;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.io.Datasets;
import dev.scap.io.ScapWriter;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Identifier;
import dev.scap.model.ScapDocument;
import dev.scap.model.TaxonomyId;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code scap overlap} on the built-in dataset: golden files of every format, CLI.md's output
 * contracts checked field by field against the library, options, and errors.
 */
class OverlapCommandTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden files from the command. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  /**
   * The golden files, which regenerating rewrites: the renderers' own, kept beside their test in
   * scap-report; the command prints them unchanged.
   */
  private static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources",
      "golden", "overlap");

  private static final ScapDocument ASCN = Datasets.ascn();

  private static final List<CityId> CITIES = ASCN.cities().stream().map(City::id).toList();

  @TempDir Path folder;

  static Stream<Arguments> goldenRuns() {
    return Stream.of(
        arguments("overlap.txt", new String[] {"overlap"}),
        arguments("overlap.md", new String[] {"overlap", "--format", "md"}),
        arguments("overlap.csv", new String[] {"overlap", "--format", "csv"}),
        arguments("overlap.json", new String[] {"overlap", "--format", "json"}),
        arguments("matrix.csv", new String[] {"overlap", "--matrix", "--format", "csv"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void printsTheBuiltInDatasetAsItsGoldenFile(String golden, String[] args) throws IOException {
    CliRun run = CliRun.of(args);
    Path file = GOLDEN.resolve(golden);

    assertThat(run.exitCode()).as(run.err()).isZero();
    if (REGENERATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, run.out());
      return;
    }
    String advice = "; if the change is intended, rewrite the golden files by running the "
        + "tests with -Dscap.regenerate=true and review their diff";
    assertThat(Files.exists(file)).as("no golden file " + file + advice).isTrue();
    assertThat(run.out()).as("scap " + String.join(" ", args) + " differs from " + file + advice)
        .isEqualTo(Files.readString(file));
  }

  // CSV: RFC 4180, header first, UTF-8, \n line ends; one row per (city, peer) pair kept.

  @Test
  void printsOneCsvRowPerPeerWithTheContractsHeaderAndLineEnds() {
    CliRun run = CliRun.of("overlap", "--format", "csv");
    List<CityPeers> expected = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS).topPeers(5, 0);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("city,peer,score,shared_themes\n").endsWith("\n")
        .doesNotContain("\r");
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows.get(0).values()).containsExactly("city", "peer", "score", "shared_themes");
    List<List<String>> pairs = new ArrayList<>();
    for (CityPeers city : expected) {
      for (Peer peer : city.peers()) {
        pairs.add(List.of(city.city().value(), peer.city().value(),
            peer.shared().stream().map(s -> s.theme().value()).collect(Collectors.joining(";"))));
      }
    }
    List<CSVRecord> body = rows.subList(1, rows.size());
    assertThat(body).extracting(r -> List.of(r.get(0), r.get(1), r.get(3)))
        .isEqualTo(pairs);
    assertThat(body).extracting(r -> Double.parseDouble(r.get(2))).isEqualTo(expected.stream()
        .flatMap(c -> c.peers().stream()).map(Peer::score).toList());
    // Nothing quoted that needs no quotes: each line is its fields joined by commas.
    assertThat(run.out().split("\n", -1)).hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(run.out().split("\n")[i]).isEqualTo(String.join(",", rows.get(i).values()));
    }
  }

  @Test
  void ordersCsvRowsByCityInDocumentOrderThenByDescendingScoreThenPeerId() {
    List<CSVRecord> rows = csv(CliRun.of("overlap", "--format", "csv", "--top", "8").out());
    List<CSVRecord> body = rows.subList(1, rows.size());

    for (int i = 1; i < body.size(); i++) {
      CSVRecord before = body.get(i - 1);
      CSVRecord row = body.get(i);
      int cityBefore = CITIES.indexOf(CityId.of(before.get(0)));
      int city = CITIES.indexOf(CityId.of(row.get(0)));
      assertThat(city).as(row.toString()).isGreaterThanOrEqualTo(cityBefore);
      if (city == cityBefore) {
        double scoreBefore = Double.parseDouble(before.get(2));
        double score = Double.parseDouble(row.get(2));
        assertThat(scoreBefore > score
            || scoreBefore == score && before.get(1).compareTo(row.get(1)) < 0)
            .as("%s then %s", before, row).isTrue();
      }
    }
    assertThat(body).extracting(r -> r.get(0)).contains("phnom-penh")
        .doesNotContain("chiang-mai", "dili");
    assertThat(body).allSatisfy(r -> assertThat(Double.parseDouble(r.get(2))).isPositive());
  }

  @Test
  void printsScoresThatParseBackToTheSameDouble() {
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS.withMetric(Metric.COSINE)
        .withWeighting(Weighting.PRIORITY));
    List<CSVRecord> rows = csv(CliRun.of("overlap", "--format", "csv", "--metric", "cosine",
        "--weights", "priority").out());

    assertThat(rows).hasSizeGreaterThan(1);
    for (CSVRecord row : rows.subList(1, rows.size())) {
      double score = overlap.score(CityId.of(row.get(0)), CityId.of(row.get(1)));
      assertThat(Double.parseDouble(row.get(2))).as(row.toString()).isEqualTo(score);
      assertThat(row.get(2)).isEqualTo(Double.toString(score));
    }
  }

  @Test
  void printsTheMatrixAsCsvWithOneOnTheDiagonalForACityWithAtLeastOneTheme() {
    CliRun run = CliRun.of("overlap", "--matrix", "--format", "csv");
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS);
    SimilarityMatrix matrix = overlap.matrix();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("\n").doesNotContain("\r");
    assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("city,"
        + CITIES.stream().map(CityId::value).collect(Collectors.joining(",")));
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows).hasSize(CITIES.size() + 1);
    List<String> withoutTheme = new ArrayList<>();
    for (int i = 0; i < CITIES.size(); i++) {
      CSVRecord row = rows.get(i + 1);
      assertThat(row.size()).isEqualTo(CITIES.size() + 1);
      assertThat(row.get(0)).isEqualTo(CITIES.get(i).value());
      for (int j = 0; j < CITIES.size(); j++) {
        double score = Double.parseDouble(row.get(j + 1));
        assertThat(score).as("%s~%s", CITIES.get(i), CITIES.get(j))
            .isEqualTo(matrix.score(i, j))
            .isEqualTo(Double.parseDouble(rows.get(j + 1).get(i + 1)));
      }
      CityProfile profile = overlap.profiles().get(i);
      double diagonal = Double.parseDouble(row.get(i + 1));
      assertThat(diagonal).isEqualTo(profile.isZero() ? 0.0 : 1.0);
      if (diagonal == 0) {
        withoutTheme.add(row.get(0));
      }
    }
    // The cities of the dataset without a plan, and only they, have no theme.
    assertThat(withoutTheme).containsExactlyElementsOf(CITIES.stream()
        .filter(c -> ASCN.plansOf(c).isEmpty()).map(CityId::value).toList())
        .contains("chiang-mai", "dili");
  }

  @Test
  void listsACityWithoutPeersInTextMarkdownAndJsonButNotInCsv() {
    assertThat(CliRun.of("overlap").out()).contains("\nchiang-mai  Chiang Mai\n  no peer\n");
    assertThat(CliRun.of("overlap", "--format", "md").out())
        .contains("| Chiang Mai (`chiang-mai`) | no peer | | |");
    Map<String, Object> json = object(parse(CliRun.of("overlap", "--format", "json").out()));
    Map<String, Object> chiangMai = list(json.get("cities")).stream()
        .map(OverlapCommandTest::object).filter(c -> c.get("city").equals("chiang-mai"))
        .findFirst().orElseThrow();
    assertThat(list(chiangMai.get("peers"))).isEmpty();
    assertThat(CliRun.of("overlap", "--format", "csv").out()).doesNotContain("chiang-mai");
  }

  // JSON: one document, numbers as JSON numbers.

  @Test
  void printsOneJsonDocumentWithEveryCityItsPeersAndTheProjectsBehindThem() {
    OverlapOptions options = new OverlapOptions(TaxonomyId.of("wego-ascn-2019"),
        Weighting.PROJECTS, Metric.DICE, false, null);
    List<CityPeers> expected = ThemeOverlap.of(ASCN, options).topPeers(3, 0.25);

    CliRun run = CliRun.of("overlap", "--format", "json", "--taxonomy", "wego-ascn-2019",
        "--weights", "projects", "--metric", "dice", "--top", "3", "--min-score", "0.25");

    assertThat(run.exitCode()).isZero();
    Map<String, Object> json = object(parse(run.out()));
    assertThat(json).containsExactly(
        Map.entry("taxonomy", "wego-ascn-2019"), Map.entry("weights", "projects"),
        Map.entry("metric", "dice"), Map.entry("rollup", false),
        nullEntry("year"), Map.entry("top", 3.0), Map.entry("minScore", 0.25),
        Map.entry("cities", json.get("cities")));
    List<Object> cities = list(json.get("cities"));
    assertThat(cities).hasSize(CITIES.size());
    for (int i = 0; i < cities.size(); i++) {
      Map<String, Object> city = object(cities.get(i));
      CityPeers want = expected.get(i);
      assertThat(city).containsOnlyKeys("city", "name", "peers")
          .containsEntry("city", want.city().value())
          .containsEntry("name", ASCN.city(want.city()).orElseThrow().name());
      List<Object> peers = list(city.get("peers"));
      assertThat(peers).hasSameSizeAs(want.peers());
      for (int x = 0; x < peers.size(); x++) {
        Peer peer = want.peers().get(x);
        assertThat(object(peers.get(x))).containsExactly(
            Map.entry("city", peer.city().value()),
            Map.entry("name", ASCN.city(peer.city()).orElseThrow().name()),
            Map.entry("score", peer.score()),
            Map.entry("sharedThemes", peer.shared().stream().map(OverlapCommandTest::json)
                .toList()));
      }
    }
  }

  private static Object json(SharedTheme shared) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("theme", shared.theme().value());
    map.put("cityProjects", shared.cityProjects().stream().map(Identifier::value).toList());
    map.put("peerProjects", shared.peerProjects().stream().map(Identifier::value).toList());
    return map;
  }

  private static Map.Entry<String, Object> nullEntry(String key) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, null);
    return map.entrySet().iterator().next();
  }

  @Test
  void printsTheMatrixAsOneJsonDocument() {
    SimilarityMatrix matrix = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS).matrix();

    Map<String, Object> json = object(parse(CliRun.of("overlap", "--matrix", "--format", "json")
        .out()));

    assertThat(json).containsOnlyKeys("cities", "matrix");
    assertThat(json.get("cities")).isEqualTo(CITIES.stream().map(CityId::value).toList());
    List<Object> rows = list(json.get("matrix"));
    assertThat(rows).hasSize(CITIES.size());
    for (int i = 0; i < rows.size(); i++) {
      List<Object> row = list(rows.get(i));
      for (int j = 0; j < row.size(); j++) {
        assertThat(row.get(j)).isEqualTo(matrix.score(i, j));
      }
    }
  }

  // Exact decisions: the reproducers on the built-in dataset.

  @Test
  void keepsAPairWhoseExactScoreIsTheMinScoreThoughItsDoubleSumsRoundBelow() {
    OverlapOptions options = OverlapOptions.DEFAULTS.withTaxonomy(
        TaxonomyId.of("wego-ascn-2019")).withWeighting(Weighting.PRIORITY);
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, options);
    CityProfile bandar = overlap.profile(CityId.of("bandar-seri-begawan")).orElseThrow();
    CityProfile mandalay = overlap.profile(CityId.of("mandalay")).orElseThrow();
    // the pair is exactly 1/2, while Σmin / (ΣA + ΣB − Σmin) in doubles gives less
    assertThat(ExactOracle.score(Metric.JACCARD, bandar, mandalay)).isEqualTo(Fraction.of(1, 2));
    double shared = 0;
    double sumA = 0;
    double sumB = 0;
    for (var theme : overlap.themes()) {
      shared += Math.min(bandar.weight(theme), mandalay.weight(theme));
      sumA += bandar.weight(theme);
      sumB += mandalay.weight(theme);
    }
    assertThat(shared / (sumA + sumB - shared)).isLessThan(0.5);

    CliRun run = CliRun.of("overlap", "--format", "csv", "--metric", "jaccard", "--weights",
        "priority", "--taxonomy", "wego-ascn-2019", "--top", "4", "--min-score", "0.5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows).anySatisfy(row -> assertThat(List.of(row.get(0), row.get(1), row.get(2)))
        .containsExactly("bandar-seri-begawan", "mandalay", "0.5"));
    for (CSVRecord row : rows.subList(1, rows.size())) {
      assertThat(ExactOracle.score(Metric.JACCARD,
          overlap.profile(CityId.of(row.get(0))).orElseThrow(),
          overlap.profile(CityId.of(row.get(1))).orElseThrow()))
          .as(row.toString()).isGreaterThanOrEqualTo(Fraction.of(1, 2));
    }
  }

  @Test
  void tiesScoresThatAreEqualThroughTheirSquaresAndOrdersThemById() {
    OverlapOptions options = OverlapOptions.DEFAULTS.withTaxonomy(
        TaxonomyId.of("wego-ascn-2019")).withWeighting(Weighting.PROJECTS)
        .withMetric(Metric.COSINE);
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, options);
    CityProfile bandar = overlap.profile(CityId.of("bandar-seri-begawan")).orElseThrow();
    // singapore and makassar both score 2/√6 with bandar-seri-begawan: 2/3 squared
    for (String peer : List.of("singapore", "makassar")) {
      assertThat(ExactOracle.score(Metric.COSINE, bandar,
          overlap.profile(CityId.of(peer)).orElseThrow())).isEqualTo(Fraction.of(2, 3));
    }

    CliRun run = CliRun.of("overlap", "--format", "csv", "--metric", "cosine", "--weights",
        "projects", "--taxonomy", "wego-ascn-2019", "--top", "25");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = csv(run.out()).subList(1, csv(run.out()).size());
    String twoOverRootSix = Double.toString(Fraction.of(2, 3).sqrtToDouble());
    List<String> tied = rows.stream().filter(row -> row.get(0).equals("bandar-seri-begawan")
        && (row.get(1).equals("singapore") || row.get(1).equals("makassar")))
        .map(row -> row.get(1) + " " + row.get(2)).toList();
    assertThat(tied).containsExactly("makassar " + twoOverRootSix,
        "singapore " + twoOverRootSix);
    // and so for every row: by exact score descending, then id; printed as the nearest double
    for (int r = 0; r < rows.size(); r++) {
      CSVRecord row = rows.get(r);
      CityProfile city = overlap.profile(CityId.of(row.get(0))).orElseThrow();
      Fraction exact = ExactOracle.score(Metric.COSINE, city,
          overlap.profile(CityId.of(row.get(1))).orElseThrow());
      assertThat(row.get(2)).as(row.toString())
          .isEqualTo(Double.toString(ExactOracle.nearest(Metric.COSINE, exact)));
      if (r > 0 && rows.get(r - 1).get(0).equals(row.get(0))) {
        Fraction before = ExactOracle.score(Metric.COSINE, city,
            overlap.profile(CityId.of(rows.get(r - 1).get(1))).orElseThrow());
        assertThat(before.compareTo(exact) > 0 || before.equals(exact)
            && rows.get(r - 1).get(1).compareTo(row.get(1)) < 0).as(row.toString()).isTrue();
      }
    }
  }

  // Options.

  @Test
  void appliesEveryAnalysisOption() {
    OverlapOptions options = new OverlapOptions(TaxonomyId.of("wego-ascn-2019"),
        Weighting.PROJECTS, Metric.COSINE, true, null);
    List<CityPeers> expected = ThemeOverlap.of(ASCN, options).topPeers(3, 0.5);
    String[] args = {"overlap", "--taxonomy", "wego-ascn-2019", "--weights", "projects",
        "--metric", "cosine", "--rollup", "--top", "3", "--min-score", "0.5"};

    CliRun text = CliRun.of(args);
    CliRun csv = CliRun.of(Stream.concat(Stream.of(args), Stream.of("--format", "csv"))
        .toArray(String[]::new));

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("Taxonomy wego-ascn-2019 (rolled up), weights projects, "
        + "metric cosine, latest plans\n");
    assertThat(csv.exitCode()).isZero();
    List<CSVRecord> rows = csv(csv.out());
    List<String> lines = new ArrayList<>();
    for (CityPeers city : expected) {
      assertThat(city.peers()).hasSizeLessThanOrEqualTo(3)
          .allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.5));
      for (Peer peer : city.peers()) {
        lines.add(city.city() + "," + peer.city() + "," + peer.score() + ","
            + peer.shared().stream().map(s -> s.theme().value())
                .collect(Collectors.joining(";")));
      }
    }
    assertThat(lines).isNotEmpty();
    assertThat(rows.subList(1, rows.size())).extracting(r -> String.join(",", r.values()))
        .isEqualTo(lines);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(3))
        .allSatisfy(themes -> assertThat(themes.split(";")).allSatisfy(theme ->
            assertThat(theme).isIn("buildings", "roads-public-space", "traffic-safety",
                "waste-wastewater", "egov-welfare")));
  }

  @Test
  void printsNoPeerRowsForTopZeroAndEveryPeerForAHugeTop() {
    CliRun none = CliRun.of("overlap", "--format", "csv", "--top", "0");
    CliRun huge = CliRun.of("overlap", "--format", "csv", "--top", "2147483647");
    CliRun all = CliRun.of("overlap", "--format", "csv", "--top", String.valueOf(CITIES.size()));

    assertThat(none.exitCode()).isZero();
    assertThat(none.out()).isEqualTo("city,peer,score,shared_themes\n");
    assertThat(huge.exitCode()).as(huge.err()).isZero();
    assertThat(huge.out()).isEqualTo(all.out());
  }

  @Test
  void readsAFileOrStandardInputAndWritesAnOutputFile() throws IOException {
    String document = ScapWriter.canonical().toJson(SyntheticDocuments.of(12, 5, 2, 9)
        .generate());
    Path input = folder.resolve("plans.json");
    Files.writeString(input, document);
    Path output = folder.resolve("overlap.csv");

    CliRun fromFile = CliRun.of("overlap", input.toString(), "--format", "csv");
    CliRun fromStdin = CliRun.withInput(document, "overlap", "-", "--format", "csv");
    CliRun toFile = CliRun.of("overlap", input.toString(), "--format", "csv", "-o",
        output.toString());

    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.out()).startsWith("city,peer,score,shared_themes\n")
        .isEqualTo(fromStdin.out());
    assertThat(toFile.exitCode()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(output)).isEqualTo(fromFile.out());
  }

  // Errors: exit 2 with one clear line for a bad option; exit 1 for an invalid document.

  static Stream<Arguments> badOptions() {
    return Stream.of(
        arguments(new String[] {"--metric", "foo"}, "foo"),
        arguments(new String[] {"--weights", "x"}, "'x'"),
        arguments(new String[] {"--taxonomy", "nope"}, "nope"),
        arguments(new String[] {"--top", "-1"}, "-1"),
        arguments(new String[] {"--top", "many"}, "many"),
        arguments(new String[] {"--min-score", "high"}, "high"),
        arguments(new String[] {"--year", "soon"}, "soon"),
        arguments(new String[] {"--format", "xml"}, "xml"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOptions")
  void refusesABadOptionWithOneClearLineAndExitCodeTwo(String[] option, String value) {
    String[] args = Stream.concat(Stream.of("overlap"), Stream.of(option))
        .toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).startsWith("scap: ").contains(value);
    // Picocli's errors add a pointer to the help; nothing else, and never a trace.
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(line -> assertThat(line).isEqualTo("Try 'scap overlap --help' for more."));
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void namesTheValidChoicesOfABadMetricWeightingOrTaxonomy() {
    assertThat(CliRun.of("overlap", "--metric", "foo").err())
        .contains("jaccard", "dice", "overlap", "cosine");
    assertThat(CliRun.of("overlap", "--weights", "x").err())
        .contains("presence", "projects", "priority");
    assertThat(CliRun.of("overlap", "--taxonomy", "nope").err())
        .isEqualTo("scap: the document has no taxonomy 'nope' (its taxonomies: ascf-2018, "
            + "wego-ascn-2019)\n");
    assertThat(CliRun.of("overlap", "--top", "-1").err())
        .isEqualTo("scap: --top must be 0 or more, not -1\n");
  }

  @Test
  void refusesAnInvalidDocumentWithItsProblemsOnStandardError() throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, ScapWriter.canonical().toJson(SyntheticDocuments.of(3, 4, 2, 5)
        .generate()).replaceFirst("\"country\": \"[A-Z]{2}\"", "\"country\": \"XX\""));

    CliRun run = CliRun.of("overlap", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).anySatisfy(line -> assertThat(line).matches(
        "\\Q" + file + "\\E:\\d+:\\d+: error invalid-country /cities/0/country: .*\"XX\".*"));
    assertThat(run.err()).contains(file + " is invalid: 1 error(s)")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void failsWithExitCodeTwoOnAMissingFile() {
    CliRun run = CliRun.of("overlap", folder.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("scap: cannot read ").contains("no such file")
        .doesNotContain("\tat ");
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one JSON document into maps (in order), lists, strings, doubles, booleans. */
  private static Object parse(String text) {
    try (JsonParser parser = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), text)) {
      parser.nextToken();
      Object value = read(parser);
      assertThat(parser.nextToken()).as("anything after the document").isNull();
      return value;
    }
  }

  private static Object read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          assertThat(object).as("duplicate property " + name).doesNotContainKey(name);
          object.put(name, read(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return token == JsonToken.VALUE_TRUE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalStateException("unexpected " + token);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  @Test
  void headsTheColumnsOfTheTextMatrix() {
    CliRun run = CliRun.of("overlap", "--matrix");

    List<String> lines = run.out().lines().toList();
    List<City> cities = ASCN.cities();
    int width = cities.stream().mapToInt(c -> c.id().value().length()).max().orElseThrow();
    assertThat(run.exitCode()).isZero();
    assertThat(lines).hasSize(cities.size() + 1);
    StringBuilder head = new StringBuilder("    city" + " ".repeat(width - 4));
    for (int j = 1; j <= cities.size(); j++) {
      head.append(String.format(" %5d", j));
    }
    assertThat(lines.get(0)).isEqualTo(head.toString());
    assertThat(lines.get(1)).startsWith(" 1  bandar-seri-begawan" + " ".repeat(width - 19)
        + " 1.000 ");
    for (int i = 1; i <= cities.size(); i++) {
      String row = lines.get(i);
      assertThat(row).as(row).startsWith(String.format("%2d  %-" + width + "s", i,
          cities.get(i - 1).id().value())).hasSize(head.length());
    }
  }

  @Test
  void writesTheFormatThatTheOutputsExtensionNames() throws IOException {
    Path csv = folder.resolve("peers.csv");
    Path json = folder.resolve("peers.JSON");

    assertThat(CliRun.of("overlap", "-o", csv.toString()).exitCode()).isZero();
    assertThat(CliRun.of("overlap", "-o", json.toString()).exitCode()).isZero();

    assertThat(Files.readString(csv)).isEqualTo(CliRun.of("overlap", "--format", "csv").out());
    assertThat(Files.readString(json)).isEqualTo(CliRun.of("overlap", "--format", "json").out());
  }

  static Stream<Arguments> badOutputs() {
    return Stream.of(
        arguments(new String[] {"--format", "csv", "-o", "peers.md"}, "scap: -o peers.md "
            + "names a Markdown file, but --format is csv: give --format md, or a name ending "
            + "in .csv"),
        arguments(new String[] {"-o", "peers.html"}, "scap: -o peers.html names an HTML file, "
            + "which this command does not write: give a name ending in .txt, .md, .csv or "
            + ".json"),
        arguments(new String[] {"-o", "peers.xlsx"}, "scap: -o peers.xlsx names an XLSX file, "
            + "which this command does not write: give a name ending in .txt, .md, .csv or "
            + ".json"),
        arguments(new String[] {"--min-score", "2"},
            "scap: --min-score must be from 0 to 1, as every score is, not 2"),
        arguments(new String[] {"--min-score", "-0.5"},
            "scap: --min-score must be from 0 to 1, as every score is, not -0.5"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOutputs")
  void refusesAnOutputNameOrScoreThatCannotBeMeant(String[] options, String message) {
    CliRun run = CliRun.of(Stream.concat(Stream.of("overlap"), Stream.of(options))
        .toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(message + "\n");
  }
}
