package dev.scap.analysis.partner;

import dev.scap.model.OrganizationId;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * How well an organization fits a city, with the reasons. Immutable.
 *
 * @param organization the organization
 * @param score the fit, in (0, 1]: the mean of the theme fit and the support fit, or the theme
 *     fit alone when the city states no support need
 * @param themeFit the share of the city's profile weight on themes the organization works on
 * @param supportFit the share of the support needs of the city's projects that the organization
 *     offers; 0 when none is stated
 * @param themes the themes of the city's profile the organization works on, in theme order
 * @param support the support types needed that the organization offers, in code-list order
 * @param reasons the reasons, for a person
 */
public record PartnerMatch(OrganizationId organization, double score, double themeFit,
    double supportFit, List<ThemeId> themes, List<SupportType> support, List<String> reasons) {

  /**
   * Creates a match.
   *
   * @param organization the organization
   * @param score the score
   * @param themeFit the theme fit
   * @param supportFit the support fit
   * @param themes the matching themes
   * @param support the matching support types
   * @param reasons the reasons
   */
  public PartnerMatch {
    Objects.requireNonNull(organization, "organization");
    themes = List.copyOf(themes);
    support = List.copyOf(support);
    reasons = List.copyOf(reasons);
  }
}
