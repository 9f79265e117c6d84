package dev.scap.cli;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.event.SessionScope;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.model.SessionKind;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose the event whose roundtable session is planned, shared by
 * {@code roundtables} and {@code report}: {@code --event}, {@code --session} and
 * {@code --no-event}.
 */
final class EventOptions {

  @Option(names = "--event", paramLabel = "ID",
      description = "Plan the roundtable session of this event of the document: its taxonomy, "
          + "its themes, its invited cities (default: the latest event with a roundtable "
          + "session, if any).")
  String event;

  @Option(names = "--session", paramLabel = "ID",
      description = "Plan this roundtable session of the event (default: its first).")
  String session;

  @Option(names = "--no-event",
      description = "Plan the whole document, whatever events it has.")
  boolean noEvent;

  /**
   * The event's session to plan, or {@code null} for the whole document: with
   * {@code --no-event}, or when no option names an event and no event of the document has a
   * roundtable session. Fails with exit code 2, and the nearest ids, for an event or session
   * the document does not have, and with the event's roundtable sessions for a session that is
   * not one.
   */
  SessionScope scope(ScapDocument document) {
    if (noEvent) {
      if (event != null || session != null) {
        throw CliException.failure("give --event or --session, or --no-event, not both", null);
      }
      return null;
    }
    if (event != null && document.event(EventId.of(event)).isEmpty()) {
      List<String> ids = document.events().stream().map(e -> e.id().value()).toList();
      throw CliException.failure("--event: the document has no event '" + event + "'"
          + Suggestions.didYouMean(event, ids) + " (its events: "
          + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ")", null);
    }
    if (session != null) {
      Event chosen = event != null ? document.event(EventId.of(event)).orElseThrow()
          : EventPlanner.latest(document).orElse(null);
      if (chosen != null) {
        List<String> ids = chosen.roundtables().stream().map(Session::id)
            .map(SessionId::value).toList();
        String listed = " (its roundtable sessions: "
            + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ")";
        Session named = chosen.session(SessionId.of(session)).orElse(null);
        if (named == null) {
          throw CliException.failure("--session: event " + chosen.id() + " has no session '"
              + session + "'" + Suggestions.didYouMean(session, ids) + listed, null);
        }
        if (named.kind() != SessionKind.ROUNDTABLE) {
          throw CliException.failure("--session: session " + session + " of event "
              + chosen.id() + " is a " + named.kind().code() + " session, not a roundtable "
              + "session" + listed, null);
        }
      }
    }
    EventChoice choice = new EventChoice(event == null ? null : EventId.of(event),
        session == null ? null : SessionId.of(session));
    try {
      return EventPlanner.scope(document, choice).orElse(null);
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage(), e);
    }
  }
}
