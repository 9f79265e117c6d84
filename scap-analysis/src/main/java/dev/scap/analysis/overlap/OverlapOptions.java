package dev.scap.analysis.overlap;

import dev.scap.model.TaxonomyId;
import java.util.Objects;

/**
 * How profiles are made and compared. Immutable and thread-safe.
 *
 * @param taxonomy the taxonomy whose themes make the profiles; {@code null} for the document's
 *     first
 * @param weighting how a plan weighs a theme
 * @param metric how two profiles compare
 * @param rollup whether each narrower theme counts as its top-level theme
 * @param year the reference year that picks each city's plan; {@code null} for the latest plan
 */
public record OverlapOptions(TaxonomyId taxonomy, Weighting weighting, Metric metric,
    boolean rollup, Integer year) {

  /** The command line's defaults: the first taxonomy, presence, Jaccard, no rollup, latest plan. */
  public static final OverlapOptions DEFAULTS =
      new OverlapOptions(null, Weighting.PRESENCE, Metric.JACCARD, false, null);

  /**
   * Creates options.
   *
   * @param taxonomy the taxonomy, or {@code null}
   * @param weighting the weighting
   * @param metric the metric
   * @param rollup whether to roll narrower themes up
   * @param year the reference year, or {@code null}
   * @throws NullPointerException if {@code weighting} or {@code metric} is {@code null}
   */
  public OverlapOptions {
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(metric, "metric");
  }

  /**
   * Returns a copy with another taxonomy.
   *
   * @param value the taxonomy's id, or {@code null} for the document's first
   * @return the copy
   */
  public OverlapOptions withTaxonomy(TaxonomyId value) {
    return new OverlapOptions(value, weighting, metric, rollup, year);
  }

  /**
   * Returns a copy with another weighting.
   *
   * @param value the weighting
   * @return the copy
   */
  public OverlapOptions withWeighting(Weighting value) {
    return new OverlapOptions(taxonomy, value, metric, rollup, year);
  }

  /**
   * Returns a copy with another metric.
   *
   * @param value the metric
   * @return the copy
   */
  public OverlapOptions withMetric(Metric value) {
    return new OverlapOptions(taxonomy, weighting, value, rollup, year);
  }

  /**
   * Returns a copy that does or does not roll narrower themes up.
   *
   * @param value whether to roll up
   * @return the copy
   */
  public OverlapOptions withRollup(boolean value) {
    return new OverlapOptions(taxonomy, weighting, metric, value, year);
  }

  /**
   * Returns a copy with another reference year.
   *
   * @param value the year, or {@code null} for each city's latest plan
   * @return the copy
   */
  public OverlapOptions withYear(Integer value) {
    return new OverlapOptions(taxonomy, weighting, metric, rollup, value);
  }
}
