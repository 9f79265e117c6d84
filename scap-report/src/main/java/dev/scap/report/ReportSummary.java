package dev.scap.report;

import dev.scap.model.TaxonomyId;
import java.util.Objects;

/**
 * The figures of a report's first section: what the document holds, what the analyses look at,
 * and what validation found. Immutable and thread-safe.
 *
 * @param title the document's title; {@code null} if it has none
 * @param cities the number of cities
 * @param citiesWithThemes the cities whose profile is not zero: a plan that names at least one
 *     theme of the analysed taxonomy
 * @param plans the number of plans
 * @param projects the number of projects, in all plans
 * @param organizations the number of organizations
 * @param taxonomies the number of taxonomies
 * @param taxonomy the taxonomy whose themes make the profiles
 * @param themes the number of themes of the profiles (the top-level ones with rollup)
 * @param themesNamed the themes that at least one city's profile weighs above 0
 * @param errors the errors validation found
 * @param warnings the warnings validation found
 */
public record ReportSummary(String title, int cities, int citiesWithThemes, int plans,
    int projects, int organizations, int taxonomies, TaxonomyId taxonomy, int themes,
    int themesNamed, int errors, int warnings) {

  /**
   * Creates a summary.
   *
   * @param title the title, or {@code null}
   * @param cities the number of cities
   * @param citiesWithThemes the cities with themes
   * @param plans the number of plans
   * @param projects the number of projects
   * @param organizations the number of organizations
   * @param taxonomies the number of taxonomies
   * @param taxonomy the analysed taxonomy
   * @param themes the number of themes
   * @param themesNamed the themes named
   * @param errors the errors
   * @param warnings the warnings
   * @throws NullPointerException if {@code taxonomy} is {@code null}
   */
  public ReportSummary {
    Objects.requireNonNull(taxonomy, "taxonomy");
  }
}
