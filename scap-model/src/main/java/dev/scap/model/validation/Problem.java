package dev.scap.model.validation;

import dev.scap.model.internal.Quoted;
import java.util.Objects;

/**
 * One thing wrong with a document: where it is, which rule it breaks, and a message that names
 * the offending value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how serious it is
 * @param rule the stable, kebab-case code of the rule broken, such as {@code "unknown-reference"}
 * @param pointer a JSON Pointer (RFC 6901) to the offending value, such as
 *     {@code "/plans/3/projects/1/themes/0"}; {@code ""} for the whole document
 * @param message what is wrong, for a person
 * @param line the 1-based line in the source text, or 0 when not known
 * @param column the 1-based column in the source text, or 0 when not known
 */
public record Problem(
    Severity severity, String rule, String pointer, String message, int line, int column) {

  /**
   * Creates a problem.
   *
   * @param severity how serious it is
   * @param rule the rule code
   * @param pointer the JSON Pointer
   * @param message the message
   * @param line the line, or 0
   * @param column the column, or 0
   * @throws NullPointerException if a text or the severity is {@code null}
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /**
   * Returns an error with no known source location.
   *
   * @param rule the rule code
   * @param pointer the JSON Pointer
   * @param message the message
   * @return the problem
   */
  public static Problem error(String rule, String pointer, String message) {
    return new Problem(Severity.ERROR, rule, pointer, message, 0, 0);
  }

  /**
   * Returns a warning with no known source location.
   *
   * @param rule the rule code
   * @param pointer the JSON Pointer
   * @param message the message
   * @return the problem
   */
  public static Problem warning(String rule, String pointer, String message) {
    return new Problem(Severity.WARNING, rule, pointer, message, 0, 0);
  }

  /**
   * Returns a copy placed at a line and column of the source.
   *
   * @param atLine the 1-based line
   * @param atColumn the 1-based column
   * @return the copy
   */
  public Problem at(int atLine, int atColumn) {
    return new Problem(severity, rule, pointer, message, atLine, atColumn);
  }

  /**
   * Tells whether the problem's place in the source text is known.
   *
   * @return whether {@link #line()} is above 0
   */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * Tells whether this is an error.
   *
   * @return whether the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the problem as one line: {@code LINE:COL: SEVERITY RULE POINTER: message}, the
   * location left out when not known. The pointer is escaped and shortened as a value in a
   * message is, and any control or format character left in the message is escaped, so that
   * the line is one line and safe to print.
   *
   * @return the line
   */
  @Override
  public String toString() {
    String where = hasLocation() ? line + ":" + column + ": " : "";
    return where + severity.label() + " " + Quoted.controlsEscaped(rule) + " "
        + (pointer.isEmpty() ? "/" : Quoted.pointer(pointer)) + ": "
        + Quoted.controlsEscaped(message);
  }
}
