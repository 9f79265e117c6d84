package dev.scap.analysis.roundtable;

import dev.scap.model.CityId;

/**
 * A city seated at fewer tables than the per-city limit allows, and why. Immutable.
 *
 * @param city the city
 * @param tables how many tables it sits at
 * @param reason why not more, for a person
 */
public record Shortfall(CityId city, int tables, String reason) {}
