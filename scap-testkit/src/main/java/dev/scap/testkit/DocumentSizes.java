package dev.scap.testkit;

import java.util.Objects;

/**
 * How large the documents that {@link ScapArbitraries#documents(DocumentSizes)} generates are:
 * a range of counts for each kind of object.
 *
 * <p>Every count is drawn anew for each list, biased towards the small end of its range as
 * jqwik does for lists, so that failures shrink to small documents. Immutable and
 * thread-safe; components are never {@code null}.
 *
 * @param taxonomies taxonomies per document, at least 1
 * @param themesPerTaxonomy themes per generated taxonomy, at least 1; the built-in taxonomies
 *     that a document sometimes copies keep their own themes
 * @param cities cities per document
 * @param plansPerCity plans per city
 * @param focusAreasPerPlan focus areas per plan, at least 1; never more than the document has
 *     themes, since each theme is a focus area of a plan at most once
 * @param projectsPerPlan projects per plan
 * @param organizations organizations per document
 */
public record DocumentSizes(
    Range taxonomies,
    Range themesPerTaxonomy,
    Range cities,
    Range plansPerCity,
    Range focusAreasPerPlan,
    Range projectsPerPlan,
    Range organizations) {

  /**
   * Creates sizes.
   *
   * @param taxonomies taxonomies per document
   * @param themesPerTaxonomy themes per generated taxonomy
   * @param cities cities per document
   * @param plansPerCity plans per city
   * @param focusAreasPerPlan focus areas per plan
   * @param projectsPerPlan projects per plan
   * @param organizations organizations per document
   * @throws NullPointerException if a range is {@code null}
   * @throws IllegalArgumentException if taxonomies, themes or focus areas may be 0, which no
   *     valid document allows
   */
  public DocumentSizes {
    requireAtLeastOne(taxonomies, "taxonomies");
    requireAtLeastOne(themesPerTaxonomy, "themesPerTaxonomy");
    Objects.requireNonNull(cities, "cities");
    Objects.requireNonNull(plansPerCity, "plansPerCity");
    requireAtLeastOne(focusAreasPerPlan, "focusAreasPerPlan");
    Objects.requireNonNull(projectsPerPlan, "projectsPerPlan");
    Objects.requireNonNull(organizations, "organizations");
  }

  /**
   * Returns the sizes of {@link ScapArbitraries#documents()}: small documents for properties
   * that run many tries. One or two taxonomies of up to five themes, up to three cities with
   * up to two plans each, up to three focus areas and three projects per plan, up to three
   * organizations.
   *
   * @return the sizes
   */
  public static DocumentSizes small() {
    return new DocumentSizes(Range.of(1, 2), Range.of(1, 5), Range.of(0, 3), Range.of(0, 2),
        Range.of(1, 3), Range.of(0, 3), Range.of(0, 3));
  }

  /**
   * Returns sizes where every object the format knows is usually present: two or three
   * taxonomies of two to six themes, two to four cities with one to three plans each, two to
   * four focus areas and one to four projects per plan, one to three organizations. Suits
   * tests that need something of each kind to work on, such as mutations.
   *
   * @return the sizes
   */
  public static DocumentSizes rich() {
    return new DocumentSizes(Range.of(2, 3), Range.of(2, 6), Range.of(2, 4), Range.of(1, 3),
        Range.of(2, 4), Range.of(1, 4), Range.of(1, 3));
  }

  /**
   * Returns a copy with another number of taxonomies.
   *
   * @param min the least, at least 1
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withTaxonomies(int min, int max) {
    return new DocumentSizes(Range.of(min, max), themesPerTaxonomy, cities, plansPerCity,
        focusAreasPerPlan, projectsPerPlan, organizations);
  }

  /**
   * Returns a copy with another number of themes per generated taxonomy.
   *
   * @param min the least, at least 1
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withThemesPerTaxonomy(int min, int max) {
    return new DocumentSizes(taxonomies, Range.of(min, max), cities, plansPerCity,
        focusAreasPerPlan, projectsPerPlan, organizations);
  }

  /**
   * Returns a copy with another number of cities.
   *
   * @param min the least
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withCities(int min, int max) {
    return new DocumentSizes(taxonomies, themesPerTaxonomy, Range.of(min, max), plansPerCity,
        focusAreasPerPlan, projectsPerPlan, organizations);
  }

  /**
   * Returns a copy with another number of plans per city.
   *
   * @param min the least
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withPlansPerCity(int min, int max) {
    return new DocumentSizes(taxonomies, themesPerTaxonomy, cities, Range.of(min, max),
        focusAreasPerPlan, projectsPerPlan, organizations);
  }

  /**
   * Returns a copy with another number of focus areas per plan.
   *
   * @param min the least, at least 1
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withFocusAreasPerPlan(int min, int max) {
    return new DocumentSizes(taxonomies, themesPerTaxonomy, cities, plansPerCity,
        Range.of(min, max), projectsPerPlan, organizations);
  }

  /**
   * Returns a copy with another number of projects per plan.
   *
   * @param min the least
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withProjectsPerPlan(int min, int max) {
    return new DocumentSizes(taxonomies, themesPerTaxonomy, cities, plansPerCity,
        focusAreasPerPlan, Range.of(min, max), organizations);
  }

  /**
   * Returns a copy with another number of organizations.
   *
   * @param min the least
   * @param max the most
   * @return the copy
   */
  public DocumentSizes withOrganizations(int min, int max) {
    return new DocumentSizes(taxonomies, themesPerTaxonomy, cities, plansPerCity,
        focusAreasPerPlan, projectsPerPlan, Range.of(min, max));
  }

  private static void requireAtLeastOne(Range range, String name) {
    Objects.requireNonNull(range, name);
    if (range.min() < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + range.min());
    }
  }

  /**
   * A range of counts, both ends included.
   *
   * <p>Immutable and thread-safe.
   *
   * @param min the least count, not negative
   * @param max the greatest count, not below {@code min}
   */
  public record Range(int min, int max) {

    /**
     * Creates a range.
     *
     * @param min the least count
     * @param max the greatest count
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} below it
     */
    public Range {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("not a range of counts: [" + min + ", " + max + "]");
      }
    }

    /**
     * Returns the range from {@code min} to {@code max}, both included.
     *
     * @param min the least count
     * @param max the greatest count
     * @return the range
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} below it
     */
    public static Range of(int min, int max) {
      return new Range(min, max);
    }

    /**
     * Returns the range of exactly one count.
     *
     * @param count the count
     * @return the range {@code [count, count]}
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static Range exactly(int count) {
      return new Range(count, count);
    }

    /**
     * Tells whether a count lies in this range.
     *
     * @param count the count
     * @return whether {@code min <= count <= max}
     */
    public boolean contains(int count) {
      return min <= count && count <= max;
    }
  }
}
