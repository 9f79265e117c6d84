package dev.scap.analysis.roundtable;

/**
 * Why the planner changed what was asked of a theme, as data for renderers to word: each case
 * holds the numbers behind it. Implementations are immutable and thread-safe.
 */
public sealed interface AdjustmentReason {

  /**
   * One table of the theme dropped: with at most {@code perCity} tables a city, the tables
   * cannot all fill {@code minSeats} seats, and the theme has the fewest candidates per table.
   *
   * @param perCity the per-city limit
   * @param minSeats the seats a table needs
   * @param candidates the theme's candidates
   * @param tables the theme's tables before the drop
   */
  record TableDropped(int perCity, int minSeats, int candidates, int tables)
      implements AdjustmentReason {}

  /** The theme is not hosted: no table was asked for it. */
  record NoTableAsked() implements AdjustmentReason {}

  /**
   * The theme is not hosted: fewer cities can sit at it than a table needs.
   *
   * @param candidates the cities that can sit at it
   * @param minSeats the seats a table needs
   */
  record TooFewCandidates(int candidates, int minSeats) implements AdjustmentReason {}

  /**
   * The theme gets fewer tables than asked: its candidates cannot fill more.
   *
   * @param asked the tables asked for it
   * @param candidates the cities that can sit at it
   * @param minSeats the seats a table needs
   */
  record FewerTablesThanAsked(int asked, int candidates, int minSeats)
      implements AdjustmentReason {}
}
