package dev.scap.analysis.roundtable;

import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * One roundtable: its theme, the cities seated at it and how alike they are. Immutable and
 * thread-safe.
 *
 * @param number the table's number, from 1, in theme order
 * @param theme the theme
 * @param guests the cities seated, in the leaf order of their theme's dendrogram (alike cities
 *     adjacent)
 * @param similarity the total similarity, under the profiles' metric, of the pairs of guests
 *     at the table: the split's objective, summed over a theme's tables
 */
public record Table(int number, ThemeId theme, List<CityId> guests, double similarity) {

  /**
   * Creates a table.
   *
   * @param number the number
   * @param theme the theme
   * @param guests the guests
   * @param similarity the total similarity of the pairs of guests
   * @throws NullPointerException if {@code theme} or {@code guests} is {@code null}
   */
  public Table {
    Objects.requireNonNull(theme, "theme");
    guests = List.copyOf(guests);
  }

  /**
   * Creates a table whose similarity is not known, given as 0: a seating made by hand.
   *
   * @param number the number
   * @param theme the theme
   * @param guests the guests
   * @throws NullPointerException if {@code theme} or {@code guests} is {@code null}
   */
  public Table(int number, ThemeId theme, List<CityId> guests) {
    this(number, theme, guests, 0);
  }
}
