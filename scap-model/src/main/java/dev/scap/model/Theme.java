package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A thematic focus area of a taxonomy, such as "Buildings" or "Mobility &amp; Transportation".
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the theme's id, unique among all the document's themes
 * @param label its name for people
 * @param description what it covers; may be {@code null}
 * @param broader the theme of the same taxonomy that it refines; {@code null} for a top-level
 *     theme
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Theme(
    @NotNull @ValidIdentifier ThemeId id,
    @NotBlank String label,
    String description,
    @ValidIdentifier ThemeId broader,
    Extensions extensions) {

  /**
   * Creates a theme.
   *
   * @param id the id
   * @param label the label
   * @param description the description
   * @param broader the broader theme
   * @param extensions extensions, {@code null} for none
   */
  public Theme {
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a top-level theme.
   *
   * @param id the id
   * @param label the label
   * @return the theme
   */
  public static Theme of(ThemeId id, String label) {
    return new Theme(id, label, null, null, Extensions.NONE);
  }

  /**
   * Returns a top-level theme, from the text of its id: shorthand for
   * {@code Theme.of(ThemeId.of(id), label)}. Like {@link ThemeId#of}, it takes any text, so that
   * a malformed id can still be held and reported on by
   * {@link dev.scap.model.validation.ScapValidator}.
   *
   * @param id the id's text, such as {@code "buildings"}
   * @param label the label
   * @return the theme
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Theme of(String id, String label) {
    return of(ThemeId.of(id), label);
  }

  /**
   * Returns a theme that refines another.
   *
   * @param id the id
   * @param label the label
   * @param broader the id of the theme it refines
   * @return the theme
   */
  public static Theme narrower(ThemeId id, String label, ThemeId broader) {
    return new Theme(id, label, null, broader, Extensions.NONE);
  }

  /**
   * Returns a theme that refines another, from the texts of their ids: shorthand for
   * {@code Theme.narrower(ThemeId.of(id), label, ThemeId.of(broader))}. Like {@link ThemeId#of},
   * it takes any text.
   *
   * @param id the id's text
   * @param label the label
   * @param broader the text of the id of the theme it refines
   * @return the theme
   * @throws NullPointerException if {@code id} or {@code broader} is {@code null}
   */
  public static Theme narrower(String id, String label, String broader) {
    return narrower(ThemeId.of(id), label, ThemeId.of(broader));
  }

  /**
   * Returns the theme it refines.
   *
   * @return the broader theme's id, empty for a top-level theme
   */
  public Optional<ThemeId> broaderTheme() {
    return Optional.ofNullable(broader);
  }

  /**
   * Returns a copy with another description.
   *
   * @param value the description; {@code null} for none
   * @return the copy
   */
  public Theme withDescription(String value) {
    return new Theme(id, label, value, broader, extensions);
  }
}
