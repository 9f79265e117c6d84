package dev.scap.analysis.roundtable;

import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.List;

/**
 * One roundtable: its theme and the cities seated at it. Immutable.
 *
 * @param number the table's number, from 1, in theme order
 * @param theme the theme
 * @param guests the cities seated, in the order of the split (alike cities adjacent)
 */
public record Table(int number, ThemeId theme, List<CityId> guests) {

  /**
   * Creates a table.
   *
   * @param number the number
   * @param theme the theme
   * @param guests the guests
   */
  public Table {
    guests = List.copyOf(guests);
  }
}
