package dev.scap.io.internal;

import dev.scap.io.FormatRule;
import dev.scap.io.ReadLimits;
import dev.scap.io.ScapFormatException;
import dev.scap.model.internal.Quoted;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** The Jackson factory that a reader's limits configure, and the translation of its errors. */
public final class Json {

  /** Jackson's message for a property name past {@code maxNameLength}. */
  private static final Pattern NAME_TOO_LONG =
      Pattern.compile("^Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private Json() {}

  /**
   * Returns a factory whose parsers enforce the limits that Jackson can check.
   *
   * @param limits the limits
   * @param streaming whether the document is read plan by plan, with no document size limit
   *     unless one was set below the default
   * @return the factory
   */
  public static JsonFactory factory(ReadLimits limits, boolean streaming) {
    StreamReadConstraints.Builder constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength());
    if (!streaming || limits.maxDocumentBytes() < ReadLimits.DEFAULTS.maxDocumentBytes()) {
      constraints.maxDocumentLength(limits.maxDocumentBytes());
    }
    return JsonFactory.builder().streamReadConstraints(constraints.build()).build();
  }

  private static final Pattern NON_STANDARD_TOKEN =
      Pattern.compile("Non-standard token '([^']+)'");

  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("Unrecognized token '([^']+)'");

  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\('.+?' \\(code (\\d+)");

  /**
   * Turns an error of Jackson's into the exception that stops reading.
   *
   * @param error the error
   * @param parser the parser that raised it, for the pointer; may be {@code null}
   * @return the exception to throw
   */
  public static ScapFormatException translate(JacksonException error, JsonParser parser) {
    FormatRule rule = error instanceof StreamConstraintsException
        ? FormatRule.LIMIT_EXCEEDED : FormatRule.SYNTAX_ERROR;
    TokenStreamLocation at = error.getLocation();
    if ((at == null || at.getLineNr() < 1) && parser != null) {
      // Jackson's limit errors carry no location: the value being read is where it was hit.
      at = parser.currentTokenLocation();
      if (at.getLineNr() < 1) {
        at = parser.currentLocation();
      }
    }
    String message = error.getOriginalMessage();
    Matcher name = message == null ? null : NAME_TOO_LONG.matcher(message);
    boolean longName = rule == FormatRule.LIMIT_EXCEEDED && name != null && name.find();
    if (longName && parser != null) {
      // Inside the name: the token before it is another property's.
      at = parser.currentLocation();
    }
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String pointer = "";
    if (parser != null) {
      try {
        TokenStreamContext context = parser.streamReadContext();
        // The context names the property before the long name: the object holding it is
        // where the name is.
        pointer = (longName && context.getParent() != null ? context.getParent() : context)
            .pathAsPointer().toString();
      } catch (RuntimeException e) {
        pointer = "";
      }
    }
    if (longName) {
      // Jackson counts what it has read of the name when it stops, not the whole name.
      message = "a property name is longer than the limit of " + name.group(2)
          + " characters (at least " + name.group(1) + ")";
    }
    if (message == null || message.isBlank()) {
      message = error.getClass().getSimpleName();
    }
    // Jackson names the source as "[Source: REDACTED (...); byte offset: ...]": the problem's
    // own line and column say where, so that part says nothing to a person.
    // Jackson quotes the offending character or token as it is: escaped here, it cannot
    // break the problem's line or act on a terminal.
    message = message.replace('\n', ' ')
        .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
        .strip();
    message = Quoted.controlsEscaped(message);
    return new ScapFormatException(rule.at(pointer, message, line,
        onTheCharacter(error.getOriginalMessage(), at, column)), error);
  }

  /**
   * Moves Jackson's column onto the character the error is about, where Jackson places it
   * elsewhere: after a non-standard token such as {@code NaN}, which it reads whole; after a
   * plus sign; on the digit after a leading zero; on the decimal point or the exponent's
   * {@code e} instead of the character that follows it, when reading text; and, when reading bytes, one column late for each byte past
   * the first of an unexpected character or of the first character of an unrecognized token,
   * since the column then counts the bytes of the character itself.
   */
  private static int onTheCharacter(String message, TokenStreamLocation at, int column) {
    if (message == null || column <= 1) {
      return column;
    }
    boolean bytes = at != null && at.getByteOffset() >= 0;
    Matcher token = NON_STANDARD_TOKEN.matcher(message);
    if (token.lookingAt()) {
      return Math.max(1, column - token.group(1).length());
    }
    if (message.contains("numbers to have plus signs")
        || message.contains("Leading zeroes not allowed")) {
      return column - 1;
    }
    if (!bytes && (message.contains("Decimal point not followed by a digit")
        || message.contains("Exponent indicator not followed by a digit"))) {
      return column + 1;
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(message);
    if (character.lookingAt() && bytes) {
      return Math.max(1, column - (utf8Length(Integer.parseInt(character.group(1))) - 1));
    }
    Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(message);
    if (unrecognized.lookingAt() && bytes) {
      return Math.max(1, column - (utf8Length(unrecognized.group(1).codePointAt(0)) - 1));
    }
    return column;
  }

  private static int utf8Length(int code) {
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
}
