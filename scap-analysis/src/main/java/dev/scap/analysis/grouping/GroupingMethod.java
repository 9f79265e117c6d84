package dev.scap.analysis.grouping;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How peer groups were made, as data for renderers to word: by theme, as connected components
 * at a threshold, or by cutting a hierarchical clustering into K groups or at a threshold.
 * Implementations are immutable and thread-safe.
 */
public sealed interface GroupingMethod {

  /** One group per theme, of the cities whose plans name it. */
  record Themes() implements GroupingMethod {}

  /**
   * The connected components of the graph of pairs scoring at least the threshold.
   *
   * @param threshold the similarity S, as given
   */
  record Components(BigDecimal threshold) implements GroupingMethod {

    /**
     * Creates the method.
     *
     * @param threshold the similarity S
     * @throws NullPointerException if {@code threshold} is {@code null}
     */
    public Components {
      Objects.requireNonNull(threshold, "threshold");
    }
  }

  /**
   * A hierarchical clustering cut into K groups.
   *
   * @param linkage the linkage
   * @param groups the number of groups K
   */
  record HierarchicalGroups(Linkage linkage, int groups) implements GroupingMethod {

    /**
     * Creates the method.
     *
     * @param linkage the linkage
     * @param groups the number of groups
     * @throws NullPointerException if {@code linkage} is {@code null}
     */
    public HierarchicalGroups {
      Objects.requireNonNull(linkage, "linkage");
    }
  }

  /**
   * A hierarchical clustering cut at a similarity threshold.
   *
   * @param linkage the linkage
   * @param threshold the similarity S, as given
   */
  record HierarchicalThreshold(Linkage linkage, BigDecimal threshold) implements GroupingMethod {

    /**
     * Creates the method.
     *
     * @param linkage the linkage
     * @param threshold the similarity S
     * @throws NullPointerException if an argument is {@code null}
     */
    public HierarchicalThreshold {
      Objects.requireNonNull(linkage, "linkage");
      Objects.requireNonNull(threshold, "threshold");
    }
  }
}
