package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
}
