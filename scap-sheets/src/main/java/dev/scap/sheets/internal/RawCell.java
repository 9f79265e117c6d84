package dev.scap.sheets.internal;

import java.math.BigDecimal;

/**
 * One cell as the file holds it, before its column's kind gives it a meaning.
 *
 * @param type what the cell holds
 * @param text the text of a text, error or formula cell
 * @param number the exact number of a number cell, or {@code null}
 * @param dateFormatted whether a number cell is formatted as a date
 * @param bool the value of a boolean cell
 */
public record RawCell(Type type, String text, BigDecimal number, boolean dateFormatted,
    boolean bool) {

  /** What a cell holds. */
  public enum Type {
    /** Nothing. */
    EMPTY,
    /** Text. */
    TEXT,
    /** A number. */
    NUMBER,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** A formula, refused. */
    FORMULA,
    /** An error value such as {@code #N/A}. */
    ERROR
  }

  /** The empty cell. */
  public static final RawCell EMPTY = new RawCell(Type.EMPTY, "", null, false, false);

  /**
   * Returns a text cell, empty if the text is.
   *
   * @param text the text
   * @return the cell
   */
  public static RawCell text(String text) {
    return text.isEmpty() ? EMPTY : new RawCell(Type.TEXT, text, null, false, false);
  }

  /**
   * Returns a number cell.
   *
   * @param number the number
   * @param dateFormatted whether it is formatted as a date
   * @return the cell
   */
  public static RawCell number(BigDecimal number, boolean dateFormatted) {
    return new RawCell(Type.NUMBER, number.toPlainString(), number, dateFormatted, false);
  }

  /**
   * Tells whether the cell holds nothing.
   *
   * @return whether it is empty
   */
  public boolean isEmpty() {
    return type == Type.EMPTY;
  }

  /**
   * Returns how many characters the cell holds.
   *
   * @return its text's length
   */
  public int length() {
    return text == null ? 0 : text.length();
  }
}
