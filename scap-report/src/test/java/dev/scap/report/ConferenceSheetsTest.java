package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlan;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.io.Datasets;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ConferenceSheetsTest {

  static {
    // As in ReportHtmlTest: the page is parsed as XML, which the module does not require.
    ConferenceSheetsTest.class.getModule().addReads(
        ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden files from the renderer. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "sheets");

  private static final String ADVICE = "; if the change is intended, rewrite the golden files "
      + "by running the tests with -Dscap.regenerate=true and review their diff";

  private static final ScapDocument ASCN = Datasets.ascn();

  /**
   * The sheets of a document's latest event, as {@code scap roundtables} plans it: the event's
   * session, profiles of the invited cities with the plan's options, the default partners.
   */
  static ConferenceSheets conference(ScapDocument document, TimetableOptions timetabling) {
    EventPlan planned = EventPlanner.plan(document, EventChoice.LATEST).orElseThrow();
    ThemeOverlap seating = ThemeOverlap.of(planned.scope().document(),
        planned.options().profiles());
    List<TableInvitations> invited = Invitations.forTables(seating, planned.plan(),
        InvitationOptions.DEFAULTS);
    Timetable timetable = Timetabler.place(Meeting.of(planned.plan(), invited), timetabling);
    return ConferenceSheets.of(document, planned.scope(), seating, planned.plan(), invited,
        timetable);
  }

  @Test
  void namesANumberedRoomAsARoom() {
    String markdown = conference(ASCN, TimetableOptions.DEFAULTS.withRooms(2)).markdown();
    assertThat(section(markdown, "Table 1: ")).contains("\n**Slot 1, room 1**\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"conference-2019.md", "conference-2019.html",
      "conference-2019-rooms.md"})
  void rendersTheBuiltInConferenceAsItsGoldenFile(String name) throws IOException {
    ConferenceSheets sheets = conference(ASCN, name.contains("rooms")
        ? TimetableOptions.DEFAULTS.withRooms(List.of("Room A", "Room B"))
        : TimetableOptions.DEFAULTS);
    String actual = name.endsWith(".md") ? sheets.markdown() : sheets.html();
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

  @Test
  void givesEveryTableAndEveryInvitedCityExactlyOneSheet() {
    ConferenceSheets sheets = conference(ASCN, TimetableOptions.DEFAULTS);
    String markdown = sheets.markdown();
    List<String> headings = headings(markdown);
    for (Table table : sheets.plan().tables()) {
      assertThat(headings).filteredOn(h -> h.startsWith("Table " + table.number() + ": "))
          .hasSize(1);
    }
    for (CityId city : sheets.scope().invited()) {
      String name = sheets.cities().getOrDefault(city, city.value());
      assertThat(headings).as(city.value()).filteredOn(name::equals).hasSize(1);
    }
    assertThat(headings).hasSize(sheets.plan().tables().size()
        + sheets.scope().invited().size());
  }

  @Test
  void listsEachTableOfASeatedCityOnItsSheetInSlotOrder() {
    ConferenceSheets sheets = conference(ASCN, TimetableOptions.DEFAULTS);
    String markdown = sheets.markdown();
    for (CityId city : sheets.scope().seatable()) {
      List<Table> tables = sheets.plan().tablesOf(city);
      if (tables.isEmpty()) {
        continue;
      }
      String sheet = section(markdown, sheets.cities().get(city));
      List<Integer> slots = new ArrayList<>();
      Matcher slot = Pattern.compile("(?m)^### Slot (\\d+)[^:]*: Table (\\d+)").matcher(sheet);
      List<Integer> listed = new ArrayList<>();
      while (slot.find()) {
        slots.add(Integer.valueOf(slot.group(1)));
        listed.add(Integer.valueOf(slot.group(2)));
      }
      assertThat(listed).as(city.value()).containsExactlyInAnyOrderElementsOf(
          tables.stream().map(Table::number).toList());
      assertThat(slots).as(city.value()).isSorted();
      for (int table : listed) {
        assertThat(slots.get(listed.indexOf(table))).isEqualTo(
            sheets.timetable().placement(table).orElseThrow().slot());
      }
    }
  }

  @Test
  void listsOnlyAGuestsProjectsOnTheTablesTheme() {
    ConferenceSheets sheets = conference(ASCN, TimetableOptions.DEFAULTS);
    String markdown = sheets.markdown();
    int listedProjects = 0;
    for (Table table : sheets.plan().tables()) {
      String sheet = section(markdown, "Table " + table.number() + ": ");
      for (CityId guest : table.guests()) {
        Plan plan = sheets.overlap().profile(guest).map(CityProfile::plan)
            .flatMap(ASCN::plan).orElseThrow();
        for (Project project : plan.projects()) {
          boolean on = project.themes().stream().anyMatch(t -> t.equals(table.theme())
              || ASCN.broaderChain(t).stream().anyMatch(b -> b.id().equals(table.theme())));
          String line = "  - " + Text.markdown(project.title())
              + "\n";
          if (on) {
            assertThat(sheet).as(project.id().value()).contains(line);
            listedProjects++;
          } else {
            assertThat(sheet).as(project.id().value()).doesNotContain(line);
          }
        }
      }
    }
    assertThat(listedProjects).isPositive();
  }

  @Test
  void printsEachSheetOnAPageOfItsOwn() {
    ConferenceSheets sheets = conference(ASCN, TimetableOptions.DEFAULTS);
    String html = sheets.html();
    int count = sheets.plan().tables().size() + sheets.scope().invited().size();
    assertThat(occurrences(html, "<section class=\"sheet\"")).isEqualTo(count);
    assertThat(occurrences(html, "<section class=\"cover\">")).isOne();
    assertThat(html).contains(".cover, .sheet { break-after: page; page-break-after: always; }");
    assertThat(occurrences(html, "<li><a href=\"#")).isEqualTo(count);
    assertThat(html).doesNotContain("<script", "src=", "href=\"http", "url(");
  }

  @Test
  void writesAPageThatIsWellFormedXml() throws Exception {
    Document page = ReportHtmlTest.xml(conference(ASCN,
        TimetableOptions.DEFAULTS.withRooms(List.of("Room A", "Room B"))).html());
    assertThat(page.getElementsByTagName("section").getLength()).isEqualTo(36);
  }

  @Test
  void writesTheSameBytesForTheSameInput() {
    assertThat(conference(ASCN, TimetableOptions.DEFAULTS).html())
        .isEqualTo(conference(Datasets.ascn(), TimetableOptions.DEFAULTS).html());
  }

  @Test
  void escapesHostileNamesInBothFormats() throws Exception {
    String hostile = "<script>&\"x\"";
    City bangkok = ASCN.cities().stream().filter(c -> c.id().value().equals("bangkok"))
        .findFirst().orElseThrow();
    List<City> cities = ASCN.cities().stream()
        .map(c -> c.equals(bangkok) ? City.of(c.id(), hostile, c.country()) : c).toList();
    ScapDocument document = ASCN.toBuilder().cities(cities).build();
    ConferenceSheets sheets = conference(document, TimetableOptions.DEFAULTS);
    String html = sheets.html();
    assertThat(html).doesNotContain(hostile).doesNotContain("<script")
        .contains("&lt;script&gt;&amp;&quot;x&quot;");
    NodeList headings = ReportHtmlTest.xml(html).getElementsByTagName("h2");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < headings.getLength(); i++) {
      texts.add(headings.item(i).getTextContent());
    }
    assertThat(texts).containsOnlyOnce(hostile);
    assertThat(sheets.markdown()).doesNotContain("<script>")
        .contains("\\<script\\>&\"x\"");
  }

  @Test
  void keepsATitleThatLooksLikeAListMarkerAsText() {
    List<Plan> plans = ASCN.plans().stream().map(p -> p.city().value().equals("bangkok")
        ? p.toBuilder().projects(p.projects().stream().map(j -> j.title().equals(
            "Bang Sue Smart City") ? j.toBuilder().title("1. Bang Sue <Smart> City").build()
            : j).toList()).build()
        : p).toList();
    ScapDocument document = ASCN.toBuilder().plans(plans).build();
    String markdown = conference(document, TimetableOptions.DEFAULTS).markdown();
    assertThat(markdown).contains("\n  - 1\\. Bang Sue \\<Smart\\> City\n")
        .doesNotContain("1. Bang Sue");
  }

  @Test
  void saysWhyAnInvitedCityThatCannotBeSeatedHasNoTable() {
    Event event = ASCN.events().get(0);
    List<CityId> invited = new ArrayList<>(event.cities());
    invited.add(CityId.of("dili"));
    invited.add(CityId.of("atlantis"));
    ScapDocument document = ASCN.toBuilder()
        .addCities(City.of(CityId.of("dili"), "Dili", "TL"))
        .events(List.of(event.withCities(invited))).build();
    ConferenceSheets sheets = conference(document, TimetableOptions.DEFAULTS);
    assertThat(sheets.scope().apart()).hasSize(2);
    String markdown = sheets.markdown();
    assertThat(section(markdown, "Dili\n")).isEqualTo("""

        ## Dili

        Country: Timor-Leste

        **No table: the document has no plan of it.**
        """);
    assertThat(section(markdown, "atlantis\n")).isEqualTo("""

        ## atlantis

        **No table: it is not a city of the document.**
        """);
    assertThat(sheets.html()).contains("<section class=\"sheet\" id=\"city-"
        + (invited.size() - 1) + "\">\n<h2>Dili</h2>\n");
  }

  @Test
  void writesNoEventHeaderForAPlanOfTheWholeDocument() {
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, RoundtableOptions.DEFAULTS.profiles());
    RoundtablePlan plan = RoundtablePlanner.plan(overlap, RoundtableOptions.DEFAULTS);
    List<TableInvitations> invited = Invitations.forTables(overlap, plan,
        InvitationOptions.DEFAULTS);
    Timetable timetable = Timetabler.place(Meeting.of(plan, invited),
        TimetableOptions.DEFAULTS);
    String markdown = ConferenceSheets.of(ASCN, null, overlap, plan, invited, timetable)
        .markdown();
    assertThat(markdown).startsWith("# Roundtables\n\n")
        .doesNotContain("Venue:", "Session:");
    assertThat(headings(markdown)).filteredOn(h -> h.startsWith("Table ")).hasSize(
        plan.tables().size());
  }

  @Test
  void saysATableIsNotPlacedWhenTheSlotsAreTooFew() {
    ConferenceSheets sheets = conference(ASCN, TimetableOptions.DEFAULTS.withSlots(1));
    assertThat(sheets.timetable().unplaced()).isNotEmpty();
    String markdown = sheets.markdown();
    int table = sheets.timetable().unplaced().get(0).table();
    assertThat(section(markdown, "Table " + table + ": "))
        .contains("**Not placed: slot 1 holds table ");
  }

  @Test
  void refusesInvitationsThatMissATable() {
    ConferenceSheets sheets = conference(ASCN, TimetableOptions.DEFAULTS);
    assertThatThrownBy(() -> ConferenceSheets.of(ASCN, sheets.scope(), sheets.overlap(),
        sheets.plan(), sheets.invitations().subList(1, sheets.invitations().size()),
        sheets.timetable())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no invitations are given for table 1");
  }

  private static List<String> headings(String markdown) {
    List<String> headings = new ArrayList<>();
    Matcher heading = Pattern.compile("(?m)^## (.*)$").matcher(markdown);
    while (heading.find()) {
      headings.add(heading.group(1).replace("\\", ""));
    }
    return headings;
  }

  /** The sheet whose heading starts with the text, up to the next sheet. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n## " + heading);
    assertThat(start).as(heading).isNotNegative();
    int end = markdown.indexOf("\n## ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
