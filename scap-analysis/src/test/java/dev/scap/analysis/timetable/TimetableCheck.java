package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What every timetable must satisfy, checked from the meetings alone, and a brute force for the
 * fewest slots of small instances.
 */
final class TimetableCheck {

  private TimetableCheck() {}

  static boolean conflict(Meeting a, Meeting b) {
    return !Collections.disjoint(a.cities(), b.cities())
        || !Collections.disjoint(a.organizations(), b.organizations());
  }

  /** Asserts every rule of a timetable of {@code meetings} under {@code options}. */
  static void assertValid(List<Meeting> meetings, TimetableOptions options, Timetable timetable) {
    Map<Integer, Meeting> byTable = new HashMap<>();
    meetings.forEach(m -> byTable.put(m.table(), m));
    List<Integer> seen = new ArrayList<>();
    timetable.placements().forEach(p -> seen.add(p.table()));
    timetable.unplaced().forEach(u -> seen.add(u.table()));
    assertThat(new HashSet<>(seen)).hasSize(seen.size()).isEqualTo(byTable.keySet());

    int rooms = options.rooms().size();
    assertThat(timetable.slots()).isLessThanOrEqualTo(timetable.needed());
    assertThat(timetable.lowerBound()).isLessThanOrEqualTo(timetable.needed());
    if (options.slots() > 0) {
      assertThat(timetable.slots()).isLessThanOrEqualTo(options.slots());
    }
    if (options.slots() == 0 || timetable.needed() <= options.slots()) {
      assertThat(timetable.unplaced()).isEmpty();
      assertThat(timetable.slots()).isEqualTo(timetable.needed());
    } else {
      assertThat(timetable.slots()).isEqualTo(options.slots());
    }
    if (timetable.method() == Method.EXACT) {
      assertThat(timetable.optimal()).isTrue();
    } else {
      assertThat(timetable.optimal()).isEqualTo(timetable.needed() == timetable.lowerBound());
    }

    List<List<Placement>> slots = new ArrayList<>();
    for (int s = 0; s <= timetable.slots(); s++) {
      slots.add(new ArrayList<>());
    }
    Placement previous = null;
    for (Placement p : timetable.placements()) {
      assertThat(p.slot()).isBetween(1, timetable.slots());
      slots.get(p.slot()).add(p);
      if (previous != null) {
        assertThat(p.slot() > previous.slot()
            || p.slot() == previous.slot() && p.table() > previous.table()).isTrue();
      }
      previous = p;
    }
    int lowest = 0;
    for (int s = 1; s <= timetable.slots(); s++) {
      List<Placement> slot = slots.get(s);
      assertThat(slot).as("slot %d is used", s).isNotEmpty();
      // Slots are numbered by their lowest table.
      assertThat(slot.get(0).table()).isGreaterThan(lowest);
      lowest = slot.get(0).table();
      List<String> clashes = new ArrayList<>();
      for (int i = 0; i < slot.size(); i++) {
        for (int j = i + 1; j < slot.size(); j++) {
          if (conflict(byTable.get(slot.get(i).table()), byTable.get(slot.get(j).table()))) {
            clashes.add(slot.get(i).table() + " and " + slot.get(j).table());
          }
        }
        Optional<String> room = rooms == 0 ? Optional.empty()
            : Optional.of(options.rooms().get(i));
        if (!slot.get(i).room().equals(room)) {
          clashes.add(slot.get(i) + " not in " + room);
        }
      }
      assertThat(clashes).as("slot %d", s).isEmpty();
      if (rooms > 0) {
        assertThat(slot).hasSizeLessThanOrEqualTo(rooms);
      }
    }

    for (Unplaced unplaced : timetable.unplaced()) {
      Meeting meeting = byTable.get(unplaced.table());
      assertThat(unplaced.slots()).hasSize(timetable.slots());
      for (int s = 1; s <= timetable.slots(); s++) {
        Blocked reason = unplaced.slots().get(s - 1);
        assertThat(reason.slot()).isEqualTo(s);
        List<Meeting> there = slots.get(s).stream().map(p -> byTable.get(p.table())).toList();
        if (reason instanceof Blocked.Clash clash) {
          Meeting other = byTable.get(clash.table());
          assertThat(there).contains(other);
          if (clash.shared() instanceof Shared.City city) {
            assertThat(meeting.cities()).contains(city.city());
            assertThat(other.cities()).contains(city.city());
          } else if (clash.shared() instanceof Shared.Organization organization) {
            assertThat(meeting.organizations()).contains(organization.organization());
            assertThat(other.organizations()).contains(organization.organization());
          }
        } else if (reason instanceof Blocked.Full full) {
          assertThat(rooms).isPositive();
          assertThat(full.rooms()).isEqualTo(rooms);
          assertThat(there).hasSize(rooms).noneMatch(m -> conflict(m, meeting));
        }
      }
    }
  }

  /**
   * The fewest slots for all the meetings, by trying every assignment of k slots for k = 1, 2,
   * …: each table in turn takes a slot already used or the next new one, as long as no slot
   * holds two conflicting tables or more than {@code rooms} tables (0: unlimited).
   */
  static int fewestSlots(List<Meeting> meetings, int rooms) {
    int n = meetings.size();
    if (n == 0) {
      return 0;
    }
    boolean[][] conflict = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        conflict[i][j] = i != j && conflict(meetings.get(i), meetings.get(j));
      }
    }
    int cap = rooms == 0 ? n : rooms;
    for (int k = 1; ; k++) {
      if (assign(conflict, cap, new int[n], 0, 0, k)) {
        return k;
      }
    }
  }

  private static boolean assign(boolean[][] conflict, int cap, int[] slot, int v, int used,
      int k) {
    int n = slot.length;
    if (v == n) {
      for (int s = 0; s < used; s++) {
        int size = 0;
        for (int u = 0; u < n; u++) {
          if (slot[u] == s) {
            size++;
            for (int w = u + 1; w < n; w++) {
              if (slot[w] == s && conflict[u][w]) {
                return false;
              }
            }
          }
        }
        if (size > cap) {
          return false;
        }
      }
      return true;
    }
    for (int s = 0; s < Math.min(used + 1, k); s++) {
      slot[v] = s;
      if (assign(conflict, cap, slot, v + 1, Math.max(used, s + 1), k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A seeded conference: {@code cities} cities, each at 2 tables of 8 (so cities / 4 tables),
   * and a fifth as many organizations as tables, each at 1 to 20 tables drawn at random.
   */
  static List<Meeting> conference(int cities, long seed) {
    Random random = new Random(seed);
    List<Integer> seats = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      seats.add(c);
      seats.add(c);
    }
    Collections.shuffle(seats, random);
    int tables = seats.size() / 8;
    List<List<OrganizationId>> invited = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      invited.add(new ArrayList<>());
    }
    List<Integer> all = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      all.add(t);
    }
    for (int o = 0; o < tables / 5; o++) {
      Collections.shuffle(all, random);
      int at = Math.min(tables, 1 + random.nextInt(20));
      for (int i = 0; i < at; i++) {
        invited.get(all.get(i)).add(OrganizationId.of(String.format("org-%04d", o)));
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      List<CityId> guests = seats.subList(8 * t, 8 * t + 8).stream()
          .map(c -> CityId.of(String.format("city-%05d", c))).toList();
      meetings.add(new Meeting(t + 1, guests, invited.get(t)));
    }
    return meetings;
  }
}
