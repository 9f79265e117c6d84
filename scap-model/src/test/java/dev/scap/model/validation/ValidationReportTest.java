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
  void isInvalidWithAnErrorLeftOutAndNotCleanWithAWarningLeftOut() {
    ValidationReport errorLeftOut = new ValidationReport(List.of(WARNING), 2, 1);
    ValidationReport warningLeftOut = new ValidationReport(List.of(), 1, 0);

    assertThat(errorLeftOut.hasErrors()).isTrue();
    assertThat(errorLeftOut.errors()).as("only those held").isEmpty();
    assertThat(warningLeftOut.hasErrors()).isFalse();
    assertThat(warningLeftOut.isClean()).isFalse();
    assertThat(new ValidationReport(List.of(ERROR)))
        .isEqualTo(new ValidationReport(List.of(ERROR), 0, 0));
  }

  @Test
  void addsWhatBothReportsLeftOut() {
    ValidationReport report = new ValidationReport(List.of(WARNING), 3, 1)
        .plus(new ValidationReport(List.of(ERROR), 4, 2));

    assertThat(report.problems()).containsExactly(WARNING, ERROR);
    assertThat(report.omitted()).isEqualTo(7);
    assertThat(report.omittedErrors()).isEqualTo(3);
  }

  @Test
  void rejectsNegativeCountsAndMoreErrorsLeftOutThanProblems() {
    assertThatThrownBy(() -> new ValidationReport(List.of(), -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValidationReport(List.of(), 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValidationReport(List.of(), 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("omitted 1 problems, of them 2 errors");
  }

  @Test
  void rejectsANullListOrProblem() {
    assertThatNullPointerException().isThrownBy(() -> new ValidationReport(null));
    assertThatNullPointerException()
        .isThrownBy(() -> new ValidationReport(Arrays.asList(ERROR, null)));
  }
}
