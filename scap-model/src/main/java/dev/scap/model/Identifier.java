package dev.scap.model;

import dev.scap.model.internal.Syntax;

/**
 * A typed identifier: text matching {@value #SYNTAX}, unique within its kind in one document.
 * Each kind of object has its own identifier type, so that a city id cannot be passed where a
 * theme id is meant.
 *
 * <p>The model's factories take typed identifiers, such as
 * {@code City.of(CityId.of("hue"), "Hue", "VN")}. Those of {@link Theme} and {@link Taxonomy},
 * which are often written out by hand as whole vocabularies, also take an identifier's text as a
 * shorthand; like the {@code of} methods of the identifiers, they accept any text but
 * {@code null}.
 */
public sealed interface Identifier
    permits CityId, ThemeId, TaxonomyId, OrganizationId, PlanId, ProjectId, EventId,
    SessionId {

  /** The syntax of every identifier, as a regular expression. */
  String SYNTAX = "^[a-z0-9][a-z0-9-]{0,63}$";

  /**
   * Returns the identifier's text.
   *
   * @return the text, never {@code null}
   */
  String value();

  /**
   * Tells whether a text has the syntax of an identifier.
   *
   * @param text the text, may be {@code null}
   * @return {@code true} if {@code text} matches {@value #SYNTAX}
   */
  static boolean isValid(String text) {
    return Syntax.isIdentifier(text);
  }
}
