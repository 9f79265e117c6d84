package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * A named vocabulary of themes, such as the five roundtable themes of the WeGO-ASCN Mayoral
 * Conference. {@link BuiltInTaxonomies} holds the two that scap ships.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the taxonomy's id, unique among the document's taxonomies
 * @param name its name for people
 * @param themes its themes, at least one, in order
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Taxonomy(
    @NotNull @ValidIdentifier TaxonomyId id,
    @NotBlank String name,
    @NotEmpty List<@Valid Theme> themes,
    Extensions extensions) {

  /**
   * Creates a taxonomy.
   *
   * @param id the id
   * @param name the name
   * @param themes the themes; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if {@code themes} holds {@code null}
   */
  public Taxonomy {
    themes = Copies.list(themes, "themes");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a taxonomy.
   *
   * @param id the id
   * @param name the name
   * @param themes the themes
   * @return the taxonomy
   * @throws NullPointerException if {@code themes} holds {@code null}
   */
  public static Taxonomy of(TaxonomyId id, String name, List<Theme> themes) {
    return new Taxonomy(id, name, themes, Extensions.NONE);
  }

  /**
   * Returns a taxonomy, from the text of its id: shorthand for
   * {@code Taxonomy.of(TaxonomyId.of(id), name, themes)}. Like {@link TaxonomyId#of}, it takes any
   * text, so that a malformed id can still be held and reported on by
   * {@link dev.scap.model.validation.ScapValidator}.
   *
   * @param id the id's text, such as {@code "wego-ascn-2019"}
   * @param name the name
   * @param themes the themes
   * @return the taxonomy
   * @throws NullPointerException if {@code id} is {@code null}, or {@code themes} holds
   *     {@code null}
   */
  public static Taxonomy of(String id, String name, List<Theme> themes) {
    return of(TaxonomyId.of(id), name, themes);
  }

  /**
   * Returns the theme with an id.
   *
   * @param id the theme's id
   * @return the theme, empty if the taxonomy has none with that id
   */
  public Optional<Theme> theme(ThemeId id) {
    return themes.stream().filter(t -> id.equals(t.id())).findFirst();
  }

  /**
   * Returns the themes that refine no other.
   *
   * @return the top-level themes, in order
   */
  public List<Theme> topLevelThemes() {
    return themes.stream().filter(t -> t.broader() == null).toList();
  }

  /**
   * Returns the themes that directly refine a theme.
   *
   * @param broader the broader theme
   * @return its narrower themes, in order
   */
  public List<Theme> narrowerThemes(ThemeId broader) {
    return themes.stream().filter(t -> broader.equals(t.broader())).toList();
  }
}
