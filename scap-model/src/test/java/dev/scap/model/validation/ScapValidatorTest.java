package dev.scap.model.validation;

import static dev.scap.model.validation.ProblemAssert.assertThat;
import static dev.scap.model.validation.ProblemAssert.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.EventOrganization;
import dev.scap.model.EventRole;
import dev.scap.model.Examples;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Indicator;
import dev.scap.model.Invitation;
import dev.scap.model.Location;
import dev.scap.model.Money;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.OrganizationKind;
import dev.scap.model.Partner;
import dev.scap.model.PartnerRole;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.model.SessionKind;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Breaks each rule of the format in the valid example, one place at a time, and checks that the
 * validator reports exactly that problem.
 *
 * <p>The example ({@link Examples#example()}): taxonomy 0 {@code ascf-2018} holds
 * {@code safety-security}, {@code built-infrastructure}, {@code public-safety} (narrower than
 * safety-security) and {@code mobility-transportation} (narrower than built-infrastructure);
 * taxonomy 1 {@code wego-ascn-2019} holds {@code traffic-safety} and the unused
 * {@code roads-public-space}. Cities {@code cebu-city}, {@code davao-city}; organizations
 * {@code world-bank}, {@code ustda}. Plan 0 of Cebu focuses on mobility-transportation (1),
 * public-safety (2) and traffic-safety, with projects {@code cebu-brt} and
 * {@code cebu-traffic-control}; plan 1 of Davao focuses on safety-security and the unused
 * built-infrastructure, with project {@code davao-c3} on public-safety.
 */
class ScapValidatorTest {

  private static final ScapValidator VALIDATOR = ScapValidator.instance();

  /**
   * One way to break one rule in one place.
   *
   * @param name what is broken, for the test's display name
   * @param rule the rule broken
   * @param severity the severity the format gives it
   * @param pointer where the problem is
   * @param fragment a text of the message: the offending value, or the missing property's name
   * @param breaking the change that breaks the example
   */
  record Case(String name, Rule rule, Severity severity, String pointer, String fragment,
      UnaryOperator<ScapDocument> breaking) {

    static Case error(String name, Rule rule, String pointer, String fragment,
        UnaryOperator<ScapDocument> breaking) {
      return new Case(name, rule, Severity.ERROR, pointer, fragment, breaking);
    }

    static Case warning(String name, Rule rule, String pointer, String fragment,
        UnaryOperator<ScapDocument> breaking) {
      return new Case(name, rule, Severity.WARNING, pointer, fragment, breaking);
    }

    @Override
    public String toString() {
      return rule.code() + ": " + name;
    }
  }

  static List<Case> everyBrokenRule() {
    return Stream.of(required(), emptyLists(), syntax(), ranges(), focusAreas(), versions(),
            duplicateIds(), unknownReferences(), broader(), themesOutsidePlan(), events())
        .flatMap(List::stream)
        .toList();
  }

  static List<Case> required() {
    return List.of(
        Case.error("scapVersion", Rule.REQUIRED, "/scapVersion", "scapVersion is required",
            document(b -> b.scapVersion(null))),
        Case.error("taxonomy id", Rule.REQUIRED, "/taxonomies/1/id", "id is required",
            taxonomy(1, t -> new Taxonomy(null, t.name(), t.themes(), t.extensions()))),
        Case.error("blank taxonomy name", Rule.REQUIRED, "/taxonomies/1/name",
            "name is required and must not be blank",
            taxonomy(1, t -> new Taxonomy(t.id(), " ", t.themes(), t.extensions()))),
        Case.error("theme id", Rule.REQUIRED, "/taxonomies/1/themes/1/id", "id is required",
            theme(1, 1, t -> new Theme(null, t.label(), t.description(), t.broader(),
                t.extensions()))),
        Case.error("theme label", Rule.REQUIRED, "/taxonomies/1/themes/1/label",
            "label is required",
            theme(1, 1, t -> new Theme(t.id(), null, t.description(), t.broader(),
                t.extensions()))),
        Case.error("city id", Rule.REQUIRED, "/cities/2/id", "id is required",
            document(b -> b.addCities(new City(null, "Manila", "PH", null, null, null, null)))),
        Case.error("city name", Rule.REQUIRED, "/cities/0/name", "name is required",
            city(0, c -> new City(c.id(), null, c.country(), c.population(), c.location(),
                c.networks(), c.extensions()))),
        Case.error("city country", Rule.REQUIRED, "/cities/0/country", "country is required",
            city(0, c -> new City(c.id(), c.name(), null, c.population(), c.location(),
                c.networks(), c.extensions()))),
        Case.error("latitude", Rule.REQUIRED, "/cities/0/location/lat", "lat is required",
            city(0, c -> c.withLocation(new Location(null, BigDecimal.ONE, null)))),
        Case.error("longitude", Rule.REQUIRED, "/cities/0/location/lon", "lon is required",
            city(0, c -> c.withLocation(new Location(BigDecimal.ONE, null, null)))),
        Case.error("organization id", Rule.REQUIRED, "/organizations/2/id", "id is required",
            document(b -> b.addOrganizations(
                Organization.of(null, "JICA", OrganizationKind.DEVELOPMENT_AGENCY)))),
        Case.error("organization name", Rule.REQUIRED, "/organizations/0/name",
            "name is required",
            organization(0, o -> new Organization(o.id(), null, o.kind(), o.country(),
                o.offers(), o.themes(), o.extensions()))),
        Case.error("organization kind", Rule.REQUIRED, "/organizations/0/kind",
            "kind is required",
            organization(0, o -> new Organization(o.id(), o.name(), null, o.country(),
                o.offers(), o.themes(), o.extensions()))),
        Case.error("plan id", Rule.REQUIRED, "/plans/0/id", "id is required",
            plan(0, p -> p.toBuilder().id(null).build())),
        Case.error("plan city", Rule.REQUIRED, "/plans/0/city", "city is required",
            plan(0, p -> p.toBuilder().city(null).build())),
        Case.error("plan title", Rule.REQUIRED, "/plans/0/title", "title is required",
            plan(0, p -> p.toBuilder().title(null).build())),
        Case.error("period start", Rule.REQUIRED, "/plans/0/period/start", "start is required",
            plan(0, p -> p.toBuilder().period(new Period(null, 2025, null)).build())),
        Case.error("period end", Rule.REQUIRED, "/plans/0/period/end", "end is required",
            plan(0, p -> p.toBuilder().period(new Period(2018, null, null)).build())),
        Case.error("focus area theme", Rule.REQUIRED, "/plans/1/focusAreas/1/theme",
            "theme is required",
            focusArea(1, 1, f -> new FocusArea(null, f.priority(), f.challenges(),
                f.extensions()))),
        Case.error("target description", Rule.REQUIRED, "/plans/0/targets/0/description",
            "description is required and must not be blank",
            plan(0, p -> p.toBuilder().targets(List.of(
                new Target("", ThemeId.of("mobility-transportation"), 2025, null))).build())),
        Case.error("project id", Rule.REQUIRED, "/plans/0/projects/0/id", "id is required",
            project(0, 0, p -> p.toBuilder().id(null).build())),
        Case.error("project title", Rule.REQUIRED, "/plans/0/projects/0/title",
            "title is required",
            project(0, 0, p -> p.toBuilder().title(null).build())),
        Case.error("money amount", Rule.REQUIRED, "/plans/0/projects/0/cost/amount",
            "amount is required",
            project(0, 0, p -> p.toBuilder().cost(new Money(null, "USD", null)).build())),
        Case.error("money currency", Rule.REQUIRED, "/plans/0/projects/0/cost/currency",
            "currency is required",
            project(0, 0, p -> p.toBuilder().cost(new Money(BigDecimal.TEN, null, null))
                .build())),
        Case.error("project partner organization", Rule.REQUIRED,
            "/plans/0/projects/0/partners/0/organization", "organization is required",
            project(0, 0, p -> p.toBuilder().partners(List.of(
                new Partner(null, PartnerRole.FUNDER, null, null, null))).build())),
        Case.error("project partner role", Rule.REQUIRED,
            "/plans/0/projects/0/partners/0/role", "role is required",
            project(0, 0, p -> p.toBuilder().partners(List.of(
                new Partner(OrganizationId.of("world-bank"), null, null, null, null))).build())),
        Case.error("plan partner organization", Rule.REQUIRED,
            "/plans/0/partners/0/organization", "organization is required",
            plan(0, p -> p.toBuilder().partners(List.of(
                new Partner(null, PartnerRole.FUNDER, null, null, null))).build())),
        Case.error("plan partner role", Rule.REQUIRED, "/plans/0/partners/0/role",
            "role is required",
            plan(0, p -> p.toBuilder().partners(List.of(
                new Partner(OrganizationId.of("ustda"), null, null, null, null))).build())),
        Case.error("indicator name", Rule.REQUIRED, "/plans/0/projects/0/indicators/0/name",
            "name is required",
            project(0, 0, p -> p.toBuilder().indicators(List.of(Indicator.named(null)))
                .build())));
  }

  static List<Case> emptyLists() {
    return List.of(
        Case.error("taxonomies", Rule.EMPTY_LIST, "/taxonomies",
            "taxonomies must have at least one entry",
            // without organizations and plans, nothing refers to the themes that go
            document(b -> b.taxonomies(List.of()).organizations(List.of()).plans(List.of()))),
        Case.error("themes of a taxonomy", Rule.EMPTY_LIST, "/taxonomies/2/themes",
            "themes must have at least one entry",
            document(b -> b.addTaxonomies(Taxonomy.of("empty", "Empty", List.of())))),
        Case.error("focus areas", Rule.EMPTY_LIST, "/plans/1/focusAreas",
            "focusAreas must have at least one entry",
            // without projects, no project theme falls outside the plan
            plan(1, p -> p.toBuilder().focusAreas(List.of()).projects(List.of()).build())),
        Case.error("project themes", Rule.EMPTY_LIST, "/plans/0/projects/1/themes",
            "themes must have at least one entry",
            project(0, 1, p -> p.toBuilder().themes(List.of()).build())));
  }

  static List<Case> syntax() {
    return List.of(
        Case.error("taxonomy id", Rule.INVALID_IDENTIFIER, "/taxonomies/1/id", "\"WeGO 2019\"",
            taxonomy(1, t -> new Taxonomy(TaxonomyId.of("WeGO 2019"), t.name(),
                t.themes(), t.extensions()))),
        Case.error("theme id", Rule.INVALID_IDENTIFIER, "/taxonomies/1/themes/1/id",
            "\"Roads\"", theme(1, 1, t -> Theme.of("Roads", t.label()))),
        Case.error("organization id", Rule.INVALID_IDENTIFIER, "/organizations/2/id",
            "\"jica japan\"", document(b -> b.addOrganizations(Organization.of(
                OrganizationId.of("jica japan"), "JICA", OrganizationKind.DEVELOPMENT_AGENCY)))),
        Case.error("city network", Rule.INVALID_IDENTIFIER, "/cities/0/networks/0", "\"ASCN\"",
            city(0, c -> c.withNetworks(List.of("ASCN")))),
        Case.error("plan id", Rule.INVALID_IDENTIFIER, "/plans/0/id", "\"-cebu\"",
            plan(0, p -> p.toBuilder().id(PlanId.of("-cebu")).build())),
        Case.error("project id", Rule.INVALID_IDENTIFIER, "/plans/0/projects/0/id",
            "\"cebu_brt\"",
            project(0, 0, p -> p.toBuilder().id(ProjectId.of("cebu_brt")).build())),
        Case.error("city country", Rule.INVALID_COUNTRY, "/cities/0/country", "\"XX\"",
            city(0, c -> new City(c.id(), c.name(), "XX", c.population(), c.location(),
                c.networks(), c.extensions()))),
        Case.error("organization country", Rule.INVALID_COUNTRY, "/organizations/1/country",
            "\"us\"", organization(1, o -> o.withCountry("us"))),
        Case.error("lower-case currency", Rule.INVALID_CURRENCY,
            "/plans/0/projects/0/cost/currency", "\"usd\"",
            project(0, 0, p -> p.toBuilder().cost(Money.of("5", "usd")).build())),
        Case.error("unknown currency", Rule.INVALID_CURRENCY,
            "/plans/0/projects/0/cost/currency", "\"ABC\"",
            project(0, 0, p -> p.toBuilder().cost(Money.of("5", "ABC")).build())),
        Case.error("latitude", Rule.INVALID_COORDINATE, "/cities/0/location/lat", "90.5",
            city(0, c -> c.withLocation(Location.of(90.5, 123.8854)))),
        Case.error("longitude", Rule.INVALID_COORDINATE, "/cities/0/location/lon", "-180.01",
            city(0, c -> c.withLocation(Location.of(10.3157, -180.01)))));
  }

  static List<Case> ranges() {
    return List.of(
        Case.error("population", Rule.OUT_OF_RANGE, "/cities/0/population",
            "population -1 is below the minimum of 0",
            city(0, c -> c.withPopulation(-1L))),
        Case.error("amount", Rule.OUT_OF_RANGE, "/plans/0/projects/0/cost/amount",
            "amount -0.01 is below the minimum of 0",
            project(0, 0, p -> p.toBuilder().cost(Money.of("-0.01", "USD")).build())),
        Case.error("priority", Rule.OUT_OF_RANGE, "/plans/0/focusAreas/0/priority",
            "priority 0 is below the minimum of 1",
            focusArea(0, 0, f -> new FocusArea(f.theme(), 0, f.challenges(), f.extensions()))),
        Case.error("plan period", Rule.INVALID_PERIOD, "/plans/0/period/end",
            "period ends (2017) before it starts (2018)",
            plan(0, p -> p.toBuilder().period(Period.of(2018, 2017)).build())),
        Case.error("project dates", Rule.INVALID_PERIOD, "/plans/0/projects/0/end",
            "project ends (2018-12-31) before it starts (2019-01-01)",
            project(0, 0, p -> p.toBuilder().end(LocalDate.of(2018, 12, 31)).build())));
  }

  static List<Case> focusAreas() {
    return List.of(
        Case.error("priority", Rule.DUPLICATE_PRIORITY, "/plans/0/focusAreas/1/priority",
            "priority 1 is already given to focus area 0",
            focusArea(0, 1, f -> new FocusArea(f.theme(), 1, f.challenges(), f.extensions()))),
        Case.error("theme", Rule.DUPLICATE_FOCUS_AREA, "/plans/1/focusAreas/2/theme",
            "theme \"safety-security\" is already a focus area",
            plan(1, p -> p.toBuilder().focusAreas(plus(p.focusAreas(),
                FocusArea.of(ThemeId.of("safety-security")))).build())));
  }

  static List<Case> versions() {
    return List.of(
        Case.error("no minor", Rule.INVALID_VERSION, "/scapVersion", "\"1\"",
            document(b -> b.scapVersion("1"))),
        Case.error("patch level", Rule.INVALID_VERSION, "/scapVersion", "\"1.0.0\"",
            document(b -> b.scapVersion("1.0.0"))),
        Case.error("newer minor", Rule.UNSUPPORTED_VERSION, "/scapVersion",
            "format version 1.2 is newer than 1.1", document(b -> b.scapVersion("1.2"))),
        Case.error("other major", Rule.UNSUPPORTED_VERSION, "/scapVersion",
            "format version 2.0 is of another major version", document(b -> b.scapVersion("2.0"))));
  }

  static List<Case> duplicateIds() {
    return List.of(
        Case.error("taxonomy", Rule.DUPLICATE_ID, "/taxonomies/1/id", "\"ascf-2018\"",
            taxonomy(1, t -> new Taxonomy(TaxonomyId.of("ascf-2018"), t.name(),
                t.themes(), t.extensions()))),
        Case.error("theme in one taxonomy", Rule.DUPLICATE_ID, "/taxonomies/0/themes/4/id",
            "\"public-safety\"",
            taxonomy(0, t -> Taxonomy.of("ascf-2018", t.name(),
                plus(t.themes(), Theme.of("public-safety", "Public Safety again"))))),
        Case.error("theme across two taxonomies", Rule.DUPLICATE_ID, "/taxonomies/1/themes/1/id",
            "theme id \"public-safety\" is already the id of the theme at /taxonomies/0/themes/2",
            theme(1, 1, t -> Theme.of("public-safety", t.label()))),
        Case.error("city", Rule.DUPLICATE_ID, "/cities/2/id",
            "city id \"cebu-city\" is already the id of the city at /cities/0",
            document(b -> b.addCities(City.of(CityId.of("cebu-city"), "Cebu again", "PH")))),
        Case.error("organization", Rule.DUPLICATE_ID, "/organizations/2/id", "\"ustda\"",
            document(b -> b.addOrganizations(Organization.of(OrganizationId.of("ustda"),
                "USTDA again", OrganizationKind.OTHER)))),
        Case.error("plan", Rule.DUPLICATE_ID, "/plans/1/id", "\"cebu-city-scap-2018\"",
            plan(1, p -> p.toBuilder().id(PlanId.of("cebu-city-scap-2018")).build())),
        Case.error("project in another plan", Rule.DUPLICATE_ID, "/plans/1/projects/0/id",
            "project id \"cebu-brt\" is already the id of the project at /plans/0/projects/0",
            project(1, 0, p -> p.toBuilder().id(ProjectId.of("cebu-brt")).build())));
  }

  static List<Case> unknownReferences() {
    ThemeId unknown = ThemeId.of("smart-water");
    return List.of(
        Case.error("plan city", Rule.UNKNOWN_REFERENCE, "/plans/0/city", "\"manila\"",
            plan(0, p -> p.toBuilder().city(CityId.of("manila")).build())),
        Case.error("focus area theme", Rule.UNKNOWN_REFERENCE, "/plans/1/focusAreas/1/theme",
            "theme \"smart-water\" is not a theme of the document",
            focusArea(1, 1, f -> new FocusArea(unknown, f.priority(), f.challenges(),
                f.extensions()))),
        Case.error("target theme", Rule.UNKNOWN_REFERENCE, "/plans/0/targets/0/theme",
            "\"smart-water\"",
            plan(0, p -> p.toBuilder().targets(List.of(
                new Target("Clean water", unknown, null, null))).build())),
        Case.error("project theme", Rule.UNKNOWN_REFERENCE, "/plans/0/projects/1/themes/0",
            "\"smart-water\"",
            project(0, 1, p -> p.toBuilder().themes(List.of(unknown)).build())),
        Case.error("organization theme", Rule.UNKNOWN_REFERENCE, "/organizations/0/themes/1",
            "\"smart-water\"",
            organization(0, o -> o.withThemes(List.of(o.themes().get(0), unknown)))),
        Case.error("broader", Rule.UNKNOWN_REFERENCE, "/taxonomies/1/themes/1/broader",
            "broader theme \"smart-water\" is not a theme of the document",
            theme(1, 1, t -> Theme.narrower(t.id().value(), t.label(), "smart-water"))),
        Case.error("project partner organization", Rule.UNKNOWN_REFERENCE,
            "/plans/0/projects/0/partners/0/organization",
            "organization \"jica\" is not an organization of the document",
            project(0, 0, p -> p.toBuilder().partners(List.of(
                Partner.of(OrganizationId.of("jica"), PartnerRole.FUNDER))).build())),
        Case.error("plan partner organization", Rule.UNKNOWN_REFERENCE,
            "/plans/0/partners/0/organization", "\"koica\"",
            plan(0, p -> p.toBuilder().partners(List.of(
                Partner.of(OrganizationId.of("koica"), PartnerRole.FUNDER))).build())));
  }

  static List<Case> broader() {
    return List.of(
        Case.error("broader of another taxonomy", Rule.BROADER_OUTSIDE_TAXONOMY,
            "/taxonomies/1/themes/1/broader",
            "broader theme \"built-infrastructure\" belongs to taxonomy \"ascf-2018\"",
            theme(1, 1, t -> Theme.narrower(t.id().value(), t.label(), "built-infrastructure"))),
        Case.error("self-loop", Rule.BROADER_CYCLE, "/taxonomies/1/themes/1/broader",
            "theme \"roads-public-space\" refines itself",
            theme(1, 1, t -> Theme.narrower(t.id().value(), t.label(), "roads-public-space"))),
        Case.error("two-cycle, reported once", Rule.BROADER_CYCLE,
            "/taxonomies/1/themes/0/broader",
            "traffic-safety → roads-public-space → traffic-safety",
            taxonomy(1, t -> Taxonomy.of("wego-ascn-2019", t.name(), List.of(
                Theme.narrower("traffic-safety", "Traffic", "roads-public-space"),
                Theme.narrower("roads-public-space", "Roads", "traffic-safety"))))));
  }

  static List<Case> themesOutsidePlan() {
    return List.of(
        Case.warning("project theme not among the focus areas", Rule.THEME_OUTSIDE_PLAN,
            "/plans/0/projects/1/themes/0", "theme \"roads-public-space\" of project "
                + "\"cebu-traffic-control\" is not a focus area of plan \"cebu-city-scap-2018\"",
            project(0, 1, p -> p.toBuilder().themes(List.of(ThemeId.of("roads-public-space")))
                .build())),
        Case.warning("project theme broader than a focus area", Rule.THEME_OUTSIDE_PLAN,
            "/plans/0/projects/0/themes/1", "\"built-infrastructure\"",
            // plan 0 focuses on mobility-transportation, which refines built-infrastructure;
            // the rule goes up from the project's theme, never down
            project(0, 0, p -> p.toBuilder().themes(List.of(
                ThemeId.of("mobility-transportation"), ThemeId.of("built-infrastructure")))
                .build())));
  }

  /** Each place that names another object, with a change that makes it name {@code "Bad Id"}. */
  static Stream<Arguments> malformedReferences() {
    ThemeId bad = ThemeId.of("Bad Id");
    return Stream.of(
        Arguments.of("/plans/0/city",
            plan(0, p -> p.toBuilder().city(CityId.of("Bad Id")).build())),
        Arguments.of("/plans/1/focusAreas/1/theme",
            focusArea(1, 1, f -> new FocusArea(bad, f.priority(), f.challenges(),
                f.extensions()))),
        Arguments.of("/plans/0/targets/0/theme", plan(0, p -> p.toBuilder()
            .targets(List.of(new Target("Clean water", bad, null, null))).build())),
        Arguments.of("/plans/0/projects/1/themes/0",
            project(0, 1, p -> p.toBuilder().themes(List.of(bad)).build())),
        Arguments.of("/organizations/0/themes/0",
            organization(0, o -> o.withThemes(List.of(bad)))),
        Arguments.of("/taxonomies/1/themes/1/broader",
            theme(1, 1, t -> Theme.narrower(t.id().value(), t.label(), "Bad Id"))),
        Arguments.of("/plans/0/projects/0/partners/0/organization",
            project(0, 0, p -> p.toBuilder().partners(List.of(
                Partner.of(OrganizationId.of("Bad Id"), PartnerRole.FUNDER))).build())),
        Arguments.of("/plans/0/partners/0/organization", plan(0, p -> p.toBuilder()
            .partners(List.of(Partner.of(OrganizationId.of("Bad Id"), PartnerRole.FUNDER)))
            .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedReferences")
  void reportsAMalformedReferenceAsInvalidAndUnknownWhereverItIs(String pointer,
      UnaryOperator<ScapDocument> breaking) {
    ValidationReport report = VALIDATOR.validate(breaking.apply(Examples.example()));

    assertThat(report).containsExactly(
        problem(Rule.INVALID_IDENTIFIER).at(pointer).withMessageContaining("\"Bad Id\""),
        problem(Rule.UNKNOWN_REFERENCE).at(pointer).withMessageContaining("\"Bad Id\""));
  }

  @Test
  void findsNoProblemInTheExample() {
    assertThat(VALIDATOR.validate(Examples.example())).isClean();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyBrokenRule")
  void reportsExactlyTheBrokenRuleWithItsPointerSeverityAndValue(Case c) {
    ScapDocument broken = c.breaking().apply(Examples.example());

    ValidationReport report = VALIDATOR.validate(broken);

    assertThat(report).containsOnly(problem(c.rule()).at(c.pointer()).withSeverity(c.severity())
        .withMessageContaining(c.fragment()));
    assertThat(report.hasErrors()).isEqualTo(c.severity() == Severity.ERROR);
  }

  @Test
  void coversEveryRuleInTheTable() {
    Set<Rule> covered = everyBrokenRule().stream().map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));

    assertThat(covered).containsExactlyInAnyOrder(Rule.values());
  }

  @Test
  void givesEachRuleTheSeverityThatTheFormatGivesIt() {
    assertThat(everyBrokenRule()).allSatisfy(c ->
        assertThat(c.severity()).as(c.toString()).isEqualTo(c.rule().severity()));
  }

  @Test
  void acceptsAProjectThemeThatRefinesAFocusAreaThroughBroader() {
    // plan 1 focuses on built-infrastructure; mobility-transportation refines it
    ScapDocument document = project(1, 0, p -> p.toBuilder()
        .themes(List.of(ThemeId.of("public-safety"), ThemeId.of("mobility-transportation")))
        .build()).apply(Examples.example());

    assertThat(VALIDATOR.validate(document)).isClean();
  }

  @Test
  void acceptsAProjectThemeThatRefinesAFocusAreaThroughTwoSteps() {
    ScapDocument document = Examples.example().toBuilder()
        .taxonomies(List.of(Taxonomy.of("t", "T", List.of(
            Theme.of("water", "Water"),
            Theme.narrower("wastewater", "Wastewater", "water"),
            Theme.narrower("sludge", "Sludge", "wastewater")))))
        .organizations(List.of())
        .plans(List.of(Plan.builder(PlanId.of("p"), CityId.of("cebu-city"), "Plan")
            .focusAreas(List.of(FocusArea.of(ThemeId.of("water"))))
            .projects(List.of(Project.builder(ProjectId.of("sludge-drying"), "Sludge drying",
                ThemeId.of("sludge")).build()))
            .build()))
        .build();

    assertThat(VALIDATOR.validate(document)).isClean();
  }

  @Test
  void reportsNoThemeOutsidePlanForAThemeThatIsUnknown() {
    ScapDocument document = project(0, 1, p -> p.toBuilder()
        .themes(List.of(ThemeId.of("smart-water"))).build()).apply(Examples.example());

    assertThat(VALIDATOR.validate(document))
        .doesNotContain(problem(Rule.THEME_OUTSIDE_PLAN))
        .containsOnly(problem(Rule.UNKNOWN_REFERENCE).at("/plans/0/projects/1/themes/0"));
  }

  @Test
  void reportsACycleOnceEvenWhenAnotherThemeLeadsIntoIt() {
    ScapDocument document = taxonomy(1, t -> Taxonomy.of("wego-ascn-2019", t.name(), List.of(
        Theme.of("traffic-safety", "Traffic"),
        Theme.narrower("roads-public-space", "Roads", "lanes"),
        Theme.narrower("lanes", "Lanes", "kerbs"),
        Theme.narrower("kerbs", "Kerbs", "lanes")))).apply(Examples.example());

    assertThat(VALIDATOR.validate(document)).containsOnly(problem(Rule.BROADER_CYCLE)
        .at("/taxonomies/1/themes/2/broader").withMessageContaining("lanes → kerbs → lanes"));
  }

  @Test
  void reportsEveryProblemAtOnceInDocumentOrder() {
    ScapDocument document = Stream.of(
            document(b -> b.scapVersion("2.0")),
            city(1, c -> new City(c.id(), c.name(), "XX", c.population(), c.location(),
                c.networks(), c.extensions())),
            city(0, c -> c.withPopulation(-5L)),
            plan(1, p -> p.toBuilder().city(CityId.of("manila")).build()),
            project(0, 0, p -> p.toBuilder().cost(Money.of("10", "usd"))
                .end(LocalDate.of(2000, 1, 1)).build()),
            project(0, 1, p -> p.toBuilder()
                .themes(List.of(ThemeId.of("roads-public-space"), ThemeId.of("nowhere")))
                .build()),
            theme(1, 1, t -> Theme.narrower(t.id().value(), t.label(), "roads-public-space")))
        .reduce(Examples.example(), (doc, edit) -> edit.apply(doc), (a, b) -> b);

    assertThat(VALIDATOR.validate(document)).containsExactly(
        problem(Rule.UNSUPPORTED_VERSION).at("/scapVersion"),
        problem(Rule.BROADER_CYCLE).at("/taxonomies/1/themes/1/broader"),
        problem(Rule.OUT_OF_RANGE).at("/cities/0/population").withMessageContaining("-5"),
        problem(Rule.INVALID_COUNTRY).at("/cities/1/country").withMessageContaining("\"XX\""),
        problem(Rule.INVALID_PERIOD).at("/plans/0/projects/0/end"),
        problem(Rule.INVALID_CURRENCY).at("/plans/0/projects/0/cost/currency"),
        problem(Rule.THEME_OUTSIDE_PLAN).at("/plans/0/projects/1/themes/0")
            .withSeverity(Severity.WARNING),
        problem(Rule.UNKNOWN_REFERENCE).at("/plans/0/projects/1/themes/1"),
        problem(Rule.UNKNOWN_REFERENCE).at("/plans/1/city"));
  }

  @Test
  void ordersProblemsAtOnePointerByRuleCode() {
    ScapDocument document = plan(0, p -> p.toBuilder().id(PlanId.of("Cebu"))
        .build()).apply(plan(1, p -> p.toBuilder().id(PlanId.of("Cebu")).build())
        .apply(Examples.example()));

    assertThat(VALIDATOR.validate(document)).containsExactly(
        problem(Rule.INVALID_IDENTIFIER).at("/plans/0/id"),
        problem(Rule.DUPLICATE_ID).at("/plans/1/id"),
        problem(Rule.INVALID_IDENTIFIER).at("/plans/1/id"));
  }

  @Test
  void reportsAnObjectSharedByTwoPlacesAtBoth() {
    Money cost = Money.of("10", "usd");
    ScapDocument document = Stream.<UnaryOperator<ScapDocument>>of(
            project(0, 0, p -> p.toBuilder().cost(cost).build()),
            project(0, 1, p -> p.toBuilder().cost(cost).build()),
            project(1, 0, p -> p.toBuilder().cost(cost).build()))
        .reduce(Examples.example(), (doc, edit) -> edit.apply(doc), (a, b) -> b);

    assertThat(VALIDATOR.validate(document)).containsExactly(
        problem(Rule.INVALID_CURRENCY).at("/plans/0/projects/0/cost/currency"),
        problem(Rule.INVALID_CURRENCY).at("/plans/0/projects/1/cost/currency"),
        problem(Rule.INVALID_CURRENCY).at("/plans/1/projects/0/cost/currency"));
  }

  @Test
  void acceptsCoordinatesOnTheirLimits() {
    ScapDocument document = Stream.<UnaryOperator<ScapDocument>>of(
            city(0, c -> c.withLocation(Location.of(90, -180))),
            city(1, c -> c.withLocation(Location.of(-90, 180))))
        .reduce(Examples.example(), (doc, edit) -> edit.apply(doc), (a, b) -> b);

    assertThat(VALIDATOR.validate(document)).isClean();
  }

  @Test
  void acceptsAZeroPopulationAndAmountAndAOneYearPeriod() {
    ScapDocument document = Stream.<UnaryOperator<ScapDocument>>of(
            city(0, c -> c.withPopulation(0L)),
            project(0, 0, p -> p.toBuilder().cost(Money.of("0", "USD"))
                .end(p.start()).build()),
            plan(0, p -> p.toBuilder().period(Period.of(2020, 2020)).build()))
        .reduce(Examples.example(), (doc, edit) -> edit.apply(doc), (a, b) -> b);

    assertThat(VALIDATOR.validate(document)).isClean();
  }

  @Test
  void rejectsANullDocument() {
    assertThatNullPointerException().isThrownBy(() -> VALIDATOR.validate(null))
        .withMessage("document");
  }

  @Test
  void givesTheSameReportForTheSameDocument() {
    ScapDocument document = city(0, c -> c.withPopulation(-1L))
        .apply(plan(0, p -> p.toBuilder().city(CityId.of("manila")).build())
            .apply(Examples.example()));

    assertThat(VALIDATOR.validate(document)).isEqualTo(VALIDATOR.validate(document));
  }

  /** A valid conference on the example: both cities at two tables of one roundtable. */
  static final Event CONFERENCE = new Event(EventId.of("mayoral-conference-2019"),
      "WeGO-ASCN Mayoral Conference", LocalDate.of(2019, 11, 21), LocalDate.of(2019, 11, 22),
      new Venue("Grand Hilton Hotel", null, "Seoul", "KR", null),
      List.of(EventOrganization.of(OrganizationId.of("world-bank"), EventRole.SPONSOR)),
      List.of(CityId.of("cebu-city"), CityId.of("davao-city")),
      List.of(new Session(SessionId.of("mini-roundtables"), SessionKind.ROUNDTABLE,
          "Mini roundtables", null, LocalDate.of(2019, 11, 21), TaxonomyId.of("wego-ascn-2019"),
          List.of(ThemeId.of("traffic-safety"), ThemeId.of("roads-public-space")),
          List.of(table(1, "traffic-safety", List.of("cebu-city"), List.of("ustda")),
              table(2, "roads-public-space", List.of("davao-city"), List.of("world-bank"))),
          null)),
      null, null);

  private static SeatedTable table(int number, String theme, List<String> guests,
      List<String> partners) {
    return new SeatedTable(number, ThemeId.of(theme), 8,
        guests.stream().map(CityId::of).toList(),
        partners.stream().map(p -> Invitation.of(OrganizationId.of(p), null)).toList(), 1, null,
        Extensions.NONE);
  }

  private static UnaryOperator<ScapDocument> event(UnaryOperator<Event> edit) {
    return d -> d.toBuilder().events(List.of(edit.apply(CONFERENCE))).build();
  }

  private static UnaryOperator<ScapDocument> session(UnaryOperator<Session> edit) {
    return event(e -> e.withSessions(List.of(edit.apply(e.sessions().get(0)))));
  }

  private static Session sessionOf(Session s, SessionKind kind, TaxonomyId taxonomy,
      List<ThemeId> themes) {
    return new Session(s.id(), kind, s.title(), s.description(), s.date(), taxonomy, themes,
        s.tables(), s.extensions());
  }

  private static UnaryOperator<ScapDocument> seating(int t, UnaryOperator<SeatedTable> edit) {
    return session(s -> s.withTables(replaced(s.tables(), t, edit)));
  }

  /** The table in slot 1 and a room. */
  private static SeatedTable roomed(SeatedTable t, String room) {
    return new SeatedTable(t.number(), t.theme(), t.seats(), t.guests(), t.partners(), 1, room,
        t.extensions());
  }

  private static SeatedTable tableOf(SeatedTable t, Integer number, String theme, Integer seats,
      List<String> guests, List<String> partners, Integer slot) {
    return new SeatedTable(number, ThemeId.of(theme), seats,
        guests.stream().map(CityId::of).toList(),
        partners.stream().map(p -> Invitation.of(OrganizationId.of(p), null)).toList(), slot,
        t.room(), t.extensions());
  }

  private static Event eventOf(Event e, String name, LocalDate end, Venue venue,
      List<EventOrganization> organizations, List<String> cities) {
    return new Event(e.id(), name, e.start(), end, venue, organizations,
        cities.stream().map(CityId::of).toList(), e.sessions(), e.note(), e.extensions());
  }

  private static final List<String> BOTH = List.of("cebu-city", "davao-city");

  static List<Case> events() {
    EventOrganization sponsor = CONFERENCE.organizations().get(0);
    LocalDate end = CONFERENCE.end();
    Venue venue = CONFERENCE.venue();
    return List.of(
        Case.error("blank event name", Rule.REQUIRED, "/events/0/name",
            "name is required and must not be blank",
            event(e -> eventOf(e, " ", end, venue, e.organizations(), BOTH))),
        Case.error("event id", Rule.INVALID_IDENTIFIER, "/events/0/id", "\"Mayoral 2019\"",
            event(e -> new Event(EventId.of("Mayoral 2019"), e.name(), e.start(), e.end(),
                e.venue(), e.organizations(), e.cities(), e.sessions(), null, null))),
        Case.error("event ends before it starts", Rule.INVALID_PERIOD, "/events/0/end",
            "event ends (2019-11-20) before it starts (2019-11-21)",
            event(e -> eventOf(e.withSessions(List.of()), e.name(), LocalDate.of(2019, 11, 20),
                venue, e.organizations(), BOTH))),
        Case.error("venue country", Rule.INVALID_COUNTRY, "/events/0/venue/country", "\"kr\"",
            event(e -> eventOf(e, e.name(), end, new Venue("Hilton", null, null, "kr", null),
                e.organizations(), BOTH))),
        Case.error("blank venue name", Rule.REQUIRED, "/events/0/venue/name",
            "name is required",
            event(e -> eventOf(e, e.name(), end, Venue.of(""), e.organizations(), BOTH))),
        Case.error("organization role", Rule.REQUIRED, "/events/0/organizations/0/role",
            "role is required", event(e -> eventOf(e, e.name(), end, venue,
                List.of(new EventOrganization(sponsor.organization(), null, null)), BOTH))),
        Case.error("blank session title", Rule.REQUIRED, "/events/0/sessions/0/title",
            "title is required", session(s -> new Session(s.id(), s.kind(), "", null, s.date(),
                s.taxonomy(), s.themes(), s.tables(), null))),
        Case.error("table number 0", Rule.OUT_OF_RANGE,
            "/events/0/sessions/0/tables/0/number", "number 0 is below the minimum of 1",
            seating(0, t -> tableOf(t, 0, "traffic-safety", 8, List.of("cebu-city"),
                List.of("ustda"), 1))),
        Case.error("no seats", Rule.OUT_OF_RANGE, "/events/0/sessions/0/tables/0/seats",
            "seats 0 is below the minimum of 1",
            seating(0, t -> tableOf(t, 1, "traffic-safety", 0, List.of("cebu-city"),
                List.of("ustda"), 1))),
        Case.error("slot 0", Rule.OUT_OF_RANGE, "/events/0/sessions/0/tables/0/slot",
            "slot 0 is below the minimum of 1",
            seating(0, t -> tableOf(t, 1, "traffic-safety", 8, List.of("cebu-city"),
                List.of("ustda"), 0))),
        Case.error("events in a 1.0 document", Rule.EVENTS_IN_OLD_VERSION, "/events",
            "declare \"1.1\"", d -> event(e -> e).apply(d).toBuilder().scapVersion("1.0")
                .build()),
        Case.error("duplicate event id", Rule.DUPLICATE_ID, "/events/1/id",
            "event id \"mayoral-conference-2019\" is already the id of the event at /events/0",
            d -> d.toBuilder().events(List.of(CONFERENCE, CONFERENCE)).build()),
        Case.error("duplicate session id", Rule.DUPLICATE_ID, "/events/0/sessions/1/id",
            "session id \"mini-roundtables\"", event(e -> e.withSessions(List.of(
                e.sessions().get(0), Session.of(SessionId.of("mini-roundtables"),
                    SessionKind.PLENARY, "Opening"))))),
        Case.error("duplicate table number", Rule.DUPLICATE_TABLE,
            "/events/0/sessions/0/tables/1/number", "table number 1",
            seating(1, t -> tableOf(t, 1, "roads-public-space", 8, List.of("davao-city"),
                List.of("world-bank"), 1))),
        Case.error("session date outside the event", Rule.DATE_OUTSIDE_EVENT,
            "/events/0/sessions/0/date", "2019-11-23",
            session(s -> new Session(s.id(), s.kind(), s.title(), null,
                LocalDate.of(2019, 11, 23), s.taxonomy(), s.themes(), s.tables(), null))),
        Case.error("unknown event organization", Rule.UNKNOWN_REFERENCE,
            "/events/0/organizations/1/organization", "organization \"koica\"",
            event(e -> eventOf(e, e.name(), end, venue, List.of(sponsor,
                EventOrganization.of(OrganizationId.of("koica"), EventRole.PARTNER)), BOTH))),
        Case.error("unknown invited city", Rule.UNKNOWN_REFERENCE, "/events/0/cities/2",
            "city \"manila\"", event(e -> eventOf(e, e.name(), end, venue, e.organizations(),
                List.of("cebu-city", "davao-city", "manila")))),
        Case.error("unknown session taxonomy", Rule.UNKNOWN_REFERENCE,
            "/events/0/sessions/0/taxonomy", "taxonomy \"wego-2019\"",
            session(s -> sessionOf(s, s.kind(), TaxonomyId.of("wego-2019"), s.themes()))),
        Case.error("unknown session theme", Rule.UNKNOWN_REFERENCE,
            "/events/0/sessions/0/themes/2", "theme \"bildings\"",
            session(s -> sessionOf(s, s.kind(), s.taxonomy(), List.of(
                ThemeId.of("traffic-safety"), ThemeId.of("roads-public-space"),
                ThemeId.of("bildings"))))),
        Case.error("session theme of another taxonomy", Rule.THEME_OUTSIDE_TAXONOMY,
            "/events/0/sessions/0/themes/2", "theme \"public-safety\"",
            session(s -> sessionOf(s, s.kind(), s.taxonomy(), List.of(
                ThemeId.of("traffic-safety"), ThemeId.of("roads-public-space"),
                ThemeId.of("public-safety"))))),
        Case.error("roundtable without taxonomy", Rule.ROUNDTABLE_WITHOUT_THEMES,
            "/events/0/sessions/0/taxonomy", "no taxonomy",
            session(s -> sessionOf(s, s.kind(), null, s.themes()))),
        Case.error("roundtable without themes", Rule.ROUNDTABLE_WITHOUT_THEMES,
            "/events/0/sessions/0/themes", "no themes",
            session(s -> sessionOf(s, s.kind(), s.taxonomy(), List.of()))),
        Case.error("tables at a panel", Rule.TABLES_OUTSIDE_ROUNDTABLE,
            "/events/0/sessions/0/tables", "panel session",
            session(s -> sessionOf(s, SessionKind.PANEL, s.taxonomy(), s.themes()))),
        Case.error("table theme outside its session", Rule.THEME_OUTSIDE_SESSION,
            "/events/0/sessions/0/tables/0/theme", "theme \"public-safety\" of table 1",
            seating(0, t -> tableOf(t, 1, "public-safety", 8, List.of("cebu-city"),
                List.of("ustda"), 1))),
        Case.error("unknown table theme", Rule.UNKNOWN_REFERENCE,
            "/events/0/sessions/0/tables/0/theme", "theme \"trafic-safety\"",
            seating(0, t -> tableOf(t, 1, "trafic-safety", 8, List.of("cebu-city"),
                List.of("ustda"), 1))),
        Case.error("unknown guest", Rule.UNKNOWN_REFERENCE,
            "/events/0/sessions/0/tables/0/guests/1", "city \"manila\"",
            seating(0, t -> tableOf(t, 1, "traffic-safety", 8, List.of("cebu-city", "manila"),
                List.of("ustda"), 1))),
        Case.error("guest not invited", Rule.GUEST_NOT_INVITED,
            "/events/0/sessions/0/tables/1/guests/0", "\"davao-city\" is seated at table 2",
            event(e -> eventOf(e, e.name(), end, venue, e.organizations(),
                List.of("cebu-city")))),
        Case.error("unknown table partner", Rule.UNKNOWN_REFERENCE,
            "/events/0/sessions/0/tables/0/partners/0/organization", "organization \"koica\"",
            seating(0, t -> tableOf(t, 1, "traffic-safety", 8, List.of("cebu-city"),
                List.of("koica"), 1))),
        Case.error("city seated twice in a slot", Rule.SEATED_TWICE,
            "/events/0/sessions/0/tables/1/guests/0", "\"cebu-city\" is seated in slot 1",
            seating(1, t -> tableOf(t, 2, "roads-public-space", 8, BOTH,
                List.of("world-bank"), 1))),
        Case.error("room taken in a slot", Rule.ROOM_TAKEN, "/events/0/sessions/0/tables/1/room",
            "room \"A\" holds another table in slot 1", session(s -> s.withTables(List.of(
                roomed(s.tables().get(0), "A"), roomed(s.tables().get(1), "A"))))),
        Case.warning("city invited twice", Rule.DUPLICATE_ENTRY, "/events/0/cities/2",
            "\"cebu-city\" is invited more than once", event(e -> eventOf(e, e.name(), end,
                venue, e.organizations(), List.of("cebu-city", "davao-city", "cebu-city")))),
        Case.warning("organization twice in one role", Rule.DUPLICATE_ENTRY,
            "/events/0/organizations/1", "listed as sponsor more than once",
            event(e -> eventOf(e, e.name(), end, venue, List.of(sponsor, sponsor), BOTH))),
        Case.warning("guest twice at a table", Rule.DUPLICATE_ENTRY,
            "/events/0/sessions/0/tables/0/guests/1", "more than once",
            seating(0, t -> tableOf(t, 1, "traffic-safety", 8,
                List.of("cebu-city", "cebu-city"), List.of("ustda"), 1))),
        Case.warning("partner twice at a table", Rule.DUPLICATE_ENTRY,
            "/events/0/sessions/0/tables/0/partners/1", "more than once",
            seating(0, t -> tableOf(t, 1, "traffic-safety", 8, List.of("cebu-city"),
                List.of("ustda", "ustda"), 1))),
        Case.warning("more guests than seats", Rule.TABLE_OVER_CAPACITY,
            "/events/0/sessions/0/tables/0/guests", "seats 2 cities but has 1 seats",
            session(s -> s.withTables(List.of(
                tableOf(s.tables().get(0), 1, "traffic-safety", 1, BOTH, List.of("ustda"), 1),
                tableOf(s.tables().get(1), 2, "roads-public-space", 8, List.of(),
                    List.of("world-bank"), 1))))),
        Case.warning("organization at two tables of a slot", Rule.INVITED_TWICE,
            "/events/0/sessions/0/tables/1/partners/1", "\"ustda\" is invited in slot 1",
            seating(1, t -> tableOf(t, 2, "roads-public-space", 8, List.of("davao-city"),
                List.of("world-bank", "ustda"), 1))));
  }

  @Test
  void findsNoProblemInTheExampleWithAConference() {
    assertThat(VALIDATOR.validate(event(e -> e).apply(Examples.example()))).isClean();
  }

  @Test
  void letsTablesOfDifferentSlotsOrWithoutASlotSeatTheSameCity() {
    ScapDocument document = session(s -> s.withTables(List.of(
        new SeatedTable(1, ThemeId.of("traffic-safety"), null,
            BOTH.stream().map(CityId::of).toList(), List.of(), null, null, null),
        tableOf(s.tables().get(0), 2, "roads-public-space", 8, BOTH, List.of("ustda"), 1),
        tableOf(s.tables().get(1), 3, "traffic-safety", 8, BOTH, List.of("ustda"), 2))))
        .apply(Examples.example());

    assertThat(VALIDATOR.validate(document)).isClean();
  }

  private static UnaryOperator<ScapDocument> document(UnaryOperator<ScapDocument.Builder> edit) {
    return d -> edit.apply(d.toBuilder()).build();
  }

  private static UnaryOperator<ScapDocument> taxonomy(int t, UnaryOperator<Taxonomy> edit) {
    return d -> d.toBuilder().taxonomies(replaced(d.taxonomies(), t, edit)).build();
  }

  private static UnaryOperator<ScapDocument> theme(int t, int i, UnaryOperator<Theme> edit) {
    return taxonomy(t, x -> new Taxonomy(x.id(), x.name(), replaced(x.themes(), i, edit),
        x.extensions()));
  }

  private static UnaryOperator<ScapDocument> city(int i, UnaryOperator<City> edit) {
    return d -> d.toBuilder().cities(replaced(d.cities(), i, edit)).build();
  }

  private static UnaryOperator<ScapDocument> organization(
      int i, UnaryOperator<Organization> edit) {
    return d -> d.toBuilder().organizations(replaced(d.organizations(), i, edit)).build();
  }

  private static UnaryOperator<ScapDocument> plan(int p, UnaryOperator<Plan> edit) {
    return d -> d.toBuilder().plans(replaced(d.plans(), p, edit)).build();
  }

  private static UnaryOperator<ScapDocument> focusArea(
      int p, int i, UnaryOperator<FocusArea> edit) {
    return plan(p, x -> x.toBuilder().focusAreas(replaced(x.focusAreas(), i, edit)).build());
  }

  private static UnaryOperator<ScapDocument> project(int p, int i, UnaryOperator<Project> edit) {
    return plan(p, x -> x.toBuilder().projects(replaced(x.projects(), i, edit)).build());
  }

  private static <T> List<T> replaced(List<T> list, int i, UnaryOperator<T> edit) {
    List<T> copy = new ArrayList<>(list);
    copy.set(i, edit.apply(copy.get(i)));
    return copy;
  }

  private static <T> List<T> plus(List<T> list, T more) {
    List<T> copy = new ArrayList<>(list);
    copy.add(more);
    return copy;
  }
}
