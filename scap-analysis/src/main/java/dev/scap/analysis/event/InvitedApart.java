package dev.scap.analysis.event;

import dev.scap.model.CityId;
import java.util.Objects;

/**
 * An invited city that the plan of an event's session leaves out, and why. Such a city is not
 * a shortfall of the seating: the seating never had it. Immutable and thread-safe.
 *
 * @param city the city's id, as the event invites it
 * @param reason why it cannot be seated
 */
public record InvitedApart(CityId city, ApartReason reason) {

  /**
   * Creates the record.
   *
   * @param city the city
   * @param reason the reason
   * @throws NullPointerException if an argument is {@code null}
   */
  public InvitedApart {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(reason, "reason");
  }
}
