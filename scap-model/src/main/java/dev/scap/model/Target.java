package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotBlank;

/**
 * A strategic target of a plan, such as "By 2025: build two wastewater treatment plants".
 *
 * <p>Immutable and thread-safe.
 *
 * @param description what is to be achieved
 * @param theme the theme it serves, which must be one of the document's; may be {@code null}
 * @param year the year by which it is due; may be {@code null}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Target(
    @NotBlank String description, @ValidIdentifier ThemeId theme, Integer year,
    Extensions extensions) {

  /**
   * Creates a target.
   *
   * @param description what is to be achieved
   * @param theme the theme
   * @param year the year
   * @param extensions extensions, {@code null} for none
   */
  public Target {
    extensions = Copies.extensions(extensions);
  }
}
