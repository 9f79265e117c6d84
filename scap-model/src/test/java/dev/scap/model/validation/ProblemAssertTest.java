package dev.scap.model.validation;

import static dev.scap.model.validation.ProblemAssert.assertThat;
import static dev.scap.model.validation.ProblemAssert.problem;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemAssertTest {

  private static final Problem CITY = Rule.UNKNOWN_REFERENCE.at("/plans/0/city",
      "city \"manila\" is not a city of the document");
  private static final Problem THEME = Rule.THEME_OUTSIDE_PLAN.at("/plans/0/projects/1/themes/0",
      "theme \"buildings\" of project \"p\" is not a focus area of plan \"q\" and refines none");
  private static final ValidationReport REPORT = new ValidationReport(List.of(CITY, THEME));

  @Test
  void matchesOnRuleAndPointerInAnyOrder() {
    assertThatCode(() -> assertThat(REPORT).containsOnly(
        problem("theme-outside-plan").at("/plans/0/projects/1/themes/0"),
        problem("unknown-reference").at("/plans/0/city"))).doesNotThrowAnyException();
  }

  @Test
  void matchesOnSeverityAndMessageFragmentsWhenGiven() {
    assertThatCode(() -> assertThat(REPORT).containsExactly(
        problem(Rule.UNKNOWN_REFERENCE).withSeverity(Severity.ERROR)
            .withMessageContaining("\"manila\"", "not a city"),
        problem(Rule.THEME_OUTSIDE_PLAN).withSeverity(Severity.WARNING)))
        .doesNotThrowAnyException();
  }

  @Test
  void failsOnAWrongPointerAndShowsWhatTheReportHeld() {
    assertThatThrownBy(() -> assertThat(REPORT).containsOnly(
        problem("unknown-reference").at("/plans/1/city"),
        problem("theme-outside-plan").at("/plans/0/projects/1/themes/0")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("any unknown-reference /plans/1/city")
        .hasMessageContaining(CITY.toString());
  }

  @Test
  void failsOnAWrongSeverityOrMessage() {
    assertThatThrownBy(() -> assertThat(REPORT).containsOnly(
        problem("unknown-reference").withSeverity(Severity.WARNING), problem(Rule.THEME_OUTSIDE_PLAN)))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REPORT).containsOnly(
        problem("unknown-reference").withMessageContaining("\"cebu\""),
        problem(Rule.THEME_OUTSIDE_PLAN)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void failsOnAProblemMoreOrLess() {
    assertThatThrownBy(() -> assertThat(REPORT).containsOnly(problem("unknown-reference")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REPORT).containsOnly(problem("unknown-reference"),
        problem("theme-outside-plan"), problem("unknown-reference")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void findsAMatchingWhereAGreedyOneWouldFail() {
    // the loose first expectation could take the city problem that only the second one fits
    ValidationReport two = new ValidationReport(List.of(CITY, Rule.UNKNOWN_REFERENCE.at(
        "/plans/1/city", "city \"hue\" is not a city of the document")));

    assertThatCode(() -> assertThat(two).containsOnly(problem("unknown-reference"),
        problem("unknown-reference").at("/plans/0/city"))).doesNotThrowAnyException();
  }

  @Test
  void failsOnTheWrongOrderWhenOrderIsAskedFor() {
    assertThatThrownBy(() -> assertThat(REPORT).containsExactly(
        problem(Rule.THEME_OUTSIDE_PLAN), problem(Rule.UNKNOWN_REFERENCE)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void tellsACleanReportFromOneWithProblems() {
    assertThatCode(() -> assertThat(ValidationReport.CLEAN).isClean()).doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(REPORT).isClean())
        .isInstanceOf(AssertionError.class).hasMessageContaining(THEME.toString());
    assertThatThrownBy(() -> assertThat(REPORT).doesNotContain(problem(Rule.THEME_OUTSIDE_PLAN)))
        .isInstanceOf(AssertionError.class);
  }
}
