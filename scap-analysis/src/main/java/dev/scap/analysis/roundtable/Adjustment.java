package dev.scap.analysis.roundtable;

import dev.scap.model.ThemeId;

/**
 * A change the planner made to what was asked, so that a seating exists: a theme not hosted,
 * or a table fewer. Immutable.
 *
 * @param theme the theme
 * @param tables the theme's tables after the change
 * @param reason why, for a person
 */
public record Adjustment(ThemeId theme, int tables, String reason) {}
