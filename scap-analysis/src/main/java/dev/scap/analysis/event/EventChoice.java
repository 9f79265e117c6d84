package dev.scap.analysis.event;

import dev.scap.model.EventId;
import dev.scap.model.SessionId;
import java.util.Objects;

/**
 * Which event of a document to plan, and which of its roundtable sessions, as the command
 * line's {@code --event} and {@code --session} give them. Immutable and thread-safe.
 *
 * <p>With no event, the latest event that has a roundtable session is planned: the one that
 * starts last, of those the one that ends last, of those the last in the document. With no
 * session, the event's first roundtable session is planned.
 *
 * @param event the event's id; {@code null} for the latest with a roundtable session
 * @param session the session's id; {@code null} for the event's first roundtable session
 */
public record EventChoice(EventId event, SessionId session) {

  /** The latest event with a roundtable session, and its first roundtable session. */
  public static final EventChoice LATEST = new EventChoice(null, null);

  /**
   * Chooses an event, and its first roundtable session.
   *
   * @param event the event's id
   * @return the choice
   * @throws NullPointerException if {@code event} is {@code null}
   */
  public static EventChoice of(EventId event) {
    return new EventChoice(Objects.requireNonNull(event, "event"), null);
  }

  /**
   * Returns a copy that chooses a session.
   *
   * @param value the session's id; {@code null} for the first roundtable session
   * @return the copy
   */
  public EventChoice withSession(SessionId value) {
    return new EventChoice(event, value);
  }
}
