package dev.scap.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final Problem ERROR = Problem.error("duplicate-id", "/cities/1/id", "m");
  private static final Problem WARNING = Problem.warning("theme-outside-plan", "/plans/0", "m");

  @Test
  void isInvalidOnlyWithAnError() {
    assertThat(new ValidationReport(List.of(WARNING)).hasErrors()).isFalse();
    assertThat(new ValidationReport(List.of(WARNING, ERROR)).hasErrors()).isTrue();
    assertThat(ValidationReport.CLEAN.hasErrors()).isFalse();
  }

  @Test
  void isCleanOnlyWithoutAnyProblem() {
    assertThat(ValidationReport.CLEAN.isClean()).isTrue();
    assertThat(new ValidationReport(List.of(WARNING)).isClean()).isFalse();
  }

  @Test
  void splitsErrorsFromWarningsKeepingTheirOrder() {
    Problem second = Problem.error("required", "/plans/0/id", "m");
    ValidationReport report = new ValidationReport(List.of(ERROR, WARNING, second));

    assertThat(report.errors()).containsExactly(ERROR, second);
    assertThat(report.warnings()).containsExactly(WARNING);
  }

  @Test
  void addsAnotherReportsProblemsAfterItsOwn() {
    ValidationReport report = new ValidationReport(List.of(WARNING))
        .plus(new ValidationReport(List.of(ERROR)));

    assertThat(report.problems()).containsExactly(WARNING, ERROR);
  }

  @Test
  void keepsItsProblemsWhenTheGivenListChanges() {
    List<Problem> problems = new ArrayList<>(List.of(ERROR));
    ValidationReport report = new ValidationReport(problems);

    problems.add(WARNING);

    assertThat(report.problems()).containsExactly(ERROR);
    assertThatThrownBy(() -> report.problems().add(WARNING))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsANullListOrProblem() {
    assertThatNullPointerException().isThrownBy(() -> new ValidationReport(null));
    assertThatNullPointerException()
        .isThrownBy(() -> new ValidationReport(Arrays.asList(ERROR, null)));
  }
}
