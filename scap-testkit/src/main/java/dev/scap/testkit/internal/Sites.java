package dev.scap.testkit.internal;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The places of a document where a mutation can apply, in document order. Each method names
 * what its sites' indexes are.
 */
public final class Sites {

  private Sites() {}

  /**
   * The document as a whole.
   *
   * @param document the document
   * @return one site
   */
  public static List<Site> document(ScapDocument document) {
    return List.of(Site.of());
  }

  /**
   * Every taxonomy.
   *
   * @param document the document
   * @return (taxonomy)
   */
  public static List<Site> taxonomies(ScapDocument document) {
    return indexes(document.taxonomies().size());
  }

  /**
   * Every taxonomy that no session names.
   *
   * @param document the document
   * @return (taxonomy)
   */
  public static List<Site> unnamedTaxonomies(ScapDocument document) {
    Set<TaxonomyId> named = new HashSet<>();
    document.events().forEach(e -> e.sessions().forEach(k -> named.add(k.taxonomy())));
    return taxonomies(document).stream()
        .filter(s -> !named.contains(document.taxonomies().get(s.a()).id())).toList();
  }

  /**
   * Every taxonomy but the first that no session names.
   *
   * @param document the document
   * @return (taxonomy)
   */
  public static List<Site> laterUnnamedTaxonomies(ScapDocument document) {
    return unnamedTaxonomies(document).stream().filter(s -> s.a() > 0).toList();
  }

  /**
   * Every taxonomy but the first.
   *
   * @param document the document
   * @return (taxonomy)
   */
  public static List<Site> laterTaxonomies(ScapDocument document) {
    return taxonomies(document).stream().filter(s -> s.a() > 0).toList();
  }

  /**
   * Every theme.
   *
   * @param document the document
   * @return (taxonomy, theme)
   */
  public static List<Site> themes(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int t = 0; t < document.taxonomies().size(); t++) {
      for (int i = 0; i < document.taxonomies().get(t).themes().size(); i++) {
        sites.add(Site.of(t, i));
      }
    }
    return sites;
  }

  /**
   * Every theme that refines no other.
   *
   * @param document the document
   * @return (taxonomy, theme)
   */
  public static List<Site> topLevelThemes(ScapDocument document) {
    return themes(document).stream().filter(s -> theme(document, s).broader() == null).toList();
  }

  /**
   * Every theme that refines no other, in a document of several taxonomies.
   *
   * @param document the document
   * @return (taxonomy, theme)
   */
  public static List<Site> topLevelThemesBesideTaxonomy(ScapDocument document) {
    return document.taxonomies().size() < 2 ? List.of() : topLevelThemes(document);
  }

  /**
   * Every theme that refines a top-level theme of its taxonomy.
   *
   * @param document the document
   * @return (taxonomy, theme)
   */
  public static List<Site> themesUnderTopLevel(ScapDocument document) {
    return themes(document).stream().filter(s -> {
      ThemeId broader = theme(document, s).broader();
      return broader != null && indexOf(document.taxonomies().get(s.a()), broader)
          .map(k -> document.taxonomies().get(s.a()).themes().get(k).broader() == null)
          .orElse(false);
    }).toList();
  }

  /**
   * Every theme of a taxonomy that another follows.
   *
   * @param document the document
   * @return (taxonomy, theme)
   */
  public static List<Site> themesBeforeLastTaxonomy(ScapDocument document) {
    int last = document.taxonomies().size() - 1;
    return themes(document).stream().filter(s -> s.a() < last).toList();
  }

  /**
   * Every city.
   *
   * @param document the document
   * @return (city)
   */
  public static List<Site> cities(ScapDocument document) {
    return indexes(document.cities().size());
  }

  /**
   * Every organization.
   *
   * @param document the document
   * @return (organization)
   */
  public static List<Site> organizations(ScapDocument document) {
    return indexes(document.organizations().size());
  }

  /**
   * Every plan.
   *
   * @param document the document
   * @return (plan)
   */
  public static List<Site> plans(ScapDocument document) {
    return indexes(document.plans().size());
  }

  /**
   * Every plan but the first.
   *
   * @param document the document
   * @return (plan)
   */
  public static List<Site> laterPlans(ScapDocument document) {
    return plans(document).stream().filter(s -> s.a() > 0).toList();
  }

  /**
   * Every plan with a period.
   *
   * @param document the document
   * @return (plan)
   */
  public static List<Site> plansWithPeriod(ScapDocument document) {
    return plans(document).stream()
        .filter(s -> document.plans().get(s.a()).period() != null).toList();
  }

  /**
   * Every focus area.
   *
   * @param document the document
   * @return (plan, focus area)
   */
  public static List<Site> focusAreas(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int p = 0; p < document.plans().size(); p++) {
      for (int j = 0; j < document.plans().get(p).focusAreas().size(); j++) {
        sites.add(Site.of(p, j));
      }
    }
    return sites;
  }

  /**
   * Every focus area that an earlier focus area of its plan with a priority comes before.
   *
   * @param document the document
   * @return (plan, focus area)
   */
  public static List<Site> focusAreasAfterPriority(ScapDocument document) {
    return focusAreas(document).stream()
        .filter(s -> firstPriority(document.plans().get(s.a())) < s.b()).toList();
  }

  /**
   * Returns the index of the first focus area of a plan that has a priority.
   *
   * @param plan the plan
   * @return the index, or the number of focus areas if none has one
   */
  public static int firstPriority(Plan plan) {
    List<FocusArea> focusAreas = plan.focusAreas();
    int j = 0;
    while (j < focusAreas.size() && focusAreas.get(j).priority() == null) {
      j++;
    }
    return j;
  }

  /**
   * Every target.
   *
   * @param document the document
   * @return (plan, target)
   */
  public static List<Site> targets(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int p = 0; p < document.plans().size(); p++) {
      for (int k = 0; k < document.plans().get(p).targets().size(); k++) {
        sites.add(Site.of(p, k));
      }
    }
    return sites;
  }

  /**
   * Every partner of a plan as a whole.
   *
   * @param document the document
   * @return (plan, partner)
   */
  public static List<Site> planPartners(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int p = 0; p < document.plans().size(); p++) {
      for (int k = 0; k < document.plans().get(p).partners().size(); k++) {
        sites.add(Site.of(p, k));
      }
    }
    return sites;
  }

  /**
   * Every project.
   *
   * @param document the document
   * @return (plan, project)
   */
  public static List<Site> projects(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int p = 0; p < document.plans().size(); p++) {
      for (int i = 0; i < document.plans().get(p).projects().size(); i++) {
        sites.add(Site.of(p, i));
      }
    }
    return sites;
  }

  /**
   * Every project with a cost.
   *
   * @param document the document
   * @return (plan, project)
   */
  public static List<Site> projectsWithCost(ScapDocument document) {
    return projects(document).stream().filter(s -> project(document, s).cost() != null)
        .toList();
  }

  /**
   * Every project with a start date.
   *
   * @param document the document
   * @return (plan, project)
   */
  public static List<Site> projectsWithStart(ScapDocument document) {
    return projects(document).stream().filter(s -> project(document, s).start() != null)
        .toList();
  }

  /**
   * Every project of a plan that an earlier plan with projects comes before.
   *
   * @param document the document
   * @return (the nearest earlier plan with projects, plan, project)
   */
  public static List<Site> projectsAfterPlanWithProjects(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    int earlier = -1;
    for (int p = 0; p < document.plans().size(); p++) {
      int count = document.plans().get(p).projects().size();
      if (earlier >= 0) {
        for (int i = 0; i < count; i++) {
          sites.add(Site.of(earlier, p, i));
        }
      }
      if (count > 0) {
        earlier = p;
      }
    }
    return sites;
  }

  /**
   * Every project for which the document holds a theme that is neither a focus area of the
   * project's plan nor refines one.
   *
   * @param document the document
   * @return (plan, project)
   */
  public static List<Site> projectsWithThemeOutsidePlan(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int p = 0; p < document.plans().size(); p++) {
      Plan plan = document.plans().get(p);
      if (!plan.projects().isEmpty() && themeOutside(document, plan).isPresent()) {
        for (int i = 0; i < plan.projects().size(); i++) {
          sites.add(Site.of(p, i));
        }
      }
    }
    return sites;
  }

  /**
   * Returns the first theme of the document that is neither a focus area of a plan nor
   * refines one.
   *
   * @param document the document
   * @param plan the plan
   * @return the theme, empty if every theme is within the plan's focus
   */
  public static Optional<ThemeId> themeOutside(ScapDocument document, Plan plan) {
    Set<ThemeId> focus = new HashSet<>();
    plan.focusAreas().forEach(f -> focus.add(f.theme()));
    return document.taxonomies().stream().flatMap(t -> t.themes().stream()).map(Theme::id)
        .filter(id -> !focus.contains(id)
            && document.broaderChain(id).stream().noneMatch(b -> focus.contains(b.id())))
        .findFirst();
  }

  /**
   * Every partner of a project.
   *
   * @param document the document
   * @return (plan, project, partner)
   */
  public static List<Site> projectPartners(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (Site s : projects(document)) {
      for (int k = 0; k < project(document, s).partners().size(); k++) {
        sites.add(Site.of(s.a(), s.b(), k));
      }
    }
    return sites;
  }

  /**
   * Every indicator of a project.
   *
   * @param document the document
   * @return (plan, project, indicator)
   */
  public static List<Site> indicators(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (Site s : projects(document)) {
      for (int k = 0; k < project(document, s).indicators().size(); k++) {
        sites.add(Site.of(s.a(), s.b(), k));
      }
    }
    return sites;
  }

  /**
   * Returns the index of a theme in a taxonomy.
   *
   * @param taxonomy the taxonomy
   * @param id the theme's id
   * @return its index, empty if the taxonomy does not hold it
   */
  public static Optional<Integer> indexOf(Taxonomy taxonomy, ThemeId id) {
    for (int i = 0; i < taxonomy.themes().size(); i++) {
      if (id.equals(taxonomy.themes().get(i).id())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Theme theme(ScapDocument document, Site s) {
    return document.taxonomies().get(s.a()).themes().get(s.b());
  }

  private static Project project(ScapDocument document, Site s) {
    return document.plans().get(s.a()).projects().get(s.b());
  }

  private static List<Site> indexes(int count) {
    List<Site> sites = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sites.add(Site.of(i));
    }
    return sites;
  }

  // Events (format 1.1): (event), (event, session) and (event, session, table).

  /**
   * Every document that holds events.
   *
   * @param document the document
   * @return one site, or none
   */
  public static List<Site> documentWithEvents(ScapDocument document) {
    return document.events().isEmpty() ? List.of() : List.of(Site.of());
  }

  /**
   * Every event that invites a city.
   *
   * @param document the document
   * @return (event)
   */
  public static List<Site> eventsWithCities(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int e = 0; e < document.events().size(); e++) {
      if (!document.events().get(e).cities().isEmpty()) {
        sites.add(Site.of(e));
      }
    }
    return sites;
  }

  /**
   * Every session.
   *
   * @param document the document
   * @return (event, session)
   */
  public static List<Site> sessions(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (int e = 0; e < document.events().size(); e++) {
      for (int k = 0; k < document.events().get(e).sessions().size(); k++) {
        sites.add(Site.of(e, k));
      }
    }
    return sites;
  }

  /**
   * Every roundtable session.
   *
   * @param document the document
   * @return (event, session)
   */
  public static List<Site> roundtables(ScapDocument document) {
    return sessions(document).stream()
        .filter(s -> session(document, s).kind() == SessionKind.ROUNDTABLE).toList();
  }

  /**
   * Every session of another kind than roundtable.
   *
   * @param document the document
   * @return (event, session)
   */
  public static List<Site> otherSessions(ScapDocument document) {
    return sessions(document).stream()
        .filter(s -> session(document, s).kind() != SessionKind.ROUNDTABLE).toList();
  }

  /**
   * Every roundtable session when the document has a theme of another taxonomy than the
   * session's.
   *
   * @param document the document
   * @return (event, session)
   */
  public static List<Site> roundtablesBesideTaxonomy(ScapDocument document) {
    return roundtables(document).stream()
        .filter(s -> foreignTheme(document, session(document, s)).isPresent()).toList();
  }

  /**
   * A theme of the document of another taxonomy than the session's.
   *
   * @param document the document
   * @param session the session
   * @return the first such theme
   */
  public static Optional<ThemeId> foreignTheme(ScapDocument document, Session session) {
    // A taxonomy that an earlier mutation left without an id is another taxonomy too.
    return document.taxonomies().stream()
        .filter(t -> !Objects.equals(t.id(), session.taxonomy()))
        .flatMap(t -> t.themes().stream()).map(Theme::id).filter(Objects::nonNull).findFirst();
  }

  /**
   * Every table of a roundtable session.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> tables(ScapDocument document) {
    List<Site> sites = new ArrayList<>();
    for (Site s : roundtables(document)) {
      for (int t = 0; t < session(document, s).tables().size(); t++) {
        sites.add(Site.of(s.a(), s.b(), t));
      }
    }
    return sites;
  }

  /**
   * Every table but the first of its session.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> laterTables(ScapDocument document) {
    return tables(document).stream().filter(s -> s.c() > 0).toList();
  }

  /**
   * Every table that seats two cities or more.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> tablesOfSeveralGuests(ScapDocument document) {
    return tables(document).stream().filter(s -> table(document, s).guests().size() >= 2)
        .toList();
  }

  /**
   * Every table that has a slot.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> placedTables(ScapDocument document) {
    return tables(document).stream().filter(s -> table(document, s).slot() != null).toList();
  }

  /**
   * Every table that has a slot and at least one guest.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> placedTablesWithGuests(ScapDocument document) {
    return tables(document).stream().filter(s -> table(document, s).slot() != null
        && !table(document, s).guests().isEmpty()).toList();
  }

  /**
   * Every table in a slot that invites an organization.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> placedTablesWithPartners(ScapDocument document) {
    return tables(document).stream().filter(s -> table(document, s).slot() != null
        && !table(document, s).partners().isEmpty()).toList();
  }

  /**
   * Every table when the document has a theme that is not one of the table's session's.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> tablesBesideSessionThemes(ScapDocument document) {
    return tables(document).stream()
        .filter(s -> themeOutside(document, session(document, s)).isPresent()).toList();
  }

  /**
   * A theme of the document that is not one of a session's.
   *
   * @param document the document
   * @param session the session
   * @return the first such theme
   */
  public static Optional<ThemeId> themeOutside(ScapDocument document, Session session) {
    return document.taxonomies().stream().flatMap(t -> t.themes().stream()).map(Theme::id)
        .filter(id -> !session.themes().contains(id)).findFirst();
  }

  /**
   * Every table that seats a city when the document has a city that its event does not invite.
   *
   * @param document the document
   * @return (event, session, table)
   */
  public static List<Site> tablesWithGuestsBesideUninvited(ScapDocument document) {
    return tables(document).stream().filter(s -> !table(document, s).guests().isEmpty()
        && uninvited(document, document.events().get(s.a())).isPresent()).toList();
  }

  /**
   * A city of the document that an event does not invite.
   *
   * @param document the document
   * @param event the event
   * @return the first such city
   */
  public static Optional<CityId> uninvited(ScapDocument document, Event event) {
    if (event.cities().isEmpty()) {
      return Optional.empty();  // an event that lists no city invites every one
    }
    return document.cities().stream().map(City::id).filter(id -> !event.cities().contains(id))
        .findFirst();
  }

  /**
   * The session at a site of (event, session).
   *
   * @param document the document
   * @param site the site
   * @return the session
   */
  public static Session session(ScapDocument document, Site site) {
    return document.events().get(site.a()).sessions().get(site.b());
  }

  /**
   * The table at a site of (event, session, table).
   *
   * @param document the document
   * @param site the site
   * @return the table
   */
  public static SeatedTable table(ScapDocument document, Site site) {
    return session(document, site).tables().get(site.c());
  }
}
