package dev.scap.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void printsItselfOnOneLineWithItsLocationWhenKnown() {
    Problem problem = Problem.error("unknown-reference", "/plans/0/city", "city \"x\" is unknown");

    assertThat(problem).hasToString("error unknown-reference /plans/0/city: city \"x\" is unknown");
    assertThat(problem.at(3, 17)).hasToString(
        "3:17: error unknown-reference /plans/0/city: city \"x\" is unknown");
  }

  @Test
  void printsTheRootPointerAsASlash() {
    assertThat(Problem.warning("some-rule", "", "whole document"))
        .hasToString("warning some-rule /: whole document");
  }

  @Test
  void keepsEverythingButTheLocationWhenPlaced() {
    Problem problem = Problem.warning("theme-outside-plan", "/plans/1", "m");

    Problem placed = problem.at(2, 5);

    assertThat(placed).isEqualTo(new Problem(Severity.WARNING, "theme-outside-plan", "/plans/1",
        "m", 2, 5));
    assertThat(placed.hasLocation()).isTrue();
    assertThat(problem.hasLocation()).isFalse();
  }

  @Test
  void tellsErrorsFromWarnings() {
    assertThat(Problem.error("r", "", "m").isError()).isTrue();
    assertThat(Problem.warning("r", "", "m").isError()).isFalse();
  }

  @Test
  void takesItsSeverityFromTheRuleItBreaks() {
    assertThat(Rule.THEME_OUTSIDE_PLAN.at("/p", "m"))
        .isEqualTo(Problem.warning("theme-outside-plan", "/p", "m"));
    assertThat(Rule.DUPLICATE_ID.at("/p", "m")).isEqualTo(Problem.error("duplicate-id", "/p", "m"));
  }

  @Test
  void rejectsANegativeLineOrColumn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Problem(Severity.ERROR, "r", "", "m", -1, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Problem(Severity.ERROR, "r", "", "m", 1, -1));
  }

  @Test
  void rejectsNullNamingTheComponent() {
    assertThatNullPointerException().isThrownBy(() -> new Problem(null, "r", "", "m", 0, 0))
        .withMessage("severity");
    assertThatNullPointerException().isThrownBy(() -> Problem.error(null, "", "m"))
        .withMessage("rule");
    assertThatNullPointerException().isThrownBy(() -> Problem.error("r", null, "m"))
        .withMessage("pointer");
    assertThatNullPointerException().isThrownBy(() -> Problem.error("r", "", null))
        .withMessage("message");
  }
}
