package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timetable of a conference of 10,000 cities: 2,500 tables of 8, each city at 2, and 500
 * organizations at up to 20 tables each, generated with a fixed seed.
 */
class TimetablerConferenceTest {

  private static final List<Meeting> CONFERENCE = TimetableCheck.conference(10_000, 20261207L);

  @Test
  void placesTenThousandCitiesValidlyAboveTheBound() {
    Timetable timetable = Timetabler.place(CONFERENCE, TimetableOptions.DEFAULTS);
    assertThat(CONFERENCE).hasSize(2_500);
    TimetableCheck.assertValid(CONFERENCE, TimetableOptions.DEFAULTS, timetable);
    assertThat(timetable.unplaced()).isEmpty();
    assertThat(timetable.slots()).isGreaterThanOrEqualTo(timetable.lowerBound());
    // An organization at 20 tables is likely among 500: its tables need 20 slots.
    assertThat(timetable.lowerBound()).isGreaterThanOrEqualTo(20);
    assertThat(timetable.method()).isEqualTo(Method.HEURISTIC);
  }

  @Test
  void placesTenThousandCitiesInFewRoomsAboveTheirBound() {
    TimetableOptions options = TimetableOptions.DEFAULTS.withRooms(100);
    Timetable timetable = Timetabler.place(CONFERENCE, options);
    TimetableCheck.assertValid(CONFERENCE, options, timetable);
    assertThat(timetable.lowerBound()).isGreaterThanOrEqualTo(25);
    assertThat(timetable.slots()).isGreaterThanOrEqualTo(timetable.lowerBound());
  }

  @Test
  void reportsTheTablesThatDoNotFitInTenSlots() {
    TimetableOptions options = TimetableOptions.DEFAULTS.withSlots(10);
    Timetable timetable = Timetabler.place(CONFERENCE, options);
    TimetableCheck.assertValid(CONFERENCE, options, timetable);
    assertThat(timetable.slots()).isEqualTo(10);
    assertThat(timetable.unplaced()).isNotEmpty();
  }
}
