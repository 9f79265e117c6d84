package dev.scap.model;

import java.util.Optional;

/** The part an organization plays in an event. */
public enum EventRole implements Coded {
  /** Organizes the event. */
  ORGANIZER,

  /** Sponsors or hosts it. */
  SPONSOR,

  /** Works with the organizer on it. */
  PARTNER,

  /** Takes part in it. */
  PARTICIPANT;

  /**
   * Finds the constant with the given code.
   *
   * @param code the code, such as {@code "organizer"}; may be {@code null}
   * @return the constant, empty if there is none with that code
   */
  public static Optional<EventRole> fromCode(String code) {
    return Coded.fromCode(EventRole.class, code);
  }
}
