package dev.scap.io;

/**
 * Limits that reading a document enforces, so that a hostile or broken file gives a clear error
 * instead of exhausting memory or the stack. Going past one stops reading with a
 * {@link ScapFormatException} of rule {@code limit-exceeded}, except the limit on problems,
 * past which a whole read goes on counting the problems without holding them.
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
 * @param maxProblems the most problems a whole read holds in its report (0 for none); those
 *     past it are counted in {@link dev.scap.model.validation.ValidationReport#omitted()}, and
 *     an error among them still makes the document invalid. The problems held are the first in
 *     the report's order, that of their places in the document: the report is the first
 *     {@code maxProblems} of the report an unlimited read gives. A stream hands every problem
 *     over and ignores this limit.
 */
public record ReadLimits(
    long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
    int maxItems, int maxNameLength, int maxProblems) {

  /** The default limit on a property name's length, Jackson's own. */
  private static final int DEFAULT_MAX_NAME_LENGTH = 50_000;

  /** The default limit on problems held: 10,000, some 2 MB of heap. */
  private static final int DEFAULT_MAX_PROBLEMS = 10_000;

  /** The default limits: 512 MiB, depth 200, strings of 16 Mi characters, numbers of 200
   * digits, 10 million items, property names of 50,000 characters, 10,000 problems held. */
  public static final ReadLimits DEFAULTS =
      new ReadLimits(512L << 20, 200, 16 << 20, 200, 10_000_000, DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_PROBLEMS);

  /**
   * Creates limits.
   *
   * @param maxDocumentBytes the largest document
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxItems the most items in one array or object
   * @param maxNameLength the longest property name
   * @param maxProblems the most problems held
   * @throws IllegalArgumentException if a limit is below 1, or {@code maxProblems} below 0
   */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxItems < 1 || maxNameLength < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
    if (maxProblems < 0) {
      throw new IllegalArgumentException("the limit on problems must be at least 0");
    }
  }

  /**
   * Creates limits with the default limit on problems held.
   *
   * @param maxDocumentBytes the largest document
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxItems the most items in one array or object
   * @param maxNameLength the longest property name
   * @throws IllegalArgumentException if a limit is below 1
   */
  public ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength,
      int maxNumberLength, int maxItems, int maxNameLength) {
    this(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxItems, maxNameLength,
        DEFAULT_MAX_PROBLEMS);
  }

  /**
   * Creates limits with the default limits on property names and on problems held.
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
    this(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxItems,
        DEFAULT_MAX_NAME_LENGTH);
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param value the largest document, in bytes
   * @return the copy
   */
  public ReadLimits withMaxDocumentBytes(long value) {
    return new ReadLimits(value, maxDepth, maxStringLength, maxNumberLength, maxItems,
        maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param value the deepest nesting
   * @return the copy
   */
  public ReadLimits withMaxDepth(int value) {
    return new ReadLimits(maxDocumentBytes, value, maxStringLength, maxNumberLength, maxItems,
        maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param value the longest string
   * @return the copy
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, value, maxNumberLength, maxItems,
        maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param value the longest number
   * @return the copy
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, value, maxItems,
        maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another item count limit.
   *
   * @param value the most items in one array or object
   * @return the copy
   */
  public ReadLimits withMaxItems(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, value,
        maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another property name length limit.
   *
   * @param value the longest property name, in characters
   * @return the copy
   */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxItems, value, maxProblems);
  }

  /**
   * Returns a copy with another limit on problems held.
   *
   * @param value the most problems a whole read holds, 0 or more
   * @return the copy
   */
  public ReadLimits withMaxProblems(int value) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxItems, maxNameLength, value);
  }
}
