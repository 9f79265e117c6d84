package dev.scap.sheets;

/**
 * What reading a workbook or a CSV folder may cost at most: each limit passed stops reading
 * with one {@code limit-exceeded} problem. The defaults are those of {@code docs/SHEETS.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxFileBytes the largest workbook file (or CSV file) in bytes
 * @param maxPartBytes the largest uncompressed part of a workbook in bytes
 * @param maxTotalBytes the largest uncompressed size of all parts together in bytes
 * @param maxCompressionRatio the highest ratio of a part's uncompressed to compressed size
 * @param maxRows the most rows of one sheet, empty ones counted
 * @param maxColumns the most columns of one sheet
 * @param maxCellLength the most characters in one cell
 * @param maxSharedStringsBytes the largest uncompressed shared strings table in bytes
 * @param maxProblems the most problems reported; past it the rest are counted, not listed
 */
public record SheetLimits(long maxFileBytes, long maxPartBytes, long maxTotalBytes,
    int maxCompressionRatio, int maxRows, int maxColumns, int maxCellLength,
    long maxSharedStringsBytes, int maxProblems) {

  /** The limits of {@code docs/SHEETS.md}, with at most 1,000 problems listed. */
  public static final SheetLimits DEFAULTS = new SheetLimits(2L << 30, 4L << 30, 16L << 30,
      200, 5_000_000, 1_000, 1_000_000, 256L << 20, 1_000);

  /**
   * Checks that every limit is positive.
   *
   * @param maxFileBytes the largest file
   * @param maxPartBytes the largest part
   * @param maxTotalBytes the largest total
   * @param maxCompressionRatio the highest compression ratio
   * @param maxRows the most rows
   * @param maxColumns the most columns
   * @param maxCellLength the most characters in a cell
   * @param maxSharedStringsBytes the largest shared strings table
   * @param maxProblems the most problems listed
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public SheetLimits {
    positive("maxFileBytes", maxFileBytes);
    positive("maxPartBytes", maxPartBytes);
    positive("maxTotalBytes", maxTotalBytes);
    positive("maxCompressionRatio", maxCompressionRatio);
    positive("maxRows", maxRows);
    positive("maxColumns", maxColumns);
    positive("maxCellLength", maxCellLength);
    positive("maxSharedStringsBytes", maxSharedStringsBytes);
    positive("maxProblems", maxProblems);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /**
   * Returns a copy with another file size limit.
   *
   * @param bytes the largest file in bytes
   * @return the copy
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public SheetLimits withMaxFileBytes(long bytes) {
    return new SheetLimits(bytes, maxPartBytes, maxTotalBytes, maxCompressionRatio, maxRows,
        maxColumns, maxCellLength, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another part size limit.
   *
   * @param bytes the largest uncompressed part in bytes
   * @return the copy
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public SheetLimits withMaxPartBytes(long bytes) {
    return new SheetLimits(maxFileBytes, bytes, maxTotalBytes, maxCompressionRatio, maxRows,
        maxColumns, maxCellLength, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another limit on all parts together.
   *
   * @param bytes the largest uncompressed total in bytes
   * @return the copy
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public SheetLimits withMaxTotalBytes(long bytes) {
    return new SheetLimits(maxFileBytes, maxPartBytes, bytes, maxCompressionRatio, maxRows,
        maxColumns, maxCellLength, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another compression ratio limit.
   *
   * @param ratio the highest ratio of uncompressed to compressed size
   * @return the copy
   * @throws IllegalArgumentException if {@code ratio} is not positive
   */
  public SheetLimits withMaxCompressionRatio(int ratio) {
    return new SheetLimits(maxFileBytes, maxPartBytes, maxTotalBytes, ratio, maxRows,
        maxColumns, maxCellLength, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another row limit.
   *
   * @param rows the most rows of a sheet
   * @return the copy
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public SheetLimits withMaxRows(int rows) {
    return new SheetLimits(maxFileBytes, maxPartBytes, maxTotalBytes, maxCompressionRatio, rows,
        maxColumns, maxCellLength, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another column limit.
   *
   * @param columns the most columns of a sheet
   * @return the copy
   * @throws IllegalArgumentException if {@code columns} is not positive
   */
  public SheetLimits withMaxColumns(int columns) {
    return new SheetLimits(maxFileBytes, maxPartBytes, maxTotalBytes, maxCompressionRatio,
        maxRows, columns, maxCellLength, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another cell length limit.
   *
   * @param characters the most characters in a cell
   * @return the copy
   * @throws IllegalArgumentException if {@code characters} is not positive
   */
  public SheetLimits withMaxCellLength(int characters) {
    return new SheetLimits(maxFileBytes, maxPartBytes, maxTotalBytes, maxCompressionRatio,
        maxRows, maxColumns, characters, maxSharedStringsBytes, maxProblems);
  }

  /**
   * Returns a copy with another shared strings limit.
   *
   * @param bytes the largest uncompressed shared strings table in bytes
   * @return the copy
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public SheetLimits withMaxSharedStringsBytes(long bytes) {
    return new SheetLimits(maxFileBytes, maxPartBytes, maxTotalBytes, maxCompressionRatio,
        maxRows, maxColumns, maxCellLength, bytes, maxProblems);
  }

  /**
   * Returns a copy with another problem limit.
   *
   * @param problems the most problems listed
   * @return the copy
   * @throws IllegalArgumentException if {@code problems} is not positive
   */
  public SheetLimits withMaxProblems(int problems) {
    return new SheetLimits(maxFileBytes, maxPartBytes, maxTotalBytes, maxCompressionRatio,
        maxRows, maxColumns, maxCellLength, maxSharedStringsBytes, problems);
  }
}
