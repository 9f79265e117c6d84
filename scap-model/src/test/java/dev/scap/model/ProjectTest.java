package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private static final Project BRT = Examples.example().plans().get(0).projects().get(0);

  @Test
  void tellsWhetherItWorksOnATheme() {
    assertThat(BRT.isOn(ThemeId.of("traffic-safety"))).isTrue();
    assertThat(BRT.isOn(ThemeId.of("public-safety"))).isFalse();
  }

  @Test
  void comesBackUnchangedThroughItsBuilder() {
    assertThat(BRT.toBuilder().build()).isEqualTo(BRT).hasSameHashCodeAs(BRT);
  }

  @Test
  void differsWhenOneComponentDiffers() {
    assertThat(BRT.toBuilder().stage(Stage.COMPLETED).build()).isNotEqualTo(BRT);
    assertThat(BRT.toBuilder().indicators(List.of()).build()).isNotEqualTo(BRT);
  }

  @Test
  void fillsInListsThatAreNotGiven() {
    Project project = new Project(ProjectId.of("p"), "P", null, null, null, null, null, null,
        null, null, null, null);

    assertThat(project.themes()).isEmpty();
    assertThat(project.supportNeeded()).isEmpty();
    assertThat(project.partners()).isEmpty();
    assertThat(project.indicators()).isEmpty();
    assertThat(project.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void rejectsANullElementNamingTheList() {
    assertThatNullPointerException().isThrownBy(() -> BRT.toBuilder()
            .themes(Arrays.asList(ThemeId.of("t"), null)).build())
        .withMessage("themes holds a null element");
    assertThatNullPointerException().isThrownBy(() -> BRT.toBuilder()
            .supportNeeded(Arrays.asList((SupportType) null)).build())
        .withMessage("supportNeeded holds a null element");
    assertThatNullPointerException().isThrownBy(() -> BRT.toBuilder()
            .indicators(Arrays.asList((Indicator) null)).build())
        .withMessage("indicators holds a null element");
  }

  @Test
  void keepsItsThemesWhenTheGivenListChanges() {
    List<ThemeId> themes = new ArrayList<>(List.of(ThemeId.of("t")));
    Project project = BRT.toBuilder().themes(themes).build();

    themes.add(ThemeId.of("u"));

    assertThat(project.themes()).containsExactly(ThemeId.of("t"));
    assertThatThrownBy(() -> project.themes().add(ThemeId.of("u")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
