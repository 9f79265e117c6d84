package dev.scap.analysis.internal;

import dev.scap.analysis.overlap.ThemeOverlap;
import java.util.Objects;
import java.util.function.Function;

/**
 * Gives the analysis's other packages an overlap's own profiles and exact scores, which its
 * public API does not show: the overlap grants access once, as its class is initialised, so
 * nothing is rebuilt from what it publishes.
 */
public final class OverlapProfiles {

  private static volatile Function<ThemeOverlap, ExactScores> access;

  private OverlapProfiles() {}

  /**
   * Grants access to the overlaps' exact scores; called once, by {@link ThemeOverlap}.
   *
   * @param scores gives an overlap's exact scores
   * @throws IllegalStateException if access was granted already
   */
  public static synchronized void grant(Function<ThemeOverlap, ExactScores> scores) {
    if (access != null) {
      throw new IllegalStateException("access to the overlaps' scores was granted already");
    }
    access = Objects.requireNonNull(scores, "scores");
  }

  /**
   * Returns an overlap's exact scores, over its own profiles (document order, each priority
   * weight 1/p given exactly).
   *
   * @param overlap the overlap
   * @return its exact scores
   */
  public static ExactScores scores(ThemeOverlap overlap) {
    // an overlap exists, so its class is initialised and has granted access
    return access.apply(Objects.requireNonNull(overlap, "overlap"));
  }
}
