package dev.scap.sheets;

import dev.scap.model.ScapDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a workbook or CSV folder gave: the document, present only when no problem is an
 * error, and every problem at its place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document, empty if an error was found
 * @param problems the problems, errors and warnings
 */
public record SheetsReadResult(Optional<ScapDocument> document, List<SheetProblem> problems) {

  /**
   * Copies the problems.
   *
   * @param document the document
   * @param problems the problems
   * @throws NullPointerException if an argument is {@code null}
   */
  public SheetsReadResult {
    Objects.requireNonNull(document, "document");
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether the document was read without error.
   *
   * @return whether no problem is an error
   */
  public boolean isValid() {
    return errors() == 0;
  }

  /**
   * Counts the errors.
   *
   * @return the number of errors listed
   */
  public long errors() {
    return problems.stream().filter(SheetProblem::isError).count();
  }

  /**
   * Counts the warnings.
   *
   * @return the number of warnings listed
   */
  public long warnings() {
    return problems.size() - errors();
  }
}
