package dev.scap.io.internal;

import dev.scap.io.FormatRule;
import dev.scap.io.ReadLimits;
import dev.scap.io.ScapFormatException;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Coded;
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
import dev.scap.model.internal.BeanValidation;
import dev.scap.model.internal.Pointers;
import dev.scap.model.internal.Quoted;
import dev.scap.model.internal.Syntax;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the tokens of one SCAP document into the model, reporting what only the JSON shows:
 * unknown and repeated properties, values of the wrong type, unknown codes, malformed dates.
 * A value that cannot be read is reported and left out, and reading goes on.
 *
 * <p>Lists keep their length: an element that cannot be read is replaced by an empty one, so
 * that the indexes in the model's problems are the indexes of the source. Not thread-safe.
 */
public final class DocumentParser {

  /** The properties of each kind of object, in the order of the format. */
  static final Shape DOCUMENT = new Shape("document", "scapVersion", "metadata", "taxonomies",
      "cities", "organizations", "plans", "events");
  static final Shape METADATA = new Shape("metadata", "title", "description", "source",
      "license", "created", "notes");
  static final Shape TAXONOMY = new Shape("taxonomy", "id", "name", "themes");
  static final Shape THEME = new Shape("theme", "id", "label", "description", "broader");
  static final Shape CITY = new Shape("city", "id", "name", "country", "population",
      "location", "networks");
  static final Shape LOCATION = new Shape("location", "lat", "lon");
  static final Shape ORGANIZATION = new Shape("organization", "id", "name", "kind", "country",
      "offers", "themes");
  static final Shape PLAN = new Shape("plan", "id", "city", "title", "adopted", "period",
      "vision", "focusAreas", "targets", "projects", "partners");
  static final Shape PERIOD = new Shape("period", "start", "end");
  static final Shape FOCUS_AREA = new Shape("focus area", "theme", "priority", "challenges");
  static final Shape TARGET = new Shape("target", "description", "theme", "year");
  static final Shape PROJECT = new Shape("project", "id", "title", "description", "themes",
      "stage", "start", "end", "cost", "supportNeeded", "partners", "indicators");
  static final Shape MONEY = new Shape("money", "amount", "currency");
  static final Shape PARTNER = new Shape("partner", "organization", "role", "support", "note");
  static final Shape INDICATOR = new Shape("indicator", "name", "unit", "baseline", "target",
      "targetYear");
  static final Shape EVENT = new Shape("event", "id", "name", "start", "end", "venue",
      "organizations", "cities", "sessions", "note");
  static final Shape VENUE = new Shape("venue", "name", "address", "city", "country");
  static final Shape EVENT_ORGANIZATION = new Shape("event organization", "organization",
      "role");
  static final Shape SESSION = new Shape("session", "id", "kind", "title", "description",
      "date", "taxonomy", "themes", "tables");
  static final Shape TABLE = new Shape("table", "number", "theme", "seats", "guests",
      "partners", "slot", "room");
  static final Shape INVITATION = new Shape("invitation", "organization", "note");

  /** Four-digit years without a sign, as ISO-8601 calendar dates are written in the format. */
  static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);

  private final JsonParser parser;
  private final ReadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final Consumer<Problem> sink;
  private final Set<String> flagged;
  /** The properties seen in each object being read, by depth, as bits of the shape's names. */
  private long[] seen = new long[16];
  private int depth = -1;
  /** Reusable lists for the entries of the lists being read, one per level of nesting. */
  private final List<ArrayList<Object>> scratch = new ArrayList<>();
  private int listDepth;
  private TokenStreamLocation lastPlanStart = TokenStreamLocation.NA;
  /** Where each entry of {@code events} starts, and where the one being read does. */
  private final List<TokenStreamLocation> eventStarts = new ArrayList<>();
  private TokenStreamLocation eventStart = TokenStreamLocation.NA;
  private final SharedIds<ThemeId> themeIds = new SharedIds<>(ThemeId::of);
  private final SharedIds<OrganizationId> organizationIds = new SharedIds<>(OrganizationId::of);
  // The readers of the lists in every plan and project, made once: a reference to a method of
  // this parser is a new object wherever it is evaluated, hundreds of thousands of times here.
  private final Supplier<ThemeId> themeIdReader = this::themeId;
  private final Supplier<FocusArea> focusAreaReader = this::focusArea;
  private final Supplier<Project> projectReader = this::project;

  /**
   * Creates a parser over a token stream.
   *
   * @param parser the token stream, positioned before the document
   * @param limits the limits that Jackson does not enforce itself (items, written-out digits)
   */
  public DocumentParser(JsonParser parser, ReadLimits limits) {
    this.parser = parser;
    this.limits = limits;
    this.sink = problems::add;
    this.flagged = new HashSet<>();
  }

  /**
   * Creates a parser over a token stream that hands each problem to {@code sink} as it is
   * found, instead of holding it in {@link #problems()}, and flags pointers in a set that
   * other threads may read meanwhile: the pointers at or under an entry of a list are all in
   * it by the time the entry is handed over.
   *
   * @param parser the token stream, positioned before the document
   * @param limits the limits that Jackson does not enforce itself (items, written-out digits)
   * @param sink receives each problem of the format, in the order found
   * @param flagged receives the {@link #flagged() flagged pointers}: a set from {@link #flags()}
   */
  public DocumentParser(JsonParser parser, ReadLimits limits, Consumer<Problem> sink,
      Set<String> flagged) {
    this.parser = parser;
    this.limits = limits;
    this.sink = sink;
    this.flagged = flagged;
  }

  /**
   * Returns an empty set of flagged pointers that threads may read while the parser adds to it.
   *
   * @return a new concurrent set
   */
  public static Set<String> flags() {
    return ConcurrentHashMap.newKeySet();
  }

  /**
   * Returns the problems reported so far, in the order found; none if they go to a sink.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the pointers at which a problem was reported: the model's problems at or under them
   * say the same thing again.
   *
   * @return the pointers
   */
  public Set<String> flagged() {
    return flagged;
  }

  /**
   * Tells whether a problem of the model's says again what a problem of the format said: at a
   * flagged pointer or under it.
   *
   * @param pointer the model's problem's pointer
   * @param flagged the pointers {@link #flagged()} gave
   * @return whether to leave the problem out
   */
  public static boolean isFlagged(String pointer, Set<String> flagged) {
    if (flagged.isEmpty()) {
      return false;   // as most documents: no pointer to cut into its ancestors
    }
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      if (flagged.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  /**
   * Reads a whole document, then checks that nothing follows it.
   *
   * @return the document
   * @throws ScapFormatException if the text is not a JSON object
   */
  public ScapDocument readDocument() {
    return readDocument((plan, index) -> { });
  }

  /**
   * Reads a whole document, then checks that nothing follows it, handing over each plan as soon
   * as it is read.
   *
   * @param plans receives each entry of the document's {@code plans}, with its index, in order
   * @return the document
   * @throws ScapFormatException if the text is not a JSON object
   */
  public ScapDocument readDocument(ObjIntConsumer<Plan> plans) {
    return readDocument(read -> { }, plans);
  }

  /**
   * Reads a whole document, then checks that nothing follows it, handing over what was read
   * before its plans as the plans start, and each plan as soon as it is read.
   *
   * @param beforePlans receives the document as read up to its {@code plans}, without them,
   *     where its taxonomies and cities come before its plans (other properties may still
   *     follow them)
   * @param plans receives each entry of the document's {@code plans}, with its index, in order
   * @return the document
   * @throws ScapFormatException if the text is not a JSON object
   */
  public ScapDocument readDocument(Consumer<ScapDocument> beforePlans,
      ObjIntConsumer<Plan> plans) {
    startDocument();
    ScapDocument.Builder builder = ScapDocument.builder().scapVersion(null);
    Header header = new Header(builder);
    String name;
    while ((name = nextProperty(DOCUMENT)) != null) {
      if (name.equals("plans")) {
        if (header.taxonomiesSeen && header.citiesSeen) {
          beforePlans.accept(builder.build());
        }
        builder.plans(list(this::plan, () -> Plan.builder(null, null, null).build(), plans));
      } else {
        header.read(name);
      }
    }
    header.finish();
    endDocument();
    return builder.build();
  }

  /**
   * Reads the document up to its {@code plans}, for streaming: the parser is left on the
   * array's first plan, or past the end of the document if it has no plans.
   *
   * @return the document without its plans
   * @throws ScapFormatException if the text is not a JSON object, or if {@code plans} comes
   *     before {@code taxonomies}, {@code cities} or {@code organizations}
   */
  public ScapDocument readHeader() {
    startDocument();
    ScapDocument.Builder builder = ScapDocument.builder().scapVersion(null);
    Header header = new Header(builder);
    String name;
    while ((name = nextProperty(DOCUMENT)) != null) {
      if (name.equals("plans")) {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
          header.finish();
          return builder.build();
        }
        list(this::plan, () -> Plan.builder(null, null, null).build());
      } else {
        header.read(name);
      }
    }
    header.finish();
    endDocument();
    return builder.build();
  }

  /**
   * Reads the next plan of the {@code plans} array, for streaming.
   *
   * @param index the plan's index, for the item limit
   * @return the plan, or {@code null} once the array ends
   */
  public Plan nextPlan(int index) {
    JsonToken token = next();
    if (token == JsonToken.END_ARRAY) {
      return null;
    }
    lastPlanStart = parser.currentTokenLocation();
    if (index >= limits.maxItems()) {
      throw limit("plans has more than " + limits.maxItems() + " entries");
    }
    if (token == JsonToken.VALUE_NULL) {
      wrongType("a list entry");  // as the whole read does for null in any list
    }
    Plan plan = plan();
    return plan == null ? Plan.builder(null, null, null).build() : plan;
  }

  /**
   * Returns where each entry of the document's {@code events} starts, once they are read.
   *
   * @return the locations of their first tokens, by index
   */
  public List<TokenStreamLocation> eventStarts() {
    return eventStarts;
  }

  /**
   * Returns where the plan that {@link #nextPlan} read last starts.
   *
   * @return the location of its opening brace
   */
  public TokenStreamLocation lastPlanStart() {
    return lastPlanStart;
  }

  /**
   * Reads what follows the {@code plans} array, for streaming: only {@code scapVersion},
   * {@code metadata}, {@code events} and {@code extensions} may come after it.
   *
   * @param header the document read before the plans
   * @return the header completed with what followed the plans
   * @throws ScapFormatException if taxonomies, cities or organizations follow the plans
   */
  public ScapDocument readTrailer(ScapDocument header) {
    ScapDocument.Builder builder = header.toBuilder();
    Header trailer = new Header(builder);
    String name;
    while ((name = nextProperty(DOCUMENT)) != null) {
      if (name.equals("taxonomies") || name.equals("cities") || name.equals("organizations")
          || name.equals("plans")) {
        throw fatal(FormatRule.NOT_A_DOCUMENT, "to be read plan by plan, a document gives "
            + "its taxonomies, cities and organizations before its plans, but " + name
            + " comes after them");
      }
      trailer.read(name);
    }
    endDocument();
    return builder.build();
  }

  private void startDocument() {
    JsonToken token = next();
    if (token == null) {
      // No token has a location: the end of the input is where the document was expected.
      TokenStreamLocation end = parser.currentLocation();
      throw new ScapFormatException(FormatRule.SYNTAX_ERROR.at("", "the document is empty",
          Math.max(1, end.getLineNr()), Math.max(1, end.getColumnNr())), null);
    }
    if (token != JsonToken.START_OBJECT) {
      throw fatal(FormatRule.NOT_A_DOCUMENT,
          "a SCAP document is a JSON object, not " + describe(token));
    }
    enterObject();
  }

  private void endDocument() {
    if (next() != null) {
      throw fatal(FormatRule.SYNTAX_ERROR, "content follows the end of the document");
    }
  }

  /** The top-level properties other than plans, which the whole and the streaming reader share. */
  private final class Header {
    private final ScapDocument.Builder builder;
    private boolean taxonomiesSeen;
    private boolean citiesSeen;
    private final TokenStreamLocation start = parser.currentTokenLocation();

    Header(ScapDocument.Builder builder) {
      this.builder = builder;
    }

    void read(String name) {
      switch (name) {
        case "scapVersion" -> {
          TokenStreamLocation at = parser.currentTokenLocation();
          String version = text();
          refuseUnsupported(version, at);
          builder.scapVersion(version);
        }
        case "metadata" -> builder.metadata(metadata());
        case "taxonomies" -> {
          taxonomiesSeen = true;
          builder.taxonomies(list(DocumentParser.this::taxonomy,
              () -> new Taxonomy(null, null, null, null)));
        }
        case "cities" -> {
          citiesSeen = true;
          if (parser.currentToken() == JsonToken.VALUE_NULL) {
            missing("", "cities", "cities is required (it may be an empty list)");
          }
          builder.cities(list(DocumentParser.this::city,
              () -> new City(null, null, null, null, null, null, null)));
        }
        case "organizations" -> builder.organizations(list(DocumentParser.this::organization,
            () -> new Organization(null, null, null, null, null, null, null)));
        case "events" -> builder.events(list(DocumentParser.this::event,
            DocumentParser::emptyEvent, (event, index) -> eventStarts.add(
                parser.currentToken() == JsonToken.END_OBJECT
                    ? eventStart : parser.currentTokenLocation())));
        case "extensions" -> builder.extensions(extensions());
        default -> throw new IllegalStateException(name);
      }
    }

    void finish() {
      if (!citiesSeen) {
        sink.accept(FormatRule.MISSING_PROPERTY.at("/cities",
            "cities is required (it may be an empty list)", start.getLineNr(),
            start.getColumnNr()));
        flagged.add("/cities");
      }
    }
  }

  /**
   * Stops at a format version this library cannot read, as soon as it is read: what follows may
   * be of another format, whose problems would mislead.
   */
  private static void refuseUnsupported(String version, TokenStreamLocation at) {
    if (Syntax.isReadableVersion(version)) {
      return;  // as the constraint finds it: no need to wait for Hibernate Validator to start
    }
    for (Problem problem : BeanValidation.shared().validateValue(ScapDocument.class,
        "scapVersion", version, "")) {
      if (problem.rule().equals(Rule.UNSUPPORTED_VERSION.code())) {
        throw new ScapFormatException(problem.at(at.getLineNr(), at.getColumnNr()), null);
      }
    }
  }

  private Metadata metadata() {
    if (!startObject()) {
      return null;
    }
    String title = null;
    String description = null;
    String source = null;
    String license = null;
    LocalDate created = null;
    String notes = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(METADATA)) != null) {
      switch (name) {
        case "title" -> title = text();
        case "description" -> description = text();
        case "source" -> source = text();
        case "license" -> license = text();
        case "created" -> created = date();
        case "notes" -> notes = text();
        default -> extensions = extensions();
      }
    }
    return new Metadata(title, description, source, license, created, notes, extensions);
  }

  private Taxonomy taxonomy() {
    if (!startObject()) {
      return null;
    }
    TaxonomyId id = null;
    String name = null;
    List<Theme> themes = null;
    Extensions extensions = null;
    String property;
    while ((property = nextProperty(TAXONOMY)) != null) {
      switch (property) {
        case "id" -> id = id(TaxonomyId::of);
        case "name" -> name = text();
        case "themes" -> themes = list(this::theme, () -> new Theme(null, null, null, null, null));
        default -> extensions = extensions();
      }
    }
    return new Taxonomy(id, name, themes, extensions);
  }

  private Theme theme() {
    if (!startObject()) {
      return null;
    }
    ThemeId id = null;
    String label = null;
    String description = null;
    ThemeId broader = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(THEME)) != null) {
      switch (name) {
        case "id" -> id = themeId();
        case "label" -> label = text();
        case "description" -> description = text();
        case "broader" -> broader = themeId();
        default -> extensions = extensions();
      }
    }
    return new Theme(id, label, description, broader, extensions);
  }

  private City city() {
    if (!startObject()) {
      return null;
    }
    CityId id = null;
    String name = null;
    String country = null;
    Long population = null;
    Location location = null;
    List<String> networks = null;
    Extensions extensions = null;
    String property;
    while ((property = nextProperty(CITY)) != null) {
      switch (property) {
        case "id" -> id = id(CityId::of);
        case "name" -> name = text();
        case "country" -> country = text();
        case "population" -> population = longInteger();
        case "location" -> location = location();
        case "networks" -> networks = list(this::text, () -> "");
        default -> extensions = extensions();
      }
    }
    return new City(id, name, country, population, location, networks, extensions);
  }

  private Location location() {
    if (!startObject()) {
      return null;
    }
    BigDecimal lat = null;
    BigDecimal lon = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(LOCATION)) != null) {
      switch (name) {
        case "lat" -> lat = decimal();
        case "lon" -> lon = decimal();
        default -> extensions = extensions();
      }
    }
    return new Location(lat, lon, extensions);
  }

  private Organization organization() {
    if (!startObject()) {
      return null;
    }
    OrganizationId id = null;
    String name = null;
    OrganizationKind kind = null;
    String country = null;
    List<SupportType> offers = null;
    List<ThemeId> themes = null;
    Extensions extensions = null;
    String property;
    while ((property = nextProperty(ORGANIZATION)) != null) {
      switch (property) {
        case "id" -> id = id(OrganizationId::of);
        case "name" -> name = text();
        case "kind" -> kind = code(OrganizationKind.class);
        case "country" -> country = text();
        case "offers" -> offers = codes(SupportType.class);
        case "themes" -> themes = list(themeIdReader, () -> ThemeId.of(""));
        default -> extensions = extensions();
      }
    }
    return new Organization(id, name, kind, country, offers, themes, extensions);
  }

  private Plan plan() {
    if (!startObject()) {
      return null;
    }
    Plan.Builder plan = Plan.builder(null, null, null);
    String name;
    while ((name = nextProperty(PLAN)) != null) {
      switch (name) {
        case "id" -> plan.id(id(PlanId::of));
        case "city" -> plan.city(id(CityId::of));
        case "title" -> plan.title(text());
        case "adopted" -> plan.adopted(date());
        case "period" -> plan.period(period());
        case "vision" -> plan.vision(text());
        case "focusAreas" -> plan.focusAreas(
            list(focusAreaReader, () -> new FocusArea(null, null, null, null)));
        case "targets" -> plan.targets(list(this::target, () -> new Target(null, null, null,
            null)));
        case "projects" -> plan.projects(list(projectReader,
            () -> Project.builder(null, null).build()));
        case "partners" -> plan.partners(list(this::partner, DocumentParser::emptyPartner));
        default -> plan.extensions(extensions());
      }
    }
    return plan.build();
  }

  private Period period() {
    if (!startObject()) {
      return null;
    }
    Integer start = null;
    Integer end = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(PERIOD)) != null) {
      switch (name) {
        case "start" -> start = integer();
        case "end" -> end = integer();
        default -> extensions = extensions();
      }
    }
    return new Period(start, end, extensions);
  }

  private FocusArea focusArea() {
    if (!startObject()) {
      return null;
    }
    ThemeId theme = null;
    Integer priority = null;
    List<String> challenges = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(FOCUS_AREA)) != null) {
      switch (name) {
        case "theme" -> theme = themeId();
        case "priority" -> priority = integer();
        case "challenges" -> challenges = list(this::text, () -> "");
        default -> extensions = extensions();
      }
    }
    return new FocusArea(theme, priority, challenges, extensions);
  }

  private Target target() {
    if (!startObject()) {
      return null;
    }
    String description = null;
    ThemeId theme = null;
    Integer year = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(TARGET)) != null) {
      switch (name) {
        case "description" -> description = text();
        case "theme" -> theme = themeId();
        case "year" -> year = integer();
        default -> extensions = extensions();
      }
    }
    return new Target(description, theme, year, extensions);
  }

  private Project project() {
    if (!startObject()) {
      return null;
    }
    // its components as locals rather than in a builder: a document has hundreds of
    // thousands of projects
    ProjectId id = null;
    String title = null;
    String description = null;
    List<ThemeId> themes = List.of();
    Stage stage = null;
    LocalDate start = null;
    LocalDate end = null;
    Money cost = null;
    List<SupportType> supportNeeded = null;
    List<Partner> partners = null;
    List<Indicator> indicators = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(PROJECT)) != null) {
      switch (name) {
        case "id" -> id = id(ProjectId::of);
        case "title" -> title = text();
        case "description" -> description = text();
        case "themes" -> themes = list(themeIdReader, () -> ThemeId.of(""));
        case "stage" -> stage = code(Stage.class);
        case "start" -> start = date();
        case "end" -> end = date();
        case "cost" -> cost = money();
        case "supportNeeded" -> supportNeeded = codes(SupportType.class);
        case "partners" -> partners = list(this::partner, DocumentParser::emptyPartner);
        case "indicators" -> indicators = list(this::indicator,
            () -> new Indicator(null, null, null, null, null, null));
        default -> extensions = extensions();
      }
    }
    return new Project(id, title, description, themes, stage, start, end, cost, supportNeeded,
        partners, indicators, extensions);
  }

  private Money money() {
    if (!startObject()) {
      return null;
    }
    BigDecimal amount = null;
    String currency = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(MONEY)) != null) {
      switch (name) {
        case "amount" -> amount = decimal();
        case "currency" -> currency = text();
        default -> extensions = extensions();
      }
    }
    return new Money(amount, currency, extensions);
  }

  private Partner partner() {
    if (!startObject()) {
      return null;
    }
    OrganizationId organization = null;
    PartnerRole role = null;
    List<SupportType> support = null;
    String note = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(PARTNER)) != null) {
      switch (name) {
        case "organization" -> organization = organizationId();
        case "role" -> role = code(PartnerRole.class);
        case "support" -> support = codes(SupportType.class);
        case "note" -> note = text();
        default -> extensions = extensions();
      }
    }
    return new Partner(organization, role, support, note, extensions);
  }

  private static Partner emptyPartner() {
    return new Partner(null, null, null, null, null);
  }

  private Event event() {
    eventStart = parser.currentTokenLocation();
    if (!startObject()) {
      return null;
    }
    EventId id = null;
    String name = null;
    LocalDate start = null;
    LocalDate end = null;
    Venue venue = null;
    List<EventOrganization> organizations = null;
    List<CityId> cities = null;
    List<Session> sessions = null;
    String note = null;
    Extensions extensions = null;
    String property;
    while ((property = nextProperty(EVENT)) != null) {
      switch (property) {
        case "id" -> id = id(EventId::of);
        case "name" -> name = text();
        case "start" -> start = date();
        case "end" -> end = date();
        case "venue" -> venue = venue();
        case "organizations" -> organizations = list(this::eventOrganization,
            () -> new EventOrganization(null, null, null));
        case "cities" -> cities = list(() -> id(CityId::of), () -> CityId.of(""));
        case "sessions" -> sessions = list(this::session,
            () -> new Session(null, null, null, null, null, null, null, null, null));
        case "note" -> note = text();
        default -> extensions = extensions();
      }
    }
    return new Event(id, name, start, end, venue, organizations, cities, sessions, note,
        extensions);
  }

  private static Event emptyEvent() {
    return new Event(null, null, null, null, null, null, null, null, null, null);
  }

  private Venue venue() {
    if (!startObject()) {
      return null;
    }
    String name = null;
    String address = null;
    String city = null;
    String country = null;
    Extensions extensions = null;
    String property;
    while ((property = nextProperty(VENUE)) != null) {
      switch (property) {
        case "name" -> name = text();
        case "address" -> address = text();
        case "city" -> city = text();
        case "country" -> country = text();
        default -> extensions = extensions();
      }
    }
    return new Venue(name, address, city, country, extensions);
  }

  private EventOrganization eventOrganization() {
    if (!startObject()) {
      return null;
    }
    OrganizationId organization = null;
    EventRole role = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(EVENT_ORGANIZATION)) != null) {
      switch (name) {
        case "organization" -> organization = organizationId();
        case "role" -> role = code(EventRole.class);
        default -> extensions = extensions();
      }
    }
    return new EventOrganization(organization, role, extensions);
  }

  private Session session() {
    if (!startObject()) {
      return null;
    }
    SessionId id = null;
    SessionKind kind = null;
    String title = null;
    String description = null;
    LocalDate date = null;
    TaxonomyId taxonomy = null;
    List<ThemeId> themes = null;
    List<SeatedTable> tables = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(SESSION)) != null) {
      switch (name) {
        case "id" -> id = id(SessionId::of);
        case "kind" -> kind = code(SessionKind.class);
        case "title" -> title = text();
        case "description" -> description = text();
        case "date" -> date = date();
        case "taxonomy" -> taxonomy = id(TaxonomyId::of);
        case "themes" -> themes = list(themeIdReader, () -> ThemeId.of(""));
        case "tables" -> tables = list(this::table,
            () -> new SeatedTable(null, null, null, null, null, null, null, null));
        default -> extensions = extensions();
      }
    }
    return new Session(id, kind, title, description, date, taxonomy, themes, tables,
        extensions);
  }

  private SeatedTable table() {
    if (!startObject()) {
      return null;
    }
    Integer number = null;
    ThemeId theme = null;
    Integer seats = null;
    List<CityId> guests = null;
    List<Invitation> partners = null;
    Integer slot = null;
    String room = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(TABLE)) != null) {
      switch (name) {
        case "number" -> number = integer();
        case "theme" -> theme = themeId();
        case "seats" -> seats = integer();
        case "guests" -> guests = list(() -> id(CityId::of), () -> CityId.of(""));
        case "partners" -> partners = list(this::invitation,
            () -> new Invitation(null, null, null));
        case "slot" -> slot = integer();
        case "room" -> room = text();
        default -> extensions = extensions();
      }
    }
    return new SeatedTable(number, theme, seats, guests, partners, slot, room, extensions);
  }

  private Invitation invitation() {
    if (!startObject()) {
      return null;
    }
    OrganizationId organization = null;
    String note = null;
    Extensions extensions = null;
    String name;
    while ((name = nextProperty(INVITATION)) != null) {
      switch (name) {
        case "organization" -> organization = organizationId();
        case "note" -> note = text();
        default -> extensions = extensions();
      }
    }
    return new Invitation(organization, note, extensions);
  }

  private Indicator indicator() {
    if (!startObject()) {
      return null;
    }
    String name = null;
    String unit = null;
    BigDecimal baseline = null;
    BigDecimal target = null;
    Integer targetYear = null;
    Extensions extensions = null;
    String property;
    while ((property = nextProperty(INDICATOR)) != null) {
      switch (property) {
        case "name" -> name = text();
        case "unit" -> unit = text();
        case "baseline" -> baseline = decimal();
        case "target" -> target = decimal();
        case "targetYear" -> targetYear = integer();
        default -> extensions = extensions();
      }
    }
    return new Indicator(name, unit, baseline, target, targetYear, extensions);
  }

  // ---- objects and lists

  /** On an object's start, tells whether to read it; reports any other value but null. */
  private boolean startObject() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      enterObject();
      return true;
    }
    if (token != JsonToken.VALUE_NULL) {
      wrongType("an object");
    }
    return false;
  }

  /** Starts tracking the properties seen in a newly entered object. */
  private void enterObject() {
    depth++;
    if (depth == seen.length) {
      seen = Arrays.copyOf(seen, seen.length * 2);
    }
    seen[depth] = 0L;
  }

  /**
   * Moves to the next known property of the current object and onto its value, reporting and
   * skipping unknown and repeated ones; {@code extensions} is known to every object.
   *
   * @return the property's name, or {@code null} at the object's end
   */
  private String nextProperty(Shape shape) {
    while (true) {
      JsonToken token = next();
      if (token == JsonToken.END_OBJECT) {
        depth--;
        return null;
      }
      String name = parser.currentName();
      int index = shape.index(name);
      if (index < 0) {
        report(FormatRule.UNKNOWN_PROPERTY, shape.unknown(name));
        next();
        parser.skipChildren();
        continue;
      }
      long bit = 1L << index;
      if ((seen[depth] & bit) != 0) {
        report(FormatRule.DUPLICATE_PROPERTY, Quoted.name(name) + " is given more than once "
            + "in this " + shape.kind + "; the first is kept");
        next();
        parser.skipChildren();
        continue;
      }
      seen[depth] |= bit;
      next();
      return name;
    }
  }

  private <T> List<T> list(Supplier<T> element, Supplier<T> placeholder) {
    return list(element, placeholder, null);
  }

  /**
   * Reads a list into an unmodifiable one, which the model's records keep without copying it.
   * An entry that is null or of the wrong kind is reported and replaced by the placeholder, or
   * left out if the placeholder is {@code null}.
   *
   * @param added if given, receives each entry as soon as it is read, with its index
   */
  private <T> List<T> list(Supplier<T> element, Supplier<T> placeholder,
      ObjIntConsumer<? super T> added) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (token != JsonToken.START_ARRAY) {
      wrongType("an array");
      return List.of();
    }
    if (listDepth == scratch.size()) {
      scratch.add(new ArrayList<>());
    }
    @SuppressWarnings("unchecked")
    List<T> items = (List<T>) scratch.get(listDepth++);
    try {
      int count = 0;
      while (next() != JsonToken.END_ARRAY) {
        if (count++ >= limits.maxItems()) {
          throw limit("a list has more than " + limits.maxItems() + " entries");
        }
        T item = parser.currentToken() == JsonToken.VALUE_NULL ? null : element.get();
        if (item == null) {
          if (parser.currentToken() == JsonToken.VALUE_NULL) {
            wrongType("a list entry");
          }
          item = placeholder.get();
          if (item == null) {
            continue;
          }
        }
        if (added != null) {
          added.accept(item, items.size());
        }
        items.add(item);
      }
      return List.copyOf(items);
    } finally {
      items.clear();
      listDepth--;
    }
  }

  /** Reads a list of codes, leaving out (once reported) those that are not codes. */
  private <E extends Enum<E> & Coded> List<E> codes(Class<E> type) {
    return list(() -> code(type), () -> null);
  }

  private Extensions extensions() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Extensions.NONE;
    }
    if (token != JsonToken.START_OBJECT) {
      wrongType("an object");
      return Extensions.NONE;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) anyValue();
    return Extensions.of(values);
  }

  /** Reads any JSON value as plain Java values; the nesting limit bounds the recursion. */
  private Object anyValue() {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (next() != JsonToken.END_OBJECT) {
          String name = parser.currentName();
          if (map.size() >= limits.maxItems()) {
            throw limit("an object has more than " + limits.maxItems() + " properties");
          }
          next();
          if (map.containsKey(name)) {
            report(FormatRule.DUPLICATE_PROPERTY, Quoted.name(name)
                + " is given more than once in this object; the first is kept");
            parser.skipChildren();
          } else {
            map.put(name, anyValue());
          }
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
          if (list.size() >= limits.maxItems()) {
            throw limit("a list has more than " + limits.maxItems() + " entries");
          }
          list.add(anyValue());
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return exactNumber();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }

  // ---- scalars

  private String text() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    if (token != JsonToken.VALUE_NULL) {
      wrongType("a string");
    }
    return null;
  }

  /** A theme id, the same instance for the same text: documents name each theme often. */
  private ThemeId themeId() {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      // found by the parser's characters: no string made for each of a theme's mentions
      return themeIds.of(parser.getStringCharacters(), parser.getStringOffset(),
          parser.getStringLength());
    }
    String text = text();
    return text == null ? null : themeIds.of(text);
  }

  /** An organization id, the same instance for the same text, as partners repeat them. */
  private OrganizationId organizationId() {
    String text = text();
    return text == null ? null : organizationIds.of(text);
  }

  private <T> T id(Function<String, T> factory) {
    String text = text();
    return text == null ? null : factory.apply(text);
  }

  private <E extends Enum<E> & Coded> E code(Class<E> type) {
    String text = text();
    if (text == null) {
      return null;
    }
    E constant = Coded.fromCode(type, text).orElse(null);
    if (constant == null) {
      List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
      String hint = Suggestions.closest(text, codes).map(c -> "; did you mean \"" + c + "\"?")
          .orElse("; the codes are " + String.join(", ", codes));
      report(FormatRule.INVALID_CODE, Quoted.value(text) + " is not a code of "
          + Pointers.lastName(pointer()) + hint);
    }
    return constant;
  }

  private LocalDate date() {
    String text = text();
    if (text == null) {
      return null;
    }
    LocalDate date = isoDate(text);
    if (date != null) {
      return date;
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      report(FormatRule.INVALID_DATE, Quoted.value(text)
          + " is not a calendar date of the form YYYY-MM-DD");
      return null;
    }
  }

  /**
   * Reads the common case, {@code YYYY-MM-DD} with a valid day, without the formatter's
   * machinery; {@code null} for anything else, which the formatter then reads or refuses.
   */
  static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && !fits(year, month, day)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean fits(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }

  /** The ASCII digits from {@code start} to {@code end} as a number, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private Integer integer() {
    Long value = longInteger();
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      report(FormatRule.WRONG_TYPE, value + " is out of range: expected a whole number from "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      return null;
    }
    return value.intValue();
  }

  private Long longInteger() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      // JSON has one number type: 2018.0 and 2.018e3 are the whole number 2018.
      BigDecimal value = exactNumber().stripTrailingZeros();
      if (value.scale() > 0) {
        wrongType("a whole number");
        return null;
      }
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        report(FormatRule.WRONG_TYPE, parser.getString()
            + " is out of range: expected a whole number from " + Long.MIN_VALUE + " to "
            + Long.MAX_VALUE);
        return null;
      }
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        report(FormatRule.WRONG_TYPE, parser.getString()
            + " is out of range: expected a whole number from " + Long.MIN_VALUE + " to "
            + Long.MAX_VALUE);
        return null;
      }
      return parser.getLongValue();
    }
    if (token != JsonToken.VALUE_NULL) {
      wrongType("a whole number");
    }
    return null;
  }

  private BigDecimal decimal() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return exactNumber();
    }
    if (token != JsonToken.VALUE_NULL) {
      wrongType("a number");
    }
    return null;
  }

  /**
   * Reads the current number exactly, as written; the model's records hold a negative scale
   * ({@code 1E+3}) as scale 0.
   */
  private BigDecimal exactNumber() {
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException e) {
      // An exponent beyond the range of an int (1e2147483648): no BigDecimal holds it.
      throw limit("number " + abbreviate(parser.getString()) + " has an exponent too large "
          + "to be held, more digits than the limit of " + limits.maxNumberLength());
    }
    long digits = value.scale() <= 0
        ? (long) value.precision() - value.scale()
        : Math.max(value.precision(), value.scale() + 1L);
    if (digits > limits.maxNumberLength()) {
      throw limit("number " + abbreviate(parser.getString()) + " has " + digits
          + " digits when written out, more than the limit of " + limits.maxNumberLength());
    }
    return value;
  }

  // ---- reporting

  private void wrongType(String expected) {
    JsonToken token = parser.currentToken();
    report(FormatRule.WRONG_TYPE, "expected " + expected + ", found " + describe(token));
    parser.skipChildren();
  }

  private void report(FormatRule rule, String message) {
    String pointer = pointer();
    TokenStreamLocation at = parser.currentTokenLocation();
    sink.accept(rule.at(pointer, message, Math.max(0, at.getLineNr()),
        Math.max(0, at.getColumnNr())));
    flagged.add(pointer);
  }

  private void missing(String objectPointer, String name, String message) {
    TokenStreamLocation at = parser.currentTokenLocation();
    String pointer = objectPointer + "/" + name;
    sink.accept(FormatRule.MISSING_PROPERTY.at(pointer, message, at.getLineNr(),
        at.getColumnNr()));
    flagged.add(pointer);
  }

  private ScapFormatException fatal(FormatRule rule, String message) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new ScapFormatException(rule.at(pointer(), message, Math.max(0, at.getLineNr()),
        Math.max(0, at.getColumnNr())), null);
  }

  private ScapFormatException limit(String message) {
    return fatal(FormatRule.LIMIT_EXCEEDED, message);
  }

  private String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  private JsonToken next() {
    return parser.nextToken();
  }

  private String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + Quoted.value(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(parser.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** The known properties of one kind of object. Immutable. */
  static final class Shape {
    final String kind;
    final List<String> names;
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    Shape(String kind, String... names) {
      this.kind = kind;
      List<String> all = new ArrayList<>(List.of(names));
      all.add("extensions");
      this.names = List.copyOf(all);
      if (this.names.size() > Long.SIZE) {
        throw new IllegalArgumentException("too many properties for a bit set");
      }
      for (int i = 0; i < this.names.size(); i++) {
        indexes.put(this.names.get(i), i);
      }
    }

    int index(String name) {
      return indexes.getOrDefault(name, -1);
    }

    String unknown(String name) {
      return Suggestions.closest(name, names)
          .map(s -> kind + " has no property " + Quoted.name(name) + "; did you mean " + s
              + "?")
          .orElse(kind + " has no property " + Quoted.name(name) + "; its properties are "
              + String.join(", ", names));
    }
  }
}
