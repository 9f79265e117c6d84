package dev.scap.analysis.roundtable;

import dev.scap.model.CityId;
import java.util.Objects;

/**
 * A city seated at fewer tables than the per-city limit allows, and why. Immutable.
 *
 * @param city the city
 * @param tables how many tables it sits at
 * @param reason why not more, as data that renderers word
 */
public record Shortfall(CityId city, int tables, ShortfallReason reason) {

  /**
   * Creates the shortfall.
   *
   * @param city the city
   * @param tables how many tables it sits at
   * @param reason why not more
   * @throws NullPointerException if {@code city} or {@code reason} is {@code null}
   */
  public Shortfall {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(reason, "reason");
  }
}
