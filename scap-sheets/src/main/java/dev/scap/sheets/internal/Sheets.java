package dev.scap.sheets.internal;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.Coded;
import dev.scap.model.EventRole;
import dev.scap.model.OrganizationKind;
import dev.scap.model.PartnerRole;
import dev.scap.model.SessionKind;
import dev.scap.model.Stage;
import dev.scap.model.SupportType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The workbook layout of docs/SHEETS.md, the one description that reading, writing and the
 * template follow: the sheets in their order, each with the JSON path of its objects, its
 * parent columns and its columns.
 */
public final class Sheets {

  /** The sheets of the template that hold no data and are not read. */
  public static final List<String> NOT_DATA = List.of("Lists", "About");

  /** The prefix of an extension's column. */
  public static final String EXTENSION_PREFIX = "ext.";

  /** What a column holds, which says how a cell becomes a JSON value and back. */
  public enum Kind {
    /** Free text, a JSON string. */
    TEXT,
    /** An identifier or a code: text, and a number cell read as the text of the number. */
    ID,
    /** A JSON integer. */
    INTEGER,
    /** A JSON number, read exactly. */
    DECIMAL,
    /** An ISO date, a JSON string. */
    DATE,
    /** Identifiers or codes separated by commas, a JSON array of strings. */
    ID_LIST,
    /** Texts one a line, a JSON array of strings. */
    TEXT_LIST
  }

  /**
   * One column.
   *
   * @param header its header, the property's path with dots
   * @param path the property's path inside the row's object
   * @param kind what it holds
   * @param required whether a sheet with rows must have it
   * @param codes the values a drop-down offers (a code list), empty for none
   * @param description what a person types there
   */
  public record Column(String header, List<String> path, Kind kind, boolean required,
      List<String> codes, String description) {

    /**
     * Copies the lists.
     *
     * @param header its header
     * @param path the property's path
     * @param kind what it holds
     * @param required whether it is required
     * @param codes the drop-down's values
     * @param description what a person types there
     */
    public Column {
      path = List.copyOf(path);
      codes = List.copyOf(codes);
    }

    /**
     * Returns the property's path as a JSON Pointer relative to the row's object.
     *
     * @return the pointer, such as {@code /cost/amount}
     */
    public String pointer() {
      return "/" + String.join("/", path);
    }
  }

  /**
   * One sheet.
   *
   * @param name the sheet's name in a workbook
   * @param file the CSV file's name in a folder
   * @param path where its objects are in the document, {@code *} standing for each item of a
   *     list: {@code plans/ * /projects/ *} without the spaces
   * @param parents the sheets of its parent columns, outermost first (a table's event, then
   *     its session), empty for a sheet of top-level objects
   * @param parentColumns the parent columns, one per entry of {@code parents}
   * @param columns the object's own columns, in the layout's order
   * @param nested the nested objects whose extensions take columns of their own (such as
   *     {@code location}), each a path prefix with a dot
   * @param single whether the sheet holds one object, not a list (the {@code Document})
   */
  public record Sheet(String name, String file, String path, List<Sheet> parents,
      List<Column> parentColumns, List<Column> columns, List<String> nested, boolean single) {

    /**
     * Copies the lists.
     *
     * @param name the sheet's name
     * @param file the CSV file's name
     * @param path where its objects are
     * @param parents the sheets of its parent columns
     * @param parentColumns the parent columns
     * @param columns the object's own columns
     * @param nested the nested objects with extensions
     * @param single whether it holds one object
     */
    public Sheet {
      parents = List.copyOf(parents);
      parentColumns = List.copyOf(parentColumns);
      columns = List.copyOf(columns);
      nested = List.copyOf(nested);
    }

    /**
     * Returns every column: the parent columns, then the object's own.
     *
     * @return the columns in the layout's order
     */
    public List<Column> allColumns() {
      return java.util.stream.Stream.concat(parentColumns.stream(), columns.stream()).toList();
    }

    /**
     * Returns the column with a header.
     *
     * @param header the header
     * @return the column, empty if the sheet has none by that header
     */
    public Optional<Column> column(String header) {
      return allColumns().stream().filter(c -> c.header().equals(header)).findFirst();
    }

    /**
     * Returns the property that holds this sheet's objects in their parent's object.
     *
     * @return the last name of the path before its {@code *}, such as {@code projects}
     */
    public String property() {
      String[] steps = path.split("/");
      return single ? steps[steps.length - 1] : steps[steps.length - 2];
    }

    /**
     * Hashes the name and path alone, which equal sheets share: the sheets are keys of maps
     * looked up for every row, and hashing every column of every parent each time was most of
     * an import's time in those maps.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
      return name.hashCode() * 31 + path.hashCode();
    }

    /**
     * Tells whether another sheet has the same components; the same instance first, as sheets
     * are constants.
     *
     * @param other the other object
     * @return whether it is an equal sheet
     */
    @Override
    public boolean equals(Object other) {
      return this == other || other instanceof Sheet that && name.equals(that.name)
          && file.equals(that.file) && path.equals(that.path) && parents.equals(that.parents)
          && parentColumns.equals(that.parentColumns) && columns.equals(that.columns)
          && nested.equals(that.nested) && single == that.single;
    }
  }

  /** The sheet {@code Document}. */
  public static final Sheet DOCUMENT = new Sheet("Document", "document.csv", "", List.of(),
      List.of(), List.of(
          column("scapVersion", Kind.ID, true,
              "the format's version, \"1.1\" (\"1.0\" for a document without events)"),
          column("metadata.title", Kind.TEXT, false, "the document's title"),
          column("metadata.description", Kind.TEXT, false, "what the document holds"),
          column("metadata.source", Kind.TEXT, false, "where the data came from"),
          column("metadata.license", Kind.TEXT, false, "an SPDX license id or a URL"),
          column("metadata.created", Kind.DATE, false, "the day the document was made"),
          column("metadata.notes", Kind.TEXT, false, "remarks for a person")),
      List.of("metadata."), true);

  /** The sheet {@code Taxonomies}. */
  public static final Sheet TAXONOMIES = new Sheet("Taxonomies", "taxonomies.csv",
      "taxonomies/*", List.of(), List.of(), List.of(
          column("id", Kind.ID, true, "the taxonomy's identifier, such as wego-ascn-2019"),
          column("name", Kind.TEXT, true, "its name")),
      List.of(), false);

  /** The sheet {@code Themes}. */
  public static final Sheet THEMES = new Sheet("Themes", "themes.csv",
      "taxonomies/*/themes/*", List.of(TAXONOMIES),
      List.of(column("taxonomy", Kind.ID, true, "the id of its taxonomy (sheet Taxonomies)")),
      List.of(
          column("id", Kind.ID, true,
              "the theme's identifier, unique across the document, such as buildings"),
          column("label", Kind.TEXT, true, "its name, such as Buildings"),
          column("description", Kind.TEXT, false, "what it covers"),
          column("broader", Kind.ID, false, "the id of a theme of the same taxonomy it refines")),
      List.of(), false);

  /** The sheet {@code Cities}. */
  public static final Sheet CITIES = new Sheet("Cities", "cities.csv", "cities/*", List.of(),
      List.of(), List.of(
          column("id", Kind.ID, true, "the city's identifier, such as phnom-penh"),
          column("name", Kind.TEXT, true, "its name"),
          column("country", Kind.ID, true, "its country, an ISO 3166-1 alpha-2 code: KH"),
          column("population", Kind.INTEGER, false, "its population, a whole number"),
          column("location.lat", Kind.DECIMAL, false, "latitude, -90 to 90 (with location.lon)"),
          column("location.lon", Kind.DECIMAL, false,
              "longitude, -180 to 180 (with location.lat)"),
          column("networks", Kind.ID_LIST, false,
              "ids of the city networks it belongs to, separated by commas: ascn, wego")),
      List.of("location."), false);

  /** The sheet {@code Organizations}. */
  public static final Sheet ORGANIZATIONS = new Sheet("Organizations", "organizations.csv",
      "organizations/*", List.of(), List.of(), List.of(
          column("id", Kind.ID, true, "the organization's identifier, such as adb"),
          column("name", Kind.TEXT, true, "its name"),
          codes("kind", true, "what kind of body it is", OrganizationKind.values()),
          column("country", Kind.ID, false, "its country, ISO 3166-1 alpha-2, if national"),
          codeList("offers", "the support it provides, separated by commas",
              SupportType.values()),
          column("themes", Kind.ID_LIST, false,
              "ids of the themes it works on, separated by commas")),
      List.of(), false);

  /** The sheet {@code Plans}. */
  public static final Sheet PLANS = new Sheet("Plans", "plans.csv", "plans/*", List.of(),
      List.of(), List.of(
          column("id", Kind.ID, true, "the plan's identifier, such as phnom-penh-scap-2018"),
          column("city", Kind.ID, true, "the id of its city (sheet Cities)"),
          column("title", Kind.TEXT, true, "its title"),
          column("adopted", Kind.DATE, false, "the day it was adopted, 2018-07-08"),
          column("period.start", Kind.INTEGER, false, "the first year it covers"),
          column("period.end", Kind.INTEGER, false, "the last year it covers"),
          column("vision", Kind.TEXT, false, "its vision")),
      List.of("period."), false);

  private static final Column PLAN = column("plan", Kind.ID, true,
      "the id of its plan (sheet Plans)");

  /** The sheet {@code Focus areas}. */
  public static final Sheet FOCUS_AREAS = new Sheet("Focus areas", "focus-areas.csv",
      "plans/*/focusAreas/*", List.of(PLANS), List.of(PLAN), List.of(
          themeColumn("theme", true, "the id of its theme; each theme once a plan"),
          column("priority", Kind.INTEGER, false,
              "its priority, 1 the highest, no two focus areas of a plan the same"),
          column("challenges", Kind.TEXT_LIST, false,
              "the challenges it meets, one a line")),
      List.of(), false);

  /** The sheet {@code Targets}. */
  public static final Sheet TARGETS = new Sheet("Targets", "targets.csv",
      "plans/*/targets/*", List.of(PLANS), List.of(PLAN), List.of(
          column("description", Kind.TEXT, true, "the target, such as By 2025: ..."),
          themeColumn("theme", false, "the id of the theme it serves"),
          column("year", Kind.INTEGER, false, "the year it is for")),
      List.of(), false);

  /** The sheet {@code Plan partners}. */
  public static final Sheet PLAN_PARTNERS = new Sheet("Plan partners", "plan-partners.csv",
      "plans/*/partners/*", List.of(PLANS), List.of(PLAN), partnerColumns(), List.of(), false);

  /** The sheet {@code Projects}. */
  public static final Sheet PROJECTS = new Sheet("Projects", "projects.csv",
      "plans/*/projects/*", List.of(PLANS), List.of(PLAN), List.of(
          column("id", Kind.ID, true, "the project's identifier, unique across the document"),
          column("title", Kind.TEXT, true, "its title"),
          column("description", Kind.TEXT, false, "what it does"),
          new Column("themes", List.of("themes"), Kind.ID_LIST, true, List.of(),
              "ids of its themes, at least one, separated by commas"),
          codes("stage", false, "how far it has come", Stage.values()),
          column("start", Kind.DATE, false, "the day it starts, 2019-01-01"),
          column("end", Kind.DATE, false, "the day it ends, not before start"),
          column("cost.amount", Kind.DECIMAL, false, "its cost (with cost.currency)"),
          column("cost.currency", Kind.ID, false, "the cost's currency, ISO 4217: USD"),
          codeList("supportNeeded", "the support it needs, separated by commas",
              SupportType.values())),
      List.of("cost."), false);

  private static final Column PROJECT = column("project", Kind.ID, true,
      "the id of its project (sheet Projects)");

  /** The sheet {@code Project partners}. */
  public static final Sheet PROJECT_PARTNERS = new Sheet("Project partners",
      "project-partners.csv", "plans/*/projects/*/partners/*", List.of(PROJECTS),
      List.of(PROJECT), partnerColumns(), List.of(), false);

  /** The sheet {@code Indicators}. */
  public static final Sheet INDICATORS = new Sheet("Indicators", "indicators.csv",
      "plans/*/projects/*/indicators/*", List.of(PROJECTS), List.of(PROJECT), List.of(
          column("name", Kind.TEXT, true, "what is measured"),
          column("unit", Kind.TEXT, false, "its unit, such as km/h"),
          column("baseline", Kind.DECIMAL, false, "its value at the start"),
          column("target", Kind.DECIMAL, false, "the value aimed at"),
          column("targetYear", Kind.INTEGER, false, "the year the target is for")),
      List.of(), false);

  /** The sheet {@code Events}. */
  public static final Sheet EVENTS = new Sheet("Events", "events.csv", "events/*", List.of(),
      List.of(), List.of(
          column("id", Kind.ID, true, "the event's identifier"),
          column("name", Kind.TEXT, true, "its name"),
          column("start", Kind.DATE, true, "its first day, 2019-11-21"),
          column("end", Kind.DATE, true, "its last day"),
          column("venue.name", Kind.TEXT, false, "the venue, such as a hotel"),
          column("venue.address", Kind.TEXT, false, "the venue's street address"),
          column("venue.city", Kind.TEXT, false, "the city the venue is in, as a name"),
          column("venue.country", Kind.ID, false, "the venue's country, ISO 3166-1 alpha-2"),
          column("cities", Kind.ID_LIST, false,
              "ids of the cities invited, separated by commas; none invites every city"),
          column("note", Kind.TEXT, false, "a remark on the facts")),
      List.of("venue."), false);

  private static final Column EVENT = column("event", Kind.ID, true,
      "the id of its event (sheet Events)");

  /** The sheet {@code Event organizations}. */
  public static final Sheet EVENT_ORGANIZATIONS = new Sheet("Event organizations",
      "event-organizations.csv", "events/*/organizations/*", List.of(EVENTS), List.of(EVENT),
      List.of(
          column("organization", Kind.ID, true, "the id of the organization"),
          codes("role", true, "its part in the event", EventRole.values())),
      List.of(), false);

  /** The sheet {@code Sessions}. */
  public static final Sheet SESSIONS = new Sheet("Sessions", "sessions.csv",
      "events/*/sessions/*", List.of(EVENTS), List.of(EVENT), List.of(
          column("id", Kind.ID, true, "the session's identifier, unique in its event"),
          codes("kind", true, "what kind of session", SessionKind.values()),
          column("title", Kind.TEXT, true, "its title"),
          column("description", Kind.TEXT, false, "what it is for"),
          column("date", Kind.DATE, false, "the day it takes place"),
          column("taxonomy", Kind.ID, false,
              "a roundtable's taxonomy, whose themes its tables take"),
          column("themes", Kind.ID_LIST, false,
              "a roundtable's themes, separated by commas")),
      List.of(), false);

  /** The sheet {@code Tables}. */
  public static final Sheet TABLES = new Sheet("Tables", "tables.csv",
      "events/*/sessions/*/tables/*", List.of(EVENTS, SESSIONS),
      List.of(EVENT, column("session", Kind.ID, true, "the id of its session in the event")),
      List.of(
          column("number", Kind.INTEGER, true, "the table's number in its session, from 1"),
          themeColumn("theme", true, "the id of its theme, one of its session's themes"),
          column("seats", Kind.INTEGER, false, "the seats for cities"),
          column("guests", Kind.ID_LIST, false,
              "ids of the cities seated, separated by commas"),
          column("slot", Kind.INTEGER, false, "the time slot it meets in, from 1"),
          column("room", Kind.TEXT, false, "the room it meets in")),
      List.of(), false);

  /** The sheet {@code Table partners}. */
  public static final Sheet TABLE_PARTNERS = new Sheet("Table partners", "table-partners.csv",
      "events/*/sessions/*/tables/*/partners/*", List.of(EVENTS, SESSIONS, TABLES),
      List.of(EVENT, column("session", Kind.ID, true, "the id of its session in the event"),
          column("table", Kind.INTEGER, true, "the number of its table in the session")),
      List.of(
          column("organization", Kind.ID, true, "the id of the organization invited"),
          column("note", Kind.TEXT, false, "why it is invited")),
      List.of(), false);

  /** Every sheet, in the layout's order. */
  public static final List<Sheet> ALL = List.of(DOCUMENT, TAXONOMIES, THEMES, CITIES,
      ORGANIZATIONS, PLANS, FOCUS_AREAS, TARGETS, PLAN_PARTNERS, PROJECTS, PROJECT_PARTNERS,
      INDICATORS, EVENTS, EVENT_ORGANIZATIONS, SESSIONS, TABLES, TABLE_PARTNERS);

  private Sheets() {}

  /**
   * Finds a sheet by its name in a workbook.
   *
   * @param name the sheet's name
   * @return the sheet, empty if the layout has none by that name
   */
  public static Optional<Sheet> byName(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Finds a sheet by its CSV file's name.
   *
   * @param file the file's name, such as {@code projects.csv}
   * @return the sheet, empty if the layout has none by that name
   */
  public static Optional<Sheet> byFile(String file) {
    return ALL.stream().filter(s -> s.file().equals(file)).findFirst();
  }

  /**
   * Returns the themes of the built-in taxonomies, the drop-down of a theme column.
   *
   * @return their ids in the taxonomies' order
   */
  public static List<String> builtInThemes() {
    return BuiltInTaxonomies.all().stream()
        .flatMap(t -> t.themes().stream()).map(t -> t.id().value()).toList();
  }

  private static List<Column> partnerColumns() {
    return List.of(
        column("organization", Kind.ID, true, "the id of the organization (sheet Organizations)"),
        codes("role", true, "its part", PartnerRole.values()),
        codeList("support", "what it gives, separated by commas", SupportType.values()),
        column("note", Kind.TEXT, false, "a remark"));
  }

  private static Column column(String header, Kind kind, boolean required, String description) {
    return new Column(header, Arrays.asList(header.split("\\.")), kind, required, List.of(),
        description);
  }

  private static Column themeColumn(String header, boolean required, String description) {
    return new Column(header, List.of(header), Kind.ID, required, builtInThemes(), description);
  }

  private static Column codes(String header, boolean required, String description,
      Coded[] values) {
    return new Column(header, List.of(header), Kind.ID, required, codesOf(values), description);
  }

  private static Column codeList(String header, String description, Coded[] values) {
    return new Column(header, List.of(header), Kind.ID_LIST, false, codesOf(values),
        description);
  }

  private static List<String> codesOf(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }
}
