package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FocusAreaTest {

  @Test
  void hasNoPriorityUnlessGivenOne() {
    assertThat(FocusArea.of(ThemeId.of("buildings")).priority()).isNull();
    assertThat(FocusArea.of(ThemeId.of("buildings"), 1).priority()).isEqualTo(1);
  }

  @Test
  void takesNullChallengesForNone() {
    FocusArea focusArea = new FocusArea(ThemeId.of("buildings"), null, null, null);

    assertThat(focusArea).isEqualTo(FocusArea.of(ThemeId.of("buildings")));
    assertThat(focusArea.challenges()).isEmpty();
  }

  @Test
  void rejectsANullChallengeNamingTheList() {
    assertThatNullPointerException().isThrownBy(() -> new FocusArea(ThemeId.of("buildings"), 1,
            Arrays.asList("flooding", null), null))
        .withMessage("challenges holds a null element");
  }

  @Test
  void keepsItsChallengesWhenTheGivenListChanges() {
    List<String> challenges = new ArrayList<>(List.of("flooding"));
    FocusArea focusArea = new FocusArea(ThemeId.of("buildings"), 1, challenges, null);

    challenges.add("heat");

    assertThat(focusArea.challenges()).containsExactly("flooding");
  }

  @Test
  void equalsAFocusAreaWithEqualComponentsOnly() {
    FocusArea area = new FocusArea(ThemeId.of("energy"), 1, List.of("grid"),
        Extensions.of(Map.of("x-note", "a")));
    FocusArea same = new FocusArea(new ThemeId(new String("energy")), 1,
        new ArrayList<>(List.of("grid")), Extensions.of(Map.of("x-note", "a")));

    assertThat(area).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(new FocusArea(ThemeId.of("water"), 1, List.of("grid"), same.extensions()))
        .isNotEqualTo(new FocusArea(ThemeId.of("energy"), 2, List.of("grid"), same.extensions()))
        .isNotEqualTo(new FocusArea(ThemeId.of("energy"), null, List.of("grid"),
            same.extensions()))
        .isNotEqualTo(new FocusArea(ThemeId.of("energy"), 1, List.of(), same.extensions()))
        .isNotEqualTo(new FocusArea(ThemeId.of("energy"), 1, List.of("grid"), null))
        .isNotEqualTo(new FocusArea(null, 1, List.of("grid"), same.extensions()))
        .isNotEqualTo("energy");
    assertThat(new FocusArea(null, null, null, null))
        .isEqualTo(new FocusArea(null, null, List.of(), Extensions.NONE))
        .hasSameHashCodeAs(new FocusArea(null, null, List.of(), Extensions.NONE));
  }
}
