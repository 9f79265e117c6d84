package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scap.analysis.event.ApartReason;
import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.grouping.GroupingMethod;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.partner.InvitationReason;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.NoInvitation;
import dev.scap.analysis.partner.Standing;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.AdjustmentReason;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.ShortfallReason.TooFewCities;
import dev.scap.analysis.roundtable.ShortfallReason;
import dev.scap.analysis.timetable.Blocked;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Method;
import dev.scap.analysis.timetable.Shared;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.PlanId;
import dev.scap.model.ProjectId;
import dev.scap.model.SupportType;
import dev.scap.model.TaxonomyId;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordingTest {

  private static final ThemeId X = ThemeId.of("x");
  private static final ThemeId Y = ThemeId.of("y");
  private static final ThemeId Z = ThemeId.of("z");

  static Stream<Arguments> methods() {
    return Stream.of(
        arguments(new GroupingMethod.Themes(), "themes"),
        arguments(new GroupingMethod.Components(new BigDecimal("0.50")),
            "components, threshold 0.50"),
        arguments(new GroupingMethod.HierarchicalGroups(Linkage.COMPLETE, 3),
            "hierarchical complete, 3 groups"),
        arguments(new GroupingMethod.HierarchicalThreshold(Linkage.AVERAGE, new BigDecimal("0.5")),
            "hierarchical average, threshold 0.5"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("methods")
  void wordsEachGroupingMethod(GroupingMethod method, String words) {
    assertThat(Wording.method(method)).isEqualTo(words);
  }

  static Stream<Arguments> adjustments() {
    return Stream.of(
        arguments(new Adjustment(X, 1, new AdjustmentReason.TableDropped(1, 2, 4, 2)),
            "one table of x dropped: with at most 1 table a city, the tables cannot all fill 2"
                + " seats; x has the fewest candidates per table (4 for 2)"),
        arguments(new Adjustment(X, 0, new AdjustmentReason.TableDropped(2, 3, 5, 1)),
            "one table of x dropped: with at most 2 tables a city, the tables cannot all fill 3"
                + " seats; x has the fewest candidates per table (5 for 1)"),
        arguments(new Adjustment(Z, 0, new AdjustmentReason.NoTableAsked()),
            "z is not hosted: 0 tables were asked for it"),
        arguments(new Adjustment(Z, 0, new AdjustmentReason.TooFewCandidates(1, 2)),
            "z is not hosted: 1 city can sit at it, fewer than the 2 seats a table needs"),
        arguments(new Adjustment(X, 0, new AdjustmentReason.TooFewCandidates(4, 5)),
            "x is not hosted: 4 cities can sit at it, fewer than the 5 seats a table needs;"
                + " with min-seats 4, it could be"),
        arguments(new Adjustment(X, 2, new AdjustmentReason.FewerTablesThanAsked(5, 4, 2)),
            "x gets 2 of the 5 tables asked: its 4 candidates cannot fill 2 seats at more"),
        arguments(new Adjustment(X, 1, new AdjustmentReason.FewerTablesThanAsked(2, 1, 1)),
            "x gets 1 of the 2 tables asked: its 1 candidate cannot fill 1 seat at more"),
        arguments(new Adjustment(Z, 0, new AdjustmentReason.TooFewCandidates(0, 1)),
            "z is not hosted: 0 cities can sit at it, fewer than the 1 seat a table needs"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("adjustments")
  void wordsEachAdjustment(Adjustment adjustment, String words) {
    assertThat(Wording.adjustment(adjustment)).isEqualTo(words);
  }

  static Stream<Arguments> shortfalls() {
    return Stream.of(
        arguments(new ShortfallReason.NoPlan(), "it has no plan"),
        arguments(new ShortfallReason.NoThemeOfTaxonomy(TaxonomyId.of("main")),
            "its plan names no theme of main"),
        arguments(new ShortfallReason.NoHostedTheme(TooFewCities.none(2)),
            "its plan names no hosted theme"),
        arguments(new ShortfallReason.NoHostedTheme(
                new TooFewCities(List.of(Z), 1, List.of(Z), 2)),
            "its plan names no hosted theme: only 1 city can sit at z, fewer than the 2 seats a"
                + " table needs"),
        arguments(new ShortfallReason.NoHostedTheme(
                new TooFewCities(List.of(X), 4, List.of(X), 5)),
            "its plan names no hosted theme: only 4 cities can sit at x, fewer than the 5 seats"
                + " a table needs; with min-seats 4, x could be hosted"),
        arguments(new ShortfallReason.NoHostedTheme(
                new TooFewCities(List.of(X, Y), 4, List.of(X), 5)),
            "its plan names no hosted theme: at most 4 cities can sit at any of its themes"
                + " (x, y), fewer than the 5 seats a table needs; with min-seats 4, x could be"
                + " hosted"),
        arguments(new ShortfallReason.OnlyHostedThemes(List.of(X), TooFewCities.none(2)),
            "its plan names only 1 hosted theme (x)"),
        arguments(new ShortfallReason.OnlyHostedThemes(List.of(X, Y), TooFewCities.none(2)),
            "its plan names only 2 hosted themes (x, y)"),
        arguments(new ShortfallReason.OnlyHostedThemes(List.of(X),
                new TooFewCities(List.of(Y), 2, List.of(Y), 3)),
            "its plan names only 1 hosted theme (x); only 2 cities can sit at y, fewer than the"
                + " 3 seats a table needs; with min-seats 2, y could be hosted"),
        arguments(new ShortfallReason.OnlyHostedThemes(List.of(X),
                new TooFewCities(List.of(Y, Z), 2, List.of(Y, Z), 3)),
            "its plan names only 1 hosted theme (x); at most 2 cities can sit at any of its"
                + " other themes (y, z), fewer than the 3 seats a table needs; with min-seats 2,"
                + " y, z could be hosted"),
        arguments(new ShortfallReason.TablesFull(List.of(Y)), "the tables of y are full"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("shortfalls")
  void wordsEachShortfall(ShortfallReason reason, String words) {
    assertThat(Wording.shortfall(new Shortfall(CityId.of("c"), 0, reason))).isEqualTo(words);
  }

  static Stream<Arguments> invitationReasons() {
    return Stream.of(
        arguments(new InvitationReason.AskedFor(), "asked for"),
        arguments(new InvitationReason.PartnersProject(CityId.of("cebu-city"),
            ProjectId.of("brt"), true), "partners Cebu City on project brt, on the table's theme"),
        arguments(new InvitationReason.PartnersProject(CityId.of("unnamed"),
            ProjectId.of("p"), false), "partners unnamed on project p, on another theme"),
        arguments(new InvitationReason.PartnersPlan(CityId.of("cebu-city"),
            PlanId.of("cebu-plan")), "partners Cebu City in its plan cebu-plan"),
        arguments(new InvitationReason.WorksOnTheme(X), "works on x"),
        arguments(new InvitationReason.OffersNeeds(List.of(SupportType.FINANCING,
            SupportType.TECHNICAL_ASSISTANCE), 2, 5), "offers financing, technical-assistance: "
                + "2 of 5 needs of the guests' projects on the theme"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invitationReasons")
  void wordsEachInvitationReasonWithTheCitysName(InvitationReason reason, String words) {
    assertThat(Wording.invitation(reason, id -> id.value().equals("cebu-city") ? "Cebu City"
        : null)).isEqualTo(words);
  }

  static Stream<Arguments> noInvitations() {
    return Stream.of(
        arguments(new NoInvitation.NoSeats(),
            "no seat is offered to partners (partners 0) and none is asked for"),
        arguments(new NoInvitation.NoCandidate(X),
            "no organization works on x or partners a guest"),
        arguments(new NoInvitation.AtTableLimit(List.of(OrganizationId.of("wb"),
            OrganizationId.of("o2")), 2), "every candidate is already invited to 2 tables, its "
                + "limit (partner-tables 2): World Bank (wb), o2"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("noInvitations")
  void wordsWhyATableInvitesNobodyWithTheOrganizationsNames(NoInvitation why, String words) {
    assertThat(Wording.noInvitation(why, id -> id.value().equals("wb") ? "World Bank" : null))
        .isEqualTo(words);
  }

  @Test
  void wordsATieAtTheLastSeatAndNothingWithoutOne() {
    Invitee a = invitee("a");
    Invitee b = invitee("b");
    TableInvitations tied = new TableInvitations(1, X, 1, List.of(a, b),
        List.of(a.organization(), b.organization()), List.of(), null);
    TableInvitations plain = new TableInvitations(1, X, 2, List.of(a, b), List.of(), List.of(),
        null);

    assertThat(Wording.tie(tied, id -> null))
        .isEqualTo("a, b tie for the last of 1 seat: all are invited, 2 in all");
    assertThat(Wording.tie(plain, id -> null)).isEmpty();
    assertThat(Wording.atLimit(plain, id -> null)).isEmpty();
  }

  private static Invitee invitee(String id) {
    return new Invitee(OrganizationId.of(id), new Standing(0, 0, true, 0, 0),
        List.of(new InvitationReason.WorksOnTheme(X)));
  }

  @Test
  void wordsWhyAnInvitedCityIsNotSeated() {
    assertThat(Wording.apart(new InvitedApart(CityId.of("c"), new ApartReason.NoPlan())))
        .isEqualTo("the document has no plan of it");
    assertThat(Wording.apart(new InvitedApart(CityId.of("c"), new ApartReason.NotACity())))
        .isEqualTo("it is not a city of the document");
  }

  private static final Function<CityId, String> CITY_NAMES =
      Map.of(CityId.of("da-nang"), "Da Nang")::get;

  private static final Function<OrganizationId, String> ORGANIZATION_NAMES =
      Map.of(OrganizationId.of("koica"), "KOICA")::get;

  static Stream<Arguments> blocked() {
    return Stream.of(
        arguments(new Blocked.Clash(1, 3, new Shared.City(CityId.of("da-nang"))),
            "slot 1: table 3 shares Da Nang"),
        arguments(new Blocked.Clash(2, 4, new Shared.City(CityId.of("hue"))),
            "slot 2: table 4 shares hue"),
        arguments(new Blocked.Clash(1, 2, new Shared.Organization(OrganizationId.of("koica"))),
            "slot 1: table 2 shares KOICA (koica)"),
        arguments(new Blocked.Full(2, 2), "slot 2: all 2 rooms are taken"),
        arguments(new Blocked.Full(3, 1), "slot 3: its one room is taken"));
  }

  @ParameterizedTest
  @MethodSource("blocked")
  void wordsWhyATableFitsNoSlot(Blocked blocked, String words) {
    assertThat(Wording.blocked(blocked, CITY_NAMES, ORGANIZATION_NAMES)).isEqualTo(words);
  }

  @Test
  void wordsAnUnplacedTableSlotBySlot() {
    Unplaced unplaced = new Unplaced(4, List.of(
        new Blocked.Clash(1, 3, new Shared.City(CityId.of("da-nang"))), new Blocked.Full(2, 2)));

    assertThat(Wording.unplaced(unplaced, CITY_NAMES, ORGANIZATION_NAMES))
        .isEqualTo("slot 1: table 3 shares Da Nang; slot 2: all 2 rooms are taken");
  }

  private static Meeting meeting(int table, String... cities) {
    return new Meeting(table, Stream.of(cities).map(CityId::of).toList(), List.of());
  }

  @Test
  void namesTheCityWhoseTablesProveTheFewestSlots() {
    List<Meeting> meetings = List.of(meeting(1, "da-nang", "hue"), meeting(2, "da-nang"),
        meeting(3, "da-nang", "hue"), meeting(4, "hue"));
    Timetable timetable = Timetabler.place(meetings, TimetableOptions.DEFAULTS);

    assertThat(Wording.timetable(timetable, meetings, 0, CITY_NAMES, ORGANIZATION_NAMES))
        .isEqualTo("3 slots (the fewest: no timetable has fewer, since Da Nang sits at 3 "
            + "tables)");
  }

  @Test
  void namesTheRoomsWhenTheyProveTheFewestSlots() {
    List<Meeting> meetings = List.of(meeting(1, "a"), meeting(2, "b"), meeting(3, "c"));
    Timetable timetable = Timetabler.place(meetings, TimetableOptions.DEFAULTS.withRooms(2));

    assertThat(Wording.timetable(timetable, meetings, 2, CITY_NAMES, ORGANIZATION_NAMES))
        .isEqualTo("2 slots (the fewest: no timetable has fewer, since 3 tables in 2 rooms "
            + "need 2 slots)");
  }

  @Test
  void namesOneSlotForTablesThatShareNothing() {
    List<Meeting> meetings = List.of(meeting(1, "a"), meeting(2, "b"));
    Timetable timetable = Timetabler.place(meetings, TimetableOptions.DEFAULTS);

    assertThat(Wording.timetable(timetable, meetings, 0, CITY_NAMES, ORGANIZATION_NAMES))
        .isEqualTo("1 slot (the fewest: no timetable has fewer, since every table needs a "
            + "slot)");
  }

  @Test
  void countsTheTablesLeftOutOfTooFewSlots() {
    List<Meeting> meetings = List.of(meeting(1, "da-nang"), meeting(2, "da-nang"),
        meeting(3, "da-nang"));
    Timetable timetable = Timetabler.place(meetings, TimetableOptions.DEFAULTS.withSlots(2));

    assertThat(Wording.timetable(timetable, meetings, 0, CITY_NAMES, ORGANIZATION_NAMES))
        .isEqualTo("2 slots, 1 table not placed; all the tables need 3 slots (the fewest: no "
            + "timetable has fewer, since Da Nang sits at 3 tables)");
  }

  @Test
  void saysAHeuristicCountWithItsLowerBound() {
    Timetable timetable = new Timetable(List.of(), List.of(), 4, 4, 3,
        Method.HEURISTIC, false);

    assertThat(Wording.timetable(timetable, List.of(meeting(1, "a")), 0, CITY_NAMES,
        ORGANIZATION_NAMES)).isEqualTo("4 slots, at least 3 are needed (heuristic)");
  }

  @Test
  void saysWhenThereIsNoTableToPlace() {
    Timetable timetable = Timetabler.place(List.of(), TimetableOptions.DEFAULTS);

    assertThat(Wording.timetable(timetable, List.of(), 0, CITY_NAMES, ORGANIZATION_NAMES))
        .isEqualTo("no table to place");
  }
}
