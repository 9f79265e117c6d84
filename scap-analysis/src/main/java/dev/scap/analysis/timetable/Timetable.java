package dev.scap.analysis.timetable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tables placed in numbered time slots, and rooms when rooms were given, so that no two tables
 * of a slot share a city or an organization. Immutable and thread-safe.
 *
 * @param placements the tables placed, by slot, then room (the order of the rooms given), then
 *     table number
 * @param unplaced the tables that fit in none of the slots allowed, by table number; empty
 *     unless {@link TimetableOptions#slots()} is below {@code needed}
 * @param slots the slots used, numbered 1 to {@code slots}
 * @param needed the slots of the best timetable of all the tables found: {@code slots} when
 *     every table is placed
 * @param lowerBound a proven lower bound on the slots any timetable of all the tables needs:
 *     the size of the largest clique of tables found (tables each two of which share a city or
 *     an organization), and, with R rooms, ⌈tables / R⌉
 * @param method whether the exact search finished
 * @param optimal whether no timetable of all the tables has fewer than {@code needed} slots:
 *     {@code needed} equals {@code lowerBound}, or the exact search finished
 */
public record Timetable(List<Placement> placements, List<Unplaced> unplaced, int slots,
    int needed, int lowerBound, Method method, boolean optimal) {

  /**
   * Creates a timetable.
   *
   * @param placements the tables placed
   * @param unplaced the tables not placed
   * @param slots the slots used
   * @param needed the slots of the best timetable of all the tables found
   * @param lowerBound the lower bound
   * @param method the method
   * @param optimal whether {@code needed} is proven the fewest
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if the counts contradict each other
   */
  public Timetable {
    placements = List.copyOf(placements);
    unplaced = List.copyOf(unplaced);
    Objects.requireNonNull(method, "method");
    if (slots < 0 || lowerBound < 0 || slots > needed || lowerBound > needed) {
      throw new IllegalArgumentException("need 0 <= slots <= needed and 0 <= lower bound"
          + " <= needed, not slots " + slots + ", needed " + needed + ", lower bound "
          + lowerBound);
    }
  }

  /**
   * Where a table is placed.
   *
   * @param table the table's number
   * @return its placement, or empty if it is unplaced or unknown
   */
  public Optional<Placement> placement(int table) {
    return placements.stream().filter(p -> p.table() == table).findFirst();
  }

  /**
   * The tables of one slot.
   *
   * @param slot the slot, from 1
   * @return its placements, in room order; empty if the slot is not used
   */
  public List<Placement> slot(int slot) {
    return placements.stream().filter(p -> p.slot() == slot).toList();
  }
}
