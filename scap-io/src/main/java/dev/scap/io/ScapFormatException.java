package dev.scap.io;

import dev.scap.model.validation.Problem;
import java.util.Objects;

/**
 * Reading could not go on: the text is not JSON (malformed, truncated, invalid UTF-8), it goes
 * past a {@link ReadLimits limit}, it is not a SCAP document at all, or it is of a format
 * version this library cannot read. The {@link #problem()} says where: line, column and JSON
 * Pointer.
 *
 * <p>Problems that leave the document readable are not thrown: they come in the
 * {@link ReadResult}'s report.
 */
public final class ScapFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problem that stopped reading. */
  private final transient Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem the problem that stopped reading
   * @param cause the underlying exception, may be {@code null}
   */
  public ScapFormatException(Problem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").toString(), cause);
    this.problem = problem;
  }

  /**
   * Returns the problem that stopped reading.
   *
   * @return the problem, with its line, column and pointer
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the 1-based line where reading stopped.
   *
   * @return the line, or 0 if not known
   */
  public int line() {
    return problem.line();
  }

  /**
   * Returns the 1-based column where reading stopped.
   *
   * @return the column, or 0 if not known
   */
  public int column() {
    return problem.column();
  }

  /**
   * Returns the JSON Pointer of the value where reading stopped.
   *
   * @return the pointer, {@code ""} for the document
   */
  public String pointer() {
    return problem.pointer();
  }
}
