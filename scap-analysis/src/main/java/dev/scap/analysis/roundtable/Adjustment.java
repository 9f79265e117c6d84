package dev.scap.analysis.roundtable;

import dev.scap.model.ThemeId;
import java.util.Objects;

/**
 * A change the planner made to what was asked, so that a seating exists: a theme not hosted,
 * or a table fewer. Immutable.
 *
 * @param theme the theme
 * @param tables the theme's tables after the change
 * @param reason why, as data that renderers word
 */
public record Adjustment(ThemeId theme, int tables, AdjustmentReason reason) {

  /**
   * Creates the adjustment.
   *
   * @param theme the theme
   * @param tables the theme's tables after the change
   * @param reason why
   * @throws NullPointerException if {@code theme} or {@code reason} is {@code null}
   */
  public Adjustment {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(reason, "reason");
  }
}
