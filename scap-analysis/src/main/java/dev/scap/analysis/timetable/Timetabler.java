package dev.scap.analysis.timetable;

import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Places tables in the fewest time slots so that no city and no organization attends two tables
 * of one slot, with at most R tables a slot when R rooms are given: colouring the conflict
 * graph, each colour class within a cap, as the command line's
 * <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#timetable">timetable</a>
 * states. Thread-safe: it holds no state.
 *
 * <p>Steps, all deterministic: the tables are sorted by number; the lower bound is the largest
 * clique found (the tables of one city or organization, or a greedy clique) and ⌈tables / R⌉;
 * DSATUR (Brélaz 1979) colours the graph; a tabu search (TabuCol, Galinier and Hao 1999) within
 * a fixed budget of work tries fewer colours; for up to
 * {@value #EXACT_TABLES} tables an exact branch and bound, stopped after
 * {@link TimetableOptions#workLimit()} nodes, proves the count optimal or improves it. With too
 * few slots, the largest slots of the best timetable are kept and the other tables placed where
 * they fit, first fit in table-number order; the rest are reported with a reason per slot.
 */
public final class Timetabler {

  /** The most tables for which the exact search runs. */
  public static final int EXACT_TABLES = 500;

  private Timetabler() {}

  /**
   * Places the tables.
   *
   * @param meetings the tables, in any order
   * @param options the most slots, the rooms and the exact search's work limit
   * @return the timetable
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if two meetings have the same table number
   */
  public static Timetable place(List<Meeting> meetings, TimetableOptions options) {
    Objects.requireNonNull(options, "options");
    List<Meeting> tables = new ArrayList<>(meetings);
    tables.forEach(m -> Objects.requireNonNull(m, "meeting"));
    tables.sort(Comparator.comparingInt(Meeting::table));
    for (int i = 1; i < tables.size(); i++) {
      if (tables.get(i).table() == tables.get(i - 1).table()) {
        throw new IllegalArgumentException("table " + tables.get(i).table() + " is given twice");
      }
    }
    int n = tables.size();
    int cap = options.rooms().isEmpty() ? Integer.MAX_VALUE : options.rooms().size();
    ConflictGraph graph = graph(tables);
    int[] clique = graph.clique();
    int lowerBound = clique.length;
    if (cap != Integer.MAX_VALUE) {
      lowerBound = Math.max(lowerBound, (n + cap - 1) / cap);
    }
    int[] colouring = Colouring.dsatur(graph, cap);
    if (Colouring.colours(colouring) > lowerBound) {
      colouring = Colouring.tabu(graph, cap, colouring, lowerBound);
    }
    boolean exact = n <= EXACT_TABLES && options.workLimit() > 0;
    if (exact && Colouring.colours(colouring) > lowerBound) {
      ExactColouring.Result result = ExactColouring.search(graph, cap, colouring, clique,
          lowerBound, options.workLimit());
      colouring = result.colouring();
      exact = result.finished();
    }
    int needed = Colouring.colours(colouring);
    boolean optimal = exact || needed == lowerBound;
    Method method = exact ? Method.EXACT : Method.HEURISTIC;
    int[] slot = options.slots() > 0 && needed > options.slots()
        ? fewer(graph, cap, colouring, needed, options.slots()) : colouring;
    return timetable(tables, graph, options, slot, needed, lowerBound, method, optimal);
  }

  private static ConflictGraph graph(List<Meeting> tables) {
    Map<CityId, List<Integer>> cities = new HashMap<>();
    Map<OrganizationId, List<Integer>> organizations = new HashMap<>();
    for (int v = 0; v < tables.size(); v++) {
      Meeting meeting = tables.get(v);
      for (CityId city : new HashSet<>(meeting.cities())) {
        cities.computeIfAbsent(city, c -> new ArrayList<>()).add(v);
      }
      for (OrganizationId organization : new HashSet<>(meeting.organizations())) {
        organizations.computeIfAbsent(organization, o -> new ArrayList<>()).add(v);
      }
    }
    // cities in id order, then organizations in id order
    List<int[]> groups = new ArrayList<>();
    cities.keySet().stream().sorted().forEach(city -> groups.add(
        cities.get(city).stream().mapToInt(Integer::intValue).toArray()));
    organizations.keySet().stream().sorted().forEach(organization -> groups.add(
        organizations.get(organization).stream().mapToInt(Integer::intValue).toArray()));
    return new ConflictGraph(tables.size(), groups);
  }

  /**
   * Keeps the {@code slots} largest colour classes (of equal size, that of the lowest vertex)
   * and places each other vertex, in index order, in the first kept class, in that order, where
   * it fits; −1 for the rest.
   */
  private static int[] fewer(ConflictGraph graph, int cap, int[] colouring, int colours,
      int slots) {
    Integer[] order = new Integer[colours];
    int[] size = new int[colours];
    int[] lowest = new int[colours];
    Arrays.fill(lowest, -1);
    for (int v = 0; v < colouring.length; v++) {
      int c = colouring[v];
      size[c]++;
      if (lowest[c] < 0) {
        lowest[c] = v;
      }
    }
    for (int c = 0; c < colours; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a])
        : Integer.compare(lowest[a], lowest[b]));
    int[] kept = new int[colours];
    Arrays.fill(kept, -1);
    for (int i = 0; i < slots; i++) {
      kept[order[i]] = i;
    }
    int[] result = new int[colouring.length];
    int[] filled = new int[slots];
    for (int v = 0; v < colouring.length; v++) {
      result[v] = kept[colouring[v]];
      if (result[v] >= 0) {
        filled[result[v]]++;
      }
    }
    boolean[] blocked = new boolean[slots];
    for (int v = 0; v < colouring.length; v++) {
      if (result[v] >= 0) {
        continue;
      }
      Arrays.fill(blocked, false);
      for (int w : graph.neighbours[v]) {
        if (result[w] >= 0) {
          blocked[result[w]] = true;
        }
      }
      for (int s = 0; s < slots; s++) {
        if (!blocked[s] && filled[s] < cap) {
          result[v] = s;
          filled[s]++;
          break;
        }
      }
    }
    return result;
  }

  /** Numbers the slots by their lowest table and gives rooms in table order; words the rest. */
  private static Timetable timetable(List<Meeting> tables, ConflictGraph graph,
      TimetableOptions options, int[] colouring, int needed, int lowerBound, Method method,
      boolean optimal) {
    int n = tables.size();
    int slots = 0;
    int[] slotOf = new int[n];
    int[] renumbered = new int[n + 1];
    for (int v = 0; v < n; v++) {
      int c = colouring[v];
      if (c < 0) {
        slotOf[v] = 0;
        continue;
      }
      if (renumbered[c] == 0) {
        renumbered[c] = ++slots;
      }
      slotOf[v] = renumbered[c];
    }
    List<List<Integer>> bySlot = new ArrayList<>();
    for (int s = 0; s <= slots; s++) {
      bySlot.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      bySlot.get(slotOf[v]).add(v);
    }
    List<Placement> placements = new ArrayList<>();
    for (int s = 1; s <= slots; s++) {
      List<Integer> members = bySlot.get(s);
      for (int i = 0; i < members.size(); i++) {
        Optional<String> room = options.rooms().isEmpty() ? Optional.empty()
            : Optional.of(options.rooms().get(i));
        placements.add(new Placement(tables.get(members.get(i)).table(), s, room));
      }
    }
    List<Unplaced> unplaced = new ArrayList<>();
    for (int v : bySlot.get(0)) {
      List<Blocked> reasons = new ArrayList<>();
      for (int s = 1; s <= slots; s++) {
        reasons.add(blocked(tables, graph, bySlot.get(s), v, s, options.rooms().size()));
      }
      unplaced.add(new Unplaced(tables.get(v).table(), reasons));
    }
    return new Timetable(placements, unplaced, slots, needed, lowerBound, method, optimal);
  }

  private static Blocked blocked(List<Meeting> tables, ConflictGraph graph,
      List<Integer> members, int v, int slot, int rooms) {
    for (int w : members) {
      if (graph.adjacent(v, w)) {
        Meeting mine = tables.get(v);
        Meeting theirs = tables.get(w);
        SortedSet<CityId> cities = new TreeSet<>(theirs.cities());
        cities.retainAll(new TreeSet<>(mine.cities()));
        Shared shared;
        if (!cities.isEmpty()) {
          shared = new Shared.City(cities.first());
        } else {
          SortedSet<OrganizationId> organizations = new TreeSet<>(theirs.organizations());
          organizations.retainAll(new TreeSet<>(mine.organizations()));
          shared = new Shared.Organization(organizations.first());
        }
        return new Blocked.Clash(slot, theirs.table(), shared);
      }
    }
    return new Blocked.Full(slot, rooms);
  }
}
