package dev.scap.analysis.roundtable;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to seat cities at themed roundtables, as the command line's
 * <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#roundtables">
 * {@code roundtables}</a> does. Immutable and thread-safe.
 *
 * <p>A theme that fewer than {@code minSeats} cities can sit at gets no table, whatever else is
 * asked: a table of fewer guests than that is not a roundtable. So {@link #DEFAULTS}, 4 to 8
 * seats a table, seats nobody in a small document where no theme is named by 4 cities' plans.
 * The plan then says so, rather than failing: an {@link Adjustment} for each such theme, and for
 * each city left at fewer tables a {@link Shortfall} whose reason gives the most cities that can
 * sit at any of its themes and the {@code min-seats} that could host it, such as "its plan names
 * no hosted theme: at most 3 cities can sit at any of its themes (buildings, water), fewer than
 * the 4 seats a table needs; with min-seats 3, buildings could be hosted". Lower the bound with
 * {@link #withSeats} (on the command line, {@code --min-seats}). The defaults do not adapt to
 * the document: tables of two or three cities are a choice for the caller to make.
 *
 * @param profiles how the profiles are made: a city can sit at a theme's table only if its
 *     weight for the theme is above 0, and the plan maximises the total weight seated; the
 *     metric also decides who is alike when a theme's guests are split among its tables
 * @param themes the themes to host; empty for every theme of the taxonomy that at least
 *     {@code minSeats} cities can sit at
 * @param perCity the most tables one city sits at
 * @param minSeats the fewest seats filled at a table
 * @param maxSeats the most seats at a table
 * @param tables the number of tables of some themes; the others get ⌈d/M⌉ for d candidates,
 *     lowered while they cannot fill {@code minSeats} at each
 */
public record RoundtableOptions(OverlapOptions profiles, List<ThemeId> themes, int perCity,
    int minSeats, int maxSeats, Map<ThemeId, Integer> tables) {

  /**
   * The command line's defaults: priority weights, every theme, 2 tables a city, 4 to 8 seats. They
   * host no theme that fewer than 4 cities can sit at (see above).
   */
  public static final RoundtableOptions DEFAULTS = new RoundtableOptions(
      OverlapOptions.DEFAULTS.withWeighting(Weighting.PRIORITY), List.of(), 2, 4, 8, Map.of());

  /**
   * Checks the options.
   *
   * @param profiles the profile options
   * @param themes the hosted themes, empty for all
   * @param perCity the most tables per city
   * @param minSeats the fewest seats filled at a table
   * @param maxSeats the most seats at a table
   * @param tables requested table counts
   * @throws IllegalArgumentException if a number is out of range
   */
  public RoundtableOptions {
    Objects.requireNonNull(profiles, "profiles");
    themes = List.copyOf(themes);
    tables = Map.copyOf(tables);
    if (perCity < 1 || minSeats < 1 || maxSeats < minSeats) {
      throw new IllegalArgumentException("need per-city >= 1 and 1 <= min-seats <= max-seats,"
          + " not per-city " + perCity + ", seats " + minSeats + " to " + maxSeats);
    }
    for (Map.Entry<ThemeId, Integer> entry : tables.entrySet()) {
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException("tables of " + entry.getKey()
            + " must be 0 or more, not " + entry.getValue());
      }
    }
  }

  /**
   * Returns a copy with other profile options.
   *
   * @param value the profile options
   * @return the copy
   */
  public RoundtableOptions withProfiles(OverlapOptions value) {
    return new RoundtableOptions(value, themes, perCity, minSeats, maxSeats, tables);
  }

  /**
   * Returns a copy that hosts other themes.
   *
   * @param value the themes; empty for all that can fill a table
   * @return the copy
   */
  public RoundtableOptions withThemes(List<ThemeId> value) {
    return new RoundtableOptions(profiles, value, perCity, minSeats, maxSeats, tables);
  }

  /**
   * Returns a copy with another per-city limit.
   *
   * @param value the most tables per city
   * @return the copy
   */
  public RoundtableOptions withPerCity(int value) {
    return new RoundtableOptions(profiles, themes, value, minSeats, maxSeats, tables);
  }

  /**
   * Returns a copy with other seat bounds. A theme that fewer than {@code min} cities can sit
   * at is not hosted.
   *
   * @param min the fewest seats filled at a table, at least 1
   * @param max the most seats at a table, at least {@code min}
   * @return the copy
   * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
   */
  public RoundtableOptions withSeats(int min, int max) {
    return new RoundtableOptions(profiles, themes, perCity, min, max, tables);
  }

  /**
   * Returns a copy with requested table counts.
   *
   * @param value tables per theme
   * @return the copy
   */
  public RoundtableOptions withTables(Map<ThemeId, Integer> value) {
    return new RoundtableOptions(profiles, themes, perCity, minSeats, maxSeats, value);
  }
}
