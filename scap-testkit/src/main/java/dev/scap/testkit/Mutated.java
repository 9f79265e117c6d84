package dev.scap.testkit;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import dev.scap.model.validation.Severity;
import dev.scap.model.validation.ValidationReport;
import java.util.Objects;

/**
 * A document broken by a {@link Mutation}, with the one problem that validating it must
 * report. The problem's message is not predicted: only its rule, pointer and severity.
 *
 * <p>Immutable and thread-safe; no component is {@code null}.
 *
 * @param mutation the mutation that broke the document
 * @param document the broken document
 * @param expectedRule the rule of the expected problem
 * @param expectedPointer the JSON Pointer of the expected problem, such as
 *     {@code "/plans/3/projects/1/themes/0"}
 */
public record Mutated(
    Mutation mutation, ScapDocument document, Rule expectedRule, String expectedPointer) {

  /**
   * Creates a broken document.
   *
   * @param mutation the mutation
   * @param document the broken document
   * @param expectedRule the rule of the expected problem
   * @param expectedPointer the pointer of the expected problem
   * @throws NullPointerException if a component is {@code null}
   */
  public Mutated {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(expectedRule, "expectedRule");
    Objects.requireNonNull(expectedPointer, "expectedPointer");
  }

  /**
   * Returns the severity of the expected problem.
   *
   * @return the severity of {@link #expectedRule()}
   */
  public Severity expectedSeverity() {
    return expectedRule.severity();
  }

  /**
   * Tells whether a problem is the one expected: same rule code, pointer and severity.
   *
   * @param problem the problem
   * @return whether it is the expected problem
   */
  public boolean isExpected(Problem problem) {
    return problem.rule().equals(expectedRule.code())
        && problem.pointer().equals(expectedPointer)
        && problem.severity() == expectedSeverity();
  }

  /**
   * Tells whether a report holds the expected problem and nothing else.
   *
   * @param report the report of validating {@link #document()}
   * @return whether it holds exactly one problem, the expected one
   */
  public boolean isReportedAloneIn(ValidationReport report) {
    return report.problems().size() == 1 && isExpected(report.problems().get(0));
  }

  /**
   * Returns the mutation and the problem expected, without the document, which can be large.
   *
   * @return for example {@code "DANGLING_PLAN_CITY: error unknown-reference at /plans/0/city"}
   */
  @Override
  public String toString() {
    return mutation + ": " + expectedSeverity().label() + " " + expectedRule.code() + " at "
        + expectedPointer;
  }
}
