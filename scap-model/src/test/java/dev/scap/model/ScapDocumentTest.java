package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScapDocumentTest {

  private static final ScapDocument EXAMPLE = Examples.example();
  private static final CityId CEBU = CityId.of("cebu-city");

  /** A taxonomy with a chain of three, a self-loop, a two-cycle and a broader that is unknown. */
  private static final ScapDocument CHAINS = ScapDocument.builder()
      .addTaxonomies(Taxonomy.of("water", "Water", List.of(
          Theme.of("water", "Water"),
          Theme.narrower("wastewater", "Wastewater", "water"),
          Theme.narrower("sludge", "Sludge", "wastewater"),
          Theme.narrower("loop", "Loop", "loop"),
          Theme.narrower("ping", "Ping", "pong"),
          Theme.narrower("pong", "Pong", "ping"),
          Theme.narrower("into-cycle", "Into a cycle", "ping"),
          Theme.narrower("orphan", "Orphan", "nowhere"),
          Theme.narrower("above-orphan", "Above an orphan", "orphan"))))
      .build();

  @Test
  void findsEachKindOfObjectByItsId() {
    assertThat(EXAMPLE.city(CityId.of("davao-city"))).map(City::name).contains("Davao City");
    assertThat(EXAMPLE.organization(OrganizationId.of("ustda"))).map(Organization::country)
        .contains("US");
    assertThat(EXAMPLE.plan(PlanId.of("davao-city-scap-2018"))).map(Plan::city)
        .contains(CityId.of("davao-city"));
    assertThat(EXAMPLE.taxonomy(TaxonomyId.of("wego-ascn-2019"))).map(Taxonomy::name)
        .contains("WeGO-ASCN Mayoral Conference roundtable themes");
    assertThat(EXAMPLE.theme(ThemeId.of("traffic-safety"))).map(Theme::label)
        .contains("Traffic Management and Public Safety");
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(EXAMPLE.city(CityId.of("manila"))).isEmpty();
    assertThat(EXAMPLE.organization(OrganizationId.of("jica"))).isEmpty();
    assertThat(EXAMPLE.plan(PlanId.of("manila-scap"))).isEmpty();
    assertThat(EXAMPLE.taxonomy(TaxonomyId.of("sdg"))).isEmpty();
    assertThat(EXAMPLE.theme(ThemeId.of("smart-water"))).isEmpty();
    assertThat(EXAMPLE.taxonomyOf(ThemeId.of("smart-water"))).isEmpty();
  }

  @Test
  void doesNotMistakeAnIdOfOneKindForAnother() {
    // ids are unique within their kind only: here a taxonomy and its theme share a text
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("water", "Water", List.of(Theme.of("water", "Water"))))
        .build();

    assertThat(document.taxonomy(TaxonomyId.of("water"))).isPresent();
    assertThat(document.theme(ThemeId.of("water"))).isPresent();
    assertThat(document.city(CityId.of("water"))).isEmpty();
  }

  @Test
  void findsTheFirstOfTwoObjectsThatShareAnId() {
    ScapDocument document = EXAMPLE.toBuilder()
        .addCities(City.of(CEBU, "Cebu again", "PH")).build();

    assertThat(document.city(CEBU)).map(City::name).contains("Cebu City");
  }

  @Test
  void rejectsANullId() {
    assertThatNullPointerException().isThrownBy(() -> EXAMPLE.city(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> EXAMPLE.theme(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> EXAMPLE.plansOf(null)).withMessage("city");
  }

  @Test
  void findsTheTaxonomyThatHoldsATheme() {
    assertThat(EXAMPLE.taxonomyOf(ThemeId.of("traffic-safety"))).map(Taxonomy::id)
        .contains(TaxonomyId.of("wego-ascn-2019"));
    assertThat(EXAMPLE.taxonomyOf(ThemeId.of("public-safety"))).map(Taxonomy::id)
        .contains(TaxonomyId.of("ascf-2018"));
  }

  static Stream<Arguments> chains() {
    return Stream.of(
        Arguments.of("water", List.of()),
        Arguments.of("wastewater", List.of("water")),
        Arguments.of("sludge", List.of("wastewater", "water")),
        Arguments.of("loop", List.of()),
        Arguments.of("ping", List.of("pong")),
        Arguments.of("into-cycle", List.of("ping", "pong")),
        Arguments.of("orphan", List.of()),
        Arguments.of("above-orphan", List.of("orphan")),
        Arguments.of("unknown", List.of()));
  }

  @ParameterizedTest(name = "{0} refines {1}")
  @MethodSource("chains")
  void followsBroaderNearestFirstAndStopsAtACycleOrAnUnknownTheme(String theme,
      List<String> chain) {
    assertThat(CHAINS.broaderChain(ThemeId.of(theme))).extracting(t -> t.id().value())
        .containsExactlyElementsOf(chain);
  }

  @Test
  void findsTheTopLevelThemeAtTheEndOfTheChain() {
    assertThat(CHAINS.topLevelTheme(ThemeId.of("sludge"))).isEqualTo(ThemeId.of("water"));
    assertThat(CHAINS.topLevelTheme(ThemeId.of("water"))).isEqualTo(ThemeId.of("water"));
    assertThat(CHAINS.topLevelTheme(ThemeId.of("unknown"))).isEqualTo(ThemeId.of("unknown"));
    assertThat(EXAMPLE.topLevelTheme(ThemeId.of("mobility-transportation")))
        .isEqualTo(ThemeId.of("built-infrastructure"));
  }

  @Test
  void returnsAChainThatCannotBeChanged() {
    assertThatThrownBy(() -> CHAINS.broaderChain(ThemeId.of("sludge")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsTheProjectsOfEveryPlanInDocumentOrder() {
    assertThat(EXAMPLE.projects()).extracting(p -> p.id().value())
        .containsExactly("cebu-brt", "cebu-traffic-control", "davao-c3");
  }

  @Test
  void listsTheCitysPlansInDocumentOrder() {
    ScapDocument document = documentOfPlans(Period.of(2020, 2030), null, Period.of(2010, 2015))
        .toBuilder()
        .addPlans(Plan.builder(PlanId.of("other"), CityId.of("elsewhere"), "Other")
            .focusAreas(List.of(FocusArea.of(ThemeId.of("t")))).build())
        .build();

    assertThat(document.plansOf(CityId.of("c"))).extracting(p -> p.id().value())
        .containsExactly("plan-0", "plan-1", "plan-2");
    assertThat(document.plansOf(CityId.of("nowhere"))).isEmpty();
    assertThatThrownBy(() -> document.plansOf(CityId.of("c")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Plans of one city by their periods ({@code null} for none), a reference year, and the index
   * of the plan that analyses should use for it.
   */
  static Stream<Arguments> planForYear() {
    return Stream.of(
        planFor("the only plan, containing the year", periods(p(2018, 2025)), 2020, 0),
        planFor("the only plan, not containing the year", periods(p(2018, 2025)), 2030, 0),
        planFor("the only plan, without a period", periods((Period) null), 2020, 0),
        planFor("the plan containing the year, not the latest",
            periods(p(2018, 2025), p(2026, 2030)), 2020, 0),
        planFor("a period contains its last year", periods(p(2018, 2025), p(2026, 2030)),
            2025, 0),
        planFor("a period contains its first year", periods(p(2018, 2025), p(2026, 2030)),
            2026, 1),
        planFor("none contains it: the latest", periods(p(2018, 2025), p(2026, 2030)), 2040, 1),
        planFor("none contains it: the latest, not the nearest",
            periods(p(2018, 2025), p(2026, 2030)), 2000, 1),
        planFor("latest by period, not by document order",
            periods(p(2026, 2030), p(2018, 2025)), 2040, 0),
        planFor("two contain it: the one ending last", periods(p(2015, 2030), p(2020, 2022)),
            2021, 0),
        planFor("two contain it: the one ending last, listed second",
            periods(p(2020, 2022), p(2015, 2030)), 2021, 1),
        planFor("same end: the one starting last", periods(p(2020, 2030), p(2015, 2030)),
            2025, 0),
        planFor("same end: the one starting last, listed second",
            periods(p(2015, 2030), p(2020, 2030)), 2025, 1),
        planFor("same period: the last in the document", periods(p(2018, 2025), p(2018, 2025)),
            2020, 1),
        planFor("a plan without a period is older", periods(null, p(2010, 2012)), 2030, 1),
        planFor("a plan without a period is older, listed second",
            periods(p(2010, 2012), null), 2030, 0),
        planFor("a plan without a period is older even than one ending long ago",
            periods(p(1990, 1991), null), 1995, 0),
        planFor("no plan has a period: the last in the document", periods(null, null), 2020, 1),
        planFor("an incomplete period counts as none",
            periods(new Period(2018, null, null), p(2010, 2012)), 2030, 1),
        planFor("an incomplete period contains no year",
            periods(new Period(2018, null, null), p(2010, 2012)), 2019, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("planForYear")
  void choosesThePlanForAReferenceYear(String name, List<Period> periods, int year,
      int expected) {
    ScapDocument document = documentOfPlans(periods.toArray(Period[]::new));

    assertThat(document.planFor(CityId.of("c"), year)).map(Plan::id)
        .contains(PlanId.of("plan-" + expected));
  }

  static Stream<Arguments> latest() {
    return Stream.of(
        latest("the only plan", periods(p(2018, 2025)), 0),
        latest("the one ending last", periods(p(2026, 2030), p(2018, 2025)), 0),
        latest("the one ending last, listed second", periods(p(2018, 2025), p(2026, 2030)), 1),
        latest("same end: the one starting last", periods(p(2020, 2030), p(2015, 2030)), 0),
        latest("same end: the one starting last, listed second",
            periods(p(2015, 2030), p(2020, 2030)), 1),
        latest("same period: the last in the document",
            periods(p(2018, 2025), p(2018, 2025), p(2010, 2011)), 1),
        latest("a plan without a period is older", periods(p(2000, 2001), null), 0),
        latest("a plan without a period is older, listed first", periods(null, p(2000, 2001)),
            1),
        latest("no plan has a period: the last in the document", periods(null, null, null), 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("latest")
  void choosesTheLatestPlan(String name, List<Period> periods, int expected) {
    ScapDocument document = documentOfPlans(periods.toArray(Period[]::new));

    assertThat(document.latestPlan(CityId.of("c"))).map(Plan::id)
        .contains(PlanId.of("plan-" + expected));
  }

  @Test
  void choosesAmongTheCitysOwnPlansOnly() {
    ScapDocument document = documentOfPlans(p(2018, 2025)).toBuilder()
        .addPlans(Plan.builder(PlanId.of("other"), CityId.of("elsewhere"), "Other")
            .period(p(2018, 2040)).focusAreas(List.of(FocusArea.of(ThemeId.of("t")))).build())
        .build();

    assertThat(document.latestPlan(CityId.of("c"))).map(Plan::id).contains(PlanId.of("plan-0"));
    assertThat(document.planFor(CityId.of("c"), 2030)).map(Plan::id)
        .contains(PlanId.of("plan-0"));
  }

  @Test
  void choosesNothingForACityWithoutPlans() {
    assertThat(EXAMPLE.planFor(CityId.of("manila"), 2020)).isEmpty();
    assertThat(EXAMPLE.latestPlan(CityId.of("manila"))).isEmpty();
  }

  @Test
  void equalsAnotherDocumentWithTheSameContent() {
    ScapDocument other = Examples.example();

    assertThat(other).isEqualTo(EXAMPLE).hasSameHashCodeAs(EXAMPLE);
    assertThat(EXAMPLE.toBuilder().build()).isEqualTo(EXAMPLE);
  }

  @Test
  void differsFromADocumentThatDiffersDeepInside() {
    List<Plan> plans = new ArrayList<>(EXAMPLE.plans());
    Plan cebu = plans.get(0);
    List<Project> projects = new ArrayList<>(cebu.projects());
    projects.set(0, projects.get(0).toBuilder().cost(Money.of("1000000.5", "USD")).build());
    plans.set(0, cebu.toBuilder().projects(projects).build());

    // 1000000.5 and 1000000.50 are the same amount but not the same text
    assertThat(EXAMPLE.toBuilder().plans(plans).build()).isNotEqualTo(EXAMPLE);
  }

  @Test
  void fillsInWhatIsNotGiven() {
    ScapDocument document = new ScapDocument("1.0", null, null, null, null, null, null);

    assertThat(document.metadata()).isSameAs(Metadata.EMPTY);
    assertThat(document.taxonomies()).isEmpty();
    assertThat(document.cities()).isEmpty();
    assertThat(document.organizations()).isEmpty();
    assertThat(document.plans()).isEmpty();
    assertThat(document.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void startsABuilderAtTheCurrentFormatVersion() {
    assertThat(ScapDocument.builder().build().scapVersion())
        .isEqualTo(ScapDocument.FORMAT_VERSION).isEqualTo("1.1");
  }

  @Test
  void rejectsANullElementNamingTheList() {
    List<City> cities = Arrays.asList(City.of(CEBU, "Cebu", "PH"), null);

    assertThatNullPointerException()
        .isThrownBy(() -> new ScapDocument("1.0", null, null, cities, null, null, null))
        .withMessage("cities holds a null element");
    assertThatNullPointerException()
        .isThrownBy(() -> ScapDocument.builder().cities(cities).build())
        .withMessage("cities holds a null element");
  }

  @Test
  void rejectsANullElementToAddAndStaysAsItWas() {
    ScapDocument.Builder builder = EXAMPLE.toBuilder();

    assertThatNullPointerException()
        .isThrownBy(() -> builder.addCities(City.of(CEBU, "Cebu", "PH"), null))
        .withMessage("cities holds a null element");
    assertThatNullPointerException().isThrownBy(() -> builder.addPlans((Plan[]) null))
        .withMessage("plans");

    assertThat(builder.build()).isEqualTo(EXAMPLE);
  }

  @Test
  void keepsItsListsWhenTheGivenListsChange() {
    List<City> cities = new ArrayList<>(List.of(City.of(CEBU, "Cebu", "PH")));
    ScapDocument.Builder builder = ScapDocument.builder().cities(cities);
    ScapDocument built = builder.build();
    ScapDocument constructed = new ScapDocument("1.0", null, null, cities, null, null, null);

    cities.add(City.of(CityId.of("hue"), "Hue", "VN"));
    builder.addCities(City.of(CityId.of("hanoi"), "Hanoi", "VN"));

    assertThat(built.cities()).hasSize(1);
    assertThat(constructed.cities()).hasSize(1);
  }

  @Test
  void returnsListsThatCannotBeChanged() {
    assertThatThrownBy(() -> EXAMPLE.cities().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> EXAMPLE.taxonomies().add(BuiltInTaxonomies.ascf2018()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> EXAMPLE.plans().get(0).projects().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Arguments planFor(String name, List<Period> periods, int year, int expected) {
    return Arguments.of(name, periods, year, expected);
  }

  private static Arguments latest(String name, List<Period> periods, int expected) {
    return Arguments.of(name, periods, expected);
  }

  private static Period p(int start, int end) {
    return Period.of(start, end);
  }

  /** A list that may hold {@code null}, for plans without a period. */
  private static List<Period> periods(Period... periods) {
    return Arrays.asList(periods);
  }

  /** A document whose city {@code c} has plans {@code plan-0}, {@code plan-1}… in order. */
  private static ScapDocument documentOfPlans(Period... periods) {
    return ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("t", "T", List.of(Theme.of("t", "T"))))
        .addCities(City.of(CityId.of("c"), "C", "VN"))
        .plans(IntStream.range(0, periods.length)
            .mapToObj(i -> Plan.builder(PlanId.of("plan-" + i), CityId.of("c"), "Plan " + i)
                .period(periods[i]).focusAreas(List.of(FocusArea.of(ThemeId.of("t")))).build())
            .toList())
        .build();
  }
}
