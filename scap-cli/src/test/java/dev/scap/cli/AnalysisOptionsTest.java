package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.ScapWriter;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalysisOptionsTest {

  /**
   * Alpha's plan runs 2018-2025; beta has one for 2010-2015 and one for 2020-2030; gamma's
   * plan has no period; delta has none.
   */
  private static final String DATED = ScapWriter.canonical().toJson(ScapDocument.builder()
      .addTaxonomies(Taxonomy.of(TaxonomyId.of("main"), "Main", List.of(
          Theme.of(ThemeId.of("buildings"), "Buildings"), Theme.of(ThemeId.of("water"),
              "Water"))))
      .addCities(City.of(CityId.of("alpha"), "Alpha", "KH"),
          City.of(CityId.of("beta"), "Beta", "KH"), City.of(CityId.of("gamma"), "Gamma", "KH"),
          City.of(CityId.of("delta"), "Delta", "KH"))
      .addPlans(plan("alpha-1", "alpha", Period.of(2018, 2025), "buildings"),
          plan("beta-1", "beta", Period.of(2010, 2015), "water"),
          plan("beta-2", "beta", Period.of(2020, 2030), "buildings"),
          plan("gamma-1", "gamma", null, "buildings", "water"))
      .build());

  private static Plan plan(String id, String city, Period period, String... themes) {
    Plan.Builder plan = Plan.builder(PlanId.of(id), CityId.of(city), "Plan").period(period);
    for (int p = 0; p < themes.length; p++) {
      plan.addFocusAreas(FocusArea.of(ThemeId.of(themes[p]), p + 1));
    }
    return plan.build();
  }

  @Test
  void namesTheCitiesWhoseLatestPlanIsUsedForAYearTheirPlansDoNotCover() {
    CliRun run = CliRun.withInput(DATED, "overlap", "-", "--year", "2012", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("scap: --year 2012: 2 of 3 cities with a plan have none "
        + "whose period contains it, and their latest plan is used: alpha, gamma\n");
    // beta's plan of 2010-2015 is used, not its latest: it shares water, not buildings
    assertThat(run.out()).isEqualTo("city,peer,score,shared_themes\n"
        + "alpha,gamma,0.5,buildings\n"
        + "beta,gamma,0.5,water\n"
        + "gamma,alpha,0.5,buildings\n"
        + "gamma,beta,0.5,water\n");
  }

  @Test
  void saysNothingOfTheYearWhenQuiet() {
    CliRun run = CliRun.withInput(DATED, "overlap", "-", "--year", "2012", "--quiet");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Taxonomy main, weights presence, metric jaccard, "
        + "plans of 2012\n");
  }

  @Test
  void refusesAYearThatNoPlansPeriodContains() {
    CliRun run = CliRun.withInput(DATED, "groups", "-", "--year", "2005");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("scap: --year 2005 picks no plan: no plan's period "
        + "contains it (the periods run from 2010 to 2030); give a year within them, or leave "
        + "out --year for each city's latest plan\n");
  }

  @Test
  void refusesAYearWhenNoPlanHasAPeriod() {
    CliRun run = CliRun.of("partners", "--year", "2010");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: --year 2010 picks no plan: no plan of the document "
        + "has a period; leave out --year, and each city's latest plan is used\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899", "2101", "-5", "20000"})
  void refusesAYearOutOfBounds(String year) {
    CliRun run = CliRun.withInput(DATED, "roundtables", "-", "--year", year);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: --year must be from 1900 to 2100, not " + year + "\n");
  }

  @Test
  void checksTheYearInTheReportToo() {
    CliRun run = CliRun.of("report", "--year", "2010");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("scap: --year 2010 picks no plan");
  }

  @Test
  void suggestsTheTaxonomyMeant() {
    CliRun prefix = CliRun.of("overlap", "--taxonomy", "wego");
    CliRun typo = CliRun.of("groups", "--taxonomy", "ascf-2081");

    assertThat(prefix.exitCode()).isEqualTo(2);
    assertThat(prefix.err()).isEqualTo("scap: the document has no taxonomy 'wego'; did you mean "
        + "wego-ascn-2019? (its taxonomies: ascf-2018, wego-ascn-2019)\n");
    assertThat(typo.err()).isEqualTo("scap: the document has no taxonomy 'ascf-2081'; did you "
        + "mean ascf-2018? (its taxonomies: ascf-2018, wego-ascn-2019)\n");
  }

  @Test
  void namesTheTopLevelThemeOfANarrowerOneUnderRollup() {
    String narrower = ScapWriter.canonical().toJson(ScapDocument.builder()
        .addTaxonomies(Taxonomy.of(TaxonomyId.of("main"), "Main", List.of(
            Theme.of(ThemeId.of("water"), "Water"),
            Theme.narrower("drainage", "Drainage", "water"))))
        .addCities(City.of(CityId.of("alpha"), "Alpha", "KH"))
        .addPlans(plan("alpha-1", "alpha", null, "drainage"))
        .build());

    CliRun run = CliRun.withInput(narrower, "roundtables", "-", "--rollup", "--themes",
        "drainage");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: --themes: theme drainage is not a top-level theme of "
        + "taxonomy main; under --rollup give its top-level theme water\n");
  }

  @Test
  void statesEachCommandsOwnDefaultWeights() {
    for (String command : List.of("overlap", "groups", "partners")) {
      assertThat(CliRun.of(command, "--help").out()).as(command)
          .contains("presence, projects or priority (default: presence).")
          .doesNotContain("for roundtables");
    }
    assertThat(CliRun.of("roundtables", "--help").out().replaceAll("\\s+", " "))
        .contains("presence, projects or priority (default: priority; for an event, priority "
            + "if every invited city's plan ranks each of its focus areas, else projects).");
    assertThat(CliRun.of("report", "--help").out().replaceAll("\\s+", " "))
        .contains("(default: presence for the profiles, priority for the roundtables; for an "
            + "event's, priority if every invited city's plan ranks each of its focus areas, "
            + "else projects)");
  }
}
