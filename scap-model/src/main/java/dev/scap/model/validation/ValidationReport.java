package dev.scap.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every problem found in a document, in a stable order, or the first of them and a count of
 * those left out: a reader that caps the problems it holds (see {@code ReadLimits} in scap-io)
 * counts the rest without holding them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problems the problems held, never {@code null}
 * @param omitted how many more problems were found but not held; 0 if none
 * @param omittedErrors how many of the {@code omitted} problems are errors
 */
public record ValidationReport(List<Problem> problems, long omitted, long omittedErrors) {

  /** A report of no problems. */
  public static final ValidationReport CLEAN = new ValidationReport(List.of());

  /**
   * Creates a report of problems and of a count of those left out.
   *
   * @param problems the problems held
   * @param omitted how many more were found but not held
   * @param omittedErrors how many of those left out are errors
   * @throws NullPointerException if {@code problems} is or holds {@code null}
   * @throws IllegalArgumentException if a count is negative, or {@code omittedErrors} is more
   *     than {@code omitted}
   */
  public ValidationReport {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (omittedErrors < 0 || omittedErrors > omitted) {
      throw new IllegalArgumentException("omitted " + omitted + " problems, of them "
          + omittedErrors + " errors: counts must be 0 or more, the errors at most all");
    }
  }

  /**
   * Creates a report that holds every problem.
   *
   * @param problems the problems
   * @throws NullPointerException if {@code problems} is or holds {@code null}
   */
  public ValidationReport(List<Problem> problems) {
    this(problems, 0, 0);
  }

  /**
   * Tells whether the document is invalid.
   *
   * @return whether any problem, held or left out, is an error
   */
  public boolean hasErrors() {
    return omittedErrors > 0 || problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Tells whether there is no problem at all, not even a warning.
   *
   * @return whether the report is empty and left nothing out
   */
  public boolean isClean() {
    return problems.isEmpty() && omitted == 0;
  }

  /**
   * Returns the errors held.
   *
   * @return the problems of severity {@link Severity#ERROR}, in order; not those left out
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * Returns the warnings held.
   *
   * @return the problems of severity {@link Severity#WARNING}, in order; not those left out
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Returns a report that holds this report's problems, then another's, and leaves out what
   * both left out.
   *
   * @param other the other report
   * @return the combined report
   */
  public ValidationReport plus(ValidationReport other) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(other.problems);
    return new ValidationReport(all, omitted + other.omitted,
        omittedErrors + other.omittedErrors);
  }
}
