package dev.scap.sheets;

import dev.scap.model.validation.Problem;
import dev.scap.sheets.internal.CellAddress;
import java.util.Objects;

/**
 * A problem of a workbook or CSV folder, at its place: a cell, a row, a sheet or the whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem the problem, with the JSON pointer of the value in the document
 * @param file the workbook as given, such as {@code data/plans.xlsx}; in a CSV folder, the
 *     CSV file's path ({@code data/projects.csv}), or the folder's for a problem of the whole
 * @param sheet the sheet's name (for a CSV folder, the CSV file's name); {@code ""} for the
 *     whole workbook or folder
 * @param row the row (in CSV, the line) from 1, or 0 for none
 * @param column the column from 1, or 0 for none
 * @param csv whether the place is in a CSV file
 */
public record SheetProblem(Problem problem, String file, String sheet, int row, int column,
    boolean csv) {

  /**
   * Checks the place.
   *
   * @param problem the problem
   * @param file the file
   * @param sheet the sheet, or {@code ""}
   * @param row the row, or 0
   * @param column the column, or 0
   * @param csv whether in a CSV file
   * @throws NullPointerException if a reference is {@code null}
   * @throws IllegalArgumentException if {@code row} or {@code column} is negative
   */
  public SheetProblem {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException("row and column must not be negative");
    }
  }

  /**
   * Returns the place as the command line prints it: {@code plans.xlsx:Projects!C7},
   * {@code plans.xlsx:Projects}, {@code plans.xlsx}, {@code data/projects.csv:7:3},
   * {@code data/projects.csv}.
   *
   * @return the place
   */
  public String place() {
    if (csv) {
      if (row == 0) {
        return file;
      }
      return file + ":" + row + (column == 0 ? "" : ":" + column);
    }
    if (sheet.isEmpty()) {
      return file;
    }
    return file + ":" + sheet + (row == 0 ? "" : "!" + (column == 0 ? "" : letters(column))
        + row);
  }

  /**
   * Returns the cell's address, such as {@code C7}.
   *
   * @return the address, empty when the place has no cell
   */
  public String cell() {
    return row == 0 || column == 0 ? "" : letters(column) + row;
  }

  /**
   * Returns the column's letters in a workbook: {@code A} for 1, {@code AA} for 27.
   *
   * @param column the column from 1
   * @return its letters
   */
  static String letters(int column) {
    return CellAddress.letters(column);
  }

  /**
   * Tells whether this is an error.
   *
   * @return whether the problem is an error
   */
  public boolean isError() {
    return problem.isError();
  }

  /**
   * Returns the problem as one line: the place, then the problem as {@link Problem#toString()}
   * writes it without a line and column.
   *
   * @return the line
   */
  @Override
  public String toString() {
    Problem unplaced = new Problem(problem.severity(), problem.rule(), problem.pointer(),
        problem.message(), 0, 0);
    return place() + ": " + unplaced;
  }
}
