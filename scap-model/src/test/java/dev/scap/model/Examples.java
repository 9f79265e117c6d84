package dev.scap.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document of the format's {@code example.json}, built in code: valid, every property used. */
public final class Examples {

  private Examples() {}

  public static ScapDocument example() {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("deep", true);
    Map<String, Object> projectExtensions = new LinkedHashMap<>();
    projectExtensions.put("x-note", java.util.Arrays.asList(1, "two", null, note));
    return ScapDocument.builder()
        .metadata(new Metadata(
            "Example: two Philippine pilot cities",
            "Shows every property of the format.",
            "ASEAN Smart Cities Network, Smart City Action Plans (as of 8 July 2018)",
            "CC-BY-4.0",
            LocalDate.of(2026, 11, 27),
            "Hand-written for the format's documentation.",
            Extensions.of(Map.of("x-editor", "scap"))))
        .addTaxonomies(
            Taxonomy.of("ascf-2018", "ASEAN Smart Cities Framework focus areas", List.of(
                Theme.of("safety-security", "Safety and Security"),
                Theme.of("built-infrastructure", "Built Infrastructure")
                    .withDescription("Smart utilities; smart mobility and transportation."),
                Theme.narrower("public-safety", "Public Safety", "safety-security"),
                Theme.narrower("mobility-transportation", "Mobility & Transportation",
                    "built-infrastructure"))),
            Taxonomy.of("wego-ascn-2019", "WeGO-ASCN Mayoral Conference roundtable themes",
                List.of(
                    Theme.of("traffic-safety", "Traffic Management and Public Safety"),
                    Theme.of("roads-public-space", "Roads and Public Space"))))
        .addCities(
            City.of(CityId.of("cebu-city"), "Cebu City", "PH").withPopulation(923000L)
                .withLocation(Location.of(10.3157, 123.8854)).withNetworks(List.of("ascn")),
            City.of(CityId.of("davao-city"), "Davao City", "PH").withPopulation(1700000L)
                .withNetworks(List.of("ascn"))
                .withExtensions(Extensions.of(Map.of("x-area-km2", 2444))))
        .addOrganizations(
            Organization.of(OrganizationId.of("world-bank"), "World Bank",
                    OrganizationKind.MULTILATERAL_DEVELOPMENT_BANK)
                .withOffers(List.of(SupportType.FINANCING))
                .withThemes(List.of(ThemeId.of("built-infrastructure"),
                    ThemeId.of("mobility-transportation"))),
            Organization.of(OrganizationId.of("ustda"),
                    "United States Trade and Development Agency",
                    OrganizationKind.DEVELOPMENT_AGENCY)
                .withCountry("US")
                .withOffers(List.of(SupportType.FEASIBILITY_STUDY,
                    SupportType.TECHNICAL_ASSISTANCE))
                .withThemes(List.of(ThemeId.of("safety-security"))))
        .addPlans(
            Plan.builder(PlanId.of("cebu-city-scap-2018"), CityId.of("cebu-city"),
                    "Cebu City Smart City Action Plan")
                .adopted(LocalDate.of(2018, 7, 8))
                .period(Period.of(2018, 2025))
                .vision("Illustrative vision text.")
                .focusAreas(List.of(
                    new FocusArea(ThemeId.of("mobility-transportation"), 1,
                        List.of("traffic congestion"), null),
                    FocusArea.of(ThemeId.of("public-safety"), 2),
                    FocusArea.of(ThemeId.of("traffic-safety"))))
                .targets(List.of(new Target("Cut average commute time by a fifth",
                    ThemeId.of("mobility-transportation"), 2025, null)))
                .projects(List.of(
                    Project.builder(ProjectId.of("cebu-brt"), "Cebu City Bus Rapid Transit",
                            ThemeId.of("mobility-transportation"), ThemeId.of("traffic-safety"))
                        .description("Funds from the World Bank have been secured.")
                        .stage(Stage.IMPLEMENTATION)
                        .start(LocalDate.of(2019, 1, 1))
                        .end(LocalDate.of(2025, 12, 31))
                        .cost(Money.of("1000000.50", "USD"))
                        .supportNeeded(List.of(SupportType.TECHNICAL_ASSISTANCE))
                        .partners(List.of(Partner.of(OrganizationId.of("world-bank"),
                            PartnerRole.FUNDER, SupportType.FINANCING)))
                        .indicators(List.of(new Indicator("daily riders", "passengers",
                            new java.math.BigDecimal("0"), new java.math.BigDecimal("60000.5"),
                            2025, null)))
                        .extensions(Extensions.of(projectExtensions))
                        .build(),
                    Project.builder(ProjectId.of("cebu-traffic-control"),
                            "Cebu City Automated Citywide Traffic System",
                            ThemeId.of("public-safety"))
                        .stage(Stage.PILOT)
                        .build()))
                .partners(List.of(new Partner(OrganizationId.of("ustda"),
                    PartnerRole.KNOWLEDGE_PARTNER, List.of(), "plan-level partner", null)))
                .build(),
            Plan.builder(PlanId.of("davao-city-scap-2018"), CityId.of("davao-city"),
                    "Davao City Smart City Action Plan")
                .focusAreas(List.of(FocusArea.of(ThemeId.of("safety-security")),
                    FocusArea.of(ThemeId.of("built-infrastructure"))))
                .projects(List.of(
                    Project.builder(ProjectId.of("davao-c3"),
                            "Converged Command and Control Center", ThemeId.of("public-safety"))
                        .stage(Stage.FEASIBILITY_STUDY)
                        .supportNeeded(List.of(SupportType.FEASIBILITY_STUDY))
                        .partners(List.of(new Partner(OrganizationId.of("ustda"),
                            PartnerRole.FUNDER, List.of(SupportType.FEASIBILITY_STUDY),
                            "feasibility study financially supported by USTDA", null)))
                        .build()))
                .build())
        .build();
  }
}
