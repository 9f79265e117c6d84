package dev.scap.io.internal;

import dev.scap.io.FormatRule;
import dev.scap.io.ReadLimits;
import dev.scap.io.ScapFormatException;
import dev.scap.model.internal.Quoted;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** The Jackson factory that a reader's limits configure, and the translation of its errors. */
public final class Json {

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
        .maxNameLength(Math.min(limits.maxStringLength(), 50_000));
    if (!streaming || limits.maxDocumentBytes() < ReadLimits.DEFAULTS.maxDocumentBytes()) {
      constraints.maxDocumentLength(limits.maxDocumentBytes());
    }
    return JsonFactory.builder().streamReadConstraints(constraints.build()).build();
  }

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
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String pointer = "";
    if (parser != null) {
      try {
        pointer = parser.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException e) {
        pointer = "";
      }
    }
    String message = error.getOriginalMessage();
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
    return new ScapFormatException(rule.at(pointer, message, line, column), error);
  }
}
