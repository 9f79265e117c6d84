package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A theme that a plan puts its effort on, with its priority and the challenges the city faces.
 *
 * <p>Immutable and thread-safe.
 *
 * @param theme the theme, which must be one of the document's
 * @param priority 1 for the highest; may be {@code null}
 * @param challenges what the city faces on this theme, never {@code null}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record FocusArea(
    @NotNull @ValidIdentifier ThemeId theme,
    @Min(1) Integer priority,
    List<String> challenges,
    Extensions extensions) {

  /**
   * Creates a focus area.
   *
   * @param theme the theme
   * @param priority the priority
   * @param challenges the challenges; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if {@code challenges} holds {@code null}
   */
  public FocusArea {
    challenges = Copies.list(challenges, "challenges");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a focus area without priority.
   *
   * @param theme the theme
   * @return the focus area
   */
  public static FocusArea of(ThemeId theme) {
    return new FocusArea(theme, null, List.of(), Extensions.NONE);
  }

  /**
   * Returns a focus area with a priority.
   *
   * @param theme the theme
   * @param priority the priority, 1 for the highest
   * @return the focus area
   */
  public static FocusArea of(ThemeId theme, int priority) {
    return new FocusArea(theme, priority, List.of(), Extensions.NONE);
  }

  /**
   * Tells whether another object is a focus area with equal components. Written out, as the
   * record's own would be, because the validation of a document compares its focus areas with
   * those already found valid, often before the generated method has been compiled.
   *
   * @param other the other object
   * @return whether it is an equal focus area
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof FocusArea area && Objects.equals(theme, area.theme)
        && Objects.equals(priority, area.priority) && challenges.equals(area.challenges)
        && (extensions == area.extensions || extensions.equals(area.extensions));
  }

  /**
   * Returns a hash code of the components.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return ((Objects.hashCode(theme) * 31 + Objects.hashCode(priority)) * 31
        + challenges.hashCode()) * 31 + extensions.values().hashCode();
  }
}
