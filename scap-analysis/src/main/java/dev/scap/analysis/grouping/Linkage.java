package dev.scap.analysis.grouping;

import dev.scap.model.Coded;
import java.util.Optional;

/** How the distance between two clusters follows from the distances of their cities. */
public enum Linkage implements Coded {
  /** The smallest distance between a city of one and a city of the other. */
  SINGLE,
  /** The largest such distance. */
  COMPLETE,
  /** The mean of all such distances (UPGMA). */
  AVERAGE;

  /**
   * Finds the linkage with a code.
   *
   * @param code such as {@code "average"}
   * @return the linkage, empty if none has that code
   */
  public static Optional<Linkage> fromCode(String code) {
    return Coded.fromCode(Linkage.class, code);
  }

  /**
   * Returns the distance from a cluster k to the union of clusters i and j (Lance–Williams).
   *
   * @param ki the distance from k to i
   * @param kj the distance from k to j
   * @param sizeI the size of i
   * @param sizeJ the size of j
   * @return the distance from k to i ∪ j
   */
  public double update(double ki, double kj, int sizeI, int sizeJ) {
    return switch (this) {
      case SINGLE -> Math.min(ki, kj);
      case COMPLETE -> Math.max(ki, kj);
      case AVERAGE -> (sizeI * ki + sizeJ * kj) / (sizeI + sizeJ);
    };
  }
}
