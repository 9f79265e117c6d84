package dev.scap.model.internal;

import dev.scap.model.City;
import dev.scap.model.Event;
import dev.scap.model.EventOrganization;
import dev.scap.model.FocusArea;
import dev.scap.model.Identifier;
import dev.scap.model.Indicator;
import dev.scap.model.Invitation;
import dev.scap.model.Location;
import dev.scap.model.Money;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import dev.scap.model.internal.constraints.NotBlankValidator;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells, without Hibernate Validator, that an object of the model breaks none of its Bean
 * Validation constraints, those of the objects it cascades into included. A document holds
 * thousands of plans and cities, nearly always valid, and Hibernate Validator's cascade (a
 * property path, a context and a lookup for every value) costs more than reading them; an
 * object this finds valid needs no validation, and only the others go to Hibernate Validator,
 * which then finds and words their problems.
 *
 * <p>Each check states the constraints of the model's components as the validators of
 * {@link BeanValidation} judge them, and answers {@code true} exactly when Hibernate Validator
 * finds no violation: never for an object with a violation, and for every valid plan, city and
 * organization, so that it spares the work it can. Types it does not know are left to Hibernate
 * Validator. Stateless and thread-safe.
 */
public final class PlainlyValid {

  private static final BigDecimal LATITUDE = BigDecimal.valueOf(90);
  private static final BigDecimal LONGITUDE = BigDecimal.valueOf(180);

  /**
   * Theme ids lately found to be identifiers, each in the slot of its hash. A parsed document
   * shares one object for each theme id wherever it recurs, a few dozen themes named hundreds of
   * thousands of times, so most mentions are an object found valid before, which needs no
   * check of its characters again. Shared by the threads without a lock: a slot holds a valid
   * id or nothing, an id's validity depends on its value alone, and a slot taken by another id
   * only costs a check again. It holds a few hundred small objects at most.
   */
  private static final ThemeId[] VALID_THEMES = new ThemeId[256];

  private PlainlyValid() {}

  /**
   * Tells whether an object surely breaks no constraint.
   *
   * @param object an object of the model, or any object
   * @return {@code true} if it is a plan, city, organization, focus area or other object this
   *     knows and no constraint of it, or of what it cascades into, is broken; {@code false} if
   *     one is, or the object is of a type left to Hibernate Validator
   */
  public static boolean test(Object object) {
    if (object instanceof Plan plan) {
      return plan(plan);
    }
    if (object instanceof City city) {
      return city(city);
    }
    if (object instanceof Organization organization) {
      return organization(organization);
    }
    if (object instanceof FocusArea area) {
      return focusArea(area);
    }
    if (object instanceof Project project) {
      return project(project);
    }
    if (object instanceof ScapDocument document) {
      return document(document);
    }
    return false;
  }

  /**
   * Tells whether a plan, its focus areas, targets, projects and partners included, breaks no
   * constraint.
   *
   * @param plan the plan
   * @return {@code true} if no constraint is broken
   */
  public static boolean plan(Plan plan) {
    if (!identifier(plan.id()) || !identifier(plan.city()) || !notBlank(plan.title())
        || !period(plan.period())) {
      return false;
    }
    List<FocusArea> areas = plan.focusAreas();
    if (areas == null || areas.isEmpty() || !distinctPrioritiesAndThemes(areas)) {
      return false;
    }
    // Indexed loops here and below: the model's lists are random access, and each iterator
    // would be an object of its own where the quick compiler runs this code, once a plan.
    for (int i = 0; i < areas.size(); i++) {
      FocusArea area = areas.get(i);
      if (area == null || !focusArea(area)) {
        return false;
      }
    }
    List<? extends Target> targets = list(plan.targets());
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      if (target == null || !notBlank(target.description())
          || target.theme() != null && !identifier(target.theme())) {
        return false;
      }
    }
    List<? extends Project> projects = list(plan.projects());
    for (int i = 0; i < projects.size(); i++) {
      Project project = projects.get(i);
      if (project == null || !project(project)) {
        return false;
      }
    }
    return partners(plan.partners());
  }

  /**
   * Tells whether a city breaks no constraint.
   *
   * @param city the city
   * @return {@code true} if no constraint is broken
   */
  public static boolean city(City city) {
    if (!identifier(city.id()) || !notBlank(city.name()) || city.country() == null
        || !Syntax.isCountry(city.country())
        || city.population() != null && city.population() < 0) {
      return false;
    }
    Location location = city.location();
    if (location != null && (!within(location.lat(), LATITUDE)
        || !within(location.lon(), LONGITUDE))) {
      return false;
    }
    for (String network : list(city.networks())) {
      if (network != null && !Syntax.isIdentifier(network)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether an organization breaks no constraint.
   *
   * @param organization the organization
   * @return {@code true} if no constraint is broken
   */
  public static boolean organization(Organization organization) {
    if (!identifier(organization.id()) || !notBlank(organization.name())
        || organization.kind() == null
        || organization.country() != null && !Syntax.isCountry(organization.country())) {
      return false;
    }
    return themes(organization.themes());
  }

  /**
   * Tells whether a document but its cities, organizations and plans breaks no constraint:
   * its format version, metadata, taxonomies and events.
   *
   * @param document the document
   * @return {@code true} if none of those constraints is broken
   */
  public static boolean header(ScapDocument document) {
    String version = document.scapVersion();
    if (version == null || Syntax.parseVersion(version) == null
        || !Syntax.isReadableVersion(version)) {
      return false;
    }
    List<Taxonomy> taxonomies = document.taxonomies();
    if (taxonomies == null || taxonomies.isEmpty()) {
      return false;
    }
    for (Taxonomy taxonomy : taxonomies) {
      if (taxonomy == null || !identifier(taxonomy.id()) || !notBlank(taxonomy.name())
          || taxonomy.themes() == null || taxonomy.themes().isEmpty()) {
        return false;
      }
      for (Theme theme : taxonomy.themes()) {
        if (theme == null || !identifier(theme.id()) || !notBlank(theme.label())
            || theme.broader() != null && !identifier(theme.broader())) {
          return false;
        }
      }
    }
    for (Event event : list(document.events())) {
      if (event == null || !event(event)) {
        return false;
      }
    }
    return true;
  }

  private static boolean event(Event event) {
    if (!identifier(event.id()) || !notBlank(event.name()) || event.start() == null
        || event.end() == null || event.end().isBefore(event.start())) {
      return false;
    }
    Venue venue = event.venue();
    if (venue != null && (!notBlank(venue.name())
        || venue.country() != null && !Syntax.isCountry(venue.country()))) {
      return false;
    }
    for (EventOrganization organization : list(event.organizations())) {
      if (organization == null || !identifier(organization.organization())
          || organization.role() == null) {
        return false;
      }
    }
    if (!identifiers(event.cities())) {
      return false;
    }
    for (Session session : list(event.sessions())) {
      if (session == null || !session(session)) {
        return false;
      }
    }
    return true;
  }

  private static boolean session(Session session) {
    if (!identifier(session.id()) || session.kind() == null || !notBlank(session.title())
        || session.taxonomy() != null && !identifier(session.taxonomy())
        || !themes(session.themes())) {
      return false;
    }
    for (SeatedTable table : list(session.tables())) {
      if (table == null || table.number() == null || table.number() < 1
          || !identifier(table.theme()) || table.seats() != null && table.seats() < 1
          || table.slot() != null && table.slot() < 1 || !identifiers(table.guests())) {
        return false;
      }
      for (Invitation invitation : list(table.partners())) {
        if (invitation == null || !identifier(invitation.organization())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean document(ScapDocument document) {
    if (!header(document)) {
      return false;
    }
    for (City city : list(document.cities())) {
      if (city == null || !city(city)) {
        return false;
      }
    }
    for (Organization organization : list(document.organizations())) {
      if (organization == null || !organization(organization)) {
        return false;
      }
    }
    for (Plan plan : list(document.plans())) {
      if (plan == null || !plan(plan)) {
        return false;
      }
    }
    return true;
  }

  private static boolean focusArea(FocusArea area) {
    return identifier(area.theme()) && (area.priority() == null || area.priority() >= 1);
  }

  private static boolean project(Project project) {
    if (!identifier(project.id()) || !notBlank(project.title())) {
      return false;
    }
    List<ThemeId> themes = project.themes();
    if (themes == null || themes.isEmpty() || !themes(themes)) {
      return false;
    }
    if (project.start() != null && project.end() != null
        && project.end().isBefore(project.start())) {
      return false;
    }
    Money cost = project.cost();
    if (cost != null && (cost.amount() == null || cost.amount().signum() < 0
        || cost.currency() == null || !Syntax.isCurrency(cost.currency()))) {
      return false;
    }
    List<? extends Indicator> indicators = list(project.indicators());
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator == null || !notBlank(indicator.name())) {
        return false;
      }
    }
    return partners(project.partners());
  }

  private static boolean partners(List<Partner> given) {
    List<? extends Partner> partners = list(given);
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      if (partner == null || !identifier(partner.organization()) || partner.role() == null) {
        return false;
      }
    }
    return true;
  }

  private static boolean themes(List<ThemeId> themes) {
    return identifiers(themes);
  }

  /** {@code List<@ValidIdentifier X>}: a null element breaks no constraint. */
  private static boolean identifiers(List<? extends Identifier> given) {
    List<? extends Identifier> ids = list(given);
    for (int i = 0; i < ids.size(); i++) {
      Identifier id = ids.get(i);
      if (id != null && !identifier(id)) {
        return false;
      }
    }
    return true;
  }

  private static boolean period(Period period) {
    return period == null
        || period.start() != null && period.end() != null && period.end() >= period.start();
  }

  /** No two focus areas share a priority, or a theme; as the constraints do, nulls repeat none. */
  private static boolean distinctPrioritiesAndThemes(List<FocusArea> areas) {
    int size = areas.size();
    if (size <= 16) {
      for (int i = 1; i < size; i++) {
        FocusArea a = areas.get(i);
        if (a == null) {
          return false;
        }
        for (int j = 0; j < i; j++) {
          FocusArea b = areas.get(j);
          if (b == null || a.priority() != null && a.priority().equals(b.priority())
              || a.theme() != null && a.theme().equals(b.theme())) {
            return false;
          }
        }
      }
      return true;
    }
    Set<Integer> priorities = new HashSet<>();
    Set<ThemeId> themes = new HashSet<>();
    for (FocusArea area : areas) {
      if (area == null || area.priority() != null && !priorities.add(area.priority())
          || area.theme() != null && !themes.add(area.theme())) {
        return false;
      }
    }
    return true;
  }

  /** {@code @NotNull @ValidIdentifier}; a theme id found valid lately is not checked again. */
  private static boolean identifier(Identifier id) {
    if (id instanceof ThemeId theme) {
      int slot = theme.hashCode() & (VALID_THEMES.length - 1);
      if (VALID_THEMES[slot] == theme) {
        return true;
      }
      if (!Syntax.isIdentifier(theme.value())) {
        return false;
      }
      VALID_THEMES[slot] = theme;
      return true;
    }
    return id != null && Syntax.isIdentifier(id.value());
  }

  /** {@code @NotBlank} as {@link NotBlankValidator} has it. */
  private static boolean notBlank(String text) {
    return NotBlankValidator.isNotBlank(text);
  }

  /** {@code @NotNull} and within [-limit, limit], as the coordinate constraints have it. */
  private static boolean within(BigDecimal value, BigDecimal limit) {
    return value != null && value.abs().compareTo(limit) <= 0;
  }

  private static <T> List<? extends T> list(List<? extends T> list) {
    return list == null ? List.of() : list;
  }
}
