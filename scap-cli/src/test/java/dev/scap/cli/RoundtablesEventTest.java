package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlan;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.roundtable.Table;
import dev.scap.io.Datasets;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.model.SessionKind;
import dev.scap.model.TaxonomyId;
import dev.scap.model.ThemeId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scap roundtables} and {@code scap report} on documents with an event, built here: the
 * built-in dataset with the 2019 WeGO-ASCN Mayoral Conference added.
 */
class RoundtablesEventTest {

  private static final List<ThemeId> THEMES_2019 = Stream.of("buildings", "roads-public-space",
      "traffic-safety", "waste-wastewater", "egov-welfare").map(ThemeId::of).toList();

  /** The built-in dataset with the conference, inviting the 26 pilot cities and more. */
  static ScapDocument withConference(List<CityId> extraInvited) {
    ScapDocument ascn = Datasets.ascn();
    List<CityId> invited = new ArrayList<>(ascn.plans().stream().map(Plan::city).distinct()
        .toList());
    invited.addAll(extraInvited);
    Session session = new Session(SessionId.of("mini-roundtables"), SessionKind.ROUNDTABLE,
        "Mini roundtables", null, LocalDate.parse("2019-11-06"),
        TaxonomyId.of("wego-ascn-2019"), THEMES_2019, List.of(), null);
    Event conference = Event.of(EventId.of("wego-ascn-mayoral-conference-2019"),
        "WeGO-ASCN Mayoral Conference", LocalDate.parse("2019-11-05"),
        LocalDate.parse("2019-11-07")).withCities(invited).withSessions(List.of(
            Session.of(SessionId.of("opening"), SessionKind.PLENARY, "Opening"), session));
    return ascn.toBuilder().events(List.of(conference)).build();
  }

  private static final ScapDocument CONFERENCE = withConference(List.of());

  /** The golden files, beside those of the plans of the whole document. */
  private static final Path GOLDEN = Path.of("..", "scap-report", "src", "test", "resources",
      "golden", "roundtables");

  static Stream<Arguments> goldenRuns() {
    return Stream.of("txt", "md", "csv", "json").map(extension -> arguments(
        "conference-2019." + extension, extension.equals("txt") ? "text" : extension));
  }

  /**
   * The conference, with a city of the dataset without a plan and an id of no city invited too:
   * every format names the event and lists them apart.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void printsTheConferencesPlanAsItsGoldenFile(String golden, String format)
      throws IOException {
    ScapDocument document = withConference(List.of(CityId.of("dili"), CityId.of("atlantis")));
    String[] args = {"roundtables", "--format", format};

    Golden.assertOutput(GOLDEN.resolve(golden), CliRun.withDocument(document, args), args);
  }

  private static List<String> tableLines(String text) {
    return text.lines().filter(l -> l.startsWith("Table ")).toList();
  }

  @Test
  void plansTheConferenceWithNoOptionSeatingThePilotCitiesOnItsFiveThemes() {
    CliRun run = CliRun.withDocument(CONFERENCE, "roundtables");
    EventPlan expected = EventPlanner.plan(CONFERENCE, EventChoice.LATEST).orElseThrow();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("For the event wego-ascn-mayoral-conference-2019 "
        + "(WeGO-ASCN Mayoral Conference, 2019-11-05 to 2019-11-07), session mini-roundtables "
        + "(Mini roundtables): 26 cities invited\nRoundtables: ");
    assertThat(expected.plan().hostedThemes()).containsExactlyElementsOf(THEMES_2019);
    assertThat(tableLines(run.out())).hasSize(expected.plan().tables().size());
    for (Table table : expected.plan().tables()) {
      assertThat(tableLines(run.out())).anyMatch(l -> l.startsWith("Table " + table.number()
          + "  " + table.theme() + "  (" + table.guests().size() + " cities, similarity "));
    }
    assertThat(run.out()).doesNotContain("Invited cities not seated");
  }

  @Test
  void plansAsTheTaxonomyAndWeightsOfTheSessionWouldBeGivenByHand() {
    CliRun byEvent = CliRun.withDocument(CONFERENCE, "roundtables", "--format", "json");
    CliRun byHand = CliRun.of("roundtables", "--no-event", "--taxonomy", "wego-ascn-2019",
        "--weights",
        "projects", "--themes", String.join(",", THEMES_2019.stream().map(ThemeId::value)
            .toList()), "--format", "json");

    assertThat(byEvent.exitCode()).as(byEvent.err()).isZero();
    assertThat(byEvent.out()).startsWith("{\"event\":{\"id\":\"wego-ascn-mayoral-conference-2019\"");
    // the same seating: the conference invites every city with a plan; but the cities
    // without one are not invited, so they are no shortfalls
    assertThat(seating(byEvent.out())).isEqualTo(seating(byHand.out()));
    assertThat(byHand.out()).contains("\"reason\":\"it has no plan\"");
    assertThat(byEvent.out()).doesNotContain("it has no plan");
  }

  /** The JSON output from the total weight to the shortfalls. */
  private static String seating(String json) {
    return json.substring(json.indexOf("\"totalWeight\""), json.indexOf("\"shortfalls\""));
  }

  @Test
  void plansTheWholeDocumentAsBeforeWithNoEvent() {
    CliRun noEvent = CliRun.withDocument(CONFERENCE, "roundtables", "--no-event");
    CliRun before = CliRun.of("roundtables", "--no-event");

    assertThat(noEvent.exitCode()).isZero();
    assertThat(noEvent.out()).isEqualTo(before.out());
    assertThat(CliRun.withDocument(Datasets.ascn().toBuilder().events(List.of()).build(),
        "roundtables").out()).isEqualTo(before.out());
  }

  @Test
  void listsApartTheInvitedCitiesWithoutAPlanAndIdsOfNoCity() {
    ScapDocument document = withConference(List.of(CityId.of("dili"), CityId.of("atlantis")));
    assertThat(document.plansOf(CityId.of("dili"))).as("a city without a plan").isEmpty();
    assertThat(document.city(CityId.of("dili"))).isPresent();

    CliRun text = CliRun.withDocument(document, "roundtables");
    CliRun md = CliRun.withDocument(document, "roundtables", "--format", "md");
    CliRun csv = CliRun.withDocument(document, "roundtables", "--format", "csv");
    CliRun json = CliRun.withDocument(document, "roundtables", "--format", "json");

    assertThat(text.out()).contains("28 cities invited").endsWith("""
        Invited cities not seated:
          dili: the document has no plan of it
          atlantis: it is not a city of the document
        """);
    assertThat(text.out().substring(text.out().indexOf("Cities at fewer tables")))
        .doesNotContain("  dili (", "  atlantis (");
    assertThat(md.out()).contains("""
        ## Invited cities not seated

        - Dili (`dili`): the document has no plan of it
        - atlantis (`atlantis`): it is not a city of the document
        """);
    assertThat(csv.out()).startsWith("event,session,table,theme,slot,room,city,partner,"
        + "partner_name,status,reasons\n"
        + "wego-ascn-mayoral-conference-2019,mini-roundtables,1,buildings,1,,")
        .endsWith("wego-ascn-mayoral-conference-2019,mini-roundtables,,,,,dili,,,not-seated,"
            + "the document has no plan of it\n"
            + "wego-ascn-mayoral-conference-2019,mini-roundtables,,,,,atlantis,,,not-seated,"
            + "it is not a city of the document\n");
    assertThat(json.out()).contains("\"apart\":[{\"city\":\"dili\",\"name\":\"Dili\","
        + "\"reason\":\"the document has no plan of it\"},{\"city\":\"atlantis\","
        + "\"name\":null,\"reason\":\"it is not a city of the document\"}]");
  }

  @Test
  void refusesAnUnknownEventOrSessionWithTheNearestIds() {
    CliRun event = CliRun.withDocument(CONFERENCE, "roundtables", "--event",
        "wego-ascn-mayoral-conference-2018");
    CliRun session = CliRun.withDocument(CONFERENCE, "roundtables", "--session",
        "mini-roundtable");
    CliRun plenary = CliRun.withDocument(CONFERENCE, "roundtables", "--session", "opening");
    CliRun both = CliRun.withDocument(CONFERENCE, "roundtables", "--no-event", "--event",
        "wego-ascn-mayoral-conference-2019");

    assertThat(event.exitCode()).isEqualTo(2);
    assertThat(event.err()).contains("--event: the document has no event "
        + "'wego-ascn-mayoral-conference-2018'; did you mean "
        + "wego-ascn-mayoral-conference-2019?");
    assertThat(session.exitCode()).isEqualTo(2);
    assertThat(session.err()).contains("--session: event wego-ascn-mayoral-conference-2019 "
        + "has no session 'mini-roundtable'; did you mean mini-roundtables?");
    assertThat(plenary.exitCode()).isEqualTo(2);
    assertThat(plenary.err()).isEqualTo("scap: --session: session opening of event "
        + "wego-ascn-mayoral-conference-2019 is a plenary session, not a roundtable session "
        + "(its roundtable sessions: mini-roundtables)\n");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }

  @Test
  void refusesASessionOfTheBuiltInDatasetThatIsNoRoundtableAsAnUnknownOne() {
    CliRun run = CliRun.of("roundtables", "--session", "keynote-speeches");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("scap: --session: session keynote-speeches of event "
        + "wego-ascn-mayoral-conference-2019 is a plenary session, not a roundtable session "
        + "(its roundtable sessions: mini-roundtables)\n");
  }

  @Test
  void givenOptionsOverrideTheEvents() {
    CliRun themes = CliRun.withDocument(CONFERENCE, "roundtables", "--themes",
        "traffic-safety");
    CliRun taxonomy = CliRun.withDocument(CONFERENCE, "roundtables", "--taxonomy", "ascf-2018");

    assertThat(tableLines(themes.out())).isNotEmpty()
        .allMatch(l -> l.contains("  traffic-safety  "));
    assertThat(tableLines(taxonomy.out())).isNotEmpty()
        .noneMatch(l -> THEMES_2019.stream().anyMatch(t -> l.contains("  " + t + "  ")));
    assertThat(taxonomy.out()).startsWith("For the event wego-ascn-mayoral-conference-2019");
  }

  @Test
  void reportsTheConferencesRoundtablesInEveryFormat() {
    ScapDocument document = withConference(List.of(CityId.of("dili")));

    CliRun md = CliRun.withDocument(document, "report", "--date", "2026-11-27");
    CliRun json = CliRun.withDocument(document, "report", "--format", "json", "--date",
        "2026-11-27");
    CliRun html = CliRun.withDocument(document, "report", "--format", "html", "--date",
        "2026-11-27");
    CliRun noEvent = CliRun.withDocument(document, "report", "--no-event", "--date",
        "2026-11-27");

    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out()).contains("Planned for the event wego-ascn-mayoral-conference-2019 "
        + "(WeGO-ASCN Mayoral Conference, 2019-11-05 to 2019-11-07), session mini-roundtables "
        + "(Mini roundtables): 27 cities invited.")
        .contains("(projects weights)")
        .contains("| Dili | the document has no plan of it |")
        .contains("| `event` | `wego-ascn-mayoral-conference-2019` |");
    assertThat(json.out()).contains("\"session\": \"mini-roundtables\"");
    assertThat(html.out()).contains("<h3>Invited cities not seated</h3>");
    assertThat(noEvent.out()).doesNotContain("Planned for the event", "Invited cities not "
        + "seated");
  }
}
