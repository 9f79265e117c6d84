package dev.scap.analysis.timetable;

import java.util.List;

/**
 * A table left out of a timetable with too few slots, and why. Immutable and thread-safe.
 *
 * @param table the table's number
 * @param slots why it fits in none of the slots: one entry per slot, in slot order
 */
public record Unplaced(int table, List<Blocked> slots) {

  /**
   * Creates the record.
   *
   * @param table the table's number
   * @param slots one reason per slot
   * @throws NullPointerException if {@code slots} is or holds {@code null}
   */
  public Unplaced {
    slots = List.copyOf(slots);
  }
}
