package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.model.Event;
import dev.scap.model.EventRole;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Events (format 1.1) through the reader and the writer: every property read and written back,
 * and each broken rule of an event placed on its value, alike in the whole and the streamed read.
 * The inputs under {@code bad-events/} are {@code valid.json} broken in the way their names say.
 */
class EventsIoTest {

  private static final ScapReader READER = ScapReader.create();
  private static final ScapWriter WRITER = ScapWriter.canonical();

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden file from the writer. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  /** The golden file in the sources, which regenerating rewrites; tests read the copy. */
  private static final Path GOLDEN_SOURCE =
      Path.of("src", "test", "resources", "golden", "example-1.1.canonical.json");

  record Expected(Severity severity, String rule, String pointer, int line, int column,
      String fragment) {}

  private static Expected error(String rule, String pointer, int line, int column,
      String fragment) {
    return new Expected(Severity.ERROR, rule, pointer, line, column, fragment);
  }

  private static Expected warning(String rule, String pointer, int line, int column,
      String fragment) {
    return new Expected(Severity.WARNING, rule, pointer, line, column, fragment);
  }

  private static Arguments bad(String file, Expected... expected) {
    return Arguments.of(file, List.of(expected));
  }

  static Stream<Arguments> badEvents() {
    return Stream.of(
        bad("blank-event-name.json",
            error("required", "/events/0/name", 31, 15, "name is required and must not be blank")),
        bad("city-invited-twice.json",
            warning("duplicate-entry", "/events/0/cities/2", 39, 43,
                "city \"da-nang\" is invited more than once")),
        bad("city-seated-twice-in-a-slot.json",
            error("seated-twice", "/events/0/sessions/1/tables/1/guests/1", 59, 87,
                "city \"da-nang\" is seated in slot 1 both here and")),
        bad("duplicate-event-id.json",
            error("duplicate-id", "/events/1/id", 31, 13,
                "event id \"wego-ascn-mayoral-conference-2019\" is")),
        bad("duplicate-session-id.json",
            error("duplicate-id", "/events/0/sessions/1/id", 43, 17,
                "session id \"mini-roundtables\" is already the id")),
        bad("duplicate-table-number.json",
            error("duplicate-table", "/events/0/sessions/1/tables/1/number", 59, 25,
                "table number 1 is already the number of the table")),
        bad("event-ends-before-start.json",
            error("invalid-period", "/events/0/end", 33, 14,
                "event ends (2019-11-20) before it starts"),
            error("date-outside-event", "/events/0/sessions/0/date", 41, 84,
                "session \"opening\" is on 2019-11-21, outside its"),
            error("date-outside-event", "/events/0/sessions/1/date", 46, 19,
                "session \"mini-roundtables\" is on 2019-11-21,")),
        bad("events-before-plans-with-unknown-city.json",
            error("unknown-reference", "/events/0/cities/2", 38, 43,
                "city \"manila\" is not a city of the document")),
        bad("events-in-version-1.0.json",
            error("events-in-old-version", "/events", 28, 13,
                "events came with format version 1.1, but the")),
        bad("guest-not-invited.json",
            error("guest-not-invited", "/events/0/sessions/1/tables/1/guests/0", 59, 73,
                "city \"phnom-penh\" is seated at table 2 but is not")),
        bad("guest-twice-at-a-table.json",
            warning("duplicate-entry", "/events/0/sessions/1/tables/1/guests/1", 59, 87,
                "city \"phnom-penh\" is seated at table 2 more than")),
        bad("invalid-event-date.json",
            error("invalid-date", "/events/0/end", 33, 14,
                "\"2019-11-31\" is not a calendar date of the form")),
        bad("invalid-event-id.json",
            error("invalid-identifier", "/events/0/id", 30, 13,
                "id \"WeGO 2019\" is not an identifier: use")),
        bad("lowercase-venue-country.json",
            error("invalid-country", "/events/0/venue/country", 34, 76,
                "country \"kr\" is not an ISO 3166-1 alpha-2 country")),
        bad("venue-country-after-accents.json",
            error("invalid-country", "/events/0/venue/country", 34, 78,
                "country \"kr\" is not an ISO 3166-1 alpha-2")),
        bad("more-guests-than-seats.json",
            warning("table-over-capacity", "/events/0/sessions/1/tables/1/guests", 59, 72,
                "table 2 seats 2 cities but has 1 seats")),
        bad("organization-twice-in-a-role.json",
            warning("duplicate-entry", "/events/0/organizations/2", 38, 9,
                "organization \"koica\" is listed as sponsor more")),
        bad("organization-without-role.json",
            error("required", "/events/0/organizations/0/role", 36, 9, "role is required")),
        bad("partner-at-two-tables-of-a-slot.json",
            warning("invited-twice", "/events/0/sessions/1/tables/1/partners/0", 59, 101,
                "organization \"koica\" is invited in slot 1 both")),
        bad("roundtable-without-taxonomy.json",
            error("roundtable-without-themes", "/events/0/sessions/1/taxonomy", 42, 9,
                "roundtable session \"mini-roundtables\" names no")),
        bad("roundtable-without-themes.json",
            error("roundtable-without-themes", "/events/0/sessions/1/themes", 42, 9,
                "roundtable session \"mini-roundtables\" names no")),
        bad("session-after-event.json",
            error("date-outside-event", "/events/0/sessions/1/date", 46, 19,
                "session \"mini-roundtables\" is on 2019-11-23,")),
        bad("session-theme-of-another-taxonomy.json",
            error("theme-outside-taxonomy", "/events/0/sessions/1/themes/2", 48, 53,
                "theme \"safety-security\" is not of the session's")),
        bad("session-without-title.json",
            error("required", "/events/0/sessions/0/title", 41, 9, "title is required")),
        bad("sessions-as-object.json",
            error("wrong-type", "/events/0/sessions", 40, 19, "expected an array, found an object"),
            error("unknown-property", "/events/0/sessionz", 41, 7, "event has no property sessionz")),
        bad("slot-zero.json",
            error("out-of-range", "/events/0/sessions/1/tables/1/slot", 59, 96,
                "slot 0 is below the minimum of 1")),
        bad("table-number-zero.json",
            error("out-of-range", "/events/0/sessions/1/tables/1/number", 59, 25,
                "number 0 is below the minimum of 1")),
        bad("table-theme-outside-session.json",
            error("theme-outside-session", "/events/0/sessions/1/tables/1/theme", 59, 37,
                "theme \"safety-security\" of table 2 is not a theme")),
        bad("tables-at-a-panel.json",
            error("tables-outside-roundtable", "/events/0/sessions/1/tables", 49, 21,
                "session \"mini-roundtables\" is a panel session,")),
        bad("unknown-event-organization.json",
            error("unknown-reference", "/events/0/organizations/1/organization", 37, 27,
                "organization \"kioca\" is not an organization of")),
        bad("unknown-event-property.json",
            error("unknown-property", "/events/0/notes", 63, 7, "event has no property notes")),
        bad("unknown-guest.json",
            error("unknown-reference", "/events/0/sessions/1/tables/1/guests/1", 59, 87,
                "city \"manila\" is not a city of the document")),
        bad("unknown-invited-city.json",
            error("unknown-reference", "/events/0/cities/2", 39, 43,
                "city \"manila\" is not a city of the document")),
        bad("unknown-role.json",
            error("invalid-code", "/events/0/organizations/1/role", 37, 44,
                "\"sponsr\" is not a code of role")),
        bad("unknown-session-kind.json",
            error("invalid-code", "/events/0/sessions/1/kind", 44, 19,
                "\"round-table\" is not a code of kind")),
        bad("unknown-session-taxonomy.json",
            error("unknown-reference", "/events/0/sessions/1/taxonomy", 47, 23,
                "taxonomy \"wego-2019\" is not a taxonomy of the")),
        bad("unknown-session-theme.json",
            error("unknown-reference", "/events/0/sessions/1/themes/2", 48, 53,
                "theme \"bildings\" is not a theme of the document")),
        bad("unknown-table-partner.json",
            error("unknown-reference", "/events/0/sessions/1/tables/0/partners/0/organization", 55, 46,
                "organization \"kioca\" is not an organization of")),
        bad("unknown-table-property.json",
            error("unknown-property", "/events/0/sessions/1/tables/0/seat", 53, 15,
                "table has no property seat")),
        bad("unknown-table-theme.json",
            error("unknown-reference", "/events/0/sessions/1/tables/1/theme", 59, 37,
                "theme \"bildings\" is not a theme of the document")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEvents")
  void reportsEachBrokenRuleOfAnEventWithItsPointerLineAndColumnReadWholeOrStreamed(
      String file, List<Expected> expected) throws IOException {
    Path path = ScapReaderTest.resourcePath("/bad-events/" + file);
    byte[] bytes = TestFiles.bytes("/bad-events/" + file);
    List<List<Problem>> placed = List.of(
        READER.read(path).report().problems(),
        READER.read(new ByteArrayInputStream(bytes)).report().problems(),
        READER.read(new String(bytes, StandardCharsets.UTF_8)).report().problems(),
        streamed(path).problems());

    for (List<Problem> problems : placed) {
      assertThat(problems).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        Problem problem = problems.get(i);
        String fragment = expected.get(i).fragment();
        assertThat(new Expected(problem.severity(), problem.rule(), problem.pointer(),
            problem.line(), problem.column(),
            problem.message().contains(fragment) ? fragment : problem.message()))
            .as(problem.toString()).isEqualTo(expected.get(i));
      }
    }
    // Read from a stream, which cannot be read again, a problem of the model is placed at the
    // start of its event (of the document, if in none); those of the format are placed exactly.
    List<TokenStreamLocation> starts = eventStarts(bytes);
    assertThat(streamed(bytes).problems())
        .extracting(Problem::rule, Problem::pointer, Problem::line, Problem::column)
        .containsExactlyInAnyOrderElementsOf(placed.get(0).stream().map(p -> {
          int event = eventIndex(p.pointer());
          boolean ofTheFormat = FORMAT_RULES.contains(p.rule());
          if (ofTheFormat) {
            return tuple(p.rule(), p.pointer(), p.line(), p.column());
          }
          return event < 0 ? tuple(p.rule(), p.pointer(), 1, 1)
              : tuple(p.rule(), p.pointer(), starts.get(event).getLineNr(),
                  starts.get(event).getColumnNr());
        }).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEvents")
  void holdsTheSameEventsReadWholeOrStreamed(String file, List<Expected> expected)
      throws IOException {
    Path path = ScapReaderTest.resourcePath("/bad-events/" + file);
    ScapDocument whole = READER.read(path).document();

    assertThat(streamed(path).header().events()).isEqualTo(whole.events());
    assertThat(streamed(TestFiles.bytes("/bad-events/" + file)).header().events())
        .isEqualTo(whole.events());
  }

  @Test
  void readsEveryPropertyOfAnEvent() throws IOException {
    ReadResult result = READER.read(ScapReaderTest.resourcePath("/bad-events/valid.json"));

    assertThat(result.report().problems()).isEmpty();
    ScapDocument document = result.document();
    assertThat(document.scapVersion()).isEqualTo("1.1");
    Event event = document.events().get(0);
    assertThat(event.id().value()).isEqualTo("wego-ascn-mayoral-conference-2019");
    assertThat(event.name()).isEqualTo("WeGO-ASCN Mayoral Conference");
    assertThat(event.start()).isEqualTo(LocalDate.of(2019, 11, 21));
    assertThat(event.end()).isEqualTo(LocalDate.of(2019, 11, 22));
    assertThat(event.venue().name()).isEqualTo("Grand Hilton Hotel");
    assertThat(event.venue().city()).isEqualTo("Seoul");
    assertThat(event.venue().country()).isEqualTo("KR");
    assertThat(event.venue().address()).isNull();
    assertThat(event.organizationsIn(EventRole.SPONSOR))
        .containsExactly(OrganizationId.of("koica"));
    assertThat(event.cities()).extracting(c -> c.value()).containsExactly("phnom-penh", "da-nang");
    assertThat(event.sessions()).extracting(s -> s.kind())
        .containsExactly(SessionKind.PLENARY, SessionKind.ROUNDTABLE);
    Session roundtable = event.roundtables().get(0);
    assertThat(roundtable.taxonomy().value()).isEqualTo("wego-ascn-2019");
    assertThat(roundtable.themes()).extracting(t -> t.value())
        .containsExactly("buildings", "traffic-safety");
    SeatedTable table = roundtable.tables().get(0);
    assertThat(table.number()).isEqualTo(1);
    assertThat(table.theme().value()).isEqualTo("traffic-safety");
    assertThat(table.seats()).isEqualTo(8);
    assertThat(table.guests()).extracting(c -> c.value()).containsExactly("da-nang");
    assertThat(table.partners().get(0).organization().value()).isEqualTo("koica");
    assertThat(table.partners().get(0).note()).isEqualTo("funds traffic centres");
    assertThat(table.slot()).isEqualTo(1);
    assertThat(table.room()).isEqualTo("Room A");
    assertThat(roundtable.tables().get(1).partners()).isEmpty();
    assertThat(roundtable.tables().get(1).room()).isNull();
    assertThat(event.note()).isEqualTo("Seoul, November 2019.");
  }

  @Test
  void writesEventsAfterThePlansInTheOrderOfTheFormatAndReadsThemBack() throws IOException {
    ScapDocument document = READER.read(ScapReaderTest.resourcePath("/bad-events/valid.json"))
        .document();

    String json = WRITER.toJson(document);

    assertThat(json).containsSubsequence("\"organizations\": [", "\"events\": [",
        "\"id\": \"wego-ascn-mayoral-conference-2019\"", "\"name\"", "\"start\"", "\"end\"",
        "\"venue\"", "\"organizations\"", "\"cities\"", "\"sessions\"", "\"id\": \"opening\"",
        "\"kind\"", "\"title\"", "\"date\"", "\"id\": \"mini-roundtables\"", "\"taxonomy\"",
        "\"themes\"", "\"tables\"", "\"number\"", "\"theme\"", "\"seats\"", "\"guests\"",
        "\"partners\"", "\"organization\"", "\"note\": \"funds", "\"slot\"", "\"room\"",
        "\"note\": \"Seoul");
    assertThat(json).doesNotContain("\"address\"", "\"description\"", "\"plans\"");
    ReadResult again = READER.read(json);
    assertThat(again.report().problems()).isEmpty();
    assertThat(again.document()).isEqualTo(document);
    assertThat(WRITER.toJson(again.document())).isEqualTo(json);
    assertThat(streamed(json.getBytes(StandardCharsets.UTF_8)).header()).isEqualTo(document);
  }

  @Test
  void keepsTheFormatsExampleAsTheGoldenExampleOfVersion11() throws IOException {
    assertThat(Files.readString(Path.of("..", "docs", "example.json")))
        .as("docs/example.json and golden/example-1.1.json are one document")
        .isEqualTo(TestFiles.text("/golden/example-1.1.json"));
  }

  @Test
  void writesTheExampleOfVersion11ByteForByteAsItsGoldenCanonicalFile() throws IOException {
    ReadResult example = READER.read(TestFiles.text("/golden/example-1.1.json"));
    assertThat(example.report().problems()).isEmpty();
    byte[] written = TestFiles.canonical(example.document());

    if (REGENERATE) {
      Files.write(GOLDEN_SOURCE, written);
      assertThat(Files.readAllBytes(GOLDEN_SOURCE)).isEqualTo(written);
      return;
    }
    assertThat(new String(written, StandardCharsets.UTF_8))
        .as("the canonical form of golden/example-1.1.json differs from golden/"
            + "example-1.1.canonical.json; if the change is intended, rewrite the golden file "
            + "by running the tests with -Dscap.regenerate=true and review its diff")
        .isEqualTo(TestFiles.text("/golden/example-1.1.canonical.json"));
    assertThat(READER.read(TestFiles.text("/golden/example-1.1.canonical.json")))
        .isEqualTo(example);
  }

  @Test
  void streamsTheExampleOfVersion11AsTheWholeReadReadsIt() throws IOException {
    Path file = ScapReaderTest.resourcePath("/golden/example-1.1.json");
    ScapDocument whole = READER.read(file).document();
    PlanStreamTest.Streamed streamed = streamed(file);

    assertThat(streamed.problems()).isEmpty();
    assertThat(streamed.document()).isEqualTo(whole);
    assertThat(streamed.header().events()).hasSize(1);
  }

  @Test
  void writesADocumentInTheVersionItDeclares() {
    ScapDocument document = ScapDocument.builder().scapVersion("1.0").build();

    assertThat(WRITER.toJson(document)).startsWith("{\n  \"scapVersion\": \"1.0\",");
    assertThat(WRITER.toJson(document.toBuilder().scapVersion("1.1").build()))
        .startsWith("{\n  \"scapVersion\": \"1.1\",");
  }

  /** The rules that the reader finds in the text itself, which it places as it reads. */
  private static final Set<String> FORMAT_RULES = Arrays.stream(FormatRule.values())
      .map(FormatRule::code).collect(Collectors.toSet());

  /** The index of the event a pointer is in, or -1 for one outside any event. */
  private static int eventIndex(String pointer) {
    String[] segments = pointer.split("/");
    return segments.length > 2 && segments[1].equals("events")
        ? Integer.parseInt(segments[2]) : -1;
  }

  /** Where each event starts in a document: its opening brace, read by Jackson alone. */
  private static List<TokenStreamLocation> eventStarts(byte[] bytes) {
    List<TokenStreamLocation> starts = new ArrayList<>();
    try (JsonParser parser = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT && parser.streamReadContext().pathAsPointer()
            .toString().matches("/events/\\d+")) {
          starts.add(parser.currentTokenLocation());
        }
      }
    }
    return starts;
  }

  private static PlanStreamTest.Streamed streamed(Path file) throws IOException {
    return PlanStreamTest.Streamed.of(file);
  }

  private static PlanStreamTest.Streamed streamed(byte[] bytes) throws IOException {
    return PlanStreamTest.Streamed.of(bytes);
  }
}
