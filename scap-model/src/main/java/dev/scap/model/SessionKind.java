package dev.scap.model;

import java.util.Optional;

/** What kind of session of an event a session is. */
public enum SessionKind implements Coded {
  /** All participants together: keynote speeches, opening and closing. */
  PLENARY,

  /** A panel discussion. */
  PANEL,

  /** A breakout session, such as one matching cities with strategic partners. */
  BREAKOUT,

  /** Mini roundtables of cities by theme; the only kind that may hold a seating. */
  ROUNDTABLE,

  /** A site visit. */
  SITE_VISIT;

  /**
   * Finds the constant with the given code.
   *
   * @param code the code, such as {@code "site-visit"}; may be {@code null}
   * @return the constant, empty if there is none with that code
   */
  public static Optional<SessionKind> fromCode(String code) {
    return Coded.fromCode(SessionKind.class, code);
  }
}
