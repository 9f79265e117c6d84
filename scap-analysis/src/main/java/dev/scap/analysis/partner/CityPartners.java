package dev.scap.analysis.partner;

import dev.scap.model.CityId;
import java.util.List;
import java.util.Objects;

/**
 * A city and the organizations that fit it, best first. Immutable.
 *
 * @param city the city
 * @param partners by descending score, then organization id
 */
public record CityPartners(CityId city, List<PartnerMatch> partners) {

  /**
   * Creates the entry.
   *
   * @param city the city
   * @param partners the partners
   */
  public CityPartners {
    Objects.requireNonNull(city, "city");
    partners = List.copyOf(partners);
  }
}
