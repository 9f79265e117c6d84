package dev.scap.analysis.timetable;

import java.util.Objects;

/**
 * Why an unplaced table could not go in one slot. Implementations are immutable and
 * thread-safe.
 */
public sealed interface Blocked {

  /**
   * The slot, from 1.
   *
   * @return the slot
   */
  int slot();

  /**
   * The slot holds a table that shares a city or an organization with the unplaced one.
   *
   * @param slot the slot
   * @param table the lowest-numbered such table in the slot
   * @param shared what it shares: its first city in id order shared with the unplaced table,
   *     else its first such organization in id order
   */
  record Clash(int slot, int table, Shared shared) implements Blocked {

    /**
     * Creates the record.
     *
     * @param slot the slot
     * @param table the table in the slot
     * @param shared what the tables share
     * @throws NullPointerException if {@code shared} is {@code null}
     */
    public Clash {
      Objects.requireNonNull(shared, "shared");
    }
  }

  /**
   * Every room of the slot holds a table, none of which shares anything with the unplaced one.
   *
   * @param slot the slot
   * @param rooms the rooms, all taken
   */
  record Full(int slot, int rooms) implements Blocked {}
}
