package dev.scap.analysis.partner;

import static dev.scap.model.SupportType.FINANCING;
import static dev.scap.model.SupportType.TECHNICAL_ASSISTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.InvitationReason.AskedFor;
import dev.scap.analysis.partner.InvitationReason.OffersNeeds;
import dev.scap.analysis.partner.InvitationReason.PartnersPlan;
import dev.scap.analysis.partner.InvitationReason.PartnersProject;
import dev.scap.analysis.partner.InvitationReason.WorksOnTheme;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.OrganizationKind;
import dev.scap.model.Partner;
import dev.scap.model.PartnerRole;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Invitations in a small document, worked out by hand.
 * <pre>
 * a  focus x, y; project pa1 [x] needs financing, partner o1; pa2 [y], partner o2;
 *    the plan's own partner o3
 * b  focus x; project pb1 [x] needs financing, technical-assistance
 * c  no plan
 * d  focus x, z; the plan's own partner o4
 *
 * o1  works on nothing   offers financing
 * o2, o3, o4  work on nothing, offer nothing
 * o5  works on x         offers technical-assistance
 * o6  works on x         offers nothing
 * o7  works on z         offers nothing
 *
 * table 1, x: a, b, d; needs on x: financing 2, technical-assistance 1 (3)
 *   o1 (1, 0, no, 2/3) &gt; o2 = o3 = o4 (0, 1, no, 0) &gt; o5 (0, 0, yes, 1/3) &gt; o6 (0, 0, yes, 0)
 * table 2, z: d, c: o4 (0, 1, no, 0) &gt; o7 (0, 0, yes, 0)
 * table 3, w: c: no candidate
 * table 4, z: c: o7 (0, 0, yes, 0)
 * </pre>
 */
class InvitationsTest {

  private static final CityId A = CityId.of("a");
  private static final CityId B = CityId.of("b");
  private static final CityId C = CityId.of("c");
  private static final CityId D = CityId.of("d");
  private static final ThemeId X = ThemeId.of("x");
  private static final ThemeId Z = ThemeId.of("z");

  private static final ScapDocument DOCUMENT = ScapDocument.builder()
      .addTaxonomies(Taxonomy.of("main", "Main", List.of(Theme.of("x", "X"),
          Theme.narrower("x1", "X one", "x"), Theme.of("y", "Y"), Theme.of("z", "Z"),
          Theme.of("w", "W"))))
      .addCities(city("a"), city("b"), city("c"), city("d"))
      .addPlans(
          plan("a", List.of("x", "y"), List.of("o3"),
              project("pa1", "x", List.of("o1"), FINANCING),
              project("pa2", "y", List.of("o2"))),
          plan("b", List.of("x"), List.of(),
              project("pb1", "x", List.of(), FINANCING, TECHNICAL_ASSISTANCE)),
          plan("d", List.of("x", "z"), List.of("o4")))
      .addOrganizations(
          organization("o1", List.of(), FINANCING),
          organization("o2", List.of()),
          organization("o3", List.of()),
          organization("o4", List.of()),
          organization("o5", List.of("x"), TECHNICAL_ASSISTANCE),
          organization("o6", List.of("x")),
          organization("o7", List.of("z")))
      .build();

  private static final OverlapOptions PROJECTS =
      OverlapOptions.DEFAULTS.withWeighting(Weighting.PROJECTS);

  private static final RoundtablePlan PLAN = new RoundtablePlan(List.of(
      new Table(1, X, List.of(A, B, D)),
      new Table(2, Z, List.of(D, C)),
      new Table(3, ThemeId.of("w"), List.of(C)),
      new Table(4, Z, List.of(C))), 0, List.of(), List.of());

  private static City city(String id) {
    return City.of(CityId.of(id), id.toUpperCase(Locale.ROOT), "KH");
  }

  private static Plan plan(String city, List<String> focus, List<String> partners,
      Project... projects) {
    return Plan.builder(PlanId.of(city + "-plan"), CityId.of(city), "Plan of " + city)
        .focusAreas(focus.stream().map(t -> FocusArea.of(ThemeId.of(t))).toList())
        .projects(List.of(projects)).partners(partners(partners)).build();
  }

  private static Project project(String id, String theme, List<String> partners,
      SupportType... needs) {
    return Project.builder(ProjectId.of(id), "Project " + id, ThemeId.of(theme))
        .supportNeeded(List.of(needs)).partners(partners(partners)).build();
  }

  private static List<Partner> partners(List<String> ids) {
    return ids.stream().map(id -> new Partner(org(id), PartnerRole.FUNDER, null, null, null))
        .toList();
  }

  private static Organization organization(String id, List<String> themes,
      SupportType... offers) {
    return Organization.of(OrganizationId.of(id), "Org " + id, OrganizationKind.OTHER)
        .withThemes(themes.stream().map(ThemeId::of).toList()).withOffers(List.of(offers));
  }

  private static OrganizationId org(String id) {
    return OrganizationId.of(id);
  }

  private static List<OrganizationId> orgs(String... ids) {
    return Arrays.stream(ids).map(OrganizationId::of).toList();
  }

  private static List<TableInvitations> invite(InvitationOptions options) {
    return Invitations.forTables(ThemeOverlap.of(DOCUMENT, PROJECTS), PLAN, options);
  }

  private static List<OrganizationId> invited(TableInvitations table) {
    return table.invited().stream().map(Invitee::organization).toList();
  }

  @Test
  void ranksAPartnerOnTheThemeAboveAPartnerElsewhereAboveOneThatOnlyWorksOnTheTheme() {
    TableInvitations table = invite(InvitationOptions.DEFAULTS.withSeats(6)).get(0);

    assertThat(invited(table)).containsExactlyElementsOf(orgs("o1", "o2", "o3", "o4", "o5",
        "o6"));
    assertThat(table.invited()).extracting(Invitee::standing).containsExactly(
        new Standing(1, 0, false, 2, 3), new Standing(0, 1, false, 0, 3),
        new Standing(0, 1, false, 0, 3), new Standing(0, 1, false, 0, 3),
        new Standing(0, 0, true, 1, 3), new Standing(0, 0, true, 0, 3));
    assertThat(table.tied()).isEmpty();
    assertThat(table.whyNobody()).isNull();
  }

  @Test
  void givesEachInviteeTheFactsItWasRankedBy() {
    List<Invitee> invited = invite(InvitationOptions.DEFAULTS.withSeats(6)).get(0).invited();

    assertThat(invited.get(0).reasons()).containsExactly(
        new PartnersProject(A, ProjectId.of("pa1"), true),
        new OffersNeeds(List.of(FINANCING), 2, 3));
    assertThat(invited.get(1).reasons()).containsExactly(
        new PartnersProject(A, ProjectId.of("pa2"), false));
    assertThat(invited.get(2).reasons()).containsExactly(new PartnersPlan(A, PlanId.of(
        "a-plan")));
    assertThat(invited.get(3).reasons()).containsExactly(new PartnersPlan(D, PlanId.of(
        "d-plan")));
    assertThat(invited.get(4).reasons()).containsExactly(new WorksOnTheme(X),
        new OffersNeeds(List.of(TECHNICAL_ASSISTANCE), 1, 3));
    assertThat(invited.get(5).reasons()).containsExactly(new WorksOnTheme(X));
  }

  @Test
  void invitesEveryCandidateTiedAtTheLastSeatAndSaysSo() {
    TableInvitations table = invite(InvitationOptions.DEFAULTS).get(0);

    assertThat(invited(table)).containsExactlyElementsOf(orgs("o1", "o2", "o3", "o4"));
    assertThat(table.tied()).containsExactlyElementsOf(orgs("o2", "o3", "o4"));
    assertThat(table.seats()).isEqualTo(3);
  }

  @Test
  void cutsWhereNoTieStraddlesTheLastSeat() {
    TableInvitations table = invite(InvitationOptions.DEFAULTS.withSeats(5)).get(0);

    assertThat(invited(table)).containsExactlyElementsOf(orgs("o1", "o2", "o3", "o4", "o5"));
    assertThat(table.tied()).isEmpty();
    assertThat(invited(invite(InvitationOptions.DEFAULTS.withSeats(1)).get(0)))
        .containsExactly(org("o1"));
  }

  @Test
  void saysNoOrganizationWorksOnTheThemeOrPartnersAGuest() {
    TableInvitations table = invite(InvitationOptions.DEFAULTS).get(2);

    assertThat(table.invited()).isEmpty();
    assertThat(table.whyNobody()).isEqualTo(new NoInvitation.NoCandidate(ThemeId.of("w")));
    assertThat(table.nobodyBecause()).contains(new NoInvitation.NoCandidate(ThemeId.of("w")));
  }

  @Test
  void saysNoSeatIsOfferedWhenSeatsAreZero() {
    assertThat(invite(InvitationOptions.DEFAULTS.withSeats(0)))
        .extracting(TableInvitations::whyNobody)
        .containsOnly(new NoInvitation.NoSeats());
  }

  @Test
  void givesALimitedOrganizationToItsStrongestTablesFirstThenTheLowestNumber() {
    List<TableInvitations> tables = invite(InvitationOptions.DEFAULTS.withTablesPerPartner(1));

    // o4 stands equal at tables 1 and 2: table 1 comes first
    assertThat(invited(tables.get(0))).containsExactlyElementsOf(orgs("o1", "o2", "o3", "o4"));
    assertThat(invited(tables.get(1))).containsExactly(org("o7"));
    assertThat(tables.get(1).atLimit()).containsExactly(org("o4"));
    assertThat(tables.get(3).invited()).isEmpty();
    assertThat(tables.get(3).whyNobody())
        .isEqualTo(new NoInvitation.AtTableLimit(orgs("o7"), 1));
  }

  @Test
  void invitesAnOrganizationAskedForToEveryTableFirstOutsideSeatsAndLimits() {
    List<TableInvitations> tables = invite(new InvitationOptions(1, orgs("o7", "o5"), 1));

    assertThat(tables).allSatisfy(t -> assertThat(invited(t)).startsWith(org("o7"),
        org("o5")));
    assertThat(invited(tables.get(0))).containsExactlyElementsOf(orgs("o7", "o5", "o1"));
    assertThat(tables.get(0).invited().get(0).reasons()).containsExactly(new AskedFor());
    assertThat(tables.get(0).invited().get(1).reasons()).containsExactly(new AskedFor(),
        new WorksOnTheme(X), new OffersNeeds(List.of(TECHNICAL_ASSISTANCE), 1, 3));
    assertThat(tables.get(1).invited().get(0).reasons()).containsExactly(new AskedFor(),
        new WorksOnTheme(Z));
    assertThat(tables.get(0).ranked()).extracting(Invitee::organization)
        .containsExactly(org("o1"));
    assertThat(tables.get(0).invited()).allSatisfy(i -> assertThat(i.asked())
        .isEqualTo(!i.organization().equals(org("o1"))));
  }

  @Test
  void refusesAnOrganizationAskedForThatIsNotInTheDocument() {
    assertThatThrownBy(() -> invite(InvitationOptions.DEFAULTS.withAsked(orgs("o9"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization o9 is not in the document");
  }

  @Test
  void countsAProjectOnANarrowerThemeAsOnTheTableThemeWhenThemesRollUp() {
    ScapDocument document = DOCUMENT.toBuilder().plans(List.of(plan("a", List.of("x"),
        List.of(), project("q1", "x1", List.of("o2"), FINANCING)))).build();
    RoundtablePlan plan = new RoundtablePlan(List.of(new Table(1, X, List.of(A))), 0,
        List.of(), List.of());

    Invitee first = Invitations.forTables(ThemeOverlap.of(document, PROJECTS.withRollup(true)),
        plan, InvitationOptions.DEFAULTS).get(0).invited().get(0);

    assertThat(first.organization()).isEqualTo(org("o2"));
    assertThat(first.reasons()).containsExactly(new PartnersProject(A, ProjectId.of("q1"),
        true));
    assertThat(first.standing()).isEqualTo(new Standing(1, 0, false, 0, 1));
  }
}
