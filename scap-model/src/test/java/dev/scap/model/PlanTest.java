package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final Plan CEBU = Examples.example().plans().get(0);

  @Test
  void listsItsProjectsOnAThemeInPlanOrder() {
    assertThat(CEBU.projectsOn(ThemeId.of("traffic-safety"))).extracting(p -> p.id().value())
        .containsExactly("cebu-brt");
    assertThat(CEBU.projectsOn(ThemeId.of("public-safety"))).extracting(p -> p.id().value())
        .containsExactly("cebu-traffic-control");
    assertThat(CEBU.projectsOn(ThemeId.of("buildings"))).isEmpty();
  }

  @Test
  void listsEveryProjectOnATheme() {
    Plan plan = CEBU.toBuilder().projects(List.of(
        Project.builder(ProjectId.of("b"), "B", ThemeId.of("water")).build(),
        Project.builder(ProjectId.of("a"), "A", ThemeId.of("roads"), ThemeId.of("water")).build(),
        Project.builder(ProjectId.of("c"), "C", ThemeId.of("roads")).build())).build();

    assertThat(plan.projectsOn(ThemeId.of("water"))).extracting(p -> p.id().value())
        .containsExactly("b", "a");
  }

  @Test
  void findsItsFocusAreaOnATheme() {
    assertThat(CEBU.focusArea(ThemeId.of("public-safety"))).map(FocusArea::priority).contains(2);
    assertThat(CEBU.focusArea(ThemeId.of("mobility-transportation")))
        .map(FocusArea::challenges).contains(List.of("traffic congestion"));
    assertThat(CEBU.focusArea(ThemeId.of("safety-security"))).isEmpty();
  }

  @Test
  void findsItsProjectById() {
    assertThat(CEBU.project(ProjectId.of("cebu-traffic-control"))).map(Project::stage)
        .contains(Stage.PILOT);
    assertThat(CEBU.project(ProjectId.of("davao-c3"))).isEmpty();
  }

  @Test
  void comesBackUnchangedThroughItsBuilder() {
    assertThat(CEBU.toBuilder().build()).isEqualTo(CEBU).hasSameHashCodeAs(CEBU);
  }

  @Test
  void fillsInListsThatAreNotGiven() {
    Plan plan = Plan.builder(PlanId.of("p"), CityId.of("c"), "P").build();

    assertThat(plan.focusAreas()).isEmpty();
    assertThat(plan.targets()).isEmpty();
    assertThat(plan.projects()).isEmpty();
    assertThat(plan.partners()).isEmpty();
    assertThat(plan.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void rejectsANullElementNamingTheList() {
    assertThatNullPointerException().isThrownBy(() -> CEBU.toBuilder()
            .focusAreas(Arrays.asList(FocusArea.of(ThemeId.of("t")), null)).build())
        .withMessage("focusAreas holds a null element");
    assertThatNullPointerException()
        .isThrownBy(() -> CEBU.toBuilder().projects(Arrays.asList((Project) null)).build())
        .withMessage("projects holds a null element");
  }

  @Test
  void keepsItsFocusAreasWhenTheGivenListChanges() {
    List<FocusArea> focusAreas = new ArrayList<>(List.of(FocusArea.of(ThemeId.of("t"))));
    Plan plan = Plan.builder(PlanId.of("p"), CityId.of("c"), "P").focusAreas(focusAreas).build();

    focusAreas.add(FocusArea.of(ThemeId.of("u")));

    assertThat(plan.focusAreas()).containsExactly(FocusArea.of(ThemeId.of("t")));
    assertThatThrownBy(() -> plan.focusAreas().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.projectsOn(ThemeId.of("t")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addsToEachOfItsListsInOrder() {
    FocusArea water = FocusArea.of(ThemeId.of("water"), 1);
    FocusArea roads = FocusArea.of(ThemeId.of("roads"), 2);
    Target target = new Target("Clean water for all", ThemeId.of("water"), 2030, null);
    Project pipes = Project.builder(ProjectId.of("pipes"), "Pipes", ThemeId.of("water")).build();
    Project lanes = Project.builder(ProjectId.of("lanes"), "Lanes", ThemeId.of("roads")).build();
    Partner bank = Partner.of(OrganizationId.of("bank"), PartnerRole.FUNDER);

    Plan plan = Plan.builder(PlanId.of("p"), CityId.of("c"), "P")
        .addFocusAreas(water).addFocusAreas(roads)
        .addTargets(target)
        .addProjects(pipes, lanes)
        .addPartners(bank)
        .build();

    assertThat(plan.focusAreas()).containsExactly(water, roads);
    assertThat(plan.targets()).containsExactly(target);
    assertThat(plan.projects()).containsExactly(pipes, lanes);
    assertThat(plan.partners()).containsExactly(bank);
  }

  @Test
  void addsAfterWhatItStartedFrom() {
    Project pipes = Project.builder(ProjectId.of("pipes"), "Pipes", ThemeId.of("water")).build();

    Plan plan = CEBU.toBuilder().addProjects(pipes).build();

    assertThat(plan.projects()).containsExactlyElementsOf(
        Stream.concat(CEBU.projects().stream(), Stream.of(pipes)).toList());
    assertThat(plan.focusAreas()).isEqualTo(CEBU.focusAreas());
  }

  @Test
  void neverChangesAListItWasGiven() {
    List<FocusArea> given = new ArrayList<>(List.of(FocusArea.of(ThemeId.of("t"))));
    Plan.Builder builder = Plan.builder(PlanId.of("p"), CityId.of("c"), "P").focusAreas(given);

    Plan plan = builder.addFocusAreas(FocusArea.of(ThemeId.of("u"))).build();
    builder.addFocusAreas(FocusArea.of(ThemeId.of("v")));

    assertThat(given).containsExactly(FocusArea.of(ThemeId.of("t")));
    assertThat(plan.focusAreas()).extracting(f -> f.theme().value()).containsExactly("t", "u");
    assertThat(builder.build().focusAreas()).extracting(f -> f.theme().value())
        .containsExactly("t", "u", "v");
  }

  @Test
  void startsAgainFromAListSetAfterAdding() {
    Plan plan = Plan.builder(PlanId.of("p"), CityId.of("c"), "P")
        .addFocusAreas(FocusArea.of(ThemeId.of("t")))
        .focusAreas(List.of(FocusArea.of(ThemeId.of("u"))))
        .build();

    assertThat(plan.focusAreas()).containsExactly(FocusArea.of(ThemeId.of("u")));
  }

  @Test
  void rejectsANullElementToAddAndStaysAsItWas() {
    Plan.Builder builder = CEBU.toBuilder();

    assertThatNullPointerException()
        .isThrownBy(() -> builder.addProjects(CEBU.projects().get(0), null))
        .withMessage("projects holds a null element");
    assertThatNullPointerException().isThrownBy(() -> builder.addTargets((Target[]) null))
        .withMessage("targets");

    assertThat(builder.build()).isEqualTo(CEBU);
  }

  @Property
  void buildsFromAddedElementsWhatItBuildsFromTheirConcatenation(
      @ForAll @Size(max = 4) List<String> given, @ForAll @Size(max = 4) List<String> first,
      @ForAll @Size(max = 4) List<String> second) {
    Plan added = Plan.builder(PlanId.of("p"), CityId.of("c"), "P")
        .focusAreas(focusAreas(given)).targets(targets(given))
        .projects(projects(given)).partners(partners(given))
        .addFocusAreas(focusAreas(first).toArray(FocusArea[]::new))
        .addTargets(targets(first).toArray(Target[]::new))
        .addProjects(projects(first).toArray(Project[]::new))
        .addPartners(partners(first).toArray(Partner[]::new))
        .addFocusAreas(focusAreas(second).toArray(FocusArea[]::new))
        .addTargets(targets(second).toArray(Target[]::new))
        .addProjects(projects(second).toArray(Project[]::new))
        .addPartners(partners(second).toArray(Partner[]::new))
        .build();
    List<String> all = Stream.of(given, first, second).flatMap(List::stream).toList();

    assertThat(added).isEqualTo(Plan.builder(PlanId.of("p"), CityId.of("c"), "P")
        .focusAreas(focusAreas(all)).targets(targets(all))
        .projects(projects(all)).partners(partners(all)).build());
  }

  private static List<FocusArea> focusAreas(List<String> themes) {
    return themes.stream().map(t -> FocusArea.of(ThemeId.of(t))).toList();
  }

  private static List<Target> targets(List<String> descriptions) {
    return descriptions.stream().map(d -> new Target(d, null, null, null)).toList();
  }

  private static List<Project> projects(List<String> ids) {
    return ids.stream().map(id -> Project.builder(ProjectId.of(id), id).build()).toList();
  }

  private static List<Partner> partners(List<String> ids) {
    return ids.stream().map(id -> Partner.of(OrganizationId.of(id), PartnerRole.OTHER)).toList();
  }
}
