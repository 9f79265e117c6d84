package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.Merge;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.grouping.PeerGroups;
import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.io.Datasets;
import dev.scap.io.ScapWriter;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code scap groups} on the built-in dataset: golden files, the {@code city,group} and SciPy
 * linkage layouts checked against the library, and bad options.
 */
class GroupsCommandTest {


  /**
   * The golden files, which regenerating rewrites: the renderers' own, kept beside their test in
   * scap-report; the command prints them unchanged.
   */
  private static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources",
      "golden", "groups");

  private static final ScapDocument ASCN = Datasets.ascn();

  private static final List<CityId> CITIES = ASCN.cities().stream().map(City::id).toList();

  static Stream<Arguments> goldenRuns() {
    return Stream.of(
        arguments("groups.txt", new String[] {"groups"}),
        arguments("groups.csv", new String[] {"groups", "--format", "csv"}),
        arguments("groups.json", new String[] {"groups", "--format", "json"}),
        arguments("groups.md", new String[] {"groups", "--format", "md"}),
        arguments("dendrogram.csv", new String[] {"groups", "--dendrogram", "--format", "csv"}),
        arguments("dendrogram.json", new String[] {"groups", "--dendrogram", "--format",
            "json"}),
        arguments("complete-5.txt", new String[] {"groups", "--linkage", "complete",
            "--groups", "5"}),
        arguments("components-0.6.csv", new String[] {"groups", "--method", "components",
            "--threshold", "0.6", "--format", "csv"}),
        arguments("themes.json", new String[] {"groups", "--method", "themes", "--taxonomy",
            "wego-ascn-2019", "--format", "json"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void printsTheBuiltInDatasetAsItsGoldenFile(String golden, String[] args) throws IOException {
    Golden.assertOutput(GOLDEN.resolve(golden), CliRun.of(args), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "0.50000000000000000001", "0.49999999999999999999", "1e-400",
      "1e-999999999"})
  void cutsSingleLinkageAtTheThresholdAsWrittenAsComponentsDo(String threshold) {
    String[] options = {"--threshold", threshold, "--metric", "jaccard", "--weights",
        "priority", "--format", "csv"};
    CliRun single = CliRun.of(Stream.concat(Stream.of("groups", "--method", "hierarchical",
        "--linkage", "single"), Stream.of(options)).toArray(String[]::new));
    CliRun components = CliRun.of(Stream.concat(Stream.of("groups", "--method",
        "components"), Stream.of(options)).toArray(String[]::new));

    assertThat(single.exitCode()).as(single.err()).isZero();
    assertThat(components.exitCode()).as(components.err()).isZero();
    assertThat(membersOf(single.out())).isEqualTo(membersOf(components.out()));
  }

  /** Each group's members, from the CSV output, without the columns that name the method. */
  private static List<List<String>> membersOf(String csv) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    List<CSVRecord> rows = csv(csv);
    assertThat(rows.get(0).values()).containsExactly("city", "group");
    for (CSVRecord row : rows.subList(1, rows.size())) {
      groups.computeIfAbsent(row.get(1), g -> new ArrayList<>()).add(row.get(0));
    }
    return List.copyOf(groups.values());
  }

  @Test
  void joinsInComponentsEveryPairWhoseExactScoreIsTheThreshold() {
    ThemeOverlap overlap = ThemeOverlap.of(ASCN,
        OverlapOptions.DEFAULTS.withWeighting(Weighting.PRIORITY));
    List<CityProfile> profiles = overlap.profiles();
    int n = profiles.size();
    // the components of the pairs whose exact Jaccard is at least 1/2, by a plain union-find
    int[] group = new int[n];
    Arrays.setAll(group, i -> i);
    int atTheThreshold = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int order = ExactOracle.score(Metric.JACCARD, profiles.get(i), profiles.get(j))
            .compareTo(Fraction.of(1, 2));
        atTheThreshold += order == 0 ? 1 : 0;
        if (order >= 0) {
          int from = group[j];
          int to = group[i];
          Arrays.setAll(group, c -> group[c] == from ? to : group[c]);
        }
      }
    }
    assertThat(atTheThreshold).as("pairs scoring exactly 1/2").isPositive();

    CliRun run = CliRun.of("groups", "--method", "components", "--threshold", "0.5",
        "--metric", "jaccard", "--weights", "priority", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = csv(run.out());
    Map<String, String> printed = new HashMap<>();
    rows.subList(1, rows.size()).forEach(row -> printed.put(row.get(0), row.get(1)));
    assertThat(printed).hasSize(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(printed.get(CITIES.get(i).value()).equals(printed.get(CITIES.get(j).value())))
            .as("%s, %s", CITIES.get(i), CITIES.get(j)).isEqualTo(group[i] == group[j]);
      }
    }
  }

  @Test
  void groupsByThemeTheCitiesWhosePlanNamesItWhateverTheWeights() {
    CliRun priority = CliRun.of("groups", "--method", "themes", "--weights", "priority",
        "--format", "json");
    CliRun presence = CliRun.of("groups", "--method", "themes", "--weights", "presence",
        "--format", "json");

    assertThat(priority.exitCode()).as(priority.err()).isZero();
    // the groups and their members do not change; only the mean similarities may
    assertThat(priority.out().replaceAll("\"meanSimilarity\" *: *[0-9.Ee-]+", ""))
        .isEqualTo(presence.out().replaceAll("\"meanSimilarity\" *: *[0-9.Ee-]+", ""));
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void printsTheDendrogramInScipysLinkageLayout() {
    CliRun run = CliRun.of("groups", "--dendrogram", "--format", "csv", "--linkage",
        "complete");
    Dendrogram expected = PeerGrouping.hierarchical(ThemeOverlap.of(ASCN,
        OverlapOptions.DEFAULTS), Linkage.COMPLETE);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("left,right,distance,size\n").doesNotContain("\r");
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows).hasSize(CITIES.size());
    List<Merge> merges = new ArrayList<>();
    for (CSVRecord row : rows.subList(1, rows.size())) {
      merges.add(new Merge(Integer.parseInt(row.get(0)), Integer.parseInt(row.get(1)),
          Double.parseDouble(row.get(2)), Integer.parseInt(row.get(3))));
    }
    assertThat(merges).isEqualTo(expected.merges());
    // leaves 0..n-1 in document order, merged clusters n, n+1, ...: each row's clusters exist
    for (int r = 0; r < merges.size(); r++) {
      assertThat(merges.get(r).left()).isLessThan(merges.get(r).right());
      assertThat(merges.get(r).right()).isLessThan(CITIES.size() + r);
    }
    assertThat(merges.get(merges.size() - 1).size()).isEqualTo(CITIES.size());
  }

  @Test
  void printsOneCsvRowPerCityWithItsGroupNumberedFromOne() {
    CliRun run = CliRun.of("groups", "--groups", "4", "--format", "csv");
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS);
    PeerGroups expected = PeerGrouping.cluster(overlap, Linkage.AVERAGE).cut(4);

    assertThat(run.exitCode()).isZero();
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows.get(0).values()).containsExactly("city", "group");
    List<List<String>> pairs = new ArrayList<>();
    for (PeerGroup group : expected.groups()) {
      group.members().forEach(city -> pairs.add(List.of(city.value(),
          Integer.toString(group.number()))));
    }
    assertThat(rows.subList(1, rows.size())).extracting(CSVRecord::toList).isEqualTo(pairs);
    assertThat(rows.subList(1, rows.size())).extracting(r -> CityId.of(r.get(0)))
        .containsExactlyInAnyOrderElementsOf(CITIES);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsOnly("1", "2",
        "3", "4");
  }

  @Test
  void printsJsonThatParsesAsOneDocument() {
    for (String[] args : new String[][] {{"groups", "--format", "json"},
        {"groups", "--dendrogram", "--format", "json", "--linkage", "single"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).isZero();
      try (JsonParser parser = JsonFactory.builder().build().createParser(
          ObjectReadContext.empty(), run.out())) {
        parser.nextToken();
        parser.skipChildren();
        assertThat(parser.nextToken()).as(String.join(" ", args)).isNull();
      }
    }
  }

  @Test
  void cutsADocumentWithoutCitiesIntoNoGroup() {
    String empty = ScapWriter.canonical().toJson(SyntheticDocuments.of(0, 3, 2, 1).generate());

    CliRun run = CliRun.withInput(empty, "groups", "-", "--groups", "1", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("city,group\n");
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        arguments(new String[] {"--method", "nope"},
            "scap: Invalid value for option '--method': 'nope' is not a method; use themes, "
                + "components or hierarchical"),
        arguments(new String[] {"--linkage", "x"}, "scap: Invalid value for option "
            + "'--linkage': 'x' is not a linkage; use average, complete or single"),
        arguments(new String[] {"--groups", "0"}, "scap: --groups must be 1 or more, not 0"),
        arguments(new String[] {"--groups", "39"},
            "scap: --groups must be from 1 to the number of cities (38), not 39"),
        arguments(new String[] {"--groups", "3", "--threshold", "0.5"},
            "scap: give --groups or --threshold, not both"),
        arguments(new String[] {"--method", "themes", "--groups", "3"},
            "scap: --groups goes with --method hierarchical"),
        arguments(new String[] {"--dendrogram"}, "scap: --dendrogram goes with --method "
            + "hierarchical and --format json or csv"),
        arguments(new String[] {"--threshold", "half"},
            "scap: Invalid value for option '--threshold': 'half' is not a number"),
        arguments(new String[] {"--taxonomy", "nope"}, "scap: the document has no taxonomy "
            + "'nope' (its taxonomies: ascf-2018, wego-ascn-2019)"),
        arguments(new String[] {"--threshold", "1.5"},
            "scap: --threshold must be from 0 to 1, as every score is, not 1.5"),
        arguments(new String[] {"--threshold", "-0.1"},
            "scap: --threshold must be from 0 to 1, as every score is, not -0.1"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOptions")
  void failsWithExitCodeTwoAndOneClearLineOnABadOption(String[] options, String message) {
    String[] args = Stream.concat(Stream.of("groups"), Stream.of(options))
        .toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo(message);
    // a bad value that picocli rejects adds where to look for help; nothing more
    assertThat(lines.subList(1, lines.size()))
        .isSubsetOf(List.of("Try 'scap groups --help' for more."));
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }
}
