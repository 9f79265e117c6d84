package dev.scap.testkit.internal;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.EventOrganization;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Invitation;
import dev.scap.model.Metadata;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Partner;
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
import dev.scap.testkit.internal.Drafts.CityDraft;
import dev.scap.testkit.internal.Drafts.EventDraft;
import dev.scap.testkit.internal.Drafts.InvitationChoice;
import dev.scap.testkit.internal.Drafts.OrganizationChoice;
import dev.scap.testkit.internal.Drafts.SessionDraft;
import dev.scap.testkit.internal.Drafts.TableDraft;
import dev.scap.testkit.internal.Drafts.FocusDraft;
import dev.scap.testkit.internal.Drafts.OrganizationDraft;
import dev.scap.testkit.internal.Drafts.PartnerDraft;
import dev.scap.testkit.internal.Drafts.PlanDraft;
import dev.scap.testkit.internal.Drafts.ProjectDraft;
import dev.scap.testkit.internal.Drafts.TargetDraft;
import dev.scap.testkit.internal.Drafts.TaxonomyDraft;
import dev.scap.testkit.internal.Drafts.ThemeChoice;
import dev.scap.testkit.internal.Drafts.ThemeDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns drafts into a valid document: gives every object a unique id and resolves every
 * choice to an object that exists and that the rules allow. A pure function: the same drafts
 * always give the same document.
 */
public final class DocumentAssembly {

  private final List<Theme> themes = new ArrayList<>();
  private final Map<ThemeId, List<ThemeId>> narrower = new HashMap<>();
  private final List<Organization> organizations = new ArrayList<>();
  private final Ids projectIds = new Ids();

  private DocumentAssembly() {}

  /**
   * Assembles a document of the current format version.
   *
   * @param metadata its metadata
   * @param taxonomies its taxonomies, at least one
   * @param organizations its organizations
   * @param cities its cities, each with its plans
   * @param events its events
   * @param extensions its extensions
   * @return a document that validates without any problem
   */
  public static ScapDocument assemble(
      Metadata metadata,
      List<TaxonomyDraft> taxonomies,
      List<OrganizationDraft> organizations,
      List<CityDraft> cities,
      List<EventDraft> events,
      Extensions extensions) {
    DocumentAssembly assembly = new DocumentAssembly();
    List<Taxonomy> builtTaxonomies = assembly.taxonomies(taxonomies);
    assembly.organizations(organizations);
    List<City> builtCities = new ArrayList<>();
    List<Plan> plans = assembly.citiesAndPlans(cities, builtCities);
    Ids eventIds = new Ids();
    List<Event> builtEvents = new ArrayList<>();
    for (EventDraft event : events) {
      builtEvents.add(assembly.event(event, EventId.of(eventIds.next(event.body().id().value())),
          builtTaxonomies, builtCities));
    }
    return ScapDocument.builder()
        .metadata(metadata)
        .taxonomies(builtTaxonomies)
        .cities(builtCities)
        .organizations(assembly.organizations)
        .plans(plans)
        .events(builtEvents)
        .extensions(extensions)
        .build();
  }

  private Event event(EventDraft draft, EventId id, List<Taxonomy> taxonomies,
      List<City> cities) {
    Event body = draft.body();
    LocalDate end = body.start().plusDays(draft.length());
    Set<EventOrganization> roles = new LinkedHashSet<>();
    if (!organizations.isEmpty()) {
      for (OrganizationChoice choice : draft.organizations()) {
        roles.add(EventOrganization.of(organizationAt(choice.organizationChoice()),
            choice.role()));
      }
    }
    Set<CityId> invited = new LinkedHashSet<>();
    if (!cities.isEmpty()) {
      draft.cityChoices().forEach(c -> invited.add(cities.get(c % cities.size()).id()));
    }
    Ids sessionIds = new Ids();
    List<Session> sessions = new ArrayList<>();
    for (SessionDraft session : draft.sessions()) {
      sessions.add(session(session, SessionId.of(sessionIds.next(session.body().id().value())),
          body.start(), draft.length(), taxonomies, List.copyOf(invited)));
    }
    return new Event(id, body.name(), body.start(), end, body.venue(), List.copyOf(roles),
        List.copyOf(invited), sessions, body.note(), body.extensions());
  }

  private OrganizationId organizationAt(int choice) {
    return organizations.get(choice % organizations.size()).id();
  }

  private Session session(SessionDraft draft, SessionId id, LocalDate start, int length,
      List<Taxonomy> taxonomies, List<CityId> invited) {
    Session body = draft.body();
    boolean roundtable = body.kind() == SessionKind.ROUNDTABLE;
    LocalDate date = draft.dayChoice() == null
        ? null : start.plusDays(draft.dayChoice() % (length + 1));
    Taxonomy taxonomy = draft.taxonomyChoice() == null && !roundtable
        ? null : taxonomies.get((draft.taxonomyChoice() == null ? 0 : draft.taxonomyChoice())
            % taxonomies.size());
    Set<ThemeId> chosen = new LinkedHashSet<>();
    if (taxonomy != null) {
      List<Theme> candidates = taxonomy.themes();
      draft.themeChoices().forEach(c -> chosen.add(candidates.get(c % candidates.size()).id()));
      if (roundtable && chosen.isEmpty()) {
        chosen.add(candidates.get(0).id());
      }
    }
    List<ThemeId> sessionThemes = List.copyOf(chosen);
    List<SeatedTable> tables = new ArrayList<>();
    if (roundtable) {
      // Who sits, and who is invited, in each slot: a city or an organization is at one table
      // of a slot at most; tables without a slot are not yet placed and clash with none.
      Map<Integer, Set<Object>> taken = new HashMap<>();
      for (TableDraft table : draft.tables()) {
        tables.add(table(table, tables.size() + 1, sessionThemes, invited, taken));
      }
    }
    return new Session(id, body.kind(), body.title(), body.description(), date,
        taxonomy == null ? null : taxonomy.id(), sessionThemes, tables, body.extensions());
  }

  private SeatedTable table(TableDraft draft, int number, List<ThemeId> themes,
      List<CityId> invited, Map<Integer, Set<Object>> taken) {
    SeatedTable body = draft.body();
    Set<Object> busy = body.slot() == null
        ? new HashSet<>() : taken.computeIfAbsent(body.slot(), k -> new HashSet<>());
    List<CityId> guests = new ArrayList<>();
    for (int i = 0; i < invited.size() && guests.size() < draft.guests(); i++) {
      CityId city = invited.get((draft.guestChoice() + i) % invited.size());
      if (busy.add(city)) {
        guests.add(city);
      }
    }
    List<Invitation> partners = new ArrayList<>();
    if (!organizations.isEmpty()) {
      for (InvitationChoice choice : draft.partners()) {
        OrganizationId organization = organizationAt(choice.organizationChoice());
        if (busy.add(organization)) {
          partners.add(Invitation.of(organization, choice.note()));
        }
      }
    }
    Integer seats = draft.spareSeats() == null
        ? null : Math.max(1, guests.size() + draft.spareSeats());
    // a room holds one table a slot: a room already taken in this slot is left out
    String room = body.room() != null && !busy.add(List.of("room", body.room())) ? null
        : body.room();
    return new SeatedTable(number, themes.get(draft.themeChoice() % themes.size()), seats,
        guests, partners, body.slot(), room, body.extensions());
  }

  private List<Taxonomy> taxonomies(List<TaxonomyDraft> drafts) {
    Ids taxonomyIds = new Ids();
    Ids themeIds = new Ids();
    // Generated ids end in "-<number>" and built-in ones mostly do not, but reserving them
    // makes a clash impossible rather than unlikely.
    for (Taxonomy builtIn : BuiltInTaxonomies.all()) {
      taxonomyIds.reserve(builtIn.id().value());
      builtIn.themes().forEach(t -> themeIds.reserve(t.id().value()));
    }
    List<Taxonomy> taxonomies = new ArrayList<>();
    for (int t = 0; t < drafts.size(); t++) {
      TaxonomyDraft draft = drafts.get(t);
      Taxonomy taxonomy = draft.builtIn() && t < 2
          ? BuiltInTaxonomies.all().get(t)
          : generated(draft, taxonomyIds, themeIds);
      taxonomies.add(taxonomy);
      themes.addAll(taxonomy.themes());
    }
    for (Theme theme : themes) {
      if (theme.broader() != null) {
        narrower.computeIfAbsent(theme.broader(), k -> new ArrayList<>()).add(theme.id());
      }
    }
    return taxonomies;
  }

  private static Taxonomy generated(TaxonomyDraft draft, Ids taxonomyIds, Ids themeIds) {
    List<Theme> list = new ArrayList<>();
    for (int i = 0; i < draft.themes().size(); i++) {
      ThemeDraft theme = draft.themes().get(i);
      ThemeId broader = theme.broaderChoice() == null || i == 0
          ? null : list.get(theme.broaderChoice() % i).id();
      Theme body = theme.body();
      list.add(new Theme(ThemeId.of(themeIds.next(body.id().value())), body.label(),
          body.description(), broader, body.extensions()));
    }
    return new Taxonomy(TaxonomyId.of(taxonomyIds.next(draft.stem())), draft.name(), list,
        draft.extensions());
  }

  private void organizations(List<OrganizationDraft> drafts) {
    Ids ids = new Ids();
    for (OrganizationDraft draft : drafts) {
      Organization body = draft.body();
      Set<ThemeId> chosen = new LinkedHashSet<>();
      draft.themeChoices().forEach(c -> chosen.add(themes.get(c % themes.size()).id()));
      organizations.add(new Organization(OrganizationId.of(ids.next(body.id().value())),
          body.name(), body.kind(), body.country(), body.offers(), List.copyOf(chosen),
          body.extensions()));
    }
  }

  private record Placed(PlanDraft draft, CityId city) {}

  private List<Plan> citiesAndPlans(List<CityDraft> drafts, List<City> cities) {
    Ids cityIds = new Ids();
    List<Placed> placed = new ArrayList<>();
    for (CityDraft draft : drafts) {
      City body = draft.body();
      CityId id = CityId.of(cityIds.next(body.id().value()));
      cities.add(new City(id, body.name(), body.country(), body.population(), body.location(),
          body.networks(), body.extensions()));
      draft.plans().forEach(p -> placed.add(new Placed(p, id)));
    }
    // A stable sort: plans of one order keep the order of their cities, so that shrinking the
    // orders to 0 gives plans grouped by city, while other orders interleave cities' plans.
    placed.sort(Comparator.comparingInt(p -> p.draft().order()));
    Ids planIds = new Ids();
    List<Plan> plans = new ArrayList<>();
    for (Placed p : placed) {
      plans.add(plan(p.draft(), PlanId.of(planIds.next(p.draft().body().id().value())),
          p.city()));
    }
    return plans;
  }

  private Plan plan(PlanDraft draft, PlanId id, CityId city) {
    List<FocusArea> focusAreas = focusAreas(draft.focusAreas());
    List<Target> targets = new ArrayList<>();
    for (TargetDraft target : draft.targets()) {
      Target body = target.body();
      ThemeId theme = target.themeChoice() == null
          ? null : themes.get(target.themeChoice() % themes.size()).id();
      targets.add(new Target(body.description(), theme, body.year(), body.extensions()));
    }
    List<Project> projects = new ArrayList<>();
    for (ProjectDraft project : draft.projects()) {
      projects.add(project(project, focusAreas));
    }
    return draft.body().toBuilder()
        .id(id)
        .city(city)
        .focusAreas(focusAreas)
        .targets(targets)
        .projects(projects)
        .partners(partners(draft.partners()))
        .build();
  }

  private List<FocusArea> focusAreas(List<FocusDraft> drafts) {
    int count = themes.size();
    boolean[] taken = new boolean[count];
    Set<Integer> priorities = new HashSet<>();
    List<FocusArea> focusAreas = new ArrayList<>();
    for (FocusDraft draft : drafts.subList(0, Math.min(drafts.size(), count))) {
      // Probing for the next free theme (and priority) keeps both unique in a plan without
      // filtering, which would make generation slower and shrinking worse.
      int k = draft.themeChoice() % count;
      while (taken[k]) {
        k = (k + 1) % count;
      }
      taken[k] = true;
      Integer priority = draft.priority();
      if (priority != null) {
        while (!priorities.add(priority)) {
          priority++;
        }
      }
      focusAreas.add(new FocusArea(themes.get(k).id(), priority, draft.challenges(),
          draft.extensions()));
    }
    return focusAreas;
  }

  private Project project(ProjectDraft draft, List<FocusArea> focusAreas) {
    Set<ThemeId> chosen = new LinkedHashSet<>();
    for (ThemeChoice choice : draft.themes()) {
      ThemeId focus = focusAreas.get(choice.focusArea() % focusAreas.size()).theme();
      List<ThemeId> candidates = new ArrayList<>();
      candidates.add(focus);
      addNarrower(focus, candidates);
      chosen.add(candidates.get(choice.depth() % candidates.size()));
    }
    Project body = draft.body();
    return body.toBuilder()
        .id(ProjectId.of(projectIds.next(body.id().value())))
        .themes(List.copyOf(chosen))
        .partners(partners(draft.partners()))
        .build();
  }

  /** Adds every theme that refines {@code theme}, depth first, in document order. */
  private void addNarrower(ThemeId theme, List<ThemeId> into) {
    for (ThemeId child : narrower.getOrDefault(theme, List.of())) {
      into.add(child);
      addNarrower(child, into);
    }
  }

  private List<Partner> partners(List<PartnerDraft> drafts) {
    if (organizations.isEmpty()) {
      return List.of();
    }
    List<Partner> partners = new ArrayList<>();
    for (PartnerDraft draft : drafts) {
      Partner body = draft.body();
      partners.add(new Partner(
          organizations.get(draft.organizationChoice() % organizations.size()).id(),
          body.role(), body.support(), body.note(), body.extensions()));
    }
    return partners;
  }

  /**
   * Unique ids of one kind: the stem, a hyphen and a number that only grows, so two ids never
   * meet whatever their stems; the stem is cut where the whole would pass 64 characters.
   */
  private static final class Ids {
    private static final int MAX_LENGTH = 64;
    private final Set<String> taken = new HashSet<>();
    private int next;

    void reserve(String id) {
      taken.add(id);
    }

    String next(String stem) {
      while (true) {
        String suffix = "-" + next++;
        String start = stem.length() + suffix.length() > MAX_LENGTH
            ? stem.substring(0, MAX_LENGTH - suffix.length()) : stem;
        String id = start + suffix;
        if (taken.add(id)) {
          return id;
        }
      }
    }
  }
}
