package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.color.BrownBacktrackColoring;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Laws of {@link Timetabler} on generated meetings of up to 9 tables, drawn from 7 cities and
 * 4 organizations so that conflicts are frequent: every timetable is valid (see
 * {@link TimetableCheck#assertValid}), the exact search finishes and matches a brute force over
 * every assignment of slots, the heuristic alone never beats it, and the result does not depend
 * on the order of the meetings. On up to 20 tables, beyond the brute force, the fewest slots
 * without rooms are JGraphT's chromatic number.
 */
class TimetablerPropertiesTest {

  @Provide
  Arbitrary<List<Meeting>> meetings() {
    Arbitrary<Set<Integer>> cities = Arbitraries.integers().between(0, 6).set().ofMaxSize(3);
    Arbitrary<Set<Integer>> organizations =
        Arbitraries.integers().between(0, 3).set().ofMaxSize(2);
    Arbitrary<List<List<Set<Integer>>>> tables = Combinators.combine(cities, organizations)
        .as(List::of).list().ofMaxSize(9);
    Arbitrary<List<Integer>> numbers =
        Arbitraries.integers().between(1, 40).list().uniqueElements().ofSize(9);
    return Combinators.combine(tables, numbers).as((attendance, number) -> {
      List<Meeting> meetings = new ArrayList<>();
      for (int i = 0; i < attendance.size(); i++) {
        meetings.add(new Meeting(number.get(i),
            attendance.get(i).get(0).stream().map(c -> CityId.of("c" + c)).toList(),
            attendance.get(i).get(1).stream().map(o -> OrganizationId.of("o" + o)).toList()));
      }
      return meetings;
    });
  }

  private static TimetableOptions options(int slots, int rooms) {
    return TimetableOptions.DEFAULTS.withSlots(slots).withRooms(rooms);
  }

  @Property
  void placesEveryTableValidlyOrSaysTrulyWhyNot(@ForAll("meetings") List<Meeting> meetings,
      @ForAll @IntRange(max = 4) int slots, @ForAll @IntRange(max = 4) int rooms) {
    TimetableOptions options = options(slots, rooms);
    TimetableCheck.assertValid(meetings, options, Timetabler.place(meetings, options));
  }

  @Property
  void findsTheFewestSlotsThatBruteForceFinds(@ForAll("meetings") List<Meeting> meetings,
      @ForAll @IntRange(max = 4) int rooms) {
    Timetable timetable = Timetabler.place(meetings, options(0, rooms));
    int fewest = TimetableCheck.fewestSlots(meetings, rooms);
    assertThat(timetable.method()).isEqualTo(Method.EXACT);
    assertThat(timetable.optimal()).isTrue();
    assertThat(timetable.needed()).isEqualTo(fewest);
    assertThat(timetable.slots()).isEqualTo(fewest);
    assertThat(timetable.lowerBound()).isLessThanOrEqualTo(fewest);
  }

  @Property
  void heuristicAloneIsValidAndItsBoundHolds(@ForAll("meetings") List<Meeting> meetings,
      @ForAll @IntRange(max = 4) int slots, @ForAll @IntRange(max = 4) int rooms) {
    TimetableOptions options = options(slots, rooms).withWorkLimit(0);
    Timetable timetable = Timetabler.place(meetings, options);
    TimetableCheck.assertValid(meetings, options, timetable);
    int fewest = TimetableCheck.fewestSlots(meetings, rooms);
    assertThat(timetable.lowerBound()).isLessThanOrEqualTo(fewest);
    assertThat(timetable.needed()).isGreaterThanOrEqualTo(fewest);
    if (timetable.optimal()) {
      assertThat(timetable.needed()).isEqualTo(fewest);
    }
  }

  @Property
  void doesNotDependOnTheOrderOfTheMeetings(@ForAll("meetings") List<Meeting> meetings,
      @ForAll @IntRange(max = 4) int slots, @ForAll @IntRange(max = 4) int rooms,
      @ForAll long seed) {
    List<Meeting> shuffled = new ArrayList<>(meetings);
    Collections.shuffle(shuffled, new Random(seed));
    for (TimetableOptions options : List.of(options(slots, rooms),
        options(slots, rooms).withWorkLimit(0))) {
      assertThat(Timetabler.place(shuffled, options))
          .isEqualTo(Timetabler.place(meetings, options));
    }
  }

  @Provide
  Arbitrary<List<Meeting>> conferences() {
    Arbitrary<Set<Integer>> cities = Arbitraries.integers().between(0, 24).set().ofSize(3);
    Arbitrary<Set<Integer>> organizations =
        Arbitraries.integers().between(0, 7).set().ofMaxSize(1);
    return Combinators.combine(cities, organizations).as(List::of).list().ofMinSize(10)
        .ofMaxSize(20).map(attendance -> {
          List<Meeting> meetings = new ArrayList<>();
          for (int i = 0; i < attendance.size(); i++) {
            meetings.add(new Meeting(i + 1,
                attendance.get(i).get(0).stream().map(c -> CityId.of("c" + c)).toList(),
                attendance.get(i).get(1).stream().map(o -> OrganizationId.of("o" + o)).toList()));
          }
          return meetings;
        });
  }

  @Property(tries = 50)
  void findsTheChromaticNumberOfLargerConferences(@ForAll("conferences") List<Meeting> meetings) {
    Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    meetings.forEach(m -> graph.addVertex(m.table()));
    for (Meeting a : meetings) {
      for (Meeting b : meetings) {
        if (a.table() < b.table() && TimetableCheck.conflict(a, b)) {
          graph.addEdge(a.table(), b.table());
        }
      }
    }
    Timetable timetable = Timetabler.place(meetings, TimetableOptions.DEFAULTS);
    TimetableCheck.assertValid(meetings, TimetableOptions.DEFAULTS, timetable);
    assertThat(timetable.method()).isEqualTo(Method.EXACT);
    assertThat(timetable.slots())
        .isEqualTo(new BrownBacktrackColoring<>(graph).getChromaticNumber());
  }
}
