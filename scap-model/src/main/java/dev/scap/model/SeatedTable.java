package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * One table of a roundtable session's seating: its theme, the cities seated, the partners
 * invited, and when and where it meets. Immutable and thread-safe; optional components are
 * {@code null} when not known, lists are never {@code null}.
 *
 * @param number the table's number, from 1, unique within its session
 * @param theme the table's theme, one of its session's themes
 * @param seats the seats for cities at the table; {@code null} if not limited
 * @param guests the cities seated, each one the event invites, none twice
 * @param partners the organizations invited to the table, none twice
 * @param slot the time slot it meets in, from 1 (slot 1 is the session's first); {@code null}
 *     if not yet placed
 * @param room the room it meets in; {@code null} if not said
 * @param extensions data the format does not interpret, never {@code null}
 */
public record SeatedTable(
    @NotNull @Positive Integer number,
    @NotNull @ValidIdentifier ThemeId theme,
    @Positive Integer seats,
    List<@ValidIdentifier CityId> guests,
    List<@Valid Invitation> partners,
    @Positive Integer slot,
    String room,
    Extensions extensions) {

  /**
   * Creates a table.
   *
   * @param number the number
   * @param theme the theme
   * @param seats the seats; {@code null} if not limited
   * @param guests the guests; {@code null} for none
   * @param partners the invited partners; {@code null} for none
   * @param slot the time slot; {@code null} if not placed
   * @param room the room; {@code null} if not said
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public SeatedTable {
    guests = Copies.list(guests, "guests");
    partners = Copies.list(partners, "partners");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a table of guests with no partner, seat limit, slot or room.
   *
   * @param number the number
   * @param theme the theme
   * @param guests the guests
   * @return the table
   */
  public static SeatedTable of(int number, ThemeId theme, List<CityId> guests) {
    return new SeatedTable(number, theme, null, guests, List.of(), null, null, Extensions.NONE);
  }
}
