package dev.scap.model.validation;

/**
 * The rules of the SCAP format that the model checks, each with its stable code.
 *
 * <p>Codes never change meaning; new rules get new codes. Readers of the format add rules of
 * their own (syntax, unknown properties, wrong JSON types) under other codes.
 */
public enum Rule {
  /** A required property is missing, {@code null} or blank. */
  REQUIRED("required", Severity.ERROR),
  /** A list that needs at least one entry is empty. */
  EMPTY_LIST("empty-list", Severity.ERROR),
  /** An identifier does not match {@code ^[a-z0-9][a-z0-9-]{0,63}$}. */
  INVALID_IDENTIFIER("invalid-identifier", Severity.ERROR),
  /** A country is not an ISO 3166-1 alpha-2 code. */
  INVALID_COUNTRY("invalid-country", Severity.ERROR),
  /** A currency is not an ISO 4217 code. */
  INVALID_CURRENCY("invalid-currency", Severity.ERROR),
  /** A latitude is outside [-90, 90] or a longitude outside [-180, 180]. */
  INVALID_COORDINATE("invalid-coordinate", Severity.ERROR),
  /**
   * A number is below its minimum: a negative population or amount, a priority, or a table's
   * number, seats or slot, below 1.
   */
  OUT_OF_RANGE("out-of-range", Severity.ERROR),
  /** A plan's period, a project's dates or an event's dates end before they start. */
  INVALID_PERIOD("invalid-period", Severity.ERROR),
  /** Two focus areas of one plan share a priority. */
  DUPLICATE_PRIORITY("duplicate-priority", Severity.ERROR),
  /** Two focus areas of one plan name the same theme. */
  DUPLICATE_FOCUS_AREA("duplicate-focus-area", Severity.ERROR),
  /** {@code scapVersion} is not of the form {@code MAJOR.MINOR}. */
  INVALID_VERSION("invalid-version", Severity.ERROR),
  /** {@code scapVersion} is a newer minor version or another major version. */
  UNSUPPORTED_VERSION("unsupported-version", Severity.ERROR),
  /**
   * Two objects of one kind share an id (themes: across all taxonomies; sessions: within their
   * event).
   */
  DUPLICATE_ID("duplicate-id", Severity.ERROR),
  /**
   * A reference names a city, theme, taxonomy or organization that the document does not hold.
   */
  UNKNOWN_REFERENCE("unknown-reference", Severity.ERROR),
  /** A theme's {@code broader} names a theme of another taxonomy. */
  BROADER_OUTSIDE_TAXONOMY("broader-outside-taxonomy", Severity.ERROR),
  /** Following {@code broader} from a theme comes back to it. */
  BROADER_CYCLE("broader-cycle", Severity.ERROR),
  /** A project names a theme that is not one of its plan's focus areas, nor refines one. */
  THEME_OUTSIDE_PLAN("theme-outside-plan", Severity.WARNING),
  /** A document that declares a format version before 1.1 holds events. */
  EVENTS_IN_OLD_VERSION("events-in-old-version", Severity.ERROR),
  /** Two tables of one session share a number. */
  DUPLICATE_TABLE("duplicate-table", Severity.ERROR),
  /** A session's date is before its event starts or after it ends. */
  DATE_OUTSIDE_EVENT("date-outside-event", Severity.ERROR),
  /** A session names a theme that is not of the session's taxonomy. */
  THEME_OUTSIDE_TAXONOMY("theme-outside-taxonomy", Severity.ERROR),
  /** A roundtable session names no taxonomy or no themes. */
  ROUNDTABLE_WITHOUT_THEMES("roundtable-without-themes", Severity.ERROR),
  /** A session that is not a roundtable holds tables. */
  TABLES_OUTSIDE_ROUNDTABLE("tables-outside-roundtable", Severity.ERROR),
  /** A table's theme is not one of its session's themes. */
  THEME_OUTSIDE_SESSION("theme-outside-session", Severity.ERROR),
  /** A table seats a city that its event does not invite; an event listing no city invites all. */
  GUEST_NOT_INVITED("guest-not-invited", Severity.ERROR),
  /** A city is seated at two tables of one session in the same slot. */
  SEATED_TWICE("seated-twice", Severity.ERROR),
  /** Two tables of one session meet in the same room in the same slot. */
  ROOM_TAKEN("room-taken", Severity.ERROR),
  /** A list names the same city or organization twice where once says it all. */
  DUPLICATE_ENTRY("duplicate-entry", Severity.WARNING),
  /** A table seats more cities than it has seats. */
  TABLE_OVER_CAPACITY("table-over-capacity", Severity.WARNING),
  /** An organization is invited to two tables of one session in the same slot. */
  INVITED_TWICE("invited-twice", Severity.WARNING);

  private final String code;
  private final Severity severity;

  Rule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the kebab-case code, such as {@code "unknown-reference"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns how serious breaking the rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns a problem that breaks this rule.
   *
   * @param pointer the JSON Pointer to the offending value
   * @param message the message
   * @return the problem, of this rule's severity, with no source location
   */
  public Problem at(String pointer, String message) {
    return new Problem(severity, code, pointer, message, 0, 0);
  }
}
