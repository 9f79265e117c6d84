package dev.scap.analysis.timetable;

import java.util.Objects;
import java.util.Optional;

/**
 * A table placed in the timetable. Immutable and thread-safe.
 *
 * @param table the table's number
 * @param slot the slot, from 1
 * @param room the room, when rooms were given; empty otherwise
 */
public record Placement(int table, int slot, Optional<String> room) {

  /**
   * Creates a placement.
   *
   * @param table the table's number
   * @param slot the slot
   * @param room the room, or empty
   * @throws NullPointerException if {@code room} is {@code null}
   * @throws IllegalArgumentException if {@code slot} is below 1
   */
  public Placement {
    Objects.requireNonNull(room, "room");
    if (slot < 1) {
      throw new IllegalArgumentException("slots are numbered from 1, not " + slot);
    }
  }
}
