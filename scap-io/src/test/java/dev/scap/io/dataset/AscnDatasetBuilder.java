package dev.scap.io.dataset;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.EventOrganization;
import dev.scap.model.EventRole;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Identifier;
import dev.scap.model.Metadata;
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
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.model.SessionKind;
import dev.scap.model.SupportType;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds scap's built-in ASCN dataset from the fact tables in {@code ascn/} beside this class
 * (copied from the project's shared data, with their README and its cautions).
 *
 * <p>The result depends on the tables alone: the same tables give the same document, and so the
 * same canonical bytes. Anything the tables say that the dataset cannot represent faithfully (an
 * unknown city, organization, theme, support type or source code, a partnership naming a project
 * of another city, a pilot city without a plan) stops the build with an
 * {@link IllegalStateException} that names the file and line.
 */
final class AscnDatasetBuilder {

  /** When the dataset was made; fixed so that the build is reproducible. */
  static final LocalDate CREATED = LocalDate.of(2026, 11, 27);

  /** The as-of date of the compendium "Smart City Action Plans (as of 8 July 2018)". */
  static final LocalDate COMPENDIUM_DATE = LocalDate.of(2018, 7, 8);

  /** The year of the pilot cities; later members have no 2018 plan. */
  static final int PILOT_YEAR = 2018;

  static final String NETWORK = "ascn";

  static final String X_ALIASES = "x-aliases";
  static final String X_MEMBER_SINCE = "x-ascn-member-since";
  static final String X_AREA = "x-area-km2";
  static final String X_AREA_NOTE = "x-area-note";
  static final String X_CITY_PARTNERSHIPS = "x-partnerships";
  static final String X_LABELS = "x-scap-2018-focus-area-labels";
  static final String X_PRIORITY_PROJECTS = "x-scap-2018-priority-projects";
  static final String X_EDITORIAL_FOCUS_AREAS = "x-editorial-focus-areas";
  static final String X_PROJECT_NO = "x-ascn-2022-no";
  static final String X_EDITORIAL_THEMES = "x-editorial-themes";
  static final String X_SOURCES = "x-sources";
  static final String X_SOURCE_CODES = "x-source-codes";
  static final String X_INVITED = "x-invited-cities-note";

  /** Why an event of the tables invites the pilot cities. */
  static final String INVITED_NOTE = "The sources name the ASEAN Smart Cities Network as a "
      + "participant, not its cities one by one; the invited cities are the network's cities "
      + "of the time, its " + PILOT_YEAR + " pilot cities.";

  private static final String FOLDER = "ascn/";
  private static final int MAX_ID = 64;

  /** Words that an id cut to length should not end with. */
  private static final Set<String> TRAILING_WORDS =
      Set.of("a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with");

  /** The sources that {@code partnerships.csv} names by code. */
  private static final Map<String, String> SOURCE_CODES = sourceCodes();

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final Function<String, InputStream> files;

  private AscnDatasetBuilder(Function<String, InputStream> files) {
    this.files = files;
  }

  /**
   * Returns a builder that reads the tables from the class path, beside this class.
   *
   * @return the builder
   */
  static AscnDatasetBuilder fromResources() {
    return new AscnDatasetBuilder(AscnDatasetBuilder.class::getResourceAsStream);
  }

  /**
   * Builds the dataset.
   *
   * @return the document
   * @throws IllegalStateException if the tables say something the dataset cannot hold
   * @throws UncheckedIOException if a table cannot be read
   */
  ScapDocument build() {
    List<Taxonomy> taxonomies = taxonomies();
    Map<String, CityRow> cities = cities();
    Map<Integer, ProjectRow> projects = projects(cities);
    Map<String, OrganizationRow> organizations = organizations();
    List<PartnershipRow> partnerships = partnerships(cities, projects, organizations);
    List<ScapRow> scaps = scaps(cities, projects);

    Map<Integer, ProjectId> projectIds = projectIds(projects);
    Set<String> planned = scaps.stream().map(ScapRow::city).collect(Collectors.toSet());

    List<Plan> plans = new ArrayList<>();
    for (ScapRow scap : scaps) {
      plans.add(plan(scap, cities.get(scap.city()), projects, projectIds, partnerships));
    }
    List<City> cityList = new ArrayList<>();
    for (CityRow city : cities.values()) {
      List<PartnershipRow> unplaced = planned.contains(city.id()) ? List.of()
          : partnerships.stream().filter(p -> p.city().equals(city.id())).toList();
      cityList.add(city(city, unplaced));
    }
    List<Organization> organizationList = new ArrayList<>();
    for (OrganizationRow organization : organizations.values()) {
      organizationList.add(organization(organization, partnerships, projects, taxonomies));
    }
    List<Event> events = events(cities, organizations, taxonomies);
    return ScapDocument.builder()
        .metadata(metadata(cities, projects, organizations, partnerships, scaps))
        .taxonomies(taxonomies)
        .cities(cityList)
        .organizations(organizationList)
        .plans(plans)
        .events(events)
        .build();
  }

  // --- the tables ---

  private List<Taxonomy> taxonomies() {
    List<Taxonomy> builtIn = List.of(BuiltInTaxonomies.ascf2018(), BuiltInTaxonomies.wegoAscn2019());
    Map<String, List<Theme>> table = new LinkedHashMap<>();
    for (CSVRecord r : read("taxonomies.csv")) {
      String broader = optional(r, "broader");
      table.computeIfAbsent(required(r, "taxonomy"), k -> new ArrayList<>())
          .add(broader == null ? Theme.of(required(r, "id"), required(r, "label"))
              : Theme.narrower(required(r, "id"), required(r, "label"), broader));
    }
    Map<String, List<Theme>> expected = new LinkedHashMap<>();
    builtIn.forEach(t -> expected.put(t.id().value(), t.themes()));
    if (!table.equals(expected)) {
      throw new IllegalStateException("taxonomies.csv differs from scap-model's built-in "
          + "taxonomies (ascf-2018, then wego-ascn-2019, themes in order); the dataset uses the "
          + "built-in ones, so make them agree first");
    }
    return builtIn;
  }

  private Map<String, CityRow> cities() {
    Map<String, CityRow> cities = new LinkedHashMap<>();
    for (CSVRecord r : read("cities.csv")) {
      String area = optional(r, "area_km2");
      String population = optional(r, "population_2018");
      CityRow city = new CityRow(identifier(r, "id"), required(r, "name"), required(r, "country"),
          list(optional(r, "aliases")), integer(r, "member_since"),
          population == null ? null : Long.valueOf(population),
          area == null ? null : new BigDecimal(area), optional(r, "area_note"));
      if (cities.put(city.id(), city) != null) {
        throw at(r, "city " + city.id() + " appears twice");
      }
      if ((city.memberSince() == PILOT_YEAR) != (city.population() != null)) {
        throw at(r, "city " + city.id() + ": a population is given for the pilot cities of "
            + PILOT_YEAR + " and for them only");
      }
    }
    return cities;
  }

  private Map<Integer, ProjectRow> projects(Map<String, CityRow> cities) {
    Taxonomy ascf = BuiltInTaxonomies.ascf2018();
    Taxonomy wego = BuiltInTaxonomies.wegoAscn2019();
    Map<Integer, ProjectRow> projects = new LinkedHashMap<>();
    for (CSVRecord r : read("projects-2022.csv")) {
      ProjectRow project = new ProjectRow(integer(r, "no"), identifier(r, "city"),
          required(r, "title"), ThemeId.of(required(r, "ascf_focus_area")),
          list(optional(r, "wego_themes_editorial")).stream().map(ThemeId::of).toList());
      if (!cities.containsKey(project.city())) {
        throw at(r, "project " + project.no() + " names an unknown city: " + project.city());
      }
      if (ascf.theme(project.ascf()).isEmpty()) {
        throw at(r, "project " + project.no() + ": " + project.ascf() + " is not a theme of "
            + ascf.id());
      }
      for (ThemeId theme : project.wego()) {
        if (wego.theme(theme).isEmpty()) {
          throw at(r, "project " + project.no() + ": " + theme + " is not a theme of " + wego.id());
        }
      }
      if (new HashSet<>(project.wego()).size() != project.wego().size()) {
        throw at(r, "project " + project.no() + " names a WeGO theme twice");
      }
      if (projects.put(project.no(), project) != null) {
        throw at(r, "project number " + project.no() + " appears twice");
      }
    }
    return projects;
  }

  private Map<String, OrganizationRow> organizations() {
    Map<String, OrganizationRow> organizations = new LinkedHashMap<>();
    for (CSVRecord r : read("organizations.csv")) {
      String kind = required(r, "kind");
      OrganizationRow organization = new OrganizationRow(identifier(r, "id"), required(r, "name"),
          OrganizationKind.fromCode(kind)
              .orElseThrow(() -> at(r, "unknown organization kind: " + kind)),
          optional(r, "country"));
      if (organizations.put(organization.id(), organization) != null) {
        throw at(r, "organization " + organization.id() + " appears twice");
      }
    }
    return organizations;
  }

  private List<PartnershipRow> partnerships(Map<String, CityRow> cities,
      Map<Integer, ProjectRow> projects, Map<String, OrganizationRow> organizations) {
    List<PartnershipRow> partnerships = new ArrayList<>();
    for (CSVRecord r : read("partnerships.csv")) {
      String role = required(r, "role");
      String number = optional(r, "project_no_2022");
      PartnershipRow partnership = new PartnershipRow(identifier(r, "organization"),
          identifier(r, "city"), number == null ? null : Integer.valueOf(number),
          PartnerRole.fromCode(role).orElseThrow(() -> at(r, "unknown partner role: " + role)),
          list(optional(r, "support")).stream()
              .map(s -> SupportType.fromCode(s)
                  .orElseThrow(() -> at(r, "unknown support type: " + s)))
              .toList(),
          required(r, "what_the_source_says"), list(required(r, "source")));
      if (!organizations.containsKey(partnership.organization())) {
        throw at(r, "unknown organization: " + partnership.organization());
      }
      if (!cities.containsKey(partnership.city())) {
        throw at(r, "unknown city: " + partnership.city());
      }
      if (partnership.project() != null) {
        ProjectRow project = projects.get(partnership.project());
        if (project == null) {
          throw at(r, "unknown 2022 project number: " + partnership.project());
        }
        if (!project.city().equals(partnership.city())) {
          throw at(r, "project " + project.no() + " is a project of " + project.city()
              + ", not of " + partnership.city());
        }
      }
      for (String source : partnership.sources()) {
        if (!SOURCE_CODES.containsKey(source)) {
          throw at(r, "unknown source code: " + source + " (known: " + SOURCE_CODES.keySet()
              + ")");
        }
      }
      partnerships.add(partnership);
    }
    return partnerships;
  }

  private List<ScapRow> scaps(Map<String, CityRow> cities, Map<Integer, ProjectRow> projects) {
    List<ScapRow> scaps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : read("scap-2018.csv")) {
      ScapRow scap = new ScapRow(identifier(r, "city"),
          labels(required(r, "focus_area_labels_verbatim")),
          list(required(r, "priority_projects_verbatim")), optional(r, "vision_verbatim"));
      CityRow city = cities.get(scap.city());
      if (city == null || city.memberSince() != PILOT_YEAR) {
        throw at(r, scap.city() + " is not a pilot city of " + PILOT_YEAR);
      }
      if (!seen.add(scap.city())) {
        throw at(r, "a second 2018 plan for " + scap.city());
      }
      scaps.add(scap);
    }
    for (CityRow city : cities.values()) {
      if (city.memberSince() == PILOT_YEAR && !seen.contains(city.id())) {
        throw new IllegalStateException("scap-2018.csv has no plan for the pilot city "
            + city.id());
      }
    }
    for (ProjectRow project : projects.values()) {
      if (!seen.contains(project.city())) {
        throw new IllegalStateException("project " + project.no() + " belongs to "
            + project.city() + ", which has no 2018 plan to hold it");
      }
    }
    return scaps;
  }

  // --- the conference ---

  /**
   * The events of {@code events.csv}, each with its organizations (the organizer column first,
   * then {@code event-organizations.csv} in its order, each (organization, role) once), the
   * network's cities at the time as its invited cities (the pilot cities: the sources name the
   * network, not its cities one by one) and its sessions of {@code event-sessions.csv}.
   */
  private List<Event> events(Map<String, CityRow> cities,
      Map<String, OrganizationRow> organizations, List<Taxonomy> taxonomies) {
    Map<String, Event> events = new LinkedHashMap<>();
    List<CityId> pilots = cities.values().stream().filter(c -> c.memberSince() == PILOT_YEAR)
        .map(c -> CityId.of(c.id())).toList();
    for (CSVRecord r : read("events.csv")) {
      String id = identifier(r, "id");
      String organizer = identifier(r, "organizer");
      if (!organizations.containsKey(organizer)) {
        throw at(r, "unknown organizer: " + organizer);
      }
      List<EventOrganization> taking = new ArrayList<>();
      taking.add(EventOrganization.of(OrganizationId.of(organizer), EventRole.ORGANIZER));
      Venue venue = new Venue(required(r, "venue"), optional(r, "address"), optional(r, "city"),
          optional(r, "country"), Extensions.NONE);
      Event event = new Event(EventId.of(id), required(r, "name"), date(r, "start"),
          date(r, "end"), venue, taking, pilots, List.of(), required(r, "note"),
          extensions(source(r)));
      if (events.put(id, event) != null) {
        throw at(r, "event " + id + " appears twice");
      }
    }
    Map<String, List<EventOrganization>> roles = new LinkedHashMap<>();
    for (CSVRecord r : read("event-organizations.csv")) {
      String event = known(r, events);
      String organization = identifier(r, "organization");
      if (!organizations.containsKey(organization)) {
        throw at(r, "unknown organization: " + organization);
      }
      String role = required(r, "role");
      source(r);
      EventOrganization entry = EventOrganization.of(OrganizationId.of(organization),
          EventRole.fromCode(role).orElseThrow(() -> at(r, "unknown event role: " + role)));
      List<EventOrganization> list = roles.computeIfAbsent(event,
          k -> new ArrayList<>(events.get(k).organizations()));
      if (!list.contains(entry)) {
        list.add(entry);
      }
    }
    Map<String, List<Session>> sessions = new LinkedHashMap<>();
    for (CSVRecord r : read("event-sessions.csv")) {
      String event = known(r, events);
      String kind = required(r, "kind");
      String title = required(r, "title");
      List<ThemeId> themes = list(optional(r, "themes")).stream().map(ThemeId::of).toList();
      TaxonomyId taxonomy = null;
      if (!themes.isEmpty()) {
        taxonomy = taxonomies.stream().filter(t -> themes.stream().allMatch(th -> t.theme(th)
            .isPresent())).map(Taxonomy::id).findFirst()
            .orElseThrow(() -> at(r, "no taxonomy holds all of the themes " + themes));
      }
      Session session = new Session(SessionId.of(slug(title)),
          SessionKind.fromCode(kind).orElseThrow(() -> at(r, "unknown session kind: " + kind)),
          title, required(r, "what_the_source_says"), null, taxonomy, themes, List.of(),
          Extensions.of(Map.of(X_SOURCES, source(r))));
      List<Session> list = sessions.computeIfAbsent(event, k -> new ArrayList<>());
      if (list.stream().anyMatch(s -> s.id().equals(session.id()))) {
        throw at(r, "a second session " + session.id() + " of " + event);
      }
      list.add(session);
    }
    List<Event> result = new ArrayList<>();
    for (Event event : events.values()) {
      String id = event.id().value();
      result.add(new Event(event.id(), event.name(), event.start(), event.end(), event.venue(),
          roles.getOrDefault(id, event.organizations()), event.cities(),
          sessions.getOrDefault(id, List.of()), event.note(), event.extensions()));
    }
    return result;
  }

  /** An event's extensions, in a fixed order so that the canonical bytes are too. */
  private static Extensions extensions(List<String> sources) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put(X_SOURCES, sources);
    extensions.put(X_INVITED, INVITED_NOTE);
    return Extensions.of(extensions);
  }

  private static String known(CSVRecord r, Map<String, Event> events) {
    String event = identifier(r, "event");
    if (!events.containsKey(event)) {
      throw at(r, "unknown event: " + event);
    }
    return event;
  }

  private static List<String> source(CSVRecord r) {
    List<String> sources = list(required(r, "source"));
    for (String source : sources) {
      if (!SOURCE_CODES.containsKey(source)) {
        throw at(r, "unknown source code: " + source + " (known: " + SOURCE_CODES.keySet() + ")");
      }
    }
    return sources;
  }

  private static LocalDate date(CSVRecord r, String column) {
    String value = required(r, column);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw at(r, "column " + column + " is not a date (YYYY-MM-DD): " + value);
    }
  }

  // --- the document ---

  private static Plan plan(ScapRow scap, CityRow city, Map<Integer, ProjectRow> projects,
      Map<Integer, ProjectId> projectIds, List<PartnershipRow> partnerships) {
    List<ProjectRow> own =
        projects.values().stream().filter(p -> p.city().equals(city.id())).toList();
    Set<ThemeId> ascf = new LinkedHashSet<>();
    Set<ThemeId> wego = new LinkedHashSet<>();
    for (ProjectRow project : own) {
      ascf.add(project.ascf());
      wego.addAll(project.wego());
    }
    if (ascf.isEmpty()) {
      throw new IllegalStateException(city.id() + " has no 2022 project to take focus areas from");
    }
    List<FocusArea> focusAreas = new ArrayList<>();
    ascf.forEach(t -> focusAreas.add(FocusArea.of(t)));
    wego.forEach(t -> focusAreas.add(FocusArea.of(t)));

    List<Project> projectList = new ArrayList<>();
    for (ProjectRow project : own) {
      List<Partner> partners = partnerships.stream()
          .filter(p -> Integer.valueOf(project.no()).equals(p.project()))
          .map(AscnDatasetBuilder::partner).toList();
      projectList.add(project(project, projectIds.get(project.no()), partners));
    }
    List<Partner> planPartners = partnerships.stream()
        .filter(p -> p.project() == null && p.city().equals(city.id()))
        .map(AscnDatasetBuilder::partner).toList();

    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put(X_LABELS, scap.labels());
    extensions.put(X_PRIORITY_PROJECTS, scap.priorityProjects());
    if (!wego.isEmpty()) {
      extensions.put(X_EDITORIAL_FOCUS_AREAS, wego.stream().map(ThemeId::value).toList());
    }
    return Plan.builder(PlanId.of(city.id() + "-scap-" + PILOT_YEAR), CityId.of(city.id()),
            city.name() + " Smart City Action Plan")
        .adopted(COMPENDIUM_DATE)
        .vision(scap.vision())
        .focusAreas(focusAreas)
        .projects(projectList)
        .partners(planPartners)
        .extensions(Extensions.of(extensions))
        .build();
  }

  private static Project project(ProjectRow row, ProjectId id, List<Partner> partners) {
    List<ThemeId> themes = new ArrayList<>();
    themes.add(row.ascf());
    themes.addAll(row.wego());
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put(X_PROJECT_NO, row.no());
    if (!row.wego().isEmpty()) {
      extensions.put(X_EDITORIAL_THEMES, row.wego().stream().map(ThemeId::value).toList());
    }
    return Project.builder(id, row.title())
        .themes(themes)
        .partners(partners)
        .extensions(Extensions.of(extensions))
        .build();
  }

  private static Partner partner(PartnershipRow row) {
    return new Partner(OrganizationId.of(row.organization()), row.role(), row.support(),
        row.text(), Extensions.of(Map.of(X_SOURCES, row.sources())));
  }

  private static City city(CityRow row, List<PartnershipRow> unplaced) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (!row.aliases().isEmpty()) {
      extensions.put(X_ALIASES, row.aliases());
    }
    extensions.put(X_MEMBER_SINCE, row.memberSince());
    if (row.area() != null) {
      extensions.put(X_AREA, row.area());
    }
    if (row.areaNote() != null) {
      extensions.put(X_AREA_NOTE, row.areaNote());
    }
    if (!unplaced.isEmpty()) {
      // A partnership of a city without a plan has no plan or project to sit in.
      List<Map<String, Object>> kept = new ArrayList<>();
      for (PartnershipRow p : unplaced) {
        Map<String, Object> partnership = new LinkedHashMap<>();
        partnership.put("organization", p.organization());
        partnership.put("role", p.role().code());
        partnership.put("support", p.support().stream().map(SupportType::code).toList());
        partnership.put("note", p.text());
        partnership.put(X_SOURCES, p.sources());
        kept.add(partnership);
      }
      extensions.put(X_CITY_PARTNERSHIPS, kept);
    }
    return new City(CityId.of(row.id()), row.name(), row.country(), row.population(), null,
        List.of(NETWORK), Extensions.of(extensions));
  }

  private static Organization organization(OrganizationRow row,
      List<PartnershipRow> partnerships, Map<Integer, ProjectRow> projects,
      List<Taxonomy> taxonomies) {
    Set<SupportType> offers = EnumSet.noneOf(SupportType.class);
    Set<ThemeId> themes = new HashSet<>();
    for (PartnershipRow p : partnerships) {
      if (p.organization().equals(row.id())) {
        offers.addAll(p.support());
        if (p.project() != null) {
          ProjectRow project = projects.get(p.project());
          themes.add(project.ascf());
          themes.addAll(project.wego());
        }
      }
    }
    // Themes in the document's order: ASCF first, then the editorial WeGO ones.
    List<ThemeId> ordered = taxonomies.stream().flatMap(t -> t.themes().stream())
        .map(Theme::id).filter(themes::contains).toList();
    List<String> editorial = BuiltInTaxonomies.wegoAscn2019().themes().stream()
        .map(Theme::id).filter(themes::contains).map(ThemeId::value).toList();
    return new Organization(OrganizationId.of(row.id()), row.name(), row.kind(), row.country(),
        List.copyOf(offers), ordered,
        editorial.isEmpty() ? Extensions.NONE : Extensions.of(Map.of(X_EDITORIAL_THEMES, editorial)));
  }

  private static Metadata metadata(Map<String, CityRow> cities, Map<Integer, ProjectRow> projects,
      Map<String, OrganizationRow> organizations, List<PartnershipRow> partnerships,
      List<ScapRow> scaps) {
    List<CityRow> later =
        cities.values().stream().filter(c -> c.memberSince() != PILOT_YEAR).toList();
    int firstLater = later.stream().mapToInt(CityRow::memberSince).min().orElse(PILOT_YEAR);
    int lastLater = later.stream().mapToInt(CityRow::memberSince).max().orElse(PILOT_YEAR);
    Set<String> partnered =
        partnerships.stream().map(PartnershipRow::organization).collect(Collectors.toSet());
    List<String> idle = organizations.keySet().stream().filter(o -> !partnered.contains(o))
        .toList();
    long withoutWego = projects.values().stream().filter(p -> p.wego().isEmpty()).count();

    String description = "The ASEAN Smart Cities Network (ASCN): its " + scaps.size()
        + " pilot cities of " + PILOT_YEAR + " with their Smart City Action Plans and the "
        + projects.size() + " projects of the ASCN M&E Report 2022; the " + later.size()
        + " cities that joined in " + firstLater + "-" + lastLater + ", without plans; and the "
        + organizations.size() + " organizations named in connection with ASCN cities and their "
        + "conference, with "
        + "the " + partnerships.size() + " partnerships that the sources report between them "
        + "and the cities; and the WeGO-ASCN Mayoral Conference (Seoul, November 2019) with its "
        + "organizations, invited cities and sessions, the mini roundtables on five themes "
        + "among them.";
    String source = String.join("; ",
        "ASEAN, ASEAN Smart Cities Network page (member cities and the years they joined)",
        "ASCN, Smart City Action Plans (as of 8 July 2018): focus-area labels, priority "
            + "projects, visions, land areas and populations of the pilot cities",
        "ASEAN Smart Cities Framework (2018): the six focus areas",
        "ASCN M&E Report 2022 (as of 21 September 2022), appendix: the 77 projects and their "
            + "focus areas",
        "ASCN M&E Reports 2023, 2024 and 2025; ASCN M&E Report 2024, Exhibit 1: the focus-area "
            + "sub-categories",
        "ASCN2019 report",
        "Ministry of Land, Infrastructure and Transport (Korea), K-City Network Global "
            + "Cooperation Program",
        "Seoul Metropolitan Government, programme page of the WeGO-ASCN Mayoral Conference "
            + "(Seoul, 21-22 November 2019): the five mini-roundtable themes, the conference's "
            + "dates, venue, organizer, sponsors, partners and participants and its sessions");
    String notes = String.join(" ",
        "Built by scap from the fact tables in its repository "
            + "(scap-io/src/test/resources/dev/scap/io/dataset/ascn).",
        "The themes of the wego-ascn-2019 taxonomy on projects, plans and "
            + "organizations are an editorial reading of each project's title against the five "
            + "conference themes, made for this dataset; they are not an official assignment by "
            + "ASEAN, the ASCN or WeGO, and " + withoutWego + " projects fit none. They are "
            + "listed under " + X_EDITORIAL_THEMES + " (projects, organizations) and "
            + X_EDITORIAL_FOCUS_AREAS + " (plans).",
        "Each project's ascf-2018 theme is the one focus area that the ASCN M&E Report 2022 "
            + "assigns it; " + X_PROJECT_NO + " is its number in that report.",
        "Plans: one per pilot city, dated " + COMPENDIUM_DATE + ", the as-of date of the "
            + "compendium, not each city's own adoption date; no period, since no source gives "
            + "one. A plan's focus areas are the distinct ascf-2018 focus areas of the city's "
            + "2022 projects in the order of the projects, then the editorial wego-ascn-2019 "
            + "themes of those projects; none has a priority. The cities' own 2018 focus-area "
            + "labels and priority projects are kept verbatim under " + X_LABELS + " and "
            + X_PRIORITY_PROJECTS + ", and the vision under vision; '…' marks text left out "
            + "in the source data.",
        "Partners: a partnership that names a 2022 project is a partner of that project, "
            + "any other a partner of the city's plan; its note says what the source says and "
            + X_SOURCES + " names the sources by the codes of " + X_SOURCE_CODES + ".",
        "An organization's offers are the distinct support types of its partnerships; its "
            + "themes are the distinct themes, ascf-2018 and editorial wego-ascn-2019 alike, of "
            + "the projects it is a partner of, so plan-level partnerships add to offers only."
            + (idle.isEmpty() ? "" : " Named in no partnership, and so without offers or "
                + "themes: " + String.join(", ", idle) + "."),
        "Populations are as printed in 2018 (\"2.8 million\" is 2800000); "
            + X_AREA + " is the land area as printed in 2018, and where " + X_AREA_NOTE
            + " is \"province\" (Luang Prabang) it is the province's. Cities that joined after "
            + PILOT_YEAR + " have no 2018 plan and none is given (" + X_MEMBER_SINCE + ").",
        "The conference: its dates are 21-22 November 2019, as the programme page gives them "
            + "in its heading and introduction (its details list says 20-21; the event's note "
            + "keeps both). Its invited cities are the 26 pilot cities, the network at the time. "
            + "Its sessions have no dates, since the page gives none; the mini roundtables name "
            + "the five themes of wego-ascn-2019 and hold no seating: scap roundtables plans one.",
        "The taxonomy ascf-2018 comes first so that analyses default to ASEAN's own tags. Its "
            + "Industry and Innovation sub-categories are read from a report table whose "
            + "layout makes upskilling-research and technology-incubation uncertain.",
        "No license is stated: the facts are taken from public documents of ASEAN, the "
            + "ASCN, Korea's MOLIT and the Seoul Metropolitan Government; the verbatim labels, "
            + "visions and titles are quoted from them.");
    Map<String, Object> codes = new LinkedHashMap<>(SOURCE_CODES);
    return new Metadata("ASEAN Smart Cities Network (ASCN)", description, source, null, CREATED,
        notes, Extensions.of(Map.of(X_SOURCE_CODES, codes)));
  }

  // --- project ids ---

  /**
   * Derives each project's id from its city and title: the city's id, then the title in lower
   * kebab-case without a leading repeat of the city's name, cut at a word to fit 64 characters.
   */
  static Map<Integer, ProjectId> projectIds(Map<Integer, ProjectRow> projects) {
    Map<Integer, ProjectId> ids = new LinkedHashMap<>();
    Map<String, Integer> taken = new LinkedHashMap<>();
    for (ProjectRow project : projects.values()) {
      String id = projectId(project.city(), project.title());
      Integer other = taken.put(id, project.no());
      if (other != null) {
        throw new IllegalStateException("projects " + other + " and " + project.no()
            + " would both have the id " + id);
      }
      ids.put(project.no(), ProjectId.of(id));
    }
    return ids;
  }

  static String projectId(String city, String title) {
    String slug = slug(title);
    if (slug.equals(city)) {
      slug = "";
    } else if (slug.startsWith(city + "-")) {
      slug = slug.substring(city.length() + 1);
    }
    List<String> words = new ArrayList<>(Arrays.asList((city + "-" + slug).split("-")));
    while (String.join("-", words).length() > MAX_ID
        || TRAILING_WORDS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    String id = String.join("-", words);
    if (!Identifier.isValid(id)) {
      throw new IllegalStateException("no valid id for \"" + title + "\": " + id);
    }
    return id;
  }

  private static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  // --- reading ---

  private List<CSVRecord> read(String file) {
    InputStream in = files.apply(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("missing table " + FOLDER + file);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSV.parse(reader)) {
      List<CSVRecord> records = parser.getRecords();
      records.forEach(r -> {
        if (!r.isConsistent()) {
          throw at(r, "has " + r.size() + " fields, the header " + parser.getHeaderNames().size());
        }
      });
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
  }

  private static String required(CSVRecord r, String column) {
    String value = optional(r, column);
    if (value == null) {
      throw at(r, "column " + column + " is empty");
    }
    return value;
  }

  private static String optional(CSVRecord r, String column) {
    String value = r.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static String identifier(CSVRecord r, String column) {
    String value = required(r, column);
    if (!Identifier.isValid(value)) {
      throw at(r, "column " + column + " is not an identifier: " + value);
    }
    return value;
  }

  private static int integer(CSVRecord r, String column) {
    String value = required(r, column);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw at(r, "column " + column + " is not a whole number: " + value);
    }
  }

  /** Splits a cell that holds several values separated by semicolons. */
  private static List<String> list(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Splits the verbatim focus-area labels. Labels that hold commas are wrapped whole in double
   * quotes in the table; those quotes are the table's, not the city's, so they go. Quotes that
   * wrap only part of a label ({@code "Civil and Social" (sic)}) stay.
   */
  private static List<String> labels(String cell) {
    return list(cell).stream()
        .map(s -> s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")
            && s.indexOf('"', 1) == s.length() - 1 ? s.substring(1, s.length() - 1) : s)
        .toList();
  }

  private static IllegalStateException at(CSVRecord r, String message) {
    return new IllegalStateException("line " + (r.getRecordNumber() + 1) + ": " + message);
  }

  private static Map<String, String> sourceCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("ASCN2019-Report", "ASCN2019 report");
    codes.put("ME-2022", "ASCN M&E Report 2022");
    codes.put("ME-2023", "ASCN M&E Report 2023");
    codes.put("ME-2024", "ASCN M&E Report 2024");
    codes.put("ME-2025", "ASCN M&E Report 2025");
    codes.put("MOLIT", "Ministry of Land, Infrastructure and Transport (Korea)");
    codes.put("SMG-2019", "Seoul Metropolitan Government, \"WeGO-ASEAN Mayoral Conference\" "
        + "(Economy & Investment News)");
    return codes;
  }

  // --- rows ---

  record CityRow(String id, String name, String country, List<String> aliases, int memberSince,
      Long population, BigDecimal area, String areaNote) {}

  record ScapRow(String city, List<String> labels, List<String> priorityProjects,
      String vision) {}

  record ProjectRow(int no, String city, String title, ThemeId ascf, List<ThemeId> wego) {}

  record OrganizationRow(String id, String name, OrganizationKind kind, String country) {}

  record PartnershipRow(String organization, String city, Integer project, PartnerRole role,
      List<SupportType> support, String text, List<String> sources) {}
}
