package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Examples;
import dev.scap.model.FocusArea;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.OrganizationKind;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

  /** The example with plan 1 renamed to plan 0's id, one unknown city and one unknown theme. */
  private static final ScapDocument BROKEN = broken();

  @Test
  void findsTheSameProblemsPlanByPlanAsInOnePass() {
    DocumentRules rules = DocumentRules.forHeader(BROKEN, null);
    List<Problem> planByPlan = new ArrayList<>(rules.headerProblems());
    for (int p = 0; p < BROKEN.plans().size(); p++) {
      planByPlan.addAll(rules.checkPlan(BROKEN.plans().get(p), p));
    }

    assertThat(planByPlan).isEqualTo(DocumentRules.check(BROKEN)).hasSize(3);
  }

  @Test
  void saysAnEarlierObjectWhenTheRegistryDoesNotKnowWhere() {
    Set<String> seen = new HashSet<>();
    DocumentRules.IdRegistry hashes = (kind, id, at) -> seen.add(kind + " " + id) ? null : "";
    DocumentRules rules = DocumentRules.forHeader(BROKEN, hashes);

    rules.checkPlan(BROKEN.plans().get(0), 0);
    List<Problem> problems = rules.checkPlan(BROKEN.plans().get(1), 1);

    assertThat(problems).contains(Rule.DUPLICATE_ID.at("/plans/1/id",
        "plan id \"cebu-city-scap-2018\" is already the id of an earlier plan"));
  }

  @Test
  void findsNoHeaderProblemWhenOnlyPlansAreBroken() {
    assertThat(DocumentRules.forHeader(BROKEN, null).headerProblems()).isEmpty();
  }

  @Test
  void findsProjectThemesWithinFocusUpLongChainsPlanByPlan() {
    // t0 <- t1 <- ... <- t29, each narrower than the one before; t30 <- t31 <- t32 <- t30 a
    // cycle, reached from t33 and t34
    List<Theme> themes = new ArrayList<>(List.of(Theme.of("t0", "T")));
    for (int i = 1; i < 30; i++) {
      themes.add(Theme.narrower("t" + i, "T", "t" + (i - 1)));
    }
    themes.add(Theme.narrower("t30", "T", "t32"));
    themes.add(Theme.narrower("t31", "T", "t30"));
    themes.add(Theme.narrower("t32", "T", "t31"));
    themes.add(Theme.narrower("t33", "T", "t32"));
    themes.add(Theme.narrower("t34", "T", "t33"));
    ScapDocument document = ScapDocument.builder()
        .taxonomies(List.of(Taxonomy.of("t", "T", themes)))
        .cities(List.of(City.of(CityId.of("c"), "C", "KH")))
        .plans(List.of(plan("p10", "t10", "t29", "t5", "t20", "t3", "t34", "t31"),
            plan("p25", "t25", "t20", "t29", "t28", "t26", "t25", "t24", "t33"),
            plan("p31", "t31", "t34", "t30", "t33", "t29")))
        .build();

    assertThat(DocumentRules.check(document)).filteredOn(p -> p.rule().equals(
            Rule.THEME_OUTSIDE_PLAN.code()))
        .extracting(Problem::pointer).containsExactly(
            "/plans/0/projects/1/themes/0", "/plans/0/projects/3/themes/0",
            "/plans/0/projects/4/themes/0", "/plans/0/projects/5/themes/0",
            "/plans/1/projects/0/themes/0", "/plans/1/projects/5/themes/0",
            "/plans/1/projects/6/themes/0",
            "/plans/2/projects/3/themes/0");
  }

  @Test
  void namesTheFirstTenThemesOfALongCycleAndHowManyMore() {
    // t0 <- t1 <- ... <- t49999 <- t0
    List<Theme> themes = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      themes.add(Theme.narrower("t" + i, "T", "t" + (i + 49_999) % 50_000));
    }
    ScapDocument document = ScapDocument.builder()
        .taxonomies(List.of(Taxonomy.of("t", "T", themes))).build();

    assertThat(DocumentRules.check(document)).extracting(Problem::message).containsExactly(
        "theme \"t0\" refines itself: t0 → t49999 → t49998 → t49997 → t49996 → t49995 → "
            + "t49994 → t49993 → t49992 → t49991 → … and 49990 more → t0");
  }

  @Test
  void escapesTheThemesOfACycle() {
    List<Theme> themes = List.of(Theme.narrower("a\nb", "T", "c\u202E"),
        Theme.narrower("c\u202E", "T", "a\nb"));
    ScapDocument document = ScapDocument.builder()
        .taxonomies(List.of(Taxonomy.of("t", "T", themes))).build();

    assertThat(DocumentRules.check(document)).extracting(Problem::message).containsExactly(
        "theme \"a\\nb\" refines itself: \"a\\nb\" → \"c\\u202E\" → \"a\\nb\"");
  }

  /** A plan focused on one theme, with a project on each of the other themes. */
  private static Plan plan(String id, String focus, String... projectThemes) {
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < projectThemes.length; i++) {
      projects.add(Project.builder(ProjectId.of(id + "-" + i), "P",
          ThemeId.of(projectThemes[i])).build());
    }
    return Plan.builder(PlanId.of(id), CityId.of("c"), "P")
        .focusAreas(List.of(FocusArea.of(ThemeId.of(focus)))).projects(projects).build();
  }

  @Test
  void reportsEachRepeatedCityAndOrganizationIdAtItsEntry() {
    ScapDocument example = Examples.example();
    List<City> cities = new ArrayList<>(example.cities());
    cities.add(City.of(cities.get(0).id(), "Again", "PH"));
    cities.add(City.of(CityId.of("iloilo"), "Iloilo", "PH"));
    cities.add(City.of(cities.get(0).id(), "Once more", "PH"));
    OrganizationKind agency = OrganizationKind.DEVELOPMENT_AGENCY;
    List<Organization> organizations = List.of(
        Organization.of(OrganizationId.of("giz"), "GIZ", agency),
        Organization.of(OrganizationId.of("giz"), "GIZ again", agency));
    ScapDocument document = example.toBuilder().cities(cities).organizations(organizations)
        .plans(List.of()).build();
    int n = example.cities().size();

    assertThat(DocumentRules.check(document)).containsExactly(
        Rule.DUPLICATE_ID.at("/cities/" + n + "/id", "city id " + Quoted.value(cities.get(0).id())
            + " is already the id of the city at /cities/0"),
        Rule.DUPLICATE_ID.at("/cities/" + (n + 2) + "/id", "city id "
            + Quoted.value(cities.get(0).id()) + " is already the id of the city at /cities/0"),
        Rule.DUPLICATE_ID.at("/organizations/1/id",
            "organization id \"giz\" is already the id of the organization at /organizations/0"));
  }

  private static ScapDocument broken() {
    ScapDocument example = Examples.example();
    List<Plan> plans = new ArrayList<>(example.plans());
    Plan davao = plans.get(1);
    List<Project> projects = List.of(Project.builder(ProjectId.of("davao-flood-control"),
        "Flood control", ThemeId.of("smart-water")).build());
    plans.set(1, davao.toBuilder().id(PlanId.of("cebu-city-scap-2018"))
        .city(CityId.of("manila")).projects(projects).build());
    return example.toBuilder().plans(plans).build();
  }
}
