package dev.scap.sheets.internal;

/** A workbook's cell addresses, such as {@code C7}: column letters and row numbers. */
public final class CellAddress {

  private CellAddress() {}

  /**
   * Returns a column's letters: {@code A} for 1, {@code Z} for 26, {@code AA} for 27.
   *
   * @param column the column from 1
   * @return its letters
   */
  public static String letters(int column) {
    StringBuilder out = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  /**
   * Reads an address such as {@code C7}.
   *
   * @param reference the address
   * @return its row and column from 1, both 0 if it names no row
   */
  static int[] parse(String reference) {
    int column = 0;
    int i = 0;
    while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
      column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
      i++;
    }
    int row = 0;
    try {
      row = Integer.parseInt(reference.substring(i));
    } catch (NumberFormatException e) {
      row = 0;
    }
    return new int[] {row, row == 0 ? 0 : column};
  }
}
