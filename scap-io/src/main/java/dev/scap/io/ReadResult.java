package dev.scap.io;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ValidationReport;
import java.util.Objects;

/**
 * A document as read, and every problem found in it: those of the format (unknown properties,
 * wrong JSON types, missing properties, …) and those of the model's validation, each with its
 * line and column in the text read.
 *
 * <p>The document holds what could be read: a value of the wrong type is left out, so an
 * invalid document is not fit to be written back. Immutable and thread-safe.
 *
 * @param document the document, never {@code null}
 * @param report every problem, in document order; past the reader's
 *     {@link ReadLimits#maxProblems() limit on problems}, the first of them and a count of the
 *     rest
 */
public record ReadResult(ScapDocument document, ValidationReport report) {

  /**
   * Creates a result.
   *
   * @param document the document
   * @param report the problems
   * @throws NullPointerException if an argument is {@code null}
   */
  public ReadResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(report, "report");
  }

  /**
   * Tells whether the document is valid: no problem of severity error.
   *
   * @return whether the report has no error
   */
  public boolean isValid() {
    return !report.hasErrors();
  }
}
