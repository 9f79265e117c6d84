package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.roundtable.Table;
import dev.scap.io.Datasets;
import dev.scap.io.ScapWriter;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.report.Wording;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * {@code scap roundtables} on the built-in dataset: golden files of every format, the
 * {@code table,theme,city} layout checked against the library, the invitations with their
 * reasons, and bad options.
 */
class RoundtablesCommandTest {


  /**
   * The golden files, which regenerating rewrites: the renderers' own, kept beside their test in
   * scap-report; the command prints them unchanged.
   */
  private static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources",
      "golden", "roundtables");

  private static final ScapDocument ASCN = Datasets.ascn();

  /**
   * The conference's arrangement by hand, over the whole document: the 2019 themes, weighed by
   * projects, every city that can sit. (With no option the dataset's event is planned: see
   * RoundtablesEventTest.)
   */
  private static final String[] WEGO = {"roundtables", "--no-event", "--taxonomy",
      "wego-ascn-2019", "--weights", "projects"};

  private static String[] wego(String... more) {
    return Stream.concat(Stream.of(WEGO), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void seatsAsManyWithAMaximumOfSeatsNearTheLargestIntAsWithOneLargerThanAnyTheme() {
    CliRun huge = CliRun.of(wego("--max-seats", Integer.toString(Integer.MAX_VALUE)));
    CliRun large = CliRun.of(wego("--max-seats", "1000000"));

    assertThat(huge.exitCode()).as(huge.err()).isZero();
    assertThat(huge.out()).isEqualTo(large.out()).contains("Table 1 ");
  }

  static Stream<Arguments> goldenRuns() {
    return Stream.of(
        arguments("wego-projects.txt", wego()),
        arguments("wego-projects.csv", wego("--format", "csv")),
        arguments("wego-projects.json", wego("--format", "json")),
        arguments("wego-projects.md", wego("--format", "md")),
        arguments("wego-per-city-1.txt", wego("--per-city", "1", "--min-seats", "3",
            "--max-seats", "5")),
        arguments("default.txt", new String[] {"roundtables"}));
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
  void printsOneCsvRowPerSeatAsTheLibraryPlansIt() {
    CliRun run = CliRun.of(wego("--format", "csv"));
    RoundtablePlan plan = RoundtablePlanner.plan(ASCN, RoundtableOptions.DEFAULTS.withProfiles(
        OverlapOptions.DEFAULTS.withTaxonomy(TaxonomyId.of("wego-ascn-2019"))
            .withWeighting(Weighting.PROJECTS)));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(
        "event,session,table,theme,slot,room,city,partner,partner_name,status,reasons\n")
        .endsWith("\n").doesNotContain("\r");
    List<List<String>> seats = new ArrayList<>();
    for (Table table : plan.tables()) {
      for (CityId city : table.guests()) {
        seats.add(List.of(Integer.toString(table.number()), table.theme().value(),
            city.value()));
      }
    }
    List<CSVRecord> rows = csv(run.out());
    assertThat(rows.get(0).values()).containsExactly("event", "session", "table", "theme",
        "slot", "room", "city", "partner", "partner_name", "status", "reasons");
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
      assertThat(r.size()).isEqualTo(11);
      assertThat(r.get(0)).isEmpty();
      assertThat(r.get(1)).isEmpty();
      assertThat(r.get(4)).matches("[1-9][0-9]*");
      assertThat(r.get(5)).isEmpty();
    });
    assertThat(rows.subList(1, rows.size()).stream().filter(r -> !r.get(6).isEmpty())
        .map(r -> List.of(r.get(2), r.get(3), r.get(6))).toList()).isEqualTo(seats);
    assertThat(plan.tables()).isNotEmpty().allSatisfy(table -> assertThat(table.guests())
        .hasSizeBetween(4, 8));
  }

  @Test
  void printsTheTotalWeightAndEveryChangeAndShortfallInText() {
    CliRun run = CliRun.of(wego("--per-city", "1", "--min-seats", "3", "--max-seats", "5"));
    RoundtablePlan plan = RoundtablePlanner.plan(ASCN, RoundtableOptions.DEFAULTS
        .withProfiles(OverlapOptions.DEFAULTS.withTaxonomy(TaxonomyId.of("wego-ascn-2019"))
            .withWeighting(Weighting.PROJECTS)).withPerCity(1).withSeats(3, 5));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Roundtables: " + plan.tables().size()
        + " tables, total weight seated " + rounded(plan.totalWeight())
        + ", similarity at the tables " + rounded(plan.similarity()) + "\n");
    plan.tables().forEach(t -> assertThat(run.out()).contains("\nTable " + t.number() + "  "
        + t.theme() + "  (" + t.guests().size() + " cities, similarity "
        + rounded(t.similarity()) + ")  slot "));
    plan.adjustments().forEach(a -> assertThat(run.out())
        .contains("  " + Wording.adjustment(a) + "\n"));
    plan.shortfalls().forEach(s -> assertThat(run.out()).contains("  " + s.city() + " ("
        + s.tables() + "): " + Wording.shortfall(s) + "\n"));
  }

  @Test
  void printsJsonThatParsesAsOneDocument() {
    CliRun run = CliRun.of(wego("--format", "json"));

    assertThat(run.exitCode()).isZero();
    try (JsonParser parser = JsonFactory.builder().build().createParser(
        ObjectReadContext.empty(), run.out())) {
      parser.nextToken();
      parser.skipChildren();
      assertThat(parser.nextToken()).isNull();
    }
  }

  @Test
  void saysWhichThemesAreNotHostedAndWhichTablesAreCut() {
    CliRun run = CliRun.of(wego("--themes", "buildings,traffic-safety", "--per-city", "1",
        "--min-seats", "6", "--tables", "traffic-safety=4"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Roundtables: 2 tables, ").contains("\nAdjustments:\n"
        + "  buildings is not hosted: 5 cities can sit at it, fewer than the 6 seats a table "
        + "needs; with min-seats 5, it could be\n"
        + "  traffic-safety gets 2 of the 4 tables asked: its 17 candidates cannot fill 6 seats "
        + "at more\n")
        .contains("\n  yangon (0): the tables of traffic-safety are full\n");
  }

  /**
   * Three cities whose plans name at most three to a theme, fewer than the 4 seats a table
   * needs by default: alpha buildings then water, beta buildings, gamma water then buildings.
   */
  private static final String SMALL = ScapWriter.canonical().toJson(ScapDocument.builder()
      .addTaxonomies(Taxonomy.of(TaxonomyId.of("main"), "Main", List.of(
          Theme.of(ThemeId.of("buildings"), "Buildings"), Theme.of(ThemeId.of("water"),
              "Water"))))
      .addCities(City.of(CityId.of("alpha"), "Alpha", "KH"),
          City.of(CityId.of("beta"), "Beta", "KH"), City.of(CityId.of("gamma"), "Gamma", "KH"))
      .addPlans(plan("alpha", "buildings", "water"), plan("beta", "buildings"),
          plan("gamma", "water", "buildings"))
      .build());

  private static final String NOT_HOSTED = "buildings is not hosted: 3 cities can sit at it,"
      + " fewer than the 4 seats a table needs; with min-seats 3, it could be";

  private static final String NO_TABLE = "its plan names no hosted theme: at most 3 cities can"
      + " sit at any of its themes (buildings, water), fewer than the 4 seats a table needs;"
      + " with min-seats 3, buildings could be hosted";

  private static Plan plan(String city, String... themes) {
    Plan.Builder plan = Plan.builder(PlanId.of(city + "-plan"), CityId.of(city), "Plan");
    for (int p = 0; p < themes.length; p++) {
      plan.addFocusAreas(FocusArea.of(ThemeId.of(themes[p]), p + 1));
    }
    return plan.build();
  }

  @Test
  void saysWhyTheDefaultsSeatNobodyInASmallDocumentAndWhatToChange() {
    CliRun text = CliRun.withInput(SMALL, "roundtables", "-");
    CliRun md = CliRun.withInput(SMALL, "roundtables", "-", "--format", "md");
    CliRun json = CliRun.withInput(SMALL, "roundtables", "-", "--format", "json");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("Roundtables: 0 tables, total weight seated 0, "
        + "similarity at the tables 0\n")
        .contains("\nAdjustments:\n  " + NOT_HOSTED + "\n")
        .contains("\n  alpha (0): " + NO_TABLE + "\n")
        .contains("\n  gamma (0): " + NO_TABLE + "\n");
    assertThat(md.out()).contains("\n- " + NOT_HOSTED + "\n")
        .contains("\n- Alpha (`alpha`), 0: " + NO_TABLE + "\n");
    assertThat(json.out()).contains("{\"city\":\"alpha\",\"tables\":0,\"reason\":\""
        + NO_TABLE + "\"}");
  }

  @Test
  void seatsTheSmallDocumentAtTheMinSeatsItIsTold() {
    CliRun run = CliRun.withInput(SMALL, "roundtables", "-", "--min-seats", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Roundtables: 1 table, ")
        .contains("\nTable 1  buildings  (3 cities, similarity ");
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        arguments(new String[] {"--tables", "x=abc"}, "scap: Invalid value for option "
            + "'--tables' (THEME=K): 'abc' is not an int"),
        arguments(new String[] {"--per-city", "0"}, "scap: --per-city must be 1 or more, not 0"),
        arguments(new String[] {"--min-seats", "0"}, "scap: --min-seats must be 1 or more, not 0"),
        arguments(new String[] {"--partners", "-1"}, "scap: --partners must be 0 or more, not -1"),
        arguments(new String[] {"--min-seats", "5", "--max-seats", "3"},
            "scap: --max-seats must be --min-seats (5) or more, not 3"),
        arguments(new String[] {"--tables", "buildings=-1"},
            "scap: --tables buildings=-1: a theme's tables must be 0 or more"),
        arguments(new String[] {"--themes", "nope"},
            "scap: --themes: theme nope is not a theme of taxonomy ascf-2018"),
        arguments(new String[] {"--themes", "buildings"},
            "scap: --themes: theme buildings is not a theme of taxonomy ascf-2018; it is a "
                + "theme of wego-ascn-2019: give --taxonomy wego-ascn-2019"),
        arguments(new String[] {"--taxonomy", "wego-ascn-2019", "--themes", "buildngs"},
            "scap: --themes: theme buildngs is not a theme of taxonomy wego-ascn-2019; did you "
                + "mean buildings?"),
        arguments(new String[] {"--taxonomy", "wego-ascn-2019", "--tables", "bildings=2"},
            "scap: --tables: theme bildings is not a theme of taxonomy wego-ascn-2019; did you "
                + "mean buildings?"),
        arguments(new String[] {"--taxonomy", "wego-ascn-2019", "--themes", "buildings",
            "--tables", "traffic-safety=2"},
            "scap: tables are asked for theme traffic-safety, which is not hosted"),
        arguments(new String[] {"--per-city", "two"},
            "scap: Invalid value for option '--per-city': 'two' is not an int"),
        arguments(new String[] {"--tables", "-1"}, "scap: --tables takes THEME=K pairs "
            + "separated by commas, such as buildings=2, not '-1'"),
        arguments(new String[] {"--tables", "buildings"}, "scap: --tables takes THEME=K pairs "
            + "separated by commas, such as buildings=2, not 'buildings'"),
        arguments(new String[] {"--partner-tables", "0"},
            "scap: --partner-tables must be 1 or more, not 0"),
        arguments(new String[] {"--invite", "wold-bank"}, "scap: --invite: organization "
            + "wold-bank is not in the document; did you mean world-bank?"),
        arguments(new String[] {"--invite", "koica,koica"},
            "scap: --invite: organization koica is given twice"),
        arguments(new String[] {"--slots", "0"}, "scap: --slots must be 1 or more, not 0"),
        arguments(new String[] {"--rooms", "A,B,A"}, "scap: --rooms: room A is given twice"),
        arguments(new String[] {"--rooms", "A, "},
            "scap: --rooms: a room needs a name, not a blank one"),
        arguments(new String[] {"--rooms", ""},
            "scap: --rooms: a room needs a name, not a blank one"),
        arguments(new String[] {"--rooms", "A,,B"},
            "scap: --rooms: a room needs a name, not a blank one"),
        arguments(new String[] {"--rooms", "A, A"}, "scap: --rooms: room A is given twice"),
        arguments(new String[] {"--rooms", "A,B\nC"},
            "scap: --rooms: a room's name holds a control character (U+000A)"),
        arguments(new String[] {"--invite", ""},
            "scap: --invite: an organization needs an id, not a blank one"),
        arguments(new String[] {"--invite", "koica, koica"},
            "scap: --invite: organization koica is given twice"),
        arguments(new String[] {"--format", "document"}, "scap: --format document writes the "
            + "seating into an event's roundtable session, and --no-event plans none"),
        arguments(new String[] {"--format", "document", "-o", "plan.csv"}, "scap: -o plan.csv "
            + "names a CSV file, but this command writes a JSON document: give a name ending "
            + "in .json"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOptions")
  void failsWithExitCodeTwoAndOneClearLineOnABadOption(String[] options, String message) {
    String[] args = Stream.concat(Stream.of("roundtables", "--no-event"), Stream.of(options))
        .toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo(message);
    // a bad value that picocli rejects adds where to look for help; nothing more
    assertThat(lines.subList(1, lines.size()))
        .isSubsetOf(List.of("Try 'scap roundtables --help' for more."));
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  /**
   * The conference's traffic tables: the World Bank funds Cebu City's bus rapid transit and
   * KOICA Da Nang's operations centre, so each is invited to its guest's table above the
   * organizations that only work on traffic, and says why.
   */
  @Test
  void invitesThePartnersOfAGuestsProjectOnTheThemeWithTheirReasons() {
    CliRun run = CliRun.of(wego());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String cebu = table(run.out(), "cebu-city");
    assertThat(cebu).contains("  invite:\n")
        .contains("    World Bank (world-bank): partners Cebu City on project "
            + "cebu-city-bus-rapid-transit, on the table's theme; works on traffic-safety\n")
        .doesNotContain("(adb)", "(jica)");
    assertThat(table(run.out(), "da-nang"))
        .contains("    Korea International Cooperation Agency (koica): partners Da Nang on "
            + "project da-nang-intelligent-operation-centre, on the table's theme; works on "
            + "traffic-safety\n");
  }

  @Test
  void showsATieAtTheLastSeatInsteadOfCuttingIt() {
    CliRun run = CliRun.of(wego("--partners", "6"));

    // depa, ustda and the World Bank partner a guest on traffic; adb and mlit-japan partner
    // Davao City's plan; jica and koica only work on traffic: they tie for the sixth seat
    String cebu = table(run.out(), "cebu-city");
    assertThat(cebu).contains("(jica): works on traffic-safety\n",
        "(koica): works on traffic-safety\n", "  tie: Japan International Cooperation Agency "
            + "(jica), Korea International Cooperation Agency (koica) tie for the last of 6 "
            + "seats: all are invited, 7 in all\n");
  }

  @Test
  void invitesThePartnersOfTheGuestsToATableWhoseThemeNobodyWorksOn() {
    CliRun run = CliRun.of(wego("--themes", "roads-public-space", "--per-city", "1",
        "--min-seats", "3", "--format", "csv"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = csv(run.out());
    List<CSVRecord> partners = rows.subList(1, rows.size()).stream()
        .filter(r -> r.get(6).isEmpty()).toList();
    assertThat(partners).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get(9)).isIn("invited", "tied");
      assertThat(r.get(10)).containsAnyOf("on another theme", "in its plan")
          .doesNotContain("works on", "on the table's theme");
    });
  }

  @Test
  void saysWhyATableInvitesNobody() {
    CliRun run = CliRun.of(wego("--partners", "0"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("  invite:");
    assertThat(run.out().lines().filter(l -> l.startsWith("  invite nobody: ")).toList())
        .hasSize(9).containsOnly("  invite nobody: no seat is offered to partners "
            + "(partners 0) and none is asked for");
  }

  @Test
  void leavesOutAnOrganizationAtItsLimitOfTablesAndSaysSo() {
    CliRun run = CliRun.of(wego("--format", "csv", "--partner-tables", "1"));

    List<CSVRecord> rows = csv(run.out());
    Map<String, Long> tables = rows.subList(1, rows.size()).stream()
        .filter(r -> r.get(9).equals("invited") || r.get(9).equals("tied"))
        .collect(Collectors.groupingBy(r -> r.get(7), Collectors.counting()));
    assertThat(tables).isNotEmpty().allSatisfy((organization, count) -> assertThat(count)
        .as(organization).isEqualTo(1));
    assertThat(rows.stream().filter(r -> r.get(9).equals("at-limit")).toList()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get(10)).isEqualTo(
            "already invited to as many tables as partner-tables allows"));
  }

  @Test
  void invitesAnOrganizationAskedForToEveryTable() {
    CliRun run = CliRun.of(wego("--invite", "aiib", "--format", "csv"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> asked = csv(run.out()).stream().filter(r -> r.get(9).equals("asked"))
        .toList();
    assertThat(asked).extracting(r -> r.get(2)).containsExactly("1", "2", "3", "4", "5", "6",
        "7", "8", "9");
    assertThat(asked).allSatisfy(r -> {
      assertThat(r.get(7)).isEqualTo("aiib");
      assertThat(r.get(8)).isEqualTo("Asian Infrastructure Investment Bank");
      assertThat(r.get(10)).isEqualTo("asked for");
    });
  }

  @Test
  void trimsTheSpacesAroundEachNameOfRoomsAndInvite() {
    CliRun run = CliRun.of(wego("--invite", "world-bank, adb", "--slots", "3", "--rooms",
        " A, B ", "--format", "json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = ReportCommandTest.json(run.out());
    assertThat(ReportCommandTest.object(result.get("timetable")))
        .containsEntry("rooms", List.of("A", "B"));
    assertThat(run.out()).contains("\"adb\"").doesNotContain("\" adb\"", "\" B\"");
  }

  @Test
  void givesEachTableTheSameSlotAndRoomInEveryFormatAndSaysWhyTheOthersFitNone() {
    String[] options = {"roundtables", "--slots", "3", "--rooms", "A,B"};
    CliRun text = CliRun.of(options);
    CliRun json = CliRun.of(Stream.concat(Stream.of(options), Stream.of("--format", "json"))
        .toArray(String[]::new));
    CliRun csv = CliRun.of(Stream.concat(Stream.of(options), Stream.of("--format", "csv"))
        .toArray(String[]::new));

    assertThat(List.of(text.exitCode(), json.exitCode(), csv.exitCode())).containsOnly(0);
    Map<String, Object> result = ReportCommandTest.json(json.out());
    Map<String, Object> timetable = ReportCommandTest.object(result.get("timetable"));
    assertThat(timetable).containsEntry("slots", 3.0).containsEntry("rooms", List.of("A", "B"));
    assertThat(text.out()).contains("\nTimetable: 3 slots, ");
    List<Object> unplaced = ReportCommandTest.list(timetable.get("unplaced"));
    assertThat(unplaced).isNotEmpty();
    for (Object entry : unplaced) {
      Map<String, Object> table = ReportCommandTest.object(entry);
      List<Object> reasons = ReportCommandTest.list(table.get("reasons"));
      assertThat(reasons).hasSize(3);
      for (int slot = 1; slot <= 3; slot++) {
        Map<String, Object> reason = ReportCommandTest.object(reasons.get(slot - 1));
        assertThat(reason).containsEntry("slot", (double) slot);
        assertThat(reason.get("reason")).isIn("clash", "full");
        assertThat((String) reason.get("text")).startsWith("slot " + slot + ": ");
      }
      int number = ((Double) table.get("table")).intValue();
      assertThat(text.out()).contains("\n  table " + number + ": " + table.get("text") + "\n");
    }
    List<CSVRecord> rows = csv(csv.out());
    for (Object entry : ReportCommandTest.list(result.get("tables"))) {
      Map<String, Object> table = ReportCommandTest.object(entry);
      String number = Integer.toString(((Double) table.get("table")).intValue());
      Object slot = table.get("slot");
      String where = slot == null ? "not placed"
          : "slot " + ((Double) slot).intValue() + ", room " + table.get("room");
      assertThat(text.out()).containsPattern("\nTable " + number + "  .*\\)  " + where + "\n");
      assertThat(rows.subList(1, rows.size())).filteredOn(r -> r.get(2).equals(number))
          .isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(4)).isEqualTo(slot == null ? ""
                : Integer.toString(((Double) slot).intValue()));
            assertThat(r.get(5)).isEqualTo(slot == null ? "" : table.get("room"));
          });
    }
  }

  /** The lines of the text table that seats a city. */
  private static String table(String text, String city) {
    for (String block : text.split("\n\n")) {
      if (block.startsWith("Table ") && block.contains("\n  " + city + "  ")) {
        return block + "\n";
      }
    }
    throw new AssertionError("no table seats " + city);
  }

  /** A number as text and Markdown give it to people: 3 decimals at most, no trailing zeros. */
  private static String rounded(double value) {
    BigDecimal brief = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return brief.signum() == 0 ? "0" : brief.toPlainString();
  }
}
