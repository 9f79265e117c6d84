package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimetablerTest {

  private static Meeting table(int number, String... cities) {
    return new Meeting(number, List.of(cities).stream().map(CityId::of).toList(), List.of());
  }

  private static Meeting table(int number, List<String> cities, List<String> organizations) {
    return new Meeting(number, cities.stream().map(CityId::of).toList(),
        organizations.stream().map(OrganizationId::of).toList());
  }

  /** Tables 1..n in a ring, each sharing a city with the next. */
  private static List<Meeting> ring(int n) {
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      meetings.add(table(i, "c" + i, "c" + (i % n + 1)));
    }
    return meetings;
  }

  private static Timetable place(List<Meeting> meetings, TimetableOptions options) {
    Timetable timetable = Timetabler.place(meetings, options);
    TimetableCheck.assertValid(meetings, options, timetable);
    return timetable;
  }

  @Test
  void placesATriangleInThreeSlots() {
    List<Meeting> triangle = List.of(table(1, "a", "b"), table(2, "b", "c"), table(3, "c", "a"));
    Timetable timetable = place(triangle, TimetableOptions.DEFAULTS);
    assertThat(timetable.slots()).isEqualTo(3);
    assertThat(timetable.lowerBound()).isEqualTo(3);
    assertThat(timetable.optimal()).isTrue();
    assertThat(timetable.placements()).containsExactly(
        new Placement(1, 1, Optional.empty()), new Placement(2, 2, Optional.empty()),
        new Placement(3, 3, Optional.empty()));
  }

  @Test
  void placesAnEvenRingInTwoSlots() {
    Timetable timetable = place(ring(6), TimetableOptions.DEFAULTS);
    assertThat(timetable.slots()).isEqualTo(2);
    assertThat(timetable.slot(1)).extracting(Placement::table).containsExactly(1, 3, 5);
    assertThat(timetable.slot(2)).extracting(Placement::table).containsExactly(2, 4, 6);
  }

  @Test
  void provesThatAnOddRingNeedsThreeSlotsThoughItsCliquesHaveTwo() {
    Timetable timetable = place(ring(7), TimetableOptions.DEFAULTS);
    assertThat(timetable.lowerBound()).isEqualTo(2);
    assertThat(timetable.slots()).isEqualTo(3);
    assertThat(timetable.method()).isEqualTo(Method.EXACT);
    assertThat(timetable.optimal()).isTrue();
  }

  @Test
  void saysTheHeuristicIsNotProvenWhenTheExactSearchIsSkipped() {
    Timetable timetable = place(ring(7), TimetableOptions.DEFAULTS.withWorkLimit(0));
    assertThat(timetable.slots()).isEqualTo(3);
    assertThat(timetable.method()).isEqualTo(Method.HEURISTIC);
    assertThat(timetable.optimal()).isFalse();
  }

  @Test
  void givesAPartnerAtFiveTablesFiveSlots() {
    List<Meeting> meetings = IntStream.rangeClosed(1, 5)
        .mapToObj(i -> table(i, List.of("c" + i), List.of("partner"))).toList();
    Timetable timetable = place(meetings, TimetableOptions.DEFAULTS);
    assertThat(timetable.slots()).isEqualTo(5);
    assertThat(timetable.lowerBound()).isEqualTo(5);
  }

  @Test
  void fillsRoomsInTheOrderGivenAndAddsSlotsWhenRoomsAreFew() {
    List<Meeting> apart = IntStream.rangeClosed(1, 5).mapToObj(i -> table(i, "c" + i)).toList();
    TimetableOptions options = TimetableOptions.DEFAULTS.withRooms(List.of("Hall", "Annex"));
    Timetable timetable = place(apart, options);
    assertThat(timetable.slots()).isEqualTo(3);
    assertThat(timetable.lowerBound()).isEqualTo(3);
    assertThat(timetable.placements()).containsExactly(
        new Placement(1, 1, Optional.of("Hall")), new Placement(2, 1, Optional.of("Annex")),
        new Placement(3, 2, Optional.of("Hall")), new Placement(4, 2, Optional.of("Annex")),
        new Placement(5, 3, Optional.of("Hall")));
  }

  @Test
  void listsATableLeftOutOfTooFewSlotsWithWhoClashesInEachSlot() {
    List<Meeting> triangle = List.of(table(1, List.of("a"), List.of("ngo")),
        table(2, List.of("a", "b"), List.of()), table(3, List.of("b"), List.of("ngo")));
    Timetable timetable = place(triangle, TimetableOptions.DEFAULTS.withSlots(2));
    assertThat(timetable.slots()).isEqualTo(2);
    assertThat(timetable.needed()).isEqualTo(3);
    assertThat(timetable.placements()).extracting(Placement::table).containsExactly(1, 2);
    assertThat(timetable.unplaced()).containsExactly(new Unplaced(3, List.of(
        new Blocked.Clash(1, 1, new Shared.Organization(OrganizationId.of("ngo"))),
        new Blocked.Clash(2, 2, new Shared.City(CityId.of("b"))))));
  }

  @Test
  void saysASlotIsFullWhenItsRoomsAreTaken() {
    List<Meeting> apart = IntStream.rangeClosed(1, 3).mapToObj(i -> table(i, "c" + i)).toList();
    Timetable timetable = place(apart, TimetableOptions.DEFAULTS.withSlots(1).withRooms(2));
    assertThat(timetable.unplaced()).containsExactly(
        new Unplaced(3, List.of(new Blocked.Full(1, 2))));
  }

  @Test
  void placesNothingWhenThereIsNothingToPlace() {
    Timetable timetable = place(List.of(), TimetableOptions.DEFAULTS);
    assertThat(timetable.slots()).isZero();
    assertThat(timetable.optimal()).isTrue();
  }

  @Test
  void refusesATableNumberGivenTwice() {
    assertThatThrownBy(() -> Timetabler.place(List.of(table(4, "a"), table(4, "b")),
        TimetableOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 4 is given twice");
  }

  @Test
  void stopsTheExactSearchAtItsWorkLimitWithTheBestFoundAndItsBound() {
    // The Mycielski graph of a 5-ring (Grötzsch's graph): no triangle, yet 4 slots.
    int[][] edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {5, 1}, {5, 4}, {6, 0}, {6, 2},
        {7, 1}, {7, 3}, {8, 2}, {8, 4}, {9, 3}, {9, 0}, {10, 5}, {10, 6}, {10, 7}, {10, 8},
        {10, 9}};
    List<List<String>> cities = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      cities.add(new ArrayList<>());
    }
    for (int[] edge : edges) {
      cities.get(edge[0]).add("e" + edge[0] + "-" + edge[1]);
      cities.get(edge[1]).add("e" + edge[0] + "-" + edge[1]);
    }
    List<Meeting> grotzsch = IntStream.range(0, 11)
        .mapToObj(i -> table(i + 1, cities.get(i), List.of())).toList();
    Timetable proven = place(grotzsch, TimetableOptions.DEFAULTS);
    assertThat(proven.slots()).isEqualTo(4);
    assertThat(proven.lowerBound()).isEqualTo(2);
    assertThat(proven.method()).isEqualTo(Method.EXACT);
    assertThat(TimetableCheck.fewestSlots(grotzsch, 0)).isEqualTo(4);
    Timetable stopped = place(grotzsch, TimetableOptions.DEFAULTS.withWorkLimit(3));
    assertThat(stopped.method()).isEqualTo(Method.HEURISTIC);
    assertThat(stopped.optimal()).isFalse();
    assertThat(stopped.slots()).isEqualTo(4);
  }
}
