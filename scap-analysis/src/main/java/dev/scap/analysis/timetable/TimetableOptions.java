package dev.scap.analysis.timetable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How to place tables in slots. Immutable and thread-safe.
 *
 * @param slots the most slots allowed; 0 for as many as the fewest possible timetable needs.
 *     When the fewest found is more, the tables that do not fit are listed as unplaced
 * @param rooms the rooms, each holding one table a slot, named in the order they are given to
 *     the tables of a slot; empty for as many rooms as a slot needs, and no room given
 * @param workLimit the most search nodes the exact search visits before it stops with the best
 *     timetable found and its lower bound; 0 skips the exact search
 */
public record TimetableOptions(int slots, List<String> rooms, long workLimit) {

  /** The exact search's default work limit: one million nodes. */
  public static final long DEFAULT_WORK_LIMIT = 1_000_000;

  /** As many slots as needed, the fewest possible; no rooms; the default work limit. */
  public static final TimetableOptions DEFAULTS =
      new TimetableOptions(0, List.of(), DEFAULT_WORK_LIMIT);

  /**
   * Checks the options.
   *
   * @param slots the most slots, or 0
   * @param rooms the rooms, or none
   * @param workLimit the exact search's node limit
   * @throws NullPointerException if {@code rooms} is or holds {@code null}
   * @throws IllegalArgumentException if {@code slots} or {@code workLimit} is negative, or a
   *     room name is blank or repeated
   */
  public TimetableOptions {
    if (slots < 0) {
      throw new IllegalArgumentException("slots must be 0 (as many as needed) or more, not "
          + slots);
    }
    if (workLimit < 0) {
      throw new IllegalArgumentException("the work limit must be 0 or more, not " + workLimit);
    }
    rooms = List.copyOf(rooms);
    Set<String> seen = new HashSet<>();
    for (String room : rooms) {
      if (room.isBlank()) {
        throw new IllegalArgumentException("a room needs a name, not \"" + room + "\"");
      }
      if (!seen.add(room)) {
        throw new IllegalArgumentException("room " + room + " is given twice");
      }
    }
  }

  /**
   * Returns a copy with another most slots.
   *
   * @param value the most slots, or 0 for as many as needed
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public TimetableOptions withSlots(int value) {
    return new TimetableOptions(value, rooms, workLimit);
  }

  /**
   * Returns a copy with other rooms.
   *
   * @param value the room names, or none for unlimited rooms
   * @return the copy
   * @throws IllegalArgumentException if a name is blank or repeated
   */
  public TimetableOptions withRooms(List<String> value) {
    return new TimetableOptions(slots, value, workLimit);
  }

  /**
   * Returns a copy with numbered rooms, named "1", "2", … {@code count}.
   *
   * @param count the number of rooms, or 0 for unlimited rooms
   * @return the copy
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public TimetableOptions withRooms(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("rooms must be 0 (unlimited) or more, not " + count);
    }
    return withRooms(java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(Integer::toString).toList());
  }

  /**
   * Returns a copy with another work limit for the exact search.
   *
   * @param value the most search nodes, or 0 to skip the exact search
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public TimetableOptions withWorkLimit(long value) {
    return new TimetableOptions(slots, rooms, value);
  }
}
