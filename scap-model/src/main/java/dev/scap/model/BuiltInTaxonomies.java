package dev.scap.model;

import java.util.List;
import java.util.Optional;

/**
 * The two taxonomies that scap ships, which any document may copy.
 *
 * <ul>
 *   <li>{@value #ASCF_2018_ID}: the six development focus areas of the ASEAN Smart Cities
 *       Framework (2018), with the sub-categories of the ASCN monitoring reports (M&amp;E Report
 *       2024, Exhibit 1) as narrower themes;
 *   <li>{@value #WEGO_ASCN_2019_ID}: the five mini-roundtable themes of the WeGO-ASCN Mayoral
 *       Conference (Seoul, 21-22 November 2019).
 * </ul>
 */
public final class BuiltInTaxonomies {

  /** The id of the ASEAN Smart Cities Framework focus areas. */
  public static final String ASCF_2018_ID = "ascf-2018";

  /** The id of the WeGO-ASCN Mayoral Conference roundtable themes. */
  public static final String WEGO_ASCN_2019_ID = "wego-ascn-2019";

  private static final Taxonomy ASCF_2018 =
      Taxonomy.of(
          ASCF_2018_ID,
          "ASEAN Smart Cities Framework focus areas",
          List.of(
          Theme.of("civic-social", "Civic and Social"),
          Theme.of("health-wellbeing", "Health and Well-Being"),
          Theme.of("safety-security", "Safety and Security"),
          Theme.of("quality-environment", "Quality Environment"),
          Theme.of("built-infrastructure", "Built Infrastructure"),
          Theme.of("industry-innovation", "Industry and Innovation"),
          Theme.narrower("public-municipal-services", "Public & Municipal Services", "civic-social"),
          Theme.narrower("governance", "Governance", "civic-social"),
          Theme.narrower("tourism", "Tourism", "civic-social"),
          Theme.narrower("culture-heritage", "Culture & Heritage", "civic-social"),
          Theme.narrower("healthcare", "Healthcare", "health-wellbeing"),
          Theme.narrower("housing-home", "Housing & Home", "health-wellbeing"),
          Theme.narrower("education", "Education", "health-wellbeing"),
          Theme.narrower("resource-security", "Resource Security", "safety-security"),
          Theme.narrower("public-safety", "Public Safety, City Surveillance & Crime Prevention", "safety-security"),
          Theme.narrower("clean-environment", "Clean Environment", "quality-environment"),
          Theme.narrower("resources-access", "Resources Access & Management", "quality-environment"),
          Theme.narrower("urban-resilience", "Urban Resilience", "quality-environment"),
          Theme.narrower("mobility-transportation", "Mobility & Transportation", "built-infrastructure"),
          Theme.narrower("utilities", "Utilities", "built-infrastructure"),
          Theme.narrower("business-entrepreneurship", "Business & Entrepreneurship", "industry-innovation"),
          Theme.narrower("trade-commerce", "Trade & Commerce", "industry-innovation"),
          Theme.narrower("upskilling-research", "Upskilling, Research", "industry-innovation"),
          Theme.narrower("technology-incubation", "Technology Incubation", "industry-innovation")));

  private static final Taxonomy WEGO_ASCN_2019 =
      Taxonomy.of(
          WEGO_ASCN_2019_ID,
          "WeGO-ASCN Mayoral Conference roundtable themes",
          List.of(
          Theme.of("buildings", "Buildings"),
          Theme.of("roads-public-space", "Roads and Public Space"),
          Theme.of("traffic-safety", "Traffic Management and Public Safety"),
          Theme.of("waste-wastewater", "Solid Waste and Wastewater Management"),
          Theme.of("egov-welfare", "E-Government and Social Welfare")));

  private BuiltInTaxonomies() {}

  /**
   * Returns the six focus areas of the ASEAN Smart Cities Framework (2018), then the 18
   * sub-categories, each naming its focus area as
   * {@code broader}.
   *
   * @return the taxonomy {@value #ASCF_2018_ID}
   */
  public static Taxonomy ascf2018() {
    return ASCF_2018;
  }

  /**
   * Returns the five roundtable themes of the WeGO-ASCN Mayoral Conference (Seoul, 2019).
   *
   * @return the taxonomy {@value #WEGO_ASCN_2019_ID}
   */
  public static Taxonomy wegoAscn2019() {
    return WEGO_ASCN_2019;
  }

  /**
   * Returns both built-in taxonomies, {@value #ASCF_2018_ID} first.
   *
   * @return the taxonomies
   */
  public static List<Taxonomy> all() {
    return List.of(ASCF_2018, WEGO_ASCN_2019);
  }

  /**
   * Returns the built-in taxonomy with an id.
   *
   * @param id the taxonomy's id
   * @return the taxonomy, empty if no built-in one has that id
   */
  public static Optional<Taxonomy> byId(TaxonomyId id) {
    return all().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
