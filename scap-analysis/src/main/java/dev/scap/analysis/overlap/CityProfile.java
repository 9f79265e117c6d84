package dev.scap.analysis.overlap;

import dev.scap.model.CityId;
import dev.scap.model.PlanId;
import dev.scap.model.ThemeId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A city's weight on each theme of one taxonomy, from the plan chosen for it. Immutable and
 * thread-safe.
 *
 * @param city the city
 * @param plan the plan the weights come from; {@code null} if the city has none
 * @param weights the themes of positive weight, in the taxonomy's order; unmodifiable
 */
public record CityProfile(CityId city, PlanId plan, Map<ThemeId, Double> weights) {

  /**
   * Creates a profile.
   *
   * @param city the city
   * @param plan the plan, or {@code null}
   * @param weights the weights, in order; zero weights are dropped
   * @throws NullPointerException if {@code city} or {@code weights} is {@code null}
   */
  public CityProfile {
    Objects.requireNonNull(city, "city");
    Map<ThemeId, Double> copy = new LinkedHashMap<>();
    Objects.requireNonNull(weights, "weights").forEach((theme, weight) -> {
      if (weight > 0) {
        copy.put(theme, weight);
      }
    });
    weights = Collections.unmodifiableMap(copy);
  }

  /**
   * Tells whether the profile is zero: no plan, or a plan that names none of the taxonomy's
   * themes. A zero profile scores 0 with every profile, itself included.
   *
   * @return whether no theme has a positive weight
   */
  public boolean isZero() {
    return weights.isEmpty();
  }

  /**
   * Returns the weight on a theme.
   *
   * @param theme the theme
   * @return the weight, 0 if the profile does not name it
   */
  public double weight(ThemeId theme) {
    return weights.getOrDefault(theme, 0.0);
  }
}
