package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.ScapValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInTaxonomiesTest {

  private static final Taxonomy ASCF = BuiltInTaxonomies.ascf2018();
  private static final Taxonomy WEGO = BuiltInTaxonomies.wegoAscn2019();

  @Test
  void holdsTheSixFocusAreasOfTheAseanSmartCitiesFramework() {
    assertThat(ASCF.id()).isEqualTo(TaxonomyId.of("ascf-2018"));
    assertThat(ASCF.topLevelThemes()).containsExactly(
        Theme.of("civic-social", "Civic and Social"),
        Theme.of("health-wellbeing", "Health and Well-Being"),
        Theme.of("safety-security", "Safety and Security"),
        Theme.of("quality-environment", "Quality Environment"),
        Theme.of("built-infrastructure", "Built Infrastructure"),
        Theme.of("industry-innovation", "Industry and Innovation"));
  }

  @Test
  void holdsTheEighteenSubCategoriesEachUnderItsFocusArea() {
    // as Exhibit 1 of the ASCN M&E Report 2024 gives them
    assertThat(ASCF.themes()).hasSize(24).filteredOn(t -> t.broader() != null).containsExactly(
        Theme.narrower("public-municipal-services", "Public & Municipal Services",
            "civic-social"),
        Theme.narrower("governance", "Governance", "civic-social"),
        Theme.narrower("tourism", "Tourism", "civic-social"),
        Theme.narrower("culture-heritage", "Culture & Heritage", "civic-social"),
        Theme.narrower("healthcare", "Healthcare", "health-wellbeing"),
        Theme.narrower("housing-home", "Housing & Home", "health-wellbeing"),
        Theme.narrower("education", "Education", "health-wellbeing"),
        Theme.narrower("resource-security", "Resource Security", "safety-security"),
        Theme.narrower("public-safety", "Public Safety, City Surveillance & Crime Prevention",
            "safety-security"),
        Theme.narrower("clean-environment", "Clean Environment", "quality-environment"),
        Theme.narrower("resources-access", "Resources Access & Management",
            "quality-environment"),
        Theme.narrower("urban-resilience", "Urban Resilience", "quality-environment"),
        Theme.narrower("mobility-transportation", "Mobility & Transportation",
            "built-infrastructure"),
        Theme.narrower("utilities", "Utilities", "built-infrastructure"),
        Theme.narrower("business-entrepreneurship", "Business & Entrepreneurship",
            "industry-innovation"),
        Theme.narrower("trade-commerce", "Trade & Commerce", "industry-innovation"),
        Theme.narrower("upskilling-research", "Upskilling, Research", "industry-innovation"),
        Theme.narrower("technology-incubation", "Technology Incubation",
            "industry-innovation"));
  }

  @Test
  void givesEveryFocusAreaAtLeastTwoSubCategories() {
    assertThat(ASCF.topLevelThemes())
        .allSatisfy(t -> assertThat(ASCF.narrowerThemes(t.id())).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void holdsTheFiveRoundtableThemesOfTheMayoralConference() {
    assertThat(WEGO.id()).isEqualTo(TaxonomyId.of("wego-ascn-2019"));
    assertThat(WEGO.name()).isEqualTo("WeGO-ASCN Mayoral Conference roundtable themes");
    assertThat(WEGO.themes()).containsExactly(
        Theme.of("buildings", "Buildings"),
        Theme.of("roads-public-space", "Roads and Public Space"),
        Theme.of("traffic-safety", "Traffic Management and Public Safety"),
        Theme.of("waste-wastewater", "Solid Waste and Wastewater Management"),
        Theme.of("egov-welfare", "E-Government and Social Welfare"));
  }

  @Test
  void listsBothAscfFirstAndFindsEachById() {
    assertThat(BuiltInTaxonomies.all()).containsExactly(ASCF, WEGO);
    assertThat(BuiltInTaxonomies.byId(TaxonomyId.of(BuiltInTaxonomies.ASCF_2018_ID)))
        .containsSame(ASCF);
    assertThat(BuiltInTaxonomies.byId(TaxonomyId.of(BuiltInTaxonomies.WEGO_ASCN_2019_ID)))
        .containsSame(WEGO);
    assertThat(BuiltInTaxonomies.byId(TaxonomyId.of("sdg"))).isEmpty();
  }

  @Test
  void usesValidThemeIdsThatNoOtherBuiltInThemeUses() {
    List<String> ids = BuiltInTaxonomies.all().stream().flatMap(t -> t.themes().stream())
        .map(t -> t.id().value()).toList();

    assertThat(ids).hasSize(29).doesNotHaveDuplicates().allMatch(Identifier::isValid);
  }

  @Test
  void makeAValidDocumentWhenHeldTogether() {
    ScapDocument document = ScapDocument.builder().taxonomies(BuiltInTaxonomies.all()).build();

    assertThat(ScapValidator.instance().validate(document).problems()).isEmpty();
  }
}
