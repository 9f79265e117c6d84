package dev.scap.io;

import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Severity;

/**
 * The rules of the SCAP format that only a reader of its JSON can see, each with its stable
 * code. The model's own rules are in {@link dev.scap.model.validation.Rule}.
 */
public enum FormatRule {
  /** The text is not JSON: malformed, truncated, invalid UTF-8, or content after the end. */
  SYNTAX_ERROR("syntax-error"),
  /** The document goes past a {@link ReadLimits limit}. */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** The JSON is not an object, so not a SCAP document. */
  NOT_A_DOCUMENT("not-a-document"),
  /** A property that the format does not name. */
  UNKNOWN_PROPERTY("unknown-property"),
  /** A property given twice in one object. */
  DUPLICATE_PROPERTY("duplicate-property"),
  /** A value of the wrong JSON type: a string where a number belongs, {@code null} in a list. */
  WRONG_TYPE("wrong-type"),
  /** A required property that is absent (the model reports those it can see as required). */
  MISSING_PROPERTY("missing-property"),
  /** A text that is not one of the codes of its closed list. */
  INVALID_CODE("invalid-code"),
  /** A text that is not an ISO-8601 calendar date. */
  INVALID_DATE("invalid-date");

  private final String code;

  FormatRule(String code) {
    this.code = code;
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the kebab-case code
   */
  public String code() {
    return code;
  }

  /**
   * Returns an error that breaks this rule.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message the message
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @return the problem
   */
  public Problem at(String pointer, String message, int line, int column) {
    return new Problem(Severity.ERROR, code, pointer, message, line, column);
  }
}
