package dev.scap.analysis.overlap;

import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * Which cities name a theme. Immutable and thread-safe.
 *
 * @param theme the theme
 * @param cities the cities whose profile weighs it above 0, in document order
 */
public record ThemeCoverage(ThemeId theme, List<CityId> cities) {

  /**
   * Creates the coverage.
   *
   * @param theme the theme
   * @param cities the cities
   * @throws NullPointerException if an argument is {@code null}
   */
  public ThemeCoverage {
    Objects.requireNonNull(theme, "theme");
    cities = List.copyOf(cities);
  }

  /**
   * Returns how many cities name the theme.
   *
   * @return the number of cities
   */
  public int count() {
    return cities.size();
  }
}
