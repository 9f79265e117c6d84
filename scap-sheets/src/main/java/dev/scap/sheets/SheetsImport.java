package dev.scap.sheets;

import java.util.List;

/**
 * What importing a workbook or CSV folder into a JSON file gave: its problems, and whether the
 * file was written (only when no problem is an error).
 *
 * <p>Immutable and thread-safe.
 *
 * @param problems the problems, errors and warnings
 * @param written whether the JSON file was written
 */
public record SheetsImport(List<SheetProblem> problems, boolean written) {

  /**
   * Copies the problems.
   *
   * @param problems the problems
   * @param written whether the file was written
   * @throws NullPointerException if {@code problems} is {@code null}
   */
  public SheetsImport {
    problems = List.copyOf(problems);
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
