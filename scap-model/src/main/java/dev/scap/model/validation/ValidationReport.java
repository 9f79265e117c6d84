package dev.scap.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every problem found in a document, in a stable order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problems the problems, never {@code null}
 */
public record ValidationReport(List<Problem> problems) {

  /** A report of no problems. */
  public static final ValidationReport CLEAN = new ValidationReport(List.of());

  /**
   * Creates a report.
   *
   * @param problems the problems
   * @throws NullPointerException if {@code problems} is or holds {@code null}
   */
  public ValidationReport {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * Tells whether the document is invalid.
   *
   * @return whether any problem is an error
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Tells whether there is no problem at all, not even a warning.
   *
   * @return whether the report is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * Returns the errors.
   *
   * @return the problems of severity {@link Severity#ERROR}, in order
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * Returns the warnings.
   *
   * @return the problems of severity {@link Severity#WARNING}, in order
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Returns a report that holds this report's problems, then another's.
   *
   * @param other the other report
   * @return the combined report
   */
  public ValidationReport plus(ValidationReport other) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(other.problems);
    return new ValidationReport(all);
  }
}
