package dev.scap.analysis.event;

import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import java.util.Objects;

/**
 * A roundtable plan of an event's session: what the event gave it, the options it was made
 * with, and the seating. Immutable and thread-safe.
 *
 * @param scope the event, its session, the invited cities and those listed apart
 * @param options the options planned with: the caller's, with the session's taxonomy and themes
 *     where the caller gave none
 * @param plan the seating of the invited cities that can be seated; its shortfalls are those
 *     of the seating, never the cities of {@link SessionScope#apart()}
 */
public record EventPlan(SessionScope scope, RoundtableOptions options, RoundtablePlan plan) {

  /**
   * Creates the record.
   *
   * @param scope the scope
   * @param options the options
   * @param plan the plan
   * @throws NullPointerException if an argument is {@code null}
   */
  public EventPlan {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(plan, "plan");
  }
}
