package dev.scap.model;

import dev.scap.model.internal.Copies;
import java.time.LocalDate;

/**
 * What a document says of itself. Every component is optional.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the document's title; may be {@code null}
 * @param description what it holds; may be {@code null}
 * @param source where its data came from; may be {@code null}
 * @param license an SPDX license id or a URL; may be {@code null}
 * @param created when it was made; may be {@code null}
 * @param notes anything else; may be {@code null}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Metadata(
    String title,
    String description,
    String source,
    String license,
    LocalDate created,
    String notes,
    Extensions extensions) {

  /** Metadata that says nothing. */
  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

  /**
   * Creates metadata.
   *
   * @param title the title
   * @param description the description
   * @param source the source
   * @param license the license
   * @param created the creation date
   * @param notes the notes
   * @param extensions extensions, {@code null} for none
   */
  public Metadata {
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns metadata with only a title.
   *
   * @param title the title
   * @return the metadata
   */
  public static Metadata titled(String title) {
    return new Metadata(title, null, null, null, null, null, null);
  }
}
