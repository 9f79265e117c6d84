package dev.scap.cli;

import dev.scap.model.validation.Problem;
import dev.scap.model.validation.SafeText;
import dev.scap.sheets.SheetProblem;
import java.io.PrintWriter;

/**
 * Prints problems as {@code FILE:LINE:COL: SEVERITY RULE POINTER: message}, one line each and
 * safe to print: the pointer escaped and shortened as a value in a message is, and any control
 * or format character left in the line, such as one in the file's name, escaped. A problem of
 * a workbook or CSV folder is printed at its place instead of {@code FILE:LINE:COL}:
 * {@code plans.xlsx:Projects!C7}, {@code data/projects.csv:7:3}.
 */
final class Problems {

  private final PrintWriter out;

  Problems(PrintWriter out) {
    this.out = out;
  }

  /**
   * Prints one problem; LINE and COL are 0 when the place is not known.
   *
   * @param file the file's name as given
   * @param problem the problem
   * @param strict whether a warning is printed as an error
   */
  void print(String file, Problem problem, boolean strict) {
    out.println(line(file, problem, strict));
    out.flush();
  }

  static String line(String file, Problem problem, boolean strict) {
    return placed(file + ":" + problem.line() + ":" + problem.column(), problem, strict);
  }

  /**
   * Prints one problem of a workbook or CSV folder, at its place.
   *
   * @param problem the problem
   * @param strict whether a warning is printed as an error
   */
  void print(SheetProblem problem, boolean strict) {
    out.println(line(problem, strict));
    out.flush();
  }

  static String line(SheetProblem problem, boolean strict) {
    return placed(problem.place(), problem.problem(), strict);
  }

  private static String placed(String place, Problem problem, boolean strict) {
    String severity = strict ? "error" : problem.severity().label();
    String pointer = problem.pointer().isEmpty() ? "/" : SafeText.pointer(problem.pointer());
    return SafeText.line(place + ": " + severity + " " + problem.rule() + " " + pointer + ": "
        + problem.message());
  }
}
