package dev.scap.testkit;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Rule;
import dev.scap.model.validation.Severity;
import dev.scap.testkit.internal.Broken;
import dev.scap.testkit.internal.Site;
import dev.scap.testkit.internal.Sites;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A catalogue of mutations, each of which breaks exactly one rule of a valid document at a
 * known place: applied to a document that {@link dev.scap.model.validation.ScapValidator}
 * finds no problem in, a mutation gives a document in which it finds exactly one problem, of
 * the mutation's {@link #rule()}, at the JSON Pointer that {@link Mutated#expectedPointer()}
 * names.
 *
 * <p>A mutation applies at <em>sites</em>: the objects it can break (every plan, say, or every
 * project with a cost). {@link #apply(ScapDocument, int)} picks one. On a document that already
 * has problems the outcome is not specified: the one problem a mutation adds may hide, or be
 * hidden by, another.
 *
 * <p>The constants are immutable and thread-safe; mutations never change the document they are
 * given (documents are immutable) but return a changed copy.
 */
public enum Mutation {

  /** Points a plan's {@code city} at a city that the document does not hold. */
  DANGLING_PLAN_CITY(Rule.UNKNOWN_REFERENCE, Sites::plans, Breakers::danglingPlanCity),
  /** Adds to a plan a focus area on a theme that the document does not hold. */
  DANGLING_FOCUS_AREA_THEME(
      Rule.UNKNOWN_REFERENCE, Sites::plans, Breakers::danglingFocusAreaTheme),
  /** Adds to a project a theme that the document does not hold. */
  DANGLING_PROJECT_THEME(Rule.UNKNOWN_REFERENCE, Sites::projects, Breakers::danglingProjectTheme),
  /** Points a target's theme at a theme that the document does not hold. */
  DANGLING_TARGET_THEME(Rule.UNKNOWN_REFERENCE, Sites::targets, Breakers::danglingTargetTheme),
  /** Adds to an organization a theme that the document does not hold. */
  DANGLING_ORGANIZATION_THEME(
      Rule.UNKNOWN_REFERENCE, Sites::organizations, Breakers::danglingOrganizationTheme),
  /** Makes a top-level theme refine a theme that the document does not hold. */
  DANGLING_BROADER(Rule.UNKNOWN_REFERENCE, Sites::topLevelThemes, Breakers::danglingBroader),
  /** Points a project partner at an organization that the document does not hold. */
  DANGLING_PROJECT_PARTNER(
      Rule.UNKNOWN_REFERENCE, Sites::projectPartners, Breakers::danglingProjectPartner),
  /** Points a partner of a plan at an organization that the document does not hold. */
  DANGLING_PLAN_PARTNER(
      Rule.UNKNOWN_REFERENCE, Sites::planPartners, Breakers::danglingPlanPartner),

  /** Appends a copy of a city, so that two cities share an id. */
  DUPLICATE_CITY_ID(Rule.DUPLICATE_ID, Sites::cities, Breakers::duplicateCityId),
  /** Appends a copy of an organization, so that two organizations share an id. */
  DUPLICATE_ORGANIZATION_ID(
      Rule.DUPLICATE_ID, Sites::organizations, Breakers::duplicateOrganizationId),
  /** Gives a plan the id of the plan before it. */
  DUPLICATE_PLAN_ID(Rule.DUPLICATE_ID, Sites::laterPlans, Breakers::duplicatePlanId),
  /** Gives a project the id of a project of an earlier plan. */
  DUPLICATE_PROJECT_ID_ACROSS_PLANS(Rule.DUPLICATE_ID, Sites::projectsAfterPlanWithProjects,
      Breakers::duplicateProjectIdAcrossPlans),
  /** Gives a taxonomy the id of the taxonomy before it. */
  DUPLICATE_TAXONOMY_ID(
      Rule.DUPLICATE_ID, Sites::laterUnnamedTaxonomies, Breakers::duplicateTaxonomyId),
  /** Appends to a taxonomy a theme with the id of a theme of an earlier taxonomy. */
  DUPLICATE_THEME_ID_ACROSS_TAXONOMIES(Rule.DUPLICATE_ID, Sites::themesBeforeLastTaxonomy,
      Breakers::duplicateThemeIdAcrossTaxonomies),

  /** Makes a plan's period end the year before it starts. */
  REVERSED_PLAN_PERIOD(Rule.INVALID_PERIOD, Sites::plansWithPeriod, Breakers::reversedPlanPeriod),
  /** Makes a project end the day before it starts. */
  PROJECT_ENDS_BEFORE_START(
      Rule.INVALID_PERIOD, Sites::projectsWithStart, Breakers::projectEndsBeforeStart),

  /** Gives a focus area the priority of an earlier focus area of its plan. */
  DUPLICATE_PRIORITY(
      Rule.DUPLICATE_PRIORITY, Sites::focusAreasAfterPriority, Breakers::duplicatePriority),
  /** Adds to a plan a second focus area on the theme of one it has. */
  DUPLICATE_FOCUS_AREA_THEME(
      Rule.DUPLICATE_FOCUS_AREA, Sites::focusAreas, Breakers::duplicateFocusAreaTheme),

  /** Gives a project's cost the currency {@code "XYZ"}, which ISO 4217 does not know. */
  UNKNOWN_CURRENCY(Rule.INVALID_CURRENCY, Sites::projectsWithCost, Breakers::unknownCurrency),
  /** Makes a project's cost negative. */
  NEGATIVE_AMOUNT(Rule.OUT_OF_RANGE, Sites::projectsWithCost, Breakers::negativeAmount),
  /** Writes a city's country in lower case, which is not an ISO 3166-1 alpha-2 code. */
  INVALID_CITY_COUNTRY(Rule.INVALID_COUNTRY, Sites::cities, Breakers::invalidCityCountry),
  /** Gives an organization the country {@code "ZZ"}, which ISO 3166-1 does not assign. */
  INVALID_ORGANIZATION_COUNTRY(
      Rule.INVALID_COUNTRY, Sites::organizations, Breakers::invalidOrganizationCountry),

  /** Starts a project's id with a hyphen. */
  MALFORMED_PROJECT_ID(
      Rule.INVALID_IDENTIFIER, Sites::projects, Breakers::malformedProjectId),
  /** Gives a plan an id with capitals and a space. */
  MALFORMED_PLAN_ID(Rule.INVALID_IDENTIFIER, Sites::plans, Breakers::malformedPlanId),
  /** Gives a taxonomy an id of 65 characters, one past the limit. */
  MALFORMED_TAXONOMY_ID(
      Rule.INVALID_IDENTIFIER, Sites::unnamedTaxonomies, Breakers::malformedTaxonomyId),
  /** Adds to a city the network {@code "ASCN"}, in capitals. */
  MALFORMED_NETWORK(Rule.INVALID_IDENTIFIER, Sites::cities, Breakers::malformedNetwork),

  /** Places a city at latitude 90.000001. */
  LATITUDE_OUT_OF_RANGE(
      Rule.INVALID_COORDINATE, Sites::cities, Breakers::latitudeOutOfRange),
  /** Places a city at longitude -180.5. */
  LONGITUDE_OUT_OF_RANGE(
      Rule.INVALID_COORDINATE, Sites::cities, Breakers::longitudeOutOfRange),
  /** Gives a city a population of -1. */
  NEGATIVE_POPULATION(Rule.OUT_OF_RANGE, Sites::cities, Breakers::negativePopulation),
  /** Gives a focus area the priority 0. */
  PRIORITY_ZERO(Rule.OUT_OF_RANGE, Sites::focusAreas, Breakers::priorityZero),

  /** Blanks a taxonomy's name. */
  BLANK_TAXONOMY_NAME(Rule.REQUIRED, Sites::taxonomies, Breakers::blankTaxonomyName),
  /** Blanks a theme's label. */
  BLANK_THEME_LABEL(Rule.REQUIRED, Sites::themes, Breakers::blankThemeLabel),
  /** Empties a city's name. */
  BLANK_CITY_NAME(Rule.REQUIRED, Sites::cities, Breakers::blankCityName),
  /** Blanks an organization's name. */
  BLANK_ORGANIZATION_NAME(Rule.REQUIRED, Sites::organizations, Breakers::blankOrganizationName),
  /** Blanks a plan's title. */
  BLANK_PLAN_TITLE(Rule.REQUIRED, Sites::plans, Breakers::blankPlanTitle),
  /** Blanks a target's description. */
  BLANK_TARGET_DESCRIPTION(Rule.REQUIRED, Sites::targets, Breakers::blankTargetDescription),
  /** Empties a project's title. */
  BLANK_PROJECT_TITLE(Rule.REQUIRED, Sites::projects, Breakers::blankProjectTitle),
  /** Blanks an indicator's name. */
  BLANK_INDICATOR_NAME(Rule.REQUIRED, Sites::indicators, Breakers::blankIndicatorName),

  /** Removes the document's {@code scapVersion}. */
  MISSING_SCAP_VERSION(Rule.REQUIRED, Sites::document, Breakers::missingScapVersion),
  /** Removes the id of a taxonomy that no session names, so that nothing dangles. */
  MISSING_TAXONOMY_ID(Rule.REQUIRED, Sites::unnamedTaxonomies, Breakers::missingTaxonomyId),
  /** Removes a city's country. */
  MISSING_CITY_COUNTRY(Rule.REQUIRED, Sites::cities, Breakers::missingCityCountry),
  /** Removes an organization's kind. */
  MISSING_ORGANIZATION_KIND(
      Rule.REQUIRED, Sites::organizations, Breakers::missingOrganizationKind),
  /** Removes a plan's city. */
  MISSING_PLAN_CITY(Rule.REQUIRED, Sites::plans, Breakers::missingPlanCity),
  /** Removes the start of a plan's period. */
  MISSING_PERIOD_START(Rule.REQUIRED, Sites::plansWithPeriod, Breakers::missingPeriodStart),
  /** Removes a project's id. */
  MISSING_PROJECT_ID(Rule.REQUIRED, Sites::projects, Breakers::missingProjectId),
  /** Removes a project partner's role. */
  MISSING_PARTNER_ROLE(Rule.REQUIRED, Sites::projectPartners, Breakers::missingPartnerRole),
  /** Removes the currency of a project's cost. */
  MISSING_CURRENCY(Rule.REQUIRED, Sites::projectsWithCost, Breakers::missingCurrency),

  /** Removes every focus area of a plan, and its projects, whose themes would be left outside. */
  EMPTY_FOCUS_AREAS(Rule.EMPTY_LIST, Sites::plans, Breakers::emptyFocusAreas),
  /** Removes every theme of a project. */
  EMPTY_PROJECT_THEMES(Rule.EMPTY_LIST, Sites::projects, Breakers::emptyProjectThemes),
  /** Appends a taxonomy without themes. */
  EMPTY_TAXONOMY_THEMES(Rule.EMPTY_LIST, Sites::document, Breakers::emptyTaxonomyThemes),

  /** Makes a top-level theme refine a theme that refines it. */
  BROADER_CYCLE(Rule.BROADER_CYCLE, Sites::themesUnderTopLevel, Breakers::broaderCycle),
  /** Makes a top-level theme refine itself. */
  BROADER_SELF_CYCLE(Rule.BROADER_CYCLE, Sites::topLevelThemes, Breakers::broaderSelfCycle),
  /** Makes a top-level theme refine the first theme of another taxonomy. */
  BROADER_OUTSIDE_TAXONOMY(Rule.BROADER_OUTSIDE_TAXONOMY, Sites::topLevelThemesBesideTaxonomy,
      Breakers::broaderOutsideTaxonomy),

  /**
   * Adds to a project a theme of the document that is neither a focus area of its plan nor
   * refines one: a warning, not an error.
   */
  PROJECT_THEME_OUTSIDE_PLAN(Rule.THEME_OUTSIDE_PLAN, Sites::projectsWithThemeOutsidePlan,
      Breakers::themeOutsidePlan),

  /** Sets {@code scapVersion} to the next minor version after the one this library reads. */
  NEWER_MINOR_VERSION(
      Rule.UNSUPPORTED_VERSION, Sites::document, Breakers::newerMinorVersion),
  /** Sets {@code scapVersion} to the next major version. */
  OTHER_MAJOR_VERSION(Rule.UNSUPPORTED_VERSION, Sites::document, Breakers::otherMajorVersion),
  /** Sets {@code scapVersion} to {@code "1.0.0"}, not of the form {@code MAJOR.MINOR}. */
  MALFORMED_VERSION(Rule.INVALID_VERSION, Sites::document, Breakers::malformedVersion),

  /** Declares format version 1.0 in a document that holds events. */
  EVENTS_IN_VERSION_1_0(
      Rule.EVENTS_IN_OLD_VERSION, Sites::documentWithEvents, Breakers::eventsInVersion10),
  /** Gives a table the number of the first table of its session. */
  DUPLICATE_TABLE_NUMBER(
      Rule.DUPLICATE_TABLE, Sites::laterTables, Breakers::duplicateTableNumber),
  /** Moves a session to the day after its event ends. */
  SESSION_AFTER_EVENT(
      Rule.DATE_OUTSIDE_EVENT, Sites::sessions, Breakers::sessionAfterEvent),
  /** Adds to a roundtable session a theme of another taxonomy than its own. */
  SESSION_THEME_OUTSIDE_TAXONOMY(Rule.THEME_OUTSIDE_TAXONOMY,
      Sites::roundtablesBesideTaxonomy, Breakers::sessionThemeOutsideTaxonomy),
  /** Removes a roundtable session's taxonomy. */
  ROUNDTABLE_WITHOUT_TAXONOMY(Rule.ROUNDTABLE_WITHOUT_THEMES, Sites::roundtables,
      Breakers::roundtableWithoutTaxonomy),
  /** Gives a session of another kind than roundtable a table. */
  TABLES_OUTSIDE_ROUNDTABLE(Rule.TABLES_OUTSIDE_ROUNDTABLE, Sites::otherSessions,
      Breakers::tablesOutsideRoundtable),
  /** Gives a table a theme of the document that is not one of its session's. */
  TABLE_THEME_OUTSIDE_SESSION(Rule.THEME_OUTSIDE_SESSION, Sites::tablesBesideSessionThemes,
      Breakers::tableThemeOutsideSession),
  /** Seats at a table, in place of its first guest, a city that its event does not invite. */
  GUEST_NOT_INVITED(Rule.GUEST_NOT_INVITED, Sites::tablesWithGuestsBesideUninvited,
      Breakers::guestNotInvited),
  /** Adds a table in the slot of another that seats the other's first guest again. */
  CITY_SEATED_TWICE_IN_A_SLOT(Rule.SEATED_TWICE, Sites::placedTablesWithGuests,
      Breakers::citySeatedTwiceInASlot),
  /** Adds a table in the slot and room of another (giving the other a room if it has none). */
  ROOM_TAKEN(Rule.ROOM_TAKEN, Sites::placedTables, Breakers::roomTaken),
  /** Invites an event's first city a second time: a warning. */
  CITY_INVITED_TWICE(Rule.DUPLICATE_ENTRY, Sites::eventsWithCities, Breakers::cityInvitedTwice),
  /** Gives a table of several guests one seat fewer than its guests: a warning. */
  TABLE_OVER_CAPACITY(Rule.TABLE_OVER_CAPACITY, Sites::tablesOfSeveralGuests,
      Breakers::tableOverCapacity),
  /** Adds a table in the slot of another that invites the other's first partner again. */
  ORGANIZATION_INVITED_TWICE_IN_A_SLOT(Rule.INVITED_TWICE, Sites::placedTablesWithPartners,
      Breakers::organizationInvitedTwiceInASlot);

  private static final int MAX_CHOICE = 9999;

  private final Rule rule;
  private final Function<ScapDocument, List<Site>> sites;
  private final BiFunction<ScapDocument, Site, Broken> breaker;

  Mutation(Rule rule, Function<ScapDocument, List<Site>> sites,
      BiFunction<ScapDocument, Site, Broken> breaker) {
    this.rule = rule;
    this.sites = sites;
    this.breaker = breaker;
  }

  /**
   * Returns every mutation, in the order of declaration.
   *
   * @return the catalogue, unmodifiable
   */
  public static List<Mutation> catalogue() {
    return List.of(values());
  }

  /**
   * Returns the mutations of the catalogue as a jqwik arbitrary, shrinking towards the first.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Mutation> arbitrary() {
    return Arbitraries.of(Mutation.class);
  }

  /**
   * Returns any mutation of the catalogue applied at any of its sites to documents that it
   * applies to. Documents it does not apply to are skipped: give documents that most
   * mutations apply to, such as those of {@link DocumentSizes#rich()}, or jqwik gives up
   * filtering.
   *
   * @param documents valid documents
   * @return the arbitrary
   * @throws NullPointerException if {@code documents} is {@code null}
   */
  public static Arbitrary<Mutated> anyAppliedTo(Arbitrary<ScapDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    return Combinators.combine(arbitrary(), documents, choices())
        .filter((mutation, document, choice) -> mutation.isApplicable(document))
        .as((mutation, document, choice) -> mutation.apply(document, choice));
  }

  /**
   * Returns this mutation applied at any of its sites to documents that it applies to.
   * Documents it does not apply to are skipped.
   *
   * @param documents valid documents
   * @return the arbitrary
   * @throws NullPointerException if {@code documents} is {@code null}
   */
  public Arbitrary<Mutated> appliedTo(Arbitrary<ScapDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    return Combinators.combine(documents.filter(this::isApplicable), choices())
        .as(this::apply);
  }

  /**
   * Returns the rule that this mutation breaks.
   *
   * @return the rule of the one problem expected
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the severity of the problem this mutation makes.
   *
   * @return the severity of {@link #rule()}
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Tells whether this mutation has anything to break in a document.
   *
   * @param document the document
   * @return whether it has at least one site
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public boolean isApplicable(ScapDocument document) {
    return siteCount(document) > 0;
  }

  /**
   * Returns the number of places where this mutation can break a document.
   *
   * @param document the document
   * @return the number of sites, 0 if the mutation does not apply
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public int siteCount(ScapDocument document) {
    return sites.apply(Objects.requireNonNull(document, "document")).size();
  }

  /**
   * Breaks a document at the first site, in document order.
   *
   * @param document a valid document
   * @return the broken document and the problem expected
   * @throws NullPointerException if {@code document} is {@code null}
   * @throws IllegalArgumentException if the mutation does not apply to {@code document}
   */
  public Mutated apply(ScapDocument document) {
    return apply(document, 0);
  }

  /**
   * Breaks a document at one of the sites.
   *
   * @param document a valid document
   * @param choice which site: taken modulo the number of sites, so any number names one
   * @return the broken document and the problem expected
   * @throws NullPointerException if {@code document} is {@code null}
   * @throws IllegalArgumentException if the mutation does not apply to {@code document}
   */
  public Mutated apply(ScapDocument document, int choice) {
    List<Site> found = sites.apply(Objects.requireNonNull(document, "document"));
    if (found.isEmpty()) {
      throw new IllegalArgumentException(this + " does not apply to the document");
    }
    Broken broken = breaker.apply(document, found.get(Math.floorMod(choice, found.size())));
    return new Mutated(this, broken.document(), rule, broken.pointer());
  }

  private static Arbitrary<Integer> choices() {
    return Arbitraries.integers().between(0, MAX_CHOICE);
  }
}
