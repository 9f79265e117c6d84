package dev.scap.testkit;

import static dev.scap.testkit.internal.DocumentEdits.append;
import static dev.scap.testkit.internal.DocumentEdits.freshId;
import static dev.scap.testkit.internal.DocumentEdits.withCity;
import static dev.scap.testkit.internal.DocumentEdits.withFocusArea;
import static dev.scap.testkit.internal.DocumentEdits.withFocusAreas;
import static dev.scap.testkit.internal.DocumentEdits.withOrganization;
import static dev.scap.testkit.internal.DocumentEdits.withPlan;
import static dev.scap.testkit.internal.DocumentEdits.withPlanPartner;
import static dev.scap.testkit.internal.DocumentEdits.withProject;
import static dev.scap.testkit.internal.DocumentEdits.withProjectPartner;
import static dev.scap.testkit.internal.DocumentEdits.withTarget;
import static dev.scap.testkit.internal.DocumentEdits.withTaxonomy;
import static dev.scap.testkit.internal.DocumentEdits.withTheme;
import static dev.scap.testkit.internal.DocumentEdits.withThemes;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Indicator;
import dev.scap.model.Invitation;
import dev.scap.model.Location;
import dev.scap.model.Money;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Partner;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.testkit.internal.Broken;
import dev.scap.testkit.internal.DocumentEdits;
import dev.scap.testkit.internal.Site;
import dev.scap.testkit.internal.Sites;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The edits of {@link Mutation}, one per constant, each at a site that the constant's
 * {@link Sites} method found. Each edit is chosen so that it breaks one rule and nothing else:
 * see the comments for the traps avoided.
 */
final class Breakers {

  private static final String BLANK = " \t ";

  private Breakers() {}

  // References that resolve to nothing. Replacing a reference that the rules lean on (a
  // focus area, a theme's broader) would also push projects' themes outside their plan, so
  // these edits add a reference, or change one that nothing else depends on.

  static Broken danglingPlanCity(ScapDocument d, Site s) {
    CityId city = CityId.of(freshId(d, "unknown-city"));
    return new Broken(withPlan(d, s.a(), p -> p.toBuilder().city(city).build()),
        plan(s.a()) + "/city");
  }

  static Broken danglingFocusAreaTheme(ScapDocument d, Site s) {
    ThemeId theme = ThemeId.of(freshId(d, "unknown-theme"));
    int n = d.plans().get(s.a()).focusAreas().size();
    return new Broken(withFocusAreas(d, s.a(), f -> append(f, FocusArea.of(theme))),
        plan(s.a()) + "/focusAreas/" + n + "/theme");
  }

  static Broken danglingProjectTheme(ScapDocument d, Site s) {
    ThemeId theme = ThemeId.of(freshId(d, "unknown-theme"));
    int n = project(d, s).themes().size();
    return new Broken(
        withProject(d, s.a(), s.b(), p -> p.toBuilder().themes(append(p.themes(), theme)).build()),
        project(s.a(), s.b()) + "/themes/" + n);
  }

  static Broken danglingTargetTheme(ScapDocument d, Site s) {
    ThemeId theme = ThemeId.of(freshId(d, "unknown-theme"));
    return new Broken(
        withTarget(d, s.a(), s.b(),
            t -> new Target(t.description(), theme, t.year(), t.extensions())),
        plan(s.a()) + "/targets/" + s.b() + "/theme");
  }

  static Broken danglingOrganizationTheme(ScapDocument d, Site s) {
    ThemeId theme = ThemeId.of(freshId(d, "unknown-theme"));
    int n = d.organizations().get(s.a()).themes().size();
    return new Broken(withOrganization(d, s.a(), o -> o.withThemes(append(o.themes(), theme))),
        "/organizations/" + s.a() + "/themes/" + n);
  }

  static Broken danglingBroader(ScapDocument d, Site s) {
    // Only a top-level theme: a narrower one would stop refining its broader theme, and
    // projects on it could fall outside their plan's focus.
    ThemeId broader = ThemeId.of(freshId(d, "unknown-theme"));
    return new Broken(withTheme(d, s.a(), s.b(), t -> withBroader(t, broader)),
        theme(s.a(), s.b()) + "/broader");
  }

  static Broken danglingProjectPartner(ScapDocument d, Site s) {
    OrganizationId organization = OrganizationId.of(freshId(d, "unknown-organization"));
    return new Broken(
        withProjectPartner(d, s.a(), s.b(), s.c(), p -> partnerOf(p, organization)),
        project(s.a(), s.b()) + "/partners/" + s.c() + "/organization");
  }

  static Broken danglingPlanPartner(ScapDocument d, Site s) {
    OrganizationId organization = OrganizationId.of(freshId(d, "unknown-organization"));
    return new Broken(withPlanPartner(d, s.a(), s.b(), p -> partnerOf(p, organization)),
        plan(s.a()) + "/partners/" + s.b() + "/organization");
  }

  // Duplicate ids. Renaming an object that others refer to would also dangle their references,
  // so cities and organizations are copied; plans, projects and taxonomies, which nothing
  // refers to, are renamed. The second of two equal ids is the one reported.

  static Broken duplicateCityId(ScapDocument d, Site s) {
    int n = d.cities().size();
    return new Broken(d.toBuilder().cities(append(d.cities(), d.cities().get(s.a()))).build(),
        "/cities/" + n + "/id");
  }

  static Broken duplicateOrganizationId(ScapDocument d, Site s) {
    int n = d.organizations().size();
    return new Broken(d.toBuilder()
            .organizations(append(d.organizations(), d.organizations().get(s.a()))).build(),
        "/organizations/" + n + "/id");
  }

  static Broken duplicatePlanId(ScapDocument d, Site s) {
    PlanId id = d.plans().get(s.a() - 1).id();
    return new Broken(withPlan(d, s.a(), p -> p.toBuilder().id(id).build()),
        plan(s.a()) + "/id");
  }

  static Broken duplicateProjectIdAcrossPlans(ScapDocument d, Site s) {
    ProjectId id = d.plans().get(s.a()).projects().get(0).id();
    return new Broken(withProject(d, s.b(), s.c(), p -> p.toBuilder().id(id).build()),
        project(s.b(), s.c()) + "/id");
  }

  static Broken duplicateTaxonomyId(ScapDocument d, Site s) {
    TaxonomyId id = d.taxonomies().get(s.a() - 1).id();
    return new Broken(
        withTaxonomy(d, s.a(), t -> new Taxonomy(id, t.name(), t.themes(), t.extensions())),
        "/taxonomies/" + s.a() + "/id");
  }

  static Broken duplicateThemeIdAcrossTaxonomies(ScapDocument d, Site s) {
    // The copy goes into a later taxonomy, so that references keep resolving to the original;
    // it refines nothing, since its original's broader theme is in another taxonomy.
    Theme original = d.taxonomies().get(s.a()).themes().get(s.b());
    int into = s.a() + 1;
    int n = d.taxonomies().get(into).themes().size();
    return new Broken(withThemes(d, into, themes -> append(themes, withBroader(original, null))),
        theme(into, n) + "/id");
  }

  // Periods and dates.

  static Broken reversedPlanPeriod(ScapDocument d, Site s) {
    return new Broken(withPlan(d, s.a(), p -> {
      Period period = p.period();
      // A period whose start an earlier mutation took gets one again, and an end before it.
      int start = period.start() == null ? 2018 : period.start();
      return p.toBuilder()
          .period(new Period(start, start - 1, period.extensions())).build();
    }), plan(s.a()) + "/period/end");
  }

  static Broken projectEndsBeforeStart(ScapDocument d, Site s) {
    return new Broken(
        withProject(d, s.a(), s.b(), p -> p.toBuilder().end(p.start().minusDays(1)).build()),
        project(s.a(), s.b()) + "/end");
  }

  // Focus areas.

  static Broken duplicatePriority(ScapDocument d, Site s) {
    Plan plan = d.plans().get(s.a());
    Integer taken = plan.focusAreas().get(Sites.firstPriority(plan)).priority();
    return new Broken(withFocusArea(d, s.a(), s.b(), f -> withPriority(f, taken)),
        plan(s.a()) + "/focusAreas/" + s.b() + "/priority");
  }

  static Broken duplicateFocusAreaTheme(ScapDocument d, Site s) {
    // Added rather than changed: changing a focus area's theme could leave projects on the old
    // one outside the plan.
    ThemeId theme = d.plans().get(s.a()).focusAreas().get(s.b()).theme();
    int n = d.plans().get(s.a()).focusAreas().size();
    return new Broken(withFocusAreas(d, s.a(), f -> append(f, FocusArea.of(theme))),
        plan(s.a()) + "/focusAreas/" + n + "/theme");
  }

  static Broken priorityZero(ScapDocument d, Site s) {
    return new Broken(withFocusArea(d, s.a(), s.b(), f -> withPriority(f, 0)),
        plan(s.a()) + "/focusAreas/" + s.b() + "/priority");
  }

  static Broken emptyFocusAreas(ScapDocument d, Site s) {
    // The plan's projects go too: with no focus area, each of their themes would be outside
    // the plan.
    return new Broken(
        withPlan(d, s.a(), p -> p.toBuilder().focusAreas(List.of()).projects(List.of()).build()),
        plan(s.a()) + "/focusAreas");
  }

  // Money.

  static Broken unknownCurrency(ScapDocument d, Site s) {
    return new Broken(withProject(d, s.a(), s.b(), p -> p.toBuilder()
            .cost(new Money(p.cost().amount(), "XYZ", p.cost().extensions())).build()),
        project(s.a(), s.b()) + "/cost/currency");
  }

  static Broken negativeAmount(ScapDocument d, Site s) {
    return new Broken(withProject(d, s.a(), s.b(), p -> {
      BigDecimal amount = p.cost().amount();
      BigDecimal negative = amount.signum() > 0 ? amount.negate() : BigDecimal.ONE.negate();
      return p.toBuilder()
          .cost(new Money(negative, p.cost().currency(), p.cost().extensions())).build();
    }), project(s.a(), s.b()) + "/cost/amount");
  }

  static Broken missingCurrency(ScapDocument d, Site s) {
    return new Broken(withProject(d, s.a(), s.b(), p -> p.toBuilder()
            .cost(new Money(p.cost().amount(), null, p.cost().extensions())).build()),
        project(s.a(), s.b()) + "/cost/currency");
  }

  // Codes and identifiers.

  static Broken invalidCityCountry(ScapDocument d, Site s) {
    // Lower case: the right letters, the wrong form.
    // A city whose country an earlier mutation took gets one that no country has.
    return new Broken(withCity(d, s.a(), c -> withCountry(c, c.country() == null ? "zz"
        : c.country().toLowerCase(Locale.ROOT))), "/cities/" + s.a() + "/country");
  }

  static Broken invalidOrganizationCountry(ScapDocument d, Site s) {
    // ZZ is reserved for user assignment: never an ISO 3166-1 country.
    return new Broken(withOrganization(d, s.a(), o -> o.withCountry("ZZ")),
        "/organizations/" + s.a() + "/country");
  }

  static Broken malformedProjectId(ScapDocument d, Site s) {
    // An id cannot start with a hyphen. Projects are never referred to, so nothing dangles.
    // A project whose id an earlier mutation took gets one that starts with a hyphen too.
    return new Broken(withProject(d, s.a(), s.b(),
            p -> p.toBuilder().id(ProjectId.of("-" + (p.id() == null ? "project"
                : p.id().value()))).build()),
        project(s.a(), s.b()) + "/id");
  }

  static Broken malformedPlanId(ScapDocument d, Site s) {
    return new Broken(withPlan(d, s.a(),
            p -> p.toBuilder().id(PlanId.of("Plan " + p.id().value())).build()),
        plan(s.a()) + "/id");
  }

  static Broken malformedTaxonomyId(ScapDocument d, Site s) {
    // One character past the limit of 64.
    TaxonomyId id = TaxonomyId.of("t".repeat(65));
    return new Broken(
        withTaxonomy(d, s.a(), t -> new Taxonomy(id, t.name(), t.themes(), t.extensions())),
        "/taxonomies/" + s.a() + "/id");
  }

  static Broken malformedNetwork(ScapDocument d, Site s) {
    int n = d.cities().get(s.a()).networks().size();
    return new Broken(withCity(d, s.a(), c -> c.withNetworks(append(c.networks(), "ASCN"))),
        "/cities/" + s.a() + "/networks/" + n);
  }

  // Numbers out of range.

  static Broken latitudeOutOfRange(ScapDocument d, Site s) {
    return new Broken(withCity(d, s.a(), c -> c.withLocation(new Location(
            new BigDecimal("90.000001"), longitude(c), locationExtensions(c)))),
        "/cities/" + s.a() + "/location/lat");
  }

  static Broken longitudeOutOfRange(ScapDocument d, Site s) {
    return new Broken(withCity(d, s.a(), c -> c.withLocation(new Location(
            latitude(c), new BigDecimal("-180.5"), locationExtensions(c)))),
        "/cities/" + s.a() + "/location/lon");
  }

  static Broken negativePopulation(ScapDocument d, Site s) {
    return new Broken(withCity(d, s.a(), c -> c.withPopulation(-1L)),
        "/cities/" + s.a() + "/population");
  }

  // Required values that are blank or missing.

  static Broken blankTaxonomyName(ScapDocument d, Site s) {
    return new Broken(withTaxonomy(d, s.a(),
            t -> new Taxonomy(t.id(), BLANK, t.themes(), t.extensions())),
        "/taxonomies/" + s.a() + "/name");
  }

  static Broken blankThemeLabel(ScapDocument d, Site s) {
    return new Broken(withTheme(d, s.a(), s.b(),
            t -> new Theme(t.id(), BLANK, t.description(), t.broader(), t.extensions())),
        theme(s.a(), s.b()) + "/label");
  }

  static Broken blankCityName(ScapDocument d, Site s) {
    return new Broken(withCity(d, s.a(), c -> new City(c.id(), "", c.country(), c.population(),
            c.location(), c.networks(), c.extensions())),
        "/cities/" + s.a() + "/name");
  }

  static Broken blankOrganizationName(ScapDocument d, Site s) {
    return new Broken(withOrganization(d, s.a(), o -> new Organization(o.id(), BLANK, o.kind(),
            o.country(), o.offers(), o.themes(), o.extensions())),
        "/organizations/" + s.a() + "/name");
  }

  static Broken blankPlanTitle(ScapDocument d, Site s) {
    return new Broken(withPlan(d, s.a(), p -> p.toBuilder().title(BLANK).build()),
        plan(s.a()) + "/title");
  }

  static Broken blankTargetDescription(ScapDocument d, Site s) {
    return new Broken(withTarget(d, s.a(), s.b(),
            t -> new Target(BLANK, t.theme(), t.year(), t.extensions())),
        plan(s.a()) + "/targets/" + s.b() + "/description");
  }

  static Broken blankProjectTitle(ScapDocument d, Site s) {
    return new Broken(withProject(d, s.a(), s.b(), p -> p.toBuilder().title("").build()),
        project(s.a(), s.b()) + "/title");
  }

  static Broken blankIndicatorName(ScapDocument d, Site s) {
    UnaryOperator<Indicator> blank = i -> new Indicator(BLANK, i.unit(), i.baseline(),
        i.target(), i.targetYear(), i.extensions());
    return new Broken(withProject(d, s.a(), s.b(), p -> p.toBuilder()
            .indicators(DocumentEdits.replace(p.indicators(), s.c(), blank)).build()),
        project(s.a(), s.b()) + "/indicators/" + s.c() + "/name");
  }

  static Broken missingScapVersion(ScapDocument d, Site s) {
    return new Broken(d.toBuilder().scapVersion(null).build(), "/scapVersion");
  }

  static Broken missingTaxonomyId(ScapDocument d, Site s) {
    return new Broken(withTaxonomy(d, s.a(),
            t -> new Taxonomy(null, t.name(), t.themes(), t.extensions())),
        "/taxonomies/" + s.a() + "/id");
  }

  static Broken missingCityCountry(ScapDocument d, Site s) {
    return new Broken(withCity(d, s.a(), c -> withCountry(c, null)),
        "/cities/" + s.a() + "/country");
  }

  static Broken missingOrganizationKind(ScapDocument d, Site s) {
    return new Broken(withOrganization(d, s.a(), o -> new Organization(o.id(), o.name(), null,
            o.country(), o.offers(), o.themes(), o.extensions())),
        "/organizations/" + s.a() + "/kind");
  }

  static Broken missingPlanCity(ScapDocument d, Site s) {
    return new Broken(withPlan(d, s.a(), p -> p.toBuilder().city(null).build()),
        plan(s.a()) + "/city");
  }

  static Broken missingPeriodStart(ScapDocument d, Site s) {
    return new Broken(withPlan(d, s.a(), p -> p.toBuilder()
            .period(new Period(null, p.period().end(), p.period().extensions())).build()),
        plan(s.a()) + "/period/start");
  }

  static Broken missingProjectId(ScapDocument d, Site s) {
    return new Broken(withProject(d, s.a(), s.b(), p -> p.toBuilder().id(null).build()),
        project(s.a(), s.b()) + "/id");
  }

  static Broken missingPartnerRole(ScapDocument d, Site s) {
    return new Broken(withProjectPartner(d, s.a(), s.b(), s.c(), p -> new Partner(
            p.organization(), null, p.support(), p.note(), p.extensions())),
        project(s.a(), s.b()) + "/partners/" + s.c() + "/role");
  }

  // Lists that must not be empty.

  static Broken emptyProjectThemes(ScapDocument d, Site s) {
    return new Broken(withProject(d, s.a(), s.b(), p -> p.toBuilder().themes(List.of()).build()),
        project(s.a(), s.b()) + "/themes");
  }

  static Broken emptyTaxonomyThemes(ScapDocument d, Site s) {
    // A new taxonomy: emptying one in use would dangle every reference to its themes.
    TaxonomyId id = TaxonomyId.of(freshId(d, "empty-taxonomy"));
    int n = d.taxonomies().size();
    return new Broken(d.toBuilder()
            .taxonomies(append(d.taxonomies(), new Taxonomy(id, "Empty", List.of(), null)))
            .build(),
        "/taxonomies/" + n + "/themes");
  }

  // Broader chains.

  static Broken broaderCycle(ScapDocument d, Site s) {
    // The theme's top-level broader theme now refines it back. Every chain that reached the
    // top-level theme still does, so no project falls outside its plan; the validator reports
    // the cycle once, at whichever of the two comes first.
    Taxonomy taxonomy = d.taxonomies().get(s.a());
    Theme narrow = taxonomy.themes().get(s.b());
    int top = Sites.indexOf(taxonomy, narrow.broader()).orElseThrow();
    return new Broken(withTheme(d, s.a(), top, t -> withBroader(t, narrow.id())),
        theme(s.a(), Math.min(top, s.b())) + "/broader");
  }

  static Broken broaderSelfCycle(ScapDocument d, Site s) {
    return new Broken(withTheme(d, s.a(), s.b(), t -> withBroader(t, t.id())),
        theme(s.a(), s.b()) + "/broader");
  }

  static Broken broaderOutsideTaxonomy(ScapDocument d, Site s) {
    int other = s.a() == 0 ? 1 : 0;
    ThemeId broader = d.taxonomies().get(other).themes().get(0).id();
    return new Broken(withTheme(d, s.a(), s.b(), t -> withBroader(t, broader)),
        theme(s.a(), s.b()) + "/broader");
  }

  // Project themes outside the plan: the one warning.

  static Broken themeOutsidePlan(ScapDocument d, Site s) {
    ThemeId outside = Sites.themeOutside(d, d.plans().get(s.a())).orElseThrow();
    int n = project(d, s).themes().size();
    return new Broken(withProject(d, s.a(), s.b(),
            p -> p.toBuilder().themes(append(p.themes(), outside)).build()),
        project(s.a(), s.b()) + "/themes/" + n);
  }

  // Format versions.

  static Broken newerMinorVersion(ScapDocument d, Site s) {
    int[] version = currentVersion();
    return new Broken(d.toBuilder().scapVersion(version[0] + "." + (version[1] + 1)).build(),
        "/scapVersion");
  }

  static Broken otherMajorVersion(ScapDocument d, Site s) {
    int[] version = currentVersion();
    return new Broken(d.toBuilder().scapVersion((version[0] + 1) + ".0").build(),
        "/scapVersion");
  }

  static Broken malformedVersion(ScapDocument d, Site s) {
    return new Broken(d.toBuilder().scapVersion(ScapDocument.FORMAT_VERSION + ".0").build(),
        "/scapVersion");
  }

  // Events (format 1.1).

  static Broken eventsInVersion10(ScapDocument d, Site s) {
    return new Broken(d.toBuilder().scapVersion("1.0").build(), "/events");
  }

  static Broken duplicateTableNumber(ScapDocument d, Site s) {
    int first = Sites.session(d, s).tables().get(0).number();
    return new Broken(withTable(d, s, t -> tableOf(t, first, t.theme(), t.seats(), t.guests(),
        t.partners(), t.slot())), table(s) + "/number");
  }

  static Broken sessionAfterEvent(ScapDocument d, Site s) {
    LocalDate after = d.events().get(s.a()).end().plusDays(1);
    return new Broken(withSession(d, s, k -> new Session(k.id(), k.kind(), k.title(),
        k.description(), after, k.taxonomy(), k.themes(), k.tables(), k.extensions())),
        session(s) + "/date");
  }

  static Broken sessionThemeOutsideTaxonomy(ScapDocument d, Site s) {
    Session session = Sites.session(d, s);
    ThemeId foreign = Sites.foreignTheme(d, session).orElseThrow();
    return new Broken(withSession(d, s, k -> sessionOf(k, k.kind(), k.taxonomy(),
        append(k.themes(), foreign), k.tables())),
        session(s) + "/themes/" + session.themes().size());
  }

  static Broken roundtableWithoutTaxonomy(ScapDocument d, Site s) {
    return new Broken(withSession(d, s, k -> sessionOf(k, k.kind(), null, k.themes(),
        k.tables())), session(s) + "/taxonomy");
  }

  static Broken tablesOutsideRoundtable(ScapDocument d, Site s) {
    Session session = Sites.session(d, s);
    ThemeId theme = session.themes().isEmpty()
        ? d.taxonomies().get(0).themes().get(0).id() : session.themes().get(0);
    SeatedTable table = SeatedTable.of(1, theme, List.of());
    return new Broken(withSession(d, s, k -> sessionOf(k, k.kind(), k.taxonomy(), k.themes(),
        List.of(table))), session(s) + "/tables");
  }

  static Broken tableThemeOutsideSession(ScapDocument d, Site s) {
    ThemeId outside = Sites.themeOutside(d, Sites.session(d, s)).orElseThrow();
    return new Broken(withTable(d, s, t -> tableOf(t, t.number(), outside, t.seats(),
        t.guests(), t.partners(), t.slot())), table(s) + "/theme");
  }

  static Broken guestNotInvited(ScapDocument d, Site s) {
    CityId stranger = Sites.uninvited(d, d.events().get(s.a())).orElseThrow();
    return new Broken(withTable(d, s, t -> {
      List<CityId> guests = new ArrayList<>(t.guests());
      guests.set(0, stranger);
      return tableOf(t, t.number(), t.theme(), t.seats(), guests, t.partners(), t.slot());
    }), table(s) + "/guests/0");
  }

  static Broken citySeatedTwiceInASlot(ScapDocument d, Site s) {
    SeatedTable table = Sites.table(d, s);
    SeatedTable twin = new SeatedTable(nextNumber(Sites.session(d, s)), table.theme(), null,
        List.of(table.guests().get(0)), List.of(), table.slot(), null, Extensions.NONE);
    return appendTable(d, s, twin, "/guests/0");
  }

  static Broken roomTaken(ScapDocument d, Site s) {
    SeatedTable table = Sites.table(d, s);
    String room = table.room() != null ? table.room() : "room-taken";
    ScapDocument roomed = table.room() != null ? d : withTable(d, s, t -> new SeatedTable(
        t.number(), t.theme(), t.seats(), t.guests(), t.partners(), t.slot(), room,
        t.extensions()));
    SeatedTable twin = new SeatedTable(nextNumber(Sites.session(d, s)), table.theme(), null,
        List.of(), List.of(), table.slot(), room, Extensions.NONE);
    return appendTable(roomed, s, twin, "/room");
  }

  static Broken organizationInvitedTwiceInASlot(ScapDocument d, Site s) {
    SeatedTable table = Sites.table(d, s);
    SeatedTable twin = new SeatedTable(nextNumber(Sites.session(d, s)), table.theme(), null,
        List.of(), List.of(table.partners().get(0)), table.slot(), null, Extensions.NONE);
    return appendTable(d, s, twin, "/partners/0");
  }

  static Broken cityInvitedTwice(ScapDocument d, Site s) {
    Event event = d.events().get(s.a());
    return new Broken(withEvent(d, s.a(), e -> e.withCities(append(e.cities(),
        e.cities().get(0)))), "/events/" + s.a() + "/cities/" + event.cities().size());
  }

  static Broken tableOverCapacity(ScapDocument d, Site s) {
    return new Broken(withTable(d, s, t -> tableOf(t, t.number(), t.theme(),
        t.guests().size() - 1, t.guests(), t.partners(), t.slot())), table(s) + "/guests");
  }

  private static Broken appendTable(ScapDocument d, Site s, SeatedTable twin, String at) {
    Session session = Sites.session(d, s);
    return new Broken(withSession(d, s, k -> k.withTables(append(k.tables(), twin))),
        session(s) + "/tables/" + session.tables().size() + at);
  }

  private static int nextNumber(Session session) {
    return session.tables().stream().mapToInt(SeatedTable::number).max().orElse(0) + 1;
  }

  private static ScapDocument withEvent(ScapDocument d, int e, UnaryOperator<Event> edit) {
    List<Event> events = new ArrayList<>(d.events());
    events.set(e, edit.apply(events.get(e)));
    return d.toBuilder().events(events).build();
  }

  private static ScapDocument withSession(ScapDocument d, Site s, UnaryOperator<Session> edit) {
    return withEvent(d, s.a(), e -> {
      List<Session> sessions = new ArrayList<>(e.sessions());
      sessions.set(s.b(), edit.apply(sessions.get(s.b())));
      return e.withSessions(sessions);
    });
  }

  private static ScapDocument withTable(ScapDocument d, Site s,
      UnaryOperator<SeatedTable> edit) {
    return withSession(d, s, k -> {
      List<SeatedTable> tables = new ArrayList<>(k.tables());
      tables.set(s.c(), edit.apply(tables.get(s.c())));
      return k.withTables(tables);
    });
  }

  private static Session sessionOf(Session k, SessionKind kind, TaxonomyId taxonomy,
      List<ThemeId> themes, List<SeatedTable> tables) {
    return new Session(k.id(), kind, k.title(), k.description(), k.date(), taxonomy, themes,
        tables, k.extensions());
  }

  private static SeatedTable tableOf(SeatedTable t, Integer number, ThemeId theme,
      Integer seats, List<CityId> guests, List<Invitation> partners, Integer slot) {
    return new SeatedTable(number, theme, seats, guests, partners, slot, t.room(),
        t.extensions());
  }

  private static String session(Site s) {
    return "/events/" + s.a() + "/sessions/" + s.b();
  }

  private static String table(Site s) {
    return session(s) + "/tables/" + s.c();
  }

  private static int[] currentVersion() {
    String[] parts = ScapDocument.FORMAT_VERSION.split("\\.");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }

  private static Project project(ScapDocument d, Site s) {
    return d.plans().get(s.a()).projects().get(s.b());
  }

  private static String plan(int p) {
    return "/plans/" + p;
  }

  private static String project(int p, int i) {
    return plan(p) + "/projects/" + i;
  }

  private static String theme(int t, int i) {
    return "/taxonomies/" + t + "/themes/" + i;
  }

  private static Theme withBroader(Theme theme, ThemeId broader) {
    return new Theme(theme.id(), theme.label(), theme.description(), broader,
        theme.extensions());
  }

  private static Partner partnerOf(Partner partner, OrganizationId organization) {
    return new Partner(organization, partner.role(), partner.support(), partner.note(),
        partner.extensions());
  }

  private static FocusArea withPriority(FocusArea focusArea, Integer priority) {
    return new FocusArea(focusArea.theme(), priority, focusArea.challenges(),
        focusArea.extensions());
  }

  private static City withCountry(City city, String country) {
    return new City(city.id(), city.name(), country, city.population(), city.location(),
        city.networks(), city.extensions());
  }

  private static BigDecimal latitude(City city) {
    return city.location() == null ? BigDecimal.ZERO : city.location().lat();
  }

  private static BigDecimal longitude(City city) {
    return city.location() == null ? BigDecimal.ZERO : city.location().lon();
  }

  private static Extensions locationExtensions(City city) {
    return city.location() == null ? Extensions.NONE : city.location().extensions();
  }
}
