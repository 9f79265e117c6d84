package dev.scap.analysis.overlap;

import dev.scap.model.Coded;
import java.util.Optional;

/**
 * How much weight a city's profile gives a theme, from its plan, as the command line's
 * <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#metrics">
 * documentation</a> defines it.
 */
public enum Weighting implements Coded {
  /** 1 for each theme that a focus area or a project of the plan names, else 0. */
  PRESENCE,
  /** 1 if a focus area names the theme, plus the number of the plan's projects that name it. */
  PROJECTS,
  /**
   * 1/p for a focus area of priority p; a focus area without priority counts as the plan's
   * lowest (p = the number of the plan's focus areas, of every taxonomy); a theme named only by
   * projects weighs 0.
   */
  PRIORITY;

  /**
   * Finds the weighting with a code.
   *
   * @param code such as {@code "presence"}
   * @return the weighting, empty if none has that code
   */
  public static Optional<Weighting> fromCode(String code) {
    return Coded.fromCode(Weighting.class, code);
  }
}
