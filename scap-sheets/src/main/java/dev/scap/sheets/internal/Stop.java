package dev.scap.sheets.internal;

/**
 * Why reading a workbook or CSV folder cannot go on: a limit passed, an unsafe or unreadable
 * file. Carries the problem's rule, message and place; never leaves this package's callers.
 */
final class Stop extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule broken. */
  final String rule;
  /** The sheet or CSV file, {@code ""} for the whole. */
  final String sheet;
  /** The row, or 0. */
  final int row;
  /** The column, or 0. */
  final int column;

  Stop(String rule, String message, String sheet, int row, int column) {
    super(message, null, false, false);
    this.rule = rule;
    this.sheet = sheet;
    this.row = row;
    this.column = column;
  }

  static Stop whole(String rule, String message) {
    return new Stop(rule, message, "", 0, 0);
  }
}
