package dev.scap.analysis.event;

import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.model.Event;
import dev.scap.model.Extensions;
import dev.scap.model.Invitation;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * The seating of the plan as the format records it in a roundtable session: per table of the
   * plan, in its order, its number, theme, seats ({@link RoundtableOptions#maxSeats()}), guests,
   * the partners invited to it, each with its reasons in words as the invitation's note, and
   * its slot and room in the timetable.
   *
   * @param invited the invitations to each table, as
   *     {@link dev.scap.analysis.partner.Invitations#forTables} gives them; a table it does not
   *     name has no partner
   * @param timetable the timetable of the plan's tables; a table it leaves unplaced has no slot
   *     and no room
   * @param notes the words of an invitee's reasons, kept as its invitation's note; the format
   *     keeps only text, so the caller chooses the words ({@code null} for no note)
   * @return one table per table of the plan, in the plan's order
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if {@code invited} names a table twice
   */
  public List<SeatedTable> seating(List<TableInvitations> invited, Timetable timetable,
      Function<Invitee, String> notes) {
    Objects.requireNonNull(timetable, "timetable");
    Objects.requireNonNull(notes, "notes");
    Map<Integer, TableInvitations> byTable = new HashMap<>();
    for (TableInvitations entry : invited) {
      if (byTable.put(entry.table(), entry) != null) {
        throw new IllegalArgumentException("the partners of table " + entry.table()
            + " are given twice");
      }
    }
    List<SeatedTable> tables = new ArrayList<>();
    for (Table table : plan.tables()) {
      TableInvitations entry = byTable.get(table.number());
      List<Invitation> partners = entry == null ? List.of() : entry.invited().stream()
          .map(i -> Invitation.of(i.organization(), notes.apply(i))).toList();
      Optional<Placement> placed = timetable.placement(table.number());
      tables.add(new SeatedTable(table.number(), table.theme(), options.maxSeats(),
          table.guests(), partners, placed.map(Placement::slot).orElse(null),
          placed.flatMap(Placement::room).orElse(null), Extensions.NONE));
    }
    return List.copyOf(tables);
  }

  /**
   * The document with this plan's seating written into the event's session: the session's
   * tables replaced by {@link #seating}, everything else of the document as it is.
   *
   * @param document the document planned: the whole one, not {@link SessionScope#document()},
   *     which holds only the cities that can be seated
   * @param invited the invitations to each table, as {@link #seating} takes them
   * @param timetable the timetable of the plan's tables
   * @param notes the words of an invitee's reasons
   * @return the document with the session's new tables
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if the document lacks the event or its session, or
   *     {@code invited} names a table twice
   */
  public ScapDocument seated(ScapDocument document, List<TableInvitations> invited,
      Timetable timetable, Function<Invitee, String> notes) {
    Objects.requireNonNull(document, "document");
    List<SeatedTable> tables = seating(invited, timetable, notes);
    Event planned = scope.event();
    Event event = document.event(planned.id()).orElseThrow(() -> new IllegalArgumentException(
        "the document has no event " + planned.id()));
    Session session = event.session(scope.session().id()).orElseThrow(() ->
        new IllegalArgumentException("event " + planned.id() + " has no session "
            + scope.session().id()));
    List<Session> sessions = event.sessions().stream()
        .map(s -> s == session ? s.withTables(tables) : s).toList();
    List<Event> events = document.events().stream()
        .map(e -> e == event ? e.withSessions(sessions) : e).toList();
    return document.toBuilder().events(events).build();
  }
}
