package dev.scap.io;

import dev.scap.io.internal.DocumentWriter;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.EventOrganization;
import dev.scap.model.EventRole;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Indicator;
import dev.scap.model.Invitation;
import dev.scap.model.Location;
import dev.scap.model.Metadata;
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
import dev.scap.model.Stage;
import dev.scap.model.SupportType;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Makes synthetic but valid SCAP documents of any size, for tests, benchmarks and demos: one
 * taxonomy of themes (some refining others), cities of ASEAN countries, organizations, and a
 * plan for most cities with focus areas, targets, projects, partners and indicators, and a
 * conference of some of the cities with a plenary and a seated roundtable session. Every
 * property of the format is used somewhere, extensions included; optional ones are left out at
 * random.
 *
 * <p>The same settings and seed give the same document, and the same bytes when written. Each
 * plan is made from the seed and its city's index alone, so a document larger than memory can
 * be {@linkplain #write(OutputStream) written} plan by plan. Immutable and thread-safe.
 *
 * @param cities the number of cities
 * @param themes the number of themes in the taxonomy, at least 1
 * @param projects the mean number of projects per plan
 * @param seed the seed
 */
public record SyntheticDocuments(int cities, int themes, int projects, long seed) {

  private static final String[] COUNTRIES = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG",
      "TH", "VN"};
  private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "KRW", "SGD", "THB", "VND"};
  private static final String[] SYLLABLES = {"ba", "lu", "ka", "ng", "sa", "ri", "ta", "mo",
      "pe", "chi", "an", "dao", "ho", "ku", "la", "me", "na", "si", "vi", "yo"};
  private static final String[] WORDS = {"smart", "green", "digital", "integrated", "urban",
      "river", "traffic", "waste", "water", "housing", "health", "school", "market", "flood",
      "energy", "transit", "tourism", "heritage", "safety", "data"};

  /**
   * Checks the settings.
   *
   * @param cities the number of cities
   * @param themes the number of themes
   * @param projects the mean number of projects per plan
   * @param seed the seed
   * @throws IllegalArgumentException if {@code cities} or {@code projects} is negative, or
   *     {@code themes} is below 1
   */
  public SyntheticDocuments {
    if (cities < 0 || projects < 0 || themes < 1) {
      throw new IllegalArgumentException(
          "cities and projects must not be negative, and there must be at least one theme");
    }
  }

  /**
   * Returns the settings for a document of the given size.
   *
   * @param cities the number of cities
   * @param themes the number of themes
   * @param projects the mean number of projects per plan
   * @param seed the seed
   * @return the settings
   */
  public static SyntheticDocuments of(int cities, int themes, int projects, long seed) {
    return new SyntheticDocuments(cities, themes, projects, seed);
  }

  /**
   * Makes the whole document in memory.
   *
   * @return the document
   */
  public ScapDocument generate() {
    List<Plan> plans = new ArrayList<>();
    plans().forEachRemaining(plans::add);
    return header().toBuilder().plans(plans).build();
  }

  /**
   * Writes the document in canonical form, plan by plan, in memory that does not grow with its
   * size. The stream is flushed, not closed.
   *
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public void write(OutputStream out) throws IOException {
    ScapDocument header = header();
    try (JsonGenerator generator = DocumentWriter.generator(out)) {
      DocumentWriter writer = new DocumentWriter(generator);
      writer.writeHeader(header);
      for (Iterator<Plan> plans = plans(); plans.hasNext(); ) {
        writer.writePlan(plans.next());
      }
      writer.finish(header);
    } catch (JacksonException e) {
      throw DocumentWriter.unwrap(e);
    }
  }

  /**
   * Writes the document to a file, atomically.
   *
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, this::write);
  }

  /**
   * Makes the document without its plans.
   *
   * @return the header
   */
  public ScapDocument header() {
    SplittableRandom random = new SplittableRandom(seed);
    List<City> cityList = new ArrayList<>(cities);
    for (int i = 0; i < cities; i++) {
      cityList.add(city(i, new SplittableRandom(mix(seed, 1, i))));
    }
    return ScapDocument.builder()
        .metadata(new Metadata("Synthetic SCAP document",
            cities + " cities, " + themes + " themes, about " + projects + " projects a plan",
            "scap generate", "CC0-1.0", LocalDate.of(2026, 1, 1),
            "Made up from seed " + seed + "; not real data.",
            Extensions.of(Map.of("x-seed", seed))))
        .taxonomies(List.of(taxonomy()))
        .cities(cityList)
        .organizations(organizations(random))
        .events(cities == 0 ? List.of() : List.of(event()))
        .build();
  }

  /**
   * Makes the plans one by one, in document order.
   *
   * @return the plans; each is made when asked for
   */
  public Iterator<Plan> plans() {
    return new Iterator<>() {
      private int city;
      private int version;

      @Override
      public boolean hasNext() {
        while (city < cities && version >= planCount(city)) {
          city++;
          version = 0;
        }
        return city < cities;
      }

      @Override
      public Plan next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return plan(city, version++);
      }
    };
  }

  /**
   * A conference that invites up to 24 cities, each seated once at one of the roundtable
   * session's tables, and invites each organization to one table at most: valid whatever the
   * seed.
   */
  private Event event() {
    SplittableRandom random = new SplittableRandom(mix(seed, 100, 0));
    LocalDate start = LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12),
        1 + random.nextInt(28));
    int[] invited = distinct(random, cities, Math.min(cities, 2 + random.nextInt(23)));
    List<CityId> guests = new ArrayList<>();
    for (int city : invited) {
      guests.add(cityId(city));
    }
    int[] themeIndexes = distinct(random, themes, Math.min(themes, 1 + random.nextInt(4)));
    List<ThemeId> sessionThemes = new ArrayList<>();
    for (int t : themeIndexes) {
      sessionThemes.add(themeId(t));
    }
    int tableCount = sessionThemes.size();
    List<List<CityId>> seated = new ArrayList<>();
    List<List<Invitation>> invitations = new ArrayList<>();
    for (int t = 0; t < tableCount; t++) {
      seated.add(new ArrayList<>());
      invitations.add(new ArrayList<>());
    }
    for (int i = 0; i < guests.size(); i++) {
      seated.get(i % tableCount).add(guests.get(i));
    }
    for (int o = 0; o < organizationCount(); o++) {
      if (random.nextBoolean()) {
        invitations.get(random.nextInt(tableCount)).add(new Invitation(
            OrganizationId.of(String.format("org-%04d", o + 1)),
            random.nextBoolean() ? "works on " + word(random) + " " + word(random) : null,
            null));
      }
    }
    List<SeatedTable> tables = new ArrayList<>();
    for (int t = 0; t < tableCount; t++) {
      tables.add(new SeatedTable(t + 1, sessionThemes.get(t),
          t > 0 && random.nextInt(4) == 0
              ? null : Math.max(1, seated.get(t).size() + random.nextInt(3)),
          seated.get(t), invitations.get(t), random.nextInt(4) == 0 ? null : 1,
          random.nextBoolean() ? "Room " + (char) ('A' + t) : null,
          random.nextInt(6) == 0 ? Extensions.of(Map.of("x-host", name(random))) : null));
    }
    LocalDate second = start.plusDays(1);
    List<Session> sessions = List.of(
        new Session(SessionId.of("opening"), SessionKind.PLENARY, "Opening plenary",
            random.nextBoolean() ? "Welcome by the host city." : null, start, null, List.of(),
            List.of(), null),
        new Session(SessionId.of("mini-roundtables"), SessionKind.ROUNDTABLE,
            "Mini roundtables", "Cities and partners by theme.",
            random.nextBoolean() ? second : null, TaxonomyId.of("synthetic"), sessionThemes,
            tables, random.nextInt(4) == 0 ? Extensions.of(Map.of("x-format", "world cafe"))
                : null));
    EventRole[] roles = EventRole.values();
    List<EventOrganization> organizations = new ArrayList<>();
    organizations.add(EventOrganization.of(OrganizationId.of("org-0001"), EventRole.ORGANIZER));
    for (int o = 1; o < organizationCount(); o++) {
      if (random.nextBoolean()) {
        organizations.add(new EventOrganization(
            OrganizationId.of(String.format("org-%04d", o + 1)),
            roles[1 + random.nextInt(roles.length - 1)], null));
      }
    }
    Venue venue = new Venue(capitalize(name(random)) + " Convention Centre",
        random.nextInt(1, 500) + " " + capitalize(word(random)) + " Road",
        random.nextBoolean() ? name(random) : null,
        random.nextBoolean() ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null,
        random.nextInt(5) == 0 ? Extensions.of(Map.of("x-capacity", 800)) : null);
    return new Event(EventId.of("synthetic-conference-" + start.getYear()),
        "Synthetic Mayoral Conference " + start.getYear(), start, second, venue, organizations,
        guests, sessions, random.nextBoolean() ? "Made up; not a real conference." : null,
        random.nextInt(5) == 0 ? Extensions.of(Map.of("x-edition", 1 + random.nextInt(9)))
            : null);
  }

  private int organizationCount() {
    return Math.max(3, cities / 20);
  }

  /** Most cities have one plan; some none, some a newer version as well. */
  private int planCount(int city) {
    int roll = new SplittableRandom(mix(seed, 2, city)).nextInt(20);
    return roll == 0 ? 0 : roll == 1 ? 2 : 1;
  }

  private Taxonomy taxonomy() {
    SplittableRandom random = new SplittableRandom(mix(seed, 3, 0));
    int topLevel = Math.max(1, (themes + 3) / 4);
    List<Theme> list = new ArrayList<>(themes);
    for (int i = 0; i < themes; i++) {
      ThemeId broader = i < topLevel ? null : themeId(random.nextInt(topLevel));
      String label = capitalize(word(random)) + " " + word(random) + " " + (i + 1);
      String description = random.nextInt(3) == 0 ? "Synthetic theme " + (i + 1) + "." : null;
      list.add(new Theme(themeId(i), label, description, broader, null));
    }
    return new Taxonomy(TaxonomyId.of("synthetic"), "Synthetic themes", list,
        random.nextBoolean() ? Extensions.of(Map.of("x-generator", "scap")) : null);
  }

  private City city(int index, SplittableRandom random) {
    Location location = random.nextInt(4) == 0 ? null : new Location(
        decimal(random, -11.0, 28.0, 4), decimal(random, 92.0, 141.0, 4),
        random.nextInt(10) == 0 ? Extensions.of(Map.of("x-datum", "WGS84")) : null);
    Extensions extensions = random.nextInt(5) == 0
        ? Extensions.of(Map.of("x-area-km2", BigDecimal.valueOf(random.nextInt(50, 3000))))
        : null;
    return new City(cityId(index), name(random), COUNTRIES[random.nextInt(COUNTRIES.length)],
        random.nextInt(6) == 0 ? null : (long) random.nextInt(20_000, 12_000_000), location,
        random.nextInt(3) == 0 ? List.of() : List.of("ascn"), extensions);
  }

  private List<Organization> organizations(SplittableRandom random) {
    List<Organization> list = new ArrayList<>();
    OrganizationKind[] kinds = OrganizationKind.values();
    for (int i = 0; i < organizationCount(); i++) {
      List<SupportType> offers = new ArrayList<>(subset(random, SupportType.values(), 3));
      List<ThemeId> themeIds = new ArrayList<>();
      for (int t : distinct(random, themes, Math.min(themes, 1 + random.nextInt(4)))) {
        themeIds.add(themeId(t));
      }
      list.add(new Organization(OrganizationId.of(String.format("org-%04d", i + 1)),
          capitalize(name(random)) + " " + capitalize(word(random)) + " Fund",
          kinds[random.nextInt(kinds.length)],
          random.nextBoolean() ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null,
          offers, themeIds, random.nextInt(8) == 0
              ? Extensions.of(Map.of("x-website", "https://example.org/" + (i + 1))) : null));
    }
    return list;
  }

  private Plan plan(int city, int version) {
    SplittableRandom random = new SplittableRandom(mix(seed, 4 + version, city));
    int startYear = 2018 + 3 * version + random.nextInt(3);
    int focusCount = Math.min(themes, 2 + random.nextInt(7));
    List<FocusArea> focusAreas = new ArrayList<>();
    int[] focusThemes = distinct(random, themes, focusCount);
    boolean prioritized = random.nextInt(4) != 0;
    for (int i = 0; i < focusThemes.length; i++) {
      List<String> challenges = random.nextInt(3) == 0
          ? List.of(word(random) + " " + word(random) + " backlog") : List.of();
      focusAreas.add(new FocusArea(themeId(focusThemes[i]), prioritized ? i + 1 : null,
          challenges, null));
    }
    List<Target> targets = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      targets.add(new Target("By " + (startYear + 7) + ": " + word(random) + " "
          + word(random) + " for every district",
          random.nextBoolean() ? themeId(focusThemes[random.nextInt(focusThemes.length)]) : null,
          random.nextBoolean() ? startYear + 7 : null, null));
    }
    int projectCount = projects == 0 ? 0 : random.nextInt(Math.max(1, 2 * projects + 1));
    List<Project> projectList = new ArrayList<>(projectCount);
    for (int i = 0; i < projectCount; i++) {
      projectList.add(project(city, version, i, focusThemes, startYear, random));
    }
    List<Partner> partners = random.nextInt(4) == 0
        ? List.of(partner(random)) : List.of();
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (random.nextInt(5) == 0) {
      extensions.put("x-labels-2018", List.of(capitalize(word(random)), capitalize(word(random))));
      extensions.put("x-reviewed", random.nextBoolean());
      extensions.put("x-nothing", null);
    }
    return new Plan(PlanId.of(cityId(city).value() + "-scap-" + (version + 1)), cityId(city),
        "Smart City Action Plan of " + cityId(city).value(),
        random.nextBoolean() ? LocalDate.of(startYear, 1 + random.nextInt(12),
            1 + random.nextInt(28)) : null,
        random.nextInt(5) == 0 ? null : Period.of(startYear, startYear + 2 + random.nextInt(8)),
        random.nextBoolean() ? "A " + word(random) + " and " + word(random) + " city." : null,
        focusAreas, targets, projectList, partners, Extensions.of(extensions));
  }

  private Project project(int city, int version, int index, int[] focusThemes, int year,
      SplittableRandom random) {
    int count = Math.min(focusThemes.length, 1 + random.nextInt(2));
    List<ThemeId> themeIds = new ArrayList<>();
    for (int t : distinct(random, focusThemes.length, count)) {
      themeIds.add(themeId(focusThemes[t]));
    }
    Project.Builder project = Project.builder(
        ProjectId.of(String.format("%s-v%d-p%d", cityId(city).value(), version + 1, index + 1)),
        capitalize(word(random)) + " " + word(random) + " " + word(random) + " project",
        themeIds.toArray(ThemeId[]::new));
    if (random.nextBoolean()) {
      project.description("Synthetic project " + (index + 1) + " of city " + (city + 1) + ".");
    }
    if (random.nextInt(4) != 0) {
      project.stage(Stage.values()[random.nextInt(Stage.values().length)]);
    }
    if (random.nextBoolean()) {
      LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      project.start(start);
      if (random.nextBoolean()) {
        project.end(start.plusDays(random.nextInt(30, 3000)));
      }
    }
    if (random.nextBoolean()) {
      project.cost(Money.of(BigDecimal.valueOf(random.nextLong(10_000, 500_000_000), 2),
          CURRENCIES[random.nextInt(CURRENCIES.length)]));
    }
    project.supportNeeded(new ArrayList<>(subset(random, SupportType.values(), 2)));
    List<Partner> partners = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      partners.add(partner(random));
    }
    project.partners(partners);
    if (random.nextInt(3) == 0) {
      project.indicators(List.of(new Indicator(word(random) + " " + word(random) + " index",
          random.nextBoolean() ? "%" : null, decimal(random, 0, 50, 1),
          random.nextBoolean() ? decimal(random, 50, 100, 1) : null,
          random.nextBoolean() ? year + 5 : null, null)));
    }
    if (random.nextInt(6) == 0) {
      project.extensions(Extensions.of(Map.of("x-score", List.of(
          BigDecimal.valueOf(random.nextInt(100)), Map.of("nested", true)))));
    }
    return project.build();
  }

  private Partner partner(SplittableRandom random) {
    PartnerRole[] roles = PartnerRole.values();
    return new Partner(OrganizationId.of(String.format("org-%04d",
        1 + random.nextInt(organizationCount()))), roles[random.nextInt(roles.length)],
        new ArrayList<>(subset(random, SupportType.values(), 2)),
        random.nextInt(3) == 0 ? "synthetic partnership" : null, null);
  }

  private static CityId cityId(int index) {
    return CityId.of(String.format("city-%06d", index + 1));
  }

  private static ThemeId themeId(int index) {
    return ThemeId.of(String.format("theme-%03d", index + 1));
  }

  private static String name(SplittableRandom random) {
    StringBuilder name = new StringBuilder();
    for (int i = 2 + random.nextInt(2); i > 0; i--) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return capitalize(name.toString());
  }

  private static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static BigDecimal decimal(SplittableRandom random, double from, double to, int scale) {
    long unscaled = Math.round((from + random.nextDouble() * (to - from)) * Math.pow(10, scale));
    return BigDecimal.valueOf(unscaled, scale);
  }

  /** {@code count} distinct indexes below {@code bound}, in the order drawn. */
  private static int[] distinct(SplittableRandom random, int bound, int count) {
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(random.nextInt(bound));
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  private static <T> List<T> subset(SplittableRandom random, T[] values, int max) {
    List<T> chosen = new ArrayList<>();
    for (int i : distinct(random, values.length, random.nextInt(max + 1))) {
      chosen.add(values[i]);
    }
    return chosen;
  }

  private static long mix(long seed, int stream, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (stream * 0x100000000L + index + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
