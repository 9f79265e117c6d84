package dev.scap.analysis.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.Invitation;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.validation.ScapValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The seating an event plan writes into its session, on the built-in dataset's conference. */
class EventPlanTest {

  private static final ScapDocument ASCN = Datasets.ascn();

  /** Notes that name the organization and count its reasons, so a test can tell them apart. */
  private static final Function<Invitee, String> NOTES =
      i -> i.organization().value() + ": " + i.reasons().size() + " reasons";

  /** A plan of the conference's session, its invitations and timetable. */
  private record Planned(EventPlan plan, List<TableInvitations> invited, Timetable timetable) {

    static Planned of(ScapDocument document, int minSeats, int perCity,
        TimetableOptions options) {
      SessionScope scope = EventPlanner.scope(document, EventChoice.LATEST).orElseThrow();
      EventPlan plan = EventPlanner.plan(scope, RoundtableOptions.DEFAULTS.withPerCity(perCity)
          .withSeats(minSeats, 8));
      ThemeOverlap seating = ThemeOverlap.of(scope.document(), plan.options().profiles());
      List<TableInvitations> invited = Invitations.forTables(seating, plan.plan(),
          InvitationOptions.DEFAULTS);
      Timetable timetable = Timetabler.place(Meeting.of(plan.plan(), invited), options);
      return new Planned(plan, invited, timetable);
    }

    ScapDocument seated(ScapDocument document) {
      return plan.seated(document, invited, timetable, NOTES);
    }
  }

  @Test
  void seatsEachTableOfThePlanWithItsPartnersSlotAndRoom() {
    Planned planned = Planned.of(ASCN, 4, 2,
        TimetableOptions.DEFAULTS.withRooms(List.of("Hall A", "Hall B", "Hall C")));

    List<SeatedTable> seating = planned.plan().seating(planned.invited(), planned.timetable(),
        NOTES);

    List<Table> tables = planned.plan().plan().tables();
    assertThat(seating).hasSameSizeAs(tables).isNotEmpty();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      SeatedTable seated = seating.get(t);
      Placement placed = planned.timetable().placement(table.number()).orElseThrow();
      assertThat(seated.number()).isEqualTo(table.number());
      assertThat(seated.theme()).isEqualTo(table.theme());
      assertThat(seated.seats()).isEqualTo(8);
      assertThat(seated.guests()).isEqualTo(table.guests());
      assertThat(seated.slot()).isEqualTo(placed.slot());
      assertThat(seated.room()).isEqualTo(placed.room().orElseThrow());
      assertThat(seated.partners()).isEqualTo(planned.invited().get(t).invited().stream()
          .map(i -> Invitation.of(i.organization(), NOTES.apply(i))).toList());
    }
  }

  @Test
  void leavesATableThatFitsInNoSlotWithoutSlotOrRoom() {
    Planned planned = Planned.of(ASCN, 4, 2,
        TimetableOptions.DEFAULTS.withSlots(2).withRooms(List.of("A", "B")));

    List<SeatedTable> seating = planned.plan().seating(planned.invited(), planned.timetable(),
        NOTES);

    assertThat(planned.timetable().unplaced()).isNotEmpty();
    planned.timetable().unplaced().forEach(u -> {
      SeatedTable seated = seating.stream().filter(s -> s.number() == u.table()).findFirst()
          .orElseThrow();
      assertThat(seated.slot()).isNull();
      assertThat(seated.room()).isNull();
    });
  }

  @Test
  void writesTheSeatingIntoTheSessionAndLeavesTheRestOfTheDocumentAsItIs() throws Exception {
    Planned planned = Planned.of(ASCN, 4, 2, TimetableOptions.DEFAULTS);

    ScapDocument seated = planned.seated(ASCN);

    SessionScope scope = planned.plan().scope();
    Event event = seated.event(scope.event().id()).orElseThrow();
    Session session = event.session(scope.session().id()).orElseThrow();
    assertThat(session.tables()).isEqualTo(planned.plan().seating(planned.invited(),
        planned.timetable(), NOTES));
    assertThat(session.withTables(List.of())).isEqualTo(scope.session().withTables(List.of()));
    assertThat(seated.toBuilder().events(ASCN.events()).build()).isEqualTo(ASCN);
    ReadResult read = ScapReader.create().read(ScapWriter.canonical().toJson(seated));
    assertThat(read.report().hasErrors()).as(read.report().toString()).isFalse();
    assertThat(read.document()).isEqualTo(seated);
  }

  @Test
  void refusesADocumentWithoutThePlannedEvent() {
    Planned planned = Planned.of(ASCN, 4, 2, TimetableOptions.DEFAULTS);
    ScapDocument other = ASCN.toBuilder().events(List.of()).build();

    assertThatThrownBy(() -> planned.seated(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document has no event " + planned.plan().scope().event().id());
  }

  @Test
  void refusesTheInvitationsOfATableGivenTwice() {
    Planned planned = Planned.of(ASCN, 4, 2, TimetableOptions.DEFAULTS);
    List<TableInvitations> twice = new ArrayList<>(planned.invited());
    twice.add(planned.invited().get(0));

    assertThatThrownBy(() -> planned.plan().seating(twice, planned.timetable(), NOTES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the partners of table 1 are given twice");
  }

  /**
   * Whatever cities the conference invites and however the tables are seated and timetabled,
   * the seating written books no city and no partner twice in a slot, and the document stays
   * valid.
   */
  @Property(tries = 40)
  void writesASeatingThatDoubleBooksNobodyAndValidates(
      @ForAll("invitations") List<String> invited, @ForAll @IntRange(min = 2, max = 5) int minSeats,
      @ForAll @IntRange(min = 1, max = 3) int perCity, @ForAll @IntRange(max = 6) int slots,
      @ForAll @IntRange(max = 4) int rooms) {
    Event conference = ASCN.events().get(0).withCities(
        invited.stream().map(CityId::of).toList());
    ScapDocument document = ASCN.toBuilder().events(List.of(conference)).build();
    TimetableOptions options = TimetableOptions.DEFAULTS.withSlots(slots).withRooms(rooms);
    Planned planned = Planned.of(document, minSeats, perCity, options);

    ScapDocument seated = planned.seated(document);

    List<SeatedTable> tables = seated.events().get(0)
        .session(planned.plan().scope().session().id()).orElseThrow().tables();
    assertThat(tables).hasSameSizeAs(planned.plan().plan().tables());
    Map<Integer, Set<CityId>> cities = new TreeMap<>();
    Map<Integer, Set<OrganizationId>> partners = new TreeMap<>();
    Map<Integer, Set<String>> roomsUsed = new TreeMap<>();
    for (SeatedTable table : tables) {
      if (table.slot() == null) {
        continue;
      }
      Set<CityId> slotCities = cities.computeIfAbsent(table.slot(), k -> new HashSet<>());
      table.guests().forEach(c -> assertThat(slotCities.add(c)).as("city " + c + " in slot "
          + table.slot()).isTrue());
      Set<OrganizationId> slotPartners = partners.computeIfAbsent(table.slot(),
          k -> new HashSet<>());
      table.partners().forEach(p -> assertThat(slotPartners.add(p.organization()))
          .as("partner " + p.organization() + " in slot " + table.slot()).isTrue());
      if (rooms > 0) {
        assertThat(roomsUsed.computeIfAbsent(table.slot(), k -> new HashSet<>())
            .add(table.room())).isTrue();
      }
    }
    assertThat(roomsUsed.values()).allSatisfy(used -> assertThat(used.size())
        .isLessThanOrEqualTo(rooms));
    var report = ScapValidator.instance().validate(seated);
    assertThat(report.hasErrors()).as(report.toString()).isFalse();
  }

  @Provide
  Arbitrary<List<String>> invitations() {
    List<String> ids = new ArrayList<>(ASCN.cities().stream().map(c -> c.id().value())
        .toList());
    return Arbitraries.of(ids).list().uniqueElements().ofMinSize(1).ofMaxSize(ids.size());
  }
}
