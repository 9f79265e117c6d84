package dev.scap.io;

/**
 * Limits that reading a document enforces, so that a hostile or broken file gives a clear error
 * instead of exhausting memory or the stack. Going past one stops reading with a
 * {@link ScapFormatException} of rule {@code limit-exceeded}.
 *
 * <p>The defaults are far above any real plan collection. Immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document, in bytes (for text input: in characters), read
 *     into memory; streaming, whose memory does not grow with the document, has no such limit
 *     unless one is set below the default
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters as written and in digits when
 *     written out without an exponent
 * @param maxItems the most entries in one array or properties in one object
 * @param maxNameLength the longest property name, in characters, anywhere in the document
 *     (in {@code extensions} too)
 */
public record ReadLimits(
    long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
    int maxItems, int maxNameLength) {

  /** The default limits: 512 MiB, depth 200, strings of 16 Mi characters, numbers of 200
   * digits, 10 million items, property names of 50,000 characters. */
  public static final ReadLimits DEFAULTS =
      new ReadLimits(512L << 20, 200, 16 << 20, 200, 10_000_000, 50_000);

  /**
   * Creates limits.
   *
   * @param maxDocumentBytes the largest document
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxItems the most items in one array or object
   * @param maxNameLength the longest property name
   * @throws IllegalArgumentException if a limit is below 1
   */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxItems < 1 || maxNameLength < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
  }

  /**
   * Creates limits with the default limit on property names.
   *
   * @param maxDocumentBytes the largest document
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxItems the most items in one array or object
   * @throws IllegalArgumentException if a limit is below 1
   */
  public ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength,
      int maxNumberLength, int maxItems) {
    this(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxItems, 50_000);
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param value the largest document, in bytes
   * @return the copy
   */
  public ReadLimits withMaxDocumentBytes(long value) {
    return new ReadLimits(value, maxDepth, maxStringLength, maxNumberLength, maxItems,
        maxNameLength);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param value the deepest nesting
   * @return the copy
   */
  public ReadLimits withMaxDepth(int value) {
    return new ReadLimits(maxDocumentBytes, value, maxStringLength, maxNumberLength, maxItems,
        maxNameLength);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param value the longest string
   * @return the copy
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, value, maxNumberLength, maxItems,
        maxNameLength);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param value the longest number
   * @return the copy
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, value, maxItems,
        maxNameLength);
  }

  /**
   * Returns a copy with another item count limit.
   *
   * @param value the most items in one array or object
   * @return the copy
   */
  public ReadLimits withMaxItems(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, value,
        maxNameLength);
  }

  /**
   * Returns a copy with another property name length limit.
   *
   * @param value the longest property name, in characters
   * @return the copy
   */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxItems, value);
  }
}
