package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.io.Datasets;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code scap partners} on the built-in dataset: golden files, the CSV rows checked against
 * the library, and bad options.
 */
class PartnersCommandTest {


  /**
   * The golden files, which regenerating rewrites: the renderers' own, kept beside their test in
   * scap-report; the command prints them unchanged.
   */
  private static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources",
      "golden", "partners");

  private static final ScapDocument ASCN = Datasets.ascn();

  static Stream<Arguments> goldenRuns() {
    return Stream.of(
        arguments("partners.txt", new String[] {"partners"}),
        arguments("partners.csv", new String[] {"partners", "--format", "csv"}),
        arguments("partners.json", new String[] {"partners", "--format", "json"}),
        arguments("partners.md", new String[] {"partners", "--format", "md"}),
        arguments("wego-projects-top-3.txt", new String[] {"partners", "--taxonomy",
            "wego-ascn-2019", "--weights", "projects", "--top", "3"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void printsTheBuiltInDatasetAsItsGoldenFile(String golden, String[] args) throws IOException {
    Golden.assertOutput(GOLDEN.resolve(golden), CliRun.of(args), args);
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void printsOneCsvRowPerPartnerAsTheLibraryRanksThem() {
    CliRun run = CliRun.of("partners", "--format", "csv", "--top", "2");
    List<CityPartners> expected = PartnerMatcher.forCities(ThemeOverlap.of(ASCN,
        OverlapOptions.DEFAULTS), 2);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("\n").doesNotContain("\r");
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows.get(0).values()).containsExactly("city", "organization", "score",
        "theme_fit", "support_fit", "themes", "support");
    List<List<String>> lines = new ArrayList<>();
    for (CityPartners city : expected) {
      for (PartnerMatch match : city.partners()) {
        lines.add(List.of(city.city().value(), match.organization().value(),
            Double.toString(match.score()), Double.toString(match.themeFit()),
            Double.toString(match.supportFit()),
            match.themes().stream().map(ThemeId::value).collect(Collectors.joining(";")),
            match.support().stream().map(SupportType::code).collect(Collectors.joining(";"))));
      }
    }
    assertThat(rows.subList(1, rows.size())).extracting(CSVRecord::toList).isEqualTo(lines)
        .isNotEmpty();
    assertThat(expected).allSatisfy(city -> assertThat(city.partners()).hasSizeLessThanOrEqualTo(
        2));
  }

  @Test
  void saysSoForACityThatNoPartnerFits() {
    CliRun run = CliRun.of("partners");

    assertThat(run.out()).contains("\nchiang-mai  Chiang Mai\n  no partner fits\n");
  }

  @Test
  void printsJsonThatParsesAsOneDocument() {
    CliRun run = CliRun.of("partners", "--format", "json");

    assertThat(run.exitCode()).isZero();
    try (JsonParser parser = JsonFactory.builder().build().createParser(
        ObjectReadContext.empty(), run.out())) {
      parser.nextToken();
      parser.skipChildren();
      assertThat(parser.nextToken()).isNull();
    }
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        arguments(new String[] {"--top", "-1"}, "scap: --top must be 0 or more, not -1"),
        arguments(new String[] {"--top", "many"},
            "scap: Invalid value for option '--top': 'many' is not an int"),
        arguments(new String[] {"--weights", "heavy"}, "scap: Invalid value for option "
            + "'--weights': 'heavy' is not a weighting; use presence, projects or priority"),
        arguments(new String[] {"--format", "xml"}, "scap: Invalid value for option "
            + "'--format': expected one of [text, md, csv, json] (case-insensitive) but was "
            + "'xml'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOptions")
  void failsWithExitCodeTwoAndOneClearLineOnABadOption(String[] options, String message) {
    String[] args = Stream.concat(Stream.of("partners"), Stream.of(options))
        .toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo(message);
    // a bad value that picocli rejects adds where to look for help; nothing more
    assertThat(lines.subList(1, lines.size()))
        .isSubsetOf(List.of("Try 'scap partners --help' for more."));
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }
}
