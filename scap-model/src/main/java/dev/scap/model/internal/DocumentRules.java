package dev.scap.model.internal;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventOrganization;
import dev.scap.model.FocusArea;
import dev.scap.model.Identifier;
import dev.scap.model.Invitation;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules that span objects: unique ids, references that resolve, {@code broader} chains
 * without cycles, project themes within their plan's focus areas, and the events' sessions and
 * seatings consistent with their event. One pass over the document, in time linear in its size
 * (plus the length of the {@code broader} chains).
 *
 * <p>Time slots are numbered within a session (slot 1 is the session's first), so a city seated
 * at two tables of the same slot is checked within each roundtable session; tables of two
 * sessions never clash, whatever their dates, and a table without a slot is not yet placed and
 * clashes with none.
 */
public final class DocumentRules {

  private final ScapDocument document;
  private final IdRegistry ids;
  private List<Problem> problems = new ArrayList<>();
  private List<Problem> headerProblems = List.of();
  private final Map<ThemeId, ThemeAt> themes = new HashMap<>();
  /** For each theme, how many themes its {@code broader} chain visits, itself included. */
  private final Map<ThemeId, Integer> chainLengths = new HashMap<>();
  /** The themes on a {@code broader} cycle. */
  private final Set<ThemeId> onCycle = new HashSet<>();
  /** Whether a theme lies within the current plan's focus, kept after a long walk only. */
  private Map<ThemeId, Boolean> answered = new HashMap<>();
  /** The most themes of a {@code broader} cycle that its message names. */
  private static final int CYCLE_SHOWN = 10;
  /** The steps past which a walk up a chain keeps its answers. */
  private static final int LONG_WALK = 8;
  /** The projects a city's plan is expected to have at most, to size the maps of ids. */
  private static final int PROJECTS_A_CITY = 16;
  private Set<Identifier> cities = Set.of();
  private Set<Identifier> organizations = Set.of();
  /** The index of each taxonomy, by id: the first of two with one id. */
  private final Map<Identifier, Integer> taxonomyIndexes = new HashMap<>();
  /** The first version of the format that holds events. */
  private static final int[] EVENTS_SINCE = {1, 1};

  private record ThemeAt(Theme theme, int taxonomy, String pointer) {}

  /**
   * Remembers the ids of plans and projects already met, to find duplicates. The whole-document
   * check keeps each id with its place; a streaming reader may keep less.
   */
  public interface IdRegistry {
    /**
     * Records an id.
     *
     * @param kind {@code "plan"} or {@code "project"}
     * @param id the id
     * @param place where the object that has it is: its plan's index in the high 32 bits, and
     *     its index in the plan's projects + 1 in the low ones (0 for the plan itself)
     * @return {@code null} if the id is new, else the pointer of the object that had it first
     *     ({@code ""} if not known)
     */
    String register(String kind, Identifier id, long place);
  }

  /** Keeps each id with its place, packed, so that no pointer is built unless one repeats. */
  private static final class Places implements IdRegistry {
    private final Map<Identifier, Long> plans;
    private final Map<Identifier, Long> projects;

    Places(int plans, int projects) {
      this.plans = new HashMap<>(capacityFor(plans));
      this.projects = new HashMap<>(capacityFor(projects));
    }

    @Override
    public String register(String kind, Identifier id, long place) {
      Long earlier = (kind.equals("plan") ? plans : projects).putIfAbsent(id, place);
      return earlier == null ? null : pointer(earlier);
    }
  }

  private DocumentRules(ScapDocument header, IdRegistry ids) {
    this.document = header;
    this.ids = ids;
  }

  /**
   * Checks the rules across objects.
   *
   * @param document the document
   * @return the problems found, in document order
   */
  public static List<Problem> check(ScapDocument document) {
    List<Problem> problems = new ArrayList<>();
    check(document, problems::add);
    return problems;
  }

  /**
   * Checks the rules across objects, handing each plan's problems over as soon as that plan is
   * checked.
   *
   * @param document the document
   * @param sink takes the problems found, in document order
   */
  public static void check(ScapDocument document, Consumer<Problem> sink) {
    int projects = 0;
    for (Plan plan : document.plans()) {
      projects += plan.projects().size();
    }
    DocumentRules rules = forHeader(document, new Places(document.plans().size(), projects));
    rules.headerProblems().forEach(sink);
    for (int p = 0; p < document.plans().size(); p++) {
      rules.checkPlan(document.plans().get(p), p).forEach(sink);
    }
    rules.eventProblems(document).forEach(sink);
  }

  /**
   * The places of a document whose plans are not known yet, sized from its cities: a plan a
   * city and up to {@value #PROJECTS_A_CITY} projects each fit without the maps growing (at
   * 10,000 cities, growing them rehashed 175,000 ids eighteen times over).
   */
  private static Places expectedPlaces(ScapDocument header) {
    int cities = header.cities().size();
    // past a million ids, the maps grow as any would rather than take more up front
    return new Places(Math.min(cities, 1 << 20),
        (int) Math.min(1 << 20, (long) cities * PROJECTS_A_CITY));
  }

  /** A hash map's capacity that holds {@code entries} without growing. */
  private static int capacityFor(int entries) {
    return (int) Math.min(1 << 30, entries / 0.75 + 1);
  }

  /**
   * Starts checking a document plan by plan: indexes and checks everything but the plans.
   *
   * @param header the document; its plans are not looked at
   * @param ids where plan and project ids are remembered; {@code null} for a map that keeps
   *     each id with its place
   * @return the rules, ready for {@link #checkPlan}
   */
  public static DocumentRules forHeader(ScapDocument header, IdRegistry ids) {
    DocumentRules rules = new DocumentRules(header, ids == null ? expectedPlaces(header) : ids);
    rules.indexAndCheckIds();
    rules.measureChains();
    rules.checkBroader();
    rules.checkOrganizations();
    rules.headerProblems = List.copyOf(rules.problems);
    return rules;
  }

  /**
   * Returns the problems of everything but the plans.
   *
   * @return the problems, in document order
   */
  public List<Problem> headerProblems() {
    return headerProblems;
  }

  /**
   * Checks the events of a document against the rest of it: its header as given to
   * {@link #forHeader}, which the document must share.
   *
   * @param document the document, or its header once its events are known
   * @return the problems of its events, in document order
   */
  public List<Problem> eventProblems(ScapDocument document) {
    problems = new ArrayList<>();
    List<Event> events = document.events();
    if (events.isEmpty()) {
      return problems;
    }
    int[] version = Syntax.parseVersion(document.scapVersion());
    if (version != null && version[0] == EVENTS_SINCE[0] && version[1] < EVENTS_SINCE[1]) {
      problems.add(Rule.EVENTS_IN_OLD_VERSION.at("/events", "events came with format version "
          + "1.1, but the document declares scapVersion " + Quoted.value(document.scapVersion())
          + ": declare \"1.1\" to hold events"));
    }
    Map<Identifier, Integer> ids = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String at = "/events/" + i;
      Event event = events.get(i);
      Identifier id = event.id();
      if (id != null) {
        Integer first = ids.putIfAbsent(id, i);
        if (first != null) {
          problems.add(Rule.DUPLICATE_ID.at(at + "/id", "event id " + Quoted.value(id)
              + " is already the id of the event at /events/" + first));
        }
      }
      checkEvent(event, at);
    }
    return problems;
  }

  private void checkEvent(Event event, String at) {
    Set<EventOrganization> roles = new HashSet<>();
    for (int j = 0; j < event.organizations().size(); j++) {
      EventOrganization entry = event.organizations().get(j);
      String entryAt = at + "/organizations/" + j;
      unknownOrganization(entry.organization(), entryAt + "/organization");
      if (entry.organization() != null && entry.role() != null
          && !roles.add(EventOrganization.of(entry.organization(), entry.role()))) {
        problems.add(Rule.DUPLICATE_ENTRY.at(entryAt, "organization "
            + Quoted.value(entry.organization()) + " is listed as " + entry.role().code()
            + " more than once"));
      }
    }
    Set<CityId> invited = new HashSet<>();
    for (int j = 0; j < event.cities().size(); j++) {
      CityId city = event.cities().get(j);
      String cityAt = at + "/cities/" + j;
      unknownCity(city, cityAt);
      if (!invited.add(city)) {
        problems.add(Rule.DUPLICATE_ENTRY.at(cityAt, "city " + Quoted.value(city)
            + " is invited more than once"));
      }
    }
    Map<Identifier, Integer> sessionIds = new HashMap<>();
    for (int k = 0; k < event.sessions().size(); k++) {
      Session session = event.sessions().get(k);
      String sessionAt = at + "/sessions/" + k;
      if (session.id() != null) {
        Integer first = sessionIds.putIfAbsent(session.id(), k);
        if (first != null) {
          problems.add(Rule.DUPLICATE_ID.at(sessionAt + "/id", "session id "
              + Quoted.value(session.id()) + " is already the id of the session at " + at
              + "/sessions/" + first));
        }
      }
      checkSession(event, invited, session, sessionAt);
    }
  }

  private void checkSession(Event event, Set<CityId> invited, Session session, String at) {
    LocalDate date = session.date();
    if (date != null && (event.start() != null && date.isBefore(event.start())
        || event.end() != null && date.isAfter(event.end()))) {
      problems.add(Rule.DATE_OUTSIDE_EVENT.at(at + "/date", "session " + Quoted.value(session.id())
          + " is on " + date + ", outside its event's dates (" + event.start() + " to "
          + event.end() + ")"));
    }
    Integer taxonomy = null;
    if (session.taxonomy() != null) {
      taxonomy = taxonomyIndexes.get(session.taxonomy());
      if (taxonomy == null) {
        problems.add(Rule.UNKNOWN_REFERENCE.at(at + "/taxonomy", "taxonomy "
            + Quoted.value(session.taxonomy()) + " is not a taxonomy of the document"));
      }
    }
    for (int m = 0; m < session.themes().size(); m++) {
      ThemeId theme = session.themes().get(m);
      ThemeAt known = themes.get(theme);
      if (known == null) {
        unknownTheme(theme, at + "/themes/" + m);
      } else if (taxonomy != null && known.taxonomy() != taxonomy) {
        problems.add(Rule.THEME_OUTSIDE_TAXONOMY.at(at + "/themes/" + m, "theme "
            + Quoted.value(theme) + " is not of the session's taxonomy "
            + Quoted.value(session.taxonomy())));
      }
    }
    boolean roundtable = session.kind() == SessionKind.ROUNDTABLE;
    if (roundtable && session.taxonomy() == null) {
      problems.add(Rule.ROUNDTABLE_WITHOUT_THEMES.at(at + "/taxonomy", "roundtable session "
          + Quoted.value(session.id()) + " names no taxonomy for its themes"));
    }
    if (roundtable && session.themes().isEmpty()) {
      problems.add(Rule.ROUNDTABLE_WITHOUT_THEMES.at(at + "/themes", "roundtable session "
          + Quoted.value(session.id()) + " names no themes for its tables"));
    }
    if (session.kind() != null && !roundtable && !session.tables().isEmpty()) {
      problems.add(Rule.TABLES_OUTSIDE_ROUNDTABLE.at(at + "/tables", "session "
          + Quoted.value(session.id()) + " is a " + session.kind().code()
          + " session, but only a roundtable session holds tables"));
    }
    Set<ThemeId> sessionThemes = new HashSet<>(session.themes());
    Map<Integer, Integer> numbers = new HashMap<>();
    // the table that seats each city, and that invites each organization, in each slot
    Map<List<Object>, Integer> sittings = new HashMap<>();
    for (int t = 0; t < session.tables().size(); t++) {
      SeatedTable table = session.tables().get(t);
      String tableAt = at + "/tables/" + t;
      if (table.number() != null) {
        Integer first = numbers.putIfAbsent(table.number(), t);
        if (first != null) {
          problems.add(Rule.DUPLICATE_TABLE.at(tableAt + "/number", "table number "
              + table.number() + " is already the number of the table at " + at + "/tables/"
              + first));
        }
      }
      ThemeId theme = table.theme();
      if (isUnknown(theme)) {
        unknownTheme(theme, tableAt + "/theme");
      } else if (theme != null && !sessionThemes.isEmpty() && !sessionThemes.contains(theme)) {
        problems.add(Rule.THEME_OUTSIDE_SESSION.at(tableAt + "/theme", "theme "
            + Quoted.value(theme) + " of table " + table.number() + " is not a theme of session "
            + Quoted.value(session.id())));
      }
      checkGuests(invited, table, tableAt, t, at, sittings);
      checkPartners(table, tableAt, t, at, sittings);
      if (table.slot() != null && table.room() != null) {
        Integer other = sittings.putIfAbsent(List.of("room", table.slot(), table.room()), t);
        if (other != null) {
          problems.add(Rule.ROOM_TAKEN.at(tableAt + "/room", "room "
              + Quoted.value(table.room()) + " holds another table in slot " + table.slot()
              + ": the table at " + at + "/tables/" + other));
        }
      }
    }
  }

  private void checkGuests(Set<CityId> invited, SeatedTable table, String at, int index,
      String sessionAt, Map<List<Object>, Integer> sittings) {
    Set<CityId> seated = new HashSet<>();
    for (int g = 0; g < table.guests().size(); g++) {
      CityId city = table.guests().get(g);
      String guestAt = at + "/guests/" + g;
      if (!seated.add(city)) {
        problems.add(Rule.DUPLICATE_ENTRY.at(guestAt, "city " + Quoted.value(city)
            + " is seated at table " + table.number() + " more than once"));
        continue;
      }
      if (unknownCity(city, guestAt)) {
        continue;
      }
      if (!invited.isEmpty() && !invited.contains(city)) {
        problems.add(Rule.GUEST_NOT_INVITED.at(guestAt, "city " + Quoted.value(city)
            + " is seated at table " + table.number() + " but is not among its event's cities"));
      }
      if (table.slot() != null) {
        Integer other = sittings.putIfAbsent(List.of("city", table.slot(), city), index);
        if (other != null) {
          problems.add(Rule.SEATED_TWICE.at(guestAt, "city " + Quoted.value(city)
              + " is seated in slot " + table.slot() + " both here and at the table at "
              + sessionAt + "/tables/" + other));
        }
      }
    }
    if (table.seats() != null && table.seats() >= 1 && seated.size() > table.seats()) {
      problems.add(Rule.TABLE_OVER_CAPACITY.at(at + "/guests", "table " + table.number()
          + " seats " + seated.size() + " cities but has " + table.seats() + " seats"));
    }
  }

  private void checkPartners(SeatedTable table, String at, int index, String sessionAt,
      Map<List<Object>, Integer> sittings) {
    Set<Identifier> invited = new HashSet<>();
    for (int p = 0; p < table.partners().size(); p++) {
      Invitation invitation = table.partners().get(p);
      String partnerAt = at + "/partners/" + p;
      Identifier organization = invitation.organization();
      if (organization == null) {
        continue;
      }
      if (!invited.add(organization)) {
        problems.add(Rule.DUPLICATE_ENTRY.at(partnerAt, "organization "
            + Quoted.value(organization) + " is invited to table " + table.number()
            + " more than once"));
        continue;
      }
      if (unknownOrganization(organization, partnerAt + "/organization")) {
        continue;
      }
      if (table.slot() != null) {
        Integer other = sittings.putIfAbsent(List.of("organization", table.slot(), organization),
            index);
        if (other != null) {
          problems.add(Rule.INVITED_TWICE.at(partnerAt, "organization "
              + Quoted.value(organization) + " is invited in slot " + table.slot()
              + " both here and to the table at " + sessionAt + "/tables/" + other));
        }
      }
    }
  }

  /** Reports a city the document does not hold; tells whether it did. */
  private boolean unknownCity(CityId city, String at) {
    if (city == null || cities.contains(city)) {
      return false;
    }
    problems.add(Rule.UNKNOWN_REFERENCE.at(at, "city " + Quoted.value(city)
        + " is not a city of the document"));
    return true;
  }

  /** Reports an organization the document does not hold; tells whether it did. */
  private boolean unknownOrganization(Identifier organization, String at) {
    if (organization == null || organizations.contains(organization)) {
      return false;
    }
    problems.add(Rule.UNKNOWN_REFERENCE.at(at, "organization " + Quoted.value(organization)
        + " is not an organization of the document"));
    return true;
  }

  /**
   * Checks one plan against the header and the plans checked before it.
   *
   * @param plan the plan
   * @param index its index in the document's plans
   * @return its problems, in document order
   */
  public List<Problem> checkPlan(Plan plan, int index) {
    problems = new ArrayList<>();
    if (!answered.isEmpty()) {
      answered = new HashMap<>();  // the answers hold for one plan's focus areas
    }
    String at = "/plans/" + index;
    registerId("plan", plan.id(), index, -1);
    for (int i = 0; i < plan.projects().size(); i++) {
      registerId("project", plan.projects().get(i).id(), index, i);
    }
    checkPlan(plan, at);
    return problems;
  }

  private void registerId(String kind, Identifier id, int plan, int project) {
    if (id == null) {
      return;
    }
    String first = ids.register(kind, id, ((long) plan << 32) | (project + 1));
    if (first != null) {
      problems.add(Rule.DUPLICATE_ID.at(pointer(plan, project) + "/id", kind + " id "
          + Quoted.value(id) + " is already the id of " + (first.isEmpty() ? "an earlier " + kind
              : "the " + kind + " at " + first)));
    }
  }

  private static String pointer(int plan, int project) {
    return project < 0 ? "/plans/" + plan : "/plans/" + plan + "/projects/" + project;
  }

  private static String pointer(long place) {
    return pointer((int) (place >>> 32), (int) (place & 0xFFFFFFFFL) - 1);
  }

  /**
   * Measures every theme's {@code broader} chain once, and finds the cycles, in time linear in
   * the number of themes: each theme's length comes from its broader theme's.
   */
  private void measureChains() {
    for (ThemeId start : themes.keySet()) {
      List<ThemeId> path = new ArrayList<>();
      Map<ThemeId, Integer> onPath = new HashMap<>();
      int beyond = 0;
      ThemeId next = start;
      while (next != null && !chainLengths.containsKey(next)) {
        Integer at = onPath.get(next);
        if (at != null) {
          List<ThemeId> cycle = path.subList(at, path.size());
          for (ThemeId theme : cycle) {
            onCycle.add(theme);
            chainLengths.put(theme, cycle.size());
          }
          path = path.subList(0, at);
          break;
        }
        ThemeAt known = themes.get(next);
        if (known == null) {
          beyond = 1;  // an unknown theme ends the chain, which still visits it
          break;
        }
        onPath.put(next, path.size());
        path.add(next);
        next = known.theme().broader();
      }
      if (next != null && chainLengths.containsKey(next)) {
        beyond = chainLengths.get(next);
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        chainLengths.put(path.get(i), beyond + path.size() - i);
      }
    }
  }

  private void indexAndCheckIds() {
    Map<Identifier, String> taxonomyIds = new HashMap<>();
    Map<Identifier, String> themeIds = new HashMap<>();
    List<Taxonomy> taxonomies = document.taxonomies();
    for (int t = 0; t < taxonomies.size(); t++) {
      String at = "/taxonomies/" + t;
      if (unique(taxonomyIds, taxonomies.get(t).id(), at, "taxonomy")) {
        taxonomyIndexes.put(taxonomies.get(t).id(), t);
      }
      List<Theme> list = taxonomies.get(t).themes();
      for (int i = 0; i < list.size(); i++) {
        Theme theme = list.get(i);
        String themeAt = at + "/themes/" + i;
        if (unique(themeIds, theme.id(), themeAt, "theme")) {
          themes.put(theme.id(), new ThemeAt(theme, t, themeAt));
        }
      }
    }
    cities = uniqueEntries(document.cities(), City::id, "/cities/", "city");
    organizations = uniqueEntries(document.organizations(), Organization::id,
        "/organizations/", "organization");
  }

  /**
   * Records the ids of a list's entries, reporting each that is taken, and returns them. The
   * first entry of each id is kept by its index, so that no pointer is built unless one repeats:
   * a document may have many thousand cities.
   */
  private <T> Set<Identifier> uniqueEntries(List<T> entries, Function<T, Identifier> idOf,
      String list, String kind) {
    Map<Identifier, Integer> seen = new HashMap<>(capacityFor(entries.size()));
    for (int i = 0; i < entries.size(); i++) {
      Identifier id = idOf.apply(entries.get(i));
      if (id == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        problems.add(Rule.DUPLICATE_ID.at(list + i + "/id", kind + " id " + Quoted.value(id)
            + " is already the id of the " + kind + " at " + list + first));
      }
    }
    return seen.keySet();
  }

  /** Records an id; reports it if taken. Returns whether it was new. */
  private boolean unique(Map<Identifier, String> seen, Identifier id, String at, String kind) {
    if (id == null) {
      return false;
    }
    String first = seen.putIfAbsent(id, at);
    if (first != null) {
      problems.add(Rule.DUPLICATE_ID.at(at + "/id", kind + " id " + Quoted.value(id)
          + " is already the id of the " + kind + " at " + first));
      return false;
    }
    return true;
  }

  private void checkBroader() {
    Set<ThemeId> reportedCycles = new HashSet<>();
    List<Taxonomy> taxonomies = document.taxonomies();
    for (int t = 0; t < taxonomies.size(); t++) {
      List<Theme> list = taxonomies.get(t).themes();
      for (int i = 0; i < list.size(); i++) {
        Theme theme = list.get(i);
        if (theme.broader() == null) {
          continue;
        }
        String at = "/taxonomies/" + t + "/themes/" + i + "/broader";
        ThemeAt broader = themes.get(theme.broader());
        if (broader == null) {
          problems.add(Rule.UNKNOWN_REFERENCE.at(at, "broader theme " + Quoted.value(theme.broader())
              + " is not a theme of the document"));
        } else if (broader.taxonomy() != t) {
          problems.add(Rule.BROADER_OUTSIDE_TAXONOMY.at(at, "broader theme "
              + Quoted.value(theme.broader()) + " belongs to taxonomy "
              + Quoted.value(taxonomies.get(broader.taxonomy()).id()) + ", not to "
              + Quoted.value(taxonomies.get(t).id())));
        } else if (onCycle.contains(theme.id()) && !reportedCycles.contains(theme.id())) {
          List<ThemeId> cycle = cycleThrough(theme.id());
          if (!cycle.isEmpty()) {
            reportedCycles.addAll(cycle);
            problems.add(Rule.BROADER_CYCLE.at(at, "theme " + Quoted.value(theme.id())
                + " refines itself: " + chain(cycle)));
          }
        }
      }
    }
  }

  /**
   * A cycle as {@code a → b → c → a}; past {@value #CYCLE_SHOWN} themes, as its first ones and
   * {@code … and N more}, so that a long cycle gives a short message.
   */
  private static String chain(List<ThemeId> cycle) {
    String shown = cycle.stream().limit(CYCLE_SHOWN).map(id -> Quoted.name(id.value()))
        .collect(Collectors.joining(" → "));
    String more = cycle.size() > CYCLE_SHOWN
        ? " → … and " + (cycle.size() - CYCLE_SHOWN) + " more" : "";
    return shown + more + " → " + Quoted.name(cycle.get(0).value());
  }

  /** The themes met following {@code broader} from {@code start}, if the walk returns to it. */
  private List<ThemeId> cycleThrough(ThemeId start) {
    Set<ThemeId> path = new LinkedHashSet<>();
    ThemeId next = start;
    while (next != null && path.add(next)) {
      ThemeAt at = themes.get(next);
      next = at == null ? null : at.theme().broader();
    }
    return start.equals(next) ? List.copyOf(path) : List.of();
  }

  private void checkOrganizations() {
    List<Organization> list = document.organizations();
    for (int i = 0; i < list.size(); i++) {
      themeRefs(list.get(i).themes(), "/organizations/" + i + "/themes");
    }
  }

  private void checkPlan(Plan plan, String at) {
    if (plan.city() != null && !cities.contains(plan.city())) {
      problems.add(Rule.UNKNOWN_REFERENCE.at(at + "/city", "city " + Quoted.value(plan.city())
          + " is not a city of the document"));
    }
    // Pointers are built only for a problem: this runs for every reference of a document.
    List<FocusArea> focusAreas = plan.focusAreas();
    for (int i = 0; i < focusAreas.size(); i++) {
      ThemeId theme = focusAreas.get(i).theme();
      if (isUnknown(theme)) {
        unknownTheme(theme, at + "/focusAreas/" + i + "/theme");
      }
    }
    List<Target> targets = plan.targets();
    for (int i = 0; i < targets.size(); i++) {
      ThemeId theme = targets.get(i).theme();
      if (isUnknown(theme)) {
        unknownTheme(theme, at + "/targets/" + i + "/theme");
      }
    }
    Set<ThemeId> focus = new HashSet<>();
    for (FocusArea area : focusAreas) {
      if (area.theme() != null) {
        focus.add(area.theme());
      }
    }
    for (int i = 0; i < plan.projects().size(); i++) {
      Project project = plan.projects().get(i);
      List<ThemeId> projectThemes = project.themes();
      for (int k = 0; k < projectThemes.size(); k++) {
        ThemeId theme = projectThemes.get(k);
        if (isUnknown(theme)) {
          unknownTheme(theme, at + "/projects/" + i + "/themes/" + k);
        } else if (!withinFocus(theme, focus)) {
          problems.add(Rule.THEME_OUTSIDE_PLAN.at(at + "/projects/" + i + "/themes/" + k,
              "theme " + Quoted.value(theme) + " of project " + Quoted.value(project.id())
                  + " is not a focus area of plan " + Quoted.value(plan.id()) + " and refines none"));
        }
      }
      partnerRefs(project.partners(), at, i);
    }
    partnerRefs(plan.partners(), at, -1);
  }

  private boolean isUnknown(ThemeId theme) {
    return theme != null && !themes.containsKey(theme);
  }

  private void unknownTheme(ThemeId theme, String at) {
    problems.add(Rule.UNKNOWN_REFERENCE.at(at, "theme " + Quoted.value(theme)
        + " is not a theme of the document"));
  }

  private boolean withinFocus(ThemeId theme, Set<ThemeId> focus) {
    // Past its length a chain comes round a cycle (reported elsewhere) to themes already seen.
    ThemeId next = theme;
    int length = chainLengths.getOrDefault(theme, 1);
    Boolean within = null;
    int steps = 0;
    for (; next != null && steps < length; steps++) {
      if (focus.contains(next)) {
        within = true;
        break;
      }
      within = answered.isEmpty() ? null : answered.get(next);
      if (within != null) {
        break;
      }
      ThemeAt at = themes.get(next);
      next = at == null ? null : at.theme().broader();
    }
    boolean result = within != null && within;
    if (steps > LONG_WALK) {
      // Remember the answer for every theme on a long walk, so that the plan's other themes
      // on the same chain stop where this walk went: linear in the chain, not quadratic.
      ThemeId on = theme;
      for (int i = 0; i < steps; i++) {
        answered.put(on, result);
        ThemeAt at = themes.get(on);
        on = at == null ? null : at.theme().broader();
      }
    }
    return result;
  }


  private void themeRefs(List<ThemeId> refs, String at) {
    for (int i = 0; i < refs.size(); i++) {
      if (isUnknown(refs.get(i))) {
        unknownTheme(refs.get(i), at + "/" + i);
      }
    }
  }

  /** The partners of a plan, or of its project {@code project} (-1 for the plan's own). */
  private void partnerRefs(List<Partner> partners, String at, int project) {
    for (int i = 0; i < partners.size(); i++) {
      Identifier organization = partners.get(i).organization();
      if (organization != null && !organizations.contains(organization)) {
        String path = project < 0 ? "/partners/" : "/projects/" + project + "/partners/";
        problems.add(Rule.UNKNOWN_REFERENCE.at(at + path + i + "/organization",
            "organization " + Quoted.value(organization) + " is not an organization of the document"));
      }
    }
  }
}
