package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A session of an event: a plenary, a panel, breakout sessions, mini roundtables, a site visit.
 * A roundtable session names the taxonomy and the themes its tables are on, and may hold the
 * seating planned for it. Immutable and thread-safe; optional components are {@code null} when
 * not known, lists are never {@code null}.
 *
 * @param id the session's id, unique within its event
 * @param kind what kind of session it is
 * @param title its title
 * @param description what it is for, for a person
 * @param date the day it takes place, within the event's dates
 * @param taxonomy the taxonomy its themes come from; required of a roundtable session
 * @param themes the themes its tables are on, each of {@code taxonomy}; at least one in a
 *     roundtable session
 * @param tables the seating planned: its tables; only a roundtable session holds any
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Session(
    @NotNull @ValidIdentifier SessionId id,
    @NotNull SessionKind kind,
    @NotBlank String title,
    String description,
    LocalDate date,
    @ValidIdentifier TaxonomyId taxonomy,
    List<@ValidIdentifier ThemeId> themes,
    List<@Valid SeatedTable> tables,
    Extensions extensions) {

  /**
   * Creates a session.
   *
   * @param id the id
   * @param kind the kind
   * @param title the title
   * @param description the description; {@code null} for none
   * @param date the day; {@code null} if not known
   * @param taxonomy the taxonomy of the themes; {@code null} for none
   * @param themes the themes; {@code null} for none
   * @param tables the seating's tables; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public Session {
    themes = Copies.list(themes, "themes");
    tables = Copies.list(tables, "tables");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a session with only its required components.
   *
   * @param id the id
   * @param kind the kind
   * @param title the title
   * @return the session
   */
  public static Session of(SessionId id, SessionKind kind, String title) {
    return new Session(id, kind, title, null, null, null, List.of(), List.of(), Extensions.NONE);
  }

  /**
   * Returns a copy with another seating.
   *
   * @param value the tables; empty for none
   * @return the copy
   */
  public Session withTables(List<SeatedTable> value) {
    return new Session(id, kind, title, description, date, taxonomy, themes, value, extensions);
  }
}
