package dev.scap.report;

import dev.scap.analysis.grouping.Linkage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a report groups peers: agglomerative clustering (the dendrogram whose leaf order the
 * heatmap follows), cut into exactly {@code groups} groups or, when that is {@code null}, at a
 * similarity {@code threshold}. Immutable and thread-safe.
 *
 * @param linkage the linkage
 * @param groups the number of groups; {@code null} to cut at the threshold
 * @param threshold the least similarity within a group, used when {@code groups} is
 *     {@code null}: a decimal, compared with the exact similarities as written
 */
public record GroupingOptions(Linkage linkage, Integer groups, BigDecimal threshold) {

  /** The command line's defaults: average linkage, cut at 0.5. */
  public static final GroupingOptions DEFAULTS = new GroupingOptions(Linkage.AVERAGE, null,
      new BigDecimal("0.5"));

  /**
   * Creates grouping options.
   *
   * @param linkage the linkage
   * @param groups the number of groups, or {@code null}
   * @param threshold the threshold
   * @throws NullPointerException if {@code linkage} or {@code threshold} is {@code null}
   * @throws IllegalArgumentException if {@code groups} is less than 1
   */
  public GroupingOptions {
    Objects.requireNonNull(linkage, "linkage");
    if (groups != null && groups < 1) {
      throw new IllegalArgumentException("groups must be 1 or more, not " + groups);
    }
    Objects.requireNonNull(threshold, "threshold");
  }

  /**
   * Returns a copy with another linkage.
   *
   * @param value the linkage
   * @return the copy
   */
  public GroupingOptions withLinkage(Linkage value) {
    return new GroupingOptions(value, groups, threshold);
  }

  /**
   * Returns a copy that cuts the dendrogram into exactly K groups.
   *
   * @param k the number of groups
   * @return the copy
   */
  public GroupingOptions cutInto(int k) {
    return new GroupingOptions(linkage, k, threshold);
  }

  /**
   * Returns a copy that cuts the dendrogram at a similarity threshold.
   *
   * @param value the least similarity within a group, as written
   * @return the copy
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public GroupingOptions cutAt(BigDecimal value) {
    return new GroupingOptions(linkage, null, value);
  }
}
