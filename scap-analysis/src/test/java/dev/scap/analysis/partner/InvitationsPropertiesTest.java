package dev.scap.analysis.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.InvitationReason.AskedFor;
import dev.scap.analysis.partner.InvitationReason.OffersNeeds;
import dev.scap.analysis.partner.InvitationReason.PartnersPlan;
import dev.scap.analysis.partner.InvitationReason.PartnersProject;
import dev.scap.analysis.partner.InvitationReason.WorksOnTheme;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.roundtable.Table;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Partner;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link Invitations} on generated documents: they are those of assessing every
 * organization at every table; invitations do not depend on the order
 * of cities, plans or organizations; every invitee's reasons are facts of the document and
 * its standing counts them; no organization is ranked in at more tables than its limit;
 * organizations asked for are at every table; a table exceeds its seats only by a tie.
 */
class InvitationsPropertiesTest {

  /** A document, its profile options, a plan of it, and invitation options. */
  record Case(ScapDocument document, OverlapOptions profiles, RoundtablePlan plan,
      InvitationOptions options) {

    ThemeOverlap overlap() {
      return ThemeOverlap.of(document, profiles);
    }

    @Override
    public String toString() {
      return options + ", " + profiles + " on " + document.cities().size() + " cities, "
          + document.organizations().size() + " organizations, " + plan.tables().size()
          + " tables";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScapDocument> generated = ScapArbitraries.documents(
        DocumentSizes.small().withCities(0, 6).withOrganizations(0, 5));
    Arbitrary<ScapDocument> synthetic = Combinators.combine(
            Arbitraries.integers().between(0, 16), Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(0, 4), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
    return Combinators.combine(Arbitraries.oneOf(generated, synthetic),
            Arbitraries.of(Weighting.class), Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(1, 2, 3, InvitationOptions.UNLIMITED), Arbitraries.longs())
        .as((document, weighting, rollup, seats, limit, seed) -> {
          OverlapOptions profiles = new OverlapOptions(null, weighting, Metric.JACCARD,
              rollup, null);
          RoundtablePlan plan = RoundtablePlanner.plan(document, RoundtableOptions.DEFAULTS
              .withProfiles(profiles).withSeats(1, 3));
          List<OrganizationId> ids = new ArrayList<>(document.organizations().stream()
              .map(Organization::id).distinct().toList());
          Random random = new Random(seed);
          Collections.shuffle(ids, random);
          List<OrganizationId> asked = ids.subList(0, random.nextInt(Math.min(ids.size(), 2)
              + 1));
          return new Case(document, profiles, plan,
              new InvitationOptions(seats, asked, limit));
        });
  }

  @Property(tries = 200)
  void invitationsAreThoseOfAssessingEveryOrganizationAtEveryTable(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();

    assertThat(Invitations.forTables(overlap, c.plan(), c.options()))
        .isEqualTo(AssessEveryOrganization.forTables(overlap, c.plan(), c.options()));
  }

  @Property(tries = 150)
  void invitationsDoNotDependOnTheOrderOfCitiesPlansOrOrganizations(@ForAll("cases") Case c,
      @ForAll long seed) {
    ScapDocument shuffled = shuffle(c.document(), new Random(seed));

    List<TableInvitations> original = Invitations.forTables(c.overlap(), c.plan(),
        c.options());
    List<TableInvitations> permuted = Invitations.forTables(ThemeOverlap.of(shuffled,
        c.profiles()), c.plan(), c.options());

    assertThat(permuted).isEqualTo(original);
  }

  @Property(tries = 150)
  void everyInviteeHoldsItsReasonsAndItsStandingCountsThem(@ForAll("cases") Case c) {
    ThemeOverlap overlap = c.overlap();
    List<TableInvitations> tables = Invitations.forTables(overlap, c.plan(), c.options());

    assertThat(tables).extracting(TableInvitations::table)
        .containsExactlyElementsOf(c.plan().tables().stream().map(Table::number).toList());
    for (int t = 0; t < tables.size(); t++) {
      Table table = c.plan().tables().get(t);
      for (Invitee invitee : tables.get(t).invited()) {
        Organization organization = c.document().organization(invitee.organization())
            .orElseThrow();
        List<CityId> onTheme = new ArrayList<>();
        List<CityId> elsewhere = new ArrayList<>();
        boolean works = false;
        for (InvitationReason reason : invitee.reasons()) {
          if (reason instanceof AskedFor) {
            assertThat(c.options().asked()).contains(invitee.organization());
          } else if (reason instanceof PartnersProject p) {
            assertThat(table.guests()).contains(p.city());
            Project project = planOf(overlap, p.city()).project(p.project()).orElseThrow();
            assertThat(project.partners()).extracting(Partner::organization)
                .contains(invitee.organization());
            assertThat(project.themes().stream().map(th -> mapped(overlap, th)).toList()
                .contains(table.theme())).as("project %s on %s", project.id(), table.theme())
                .isEqualTo(p.onTheme());
            (p.onTheme() ? onTheme : elsewhere).add(p.city());
          } else if (reason instanceof PartnersPlan p) {
            assertThat(table.guests()).contains(p.city());
            assertThat(planOf(overlap, p.city()).partners()).extracting(Partner::organization)
                .contains(invitee.organization());
            elsewhere.add(p.city());
          } else if (reason instanceof WorksOnTheme w) {
            assertThat(w.theme()).isEqualTo(table.theme());
            assertThat(organization.themes().stream().map(th -> mapped(overlap, th)))
                .contains(table.theme());
            works = true;
          } else if (reason instanceof OffersNeeds n) {
            assertThat(organization.offers()).containsAll(n.types());
            assertThat(n.met()).isEqualTo(invitee.standing().needsMet());
            assertThat(n.needed()).isEqualTo(invitee.standing().needsStated());
          }
        }
        elsewhere.removeAll(onTheme);
        Standing standing = invitee.standing();
        assertThat(standing.themeGuests()).isEqualTo(onTheme.stream().distinct().count());
        assertThat(standing.otherGuests()).isEqualTo(elsewhere.stream().distinct().count());
        assertThat(standing.worksOnTheme()).isEqualTo(works);
        assertThat(invitee.asked() || standing.isCandidate()).isTrue();
      }
    }
  }

  @Property(tries = 150)
  void noOrganizationIsRankedInAtMoreTablesThanItsLimit(@ForAll("cases") Case c) {
    Map<OrganizationId, Integer> tablesOf = new HashMap<>();
    for (TableInvitations table : Invitations.forTables(c.overlap(), c.plan(), c.options())) {
      table.ranked().forEach(i -> tablesOf.merge(i.organization(), 1, Integer::sum));
    }

    assertThat(tablesOf.values()).allSatisfy(n -> assertThat(n)
        .isLessThanOrEqualTo(c.options().tablesPerPartner()));
  }

  @Property(tries = 150)
  void organizationsAskedForAreAtEveryTableFirstAndTablesExceedTheirSeatsOnlyByATie(
      @ForAll("cases") Case c) {
    for (TableInvitations table : Invitations.forTables(c.overlap(), c.plan(), c.options())) {
      assertThat(table.invited().subList(0, c.options().asked().size()))
          .extracting(Invitee::organization).containsExactlyElementsOf(c.options().asked());
      List<Invitee> ranked = table.ranked();
      assertThat(ranked).hasSize(table.invited().size() - c.options().asked().size());
      if (ranked.size() > table.seats()) {
        Standing last = ranked.get(table.seats() - 1).standing();
        assertThat(table.tied()).isNotEmpty();
        assertThat(ranked.subList(table.seats(), ranked.size()))
            .allSatisfy(i -> assertThat(i.standing()).isEqualByComparingTo(last));
      } else {
        assertThat(table.tied()).isEmpty();
      }
      for (int i = 1; i < ranked.size(); i++) {
        assertThat(ranked.get(i - 1).standing()).isGreaterThanOrEqualTo(
            ranked.get(i).standing());
      }
      assertThat(table.invited().isEmpty()).isEqualTo(table.whyNobody() != null);
    }
  }

  private static Plan planOf(ThemeOverlap overlap, CityId city) {
    CityProfile profile = overlap.profile(city).orElseThrow();
    return overlap.document().plan(profile.plan()).orElseThrow();
  }

  /** The profile theme an organization's or project's theme counts as, or null. */
  private static ThemeId mapped(ThemeOverlap overlap, ThemeId theme) {
    if (overlap.themes().contains(theme)) {
      return theme;
    }
    if (overlap.options().rollup()) {
      ThemeId top = overlap.document().topLevelTheme(theme);
      return overlap.themes().contains(top) ? top : null;
    }
    return null;
  }

  /**
   * Shuffles cities, plans and organizations, but keeps each city's plans in their order among
   * themselves: the latest-plan rule reads document order between plans of equal periods.
   */
  private static ScapDocument shuffle(ScapDocument document, Random random) {
    List<City> cities = new ArrayList<>(document.cities());
    Collections.shuffle(cities, random);
    List<Plan> slots = new ArrayList<>(document.plans());
    Collections.shuffle(slots, random);
    Map<CityId, Deque<Plan>> inOrder = new HashMap<>();
    for (Plan plan : document.plans()) {
      inOrder.computeIfAbsent(plan.city(), city -> new ArrayDeque<>()).add(plan);
    }
    List<Plan> plans = slots.stream().map(slot -> inOrder.get(slot.city()).poll()).toList();
    List<Organization> organizations = new ArrayList<>(document.organizations());
    Collections.shuffle(organizations, random);
    return document.toBuilder().cities(cities).plans(plans).organizations(organizations)
        .build();
  }
}
