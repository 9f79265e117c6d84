package dev.scap.analysis.timetable;

import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table to place in the timetable: its number and who attends it. Two meetings conflict, and
 * cannot share a slot, when they have a city or an organization in common. Immutable and
 * thread-safe.
 *
 * @param table the table's number, 1 or more, unique among the meetings placed together
 * @param cities the cities at the table; repeats count once
 * @param organizations the organizations invited to the table; repeats count once
 */
public record Meeting(int table, List<CityId> cities, List<OrganizationId> organizations) {

  /**
   * Creates a meeting.
   *
   * @param table the table's number
   * @param cities the cities
   * @param organizations the organizations
   * @throws NullPointerException if a list is or holds {@code null}
   * @throws IllegalArgumentException if {@code table} is below 1
   */
  public Meeting {
    if (table < 1) {
      throw new IllegalArgumentException("a table's number must be 1 or more, not " + table);
    }
    cities = List.copyOf(cities);
    organizations = List.copyOf(organizations);
  }

  /**
   * The meeting of a roundtable and the organizations invited to it. Organizations asked for
   * at every table ({@link Invitee#asked()}) are left out: they are at each table by request,
   * one person at each, so they part no two tables.
   *
   * @param table the table
   * @param partners the invitations to it
   * @return the meeting of the table's guests and partners
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code partners} is for another table
   */
  public static Meeting of(Table table, TableInvitations partners) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(partners, "partners");
    if (partners.table() != table.number()) {
      throw new IllegalArgumentException("the partners of table " + partners.table()
          + " are not those of table " + table.number());
    }
    return new Meeting(table.number(), table.guests(),
        partners.invited().stream().filter(i -> !i.asked()).map(Invitee::organization)
            .toList());
  }

  /**
   * The meetings of a roundtable plan, each table with the partners invited to it; a table
   * that {@code partners} does not name has none.
   *
   * @param plan the plan
   * @param partners the invitations to some or all of its tables, as
   *     {@link dev.scap.analysis.partner.Invitations#forTables} gives them
   * @return one meeting per table of the plan, in the plan's order
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if {@code partners} names a table twice
   */
  public static List<Meeting> of(RoundtablePlan plan, List<TableInvitations> partners) {
    Objects.requireNonNull(plan, "plan");
    Map<Integer, TableInvitations> byTable = new HashMap<>();
    for (TableInvitations entry : partners) {
      if (byTable.put(entry.table(), entry) != null) {
        throw new IllegalArgumentException("the partners of table " + entry.table()
            + " are given twice");
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Table table : plan.tables()) {
      TableInvitations entry = byTable.get(table.number());
      meetings.add(entry == null ? new Meeting(table.number(), table.guests(), List.of())
          : of(table, entry));
    }
    return List.copyOf(meetings);
  }
}
