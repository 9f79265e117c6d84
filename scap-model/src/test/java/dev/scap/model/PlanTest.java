package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
}
