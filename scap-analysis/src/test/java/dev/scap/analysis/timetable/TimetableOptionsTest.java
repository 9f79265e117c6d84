package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimetableOptionsTest {

  @Test
  void placesAsManySlotsAsNeededInUnlimitedRoomsByDefault() {
    assertThat(TimetableOptions.DEFAULTS.slots()).isZero();
    assertThat(TimetableOptions.DEFAULTS.rooms()).isEmpty();
    assertThat(TimetableOptions.DEFAULTS.workLimit())
        .isEqualTo(TimetableOptions.DEFAULT_WORK_LIMIT);
  }

  @Test
  void numbersRoomsFromOne() {
    assertThat(TimetableOptions.DEFAULTS.withRooms(3).rooms()).containsExactly("1", "2", "3");
  }

  @Test
  void refusesNegativeSlots() {
    assertThatThrownBy(() -> TimetableOptions.DEFAULTS.withSlots(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots must be 0 (as many as needed) or more, not -1");
  }

  @Test
  void refusesARoomGivenTwice() {
    assertThatThrownBy(() -> TimetableOptions.DEFAULTS.withRooms(List.of("Hall", "Hall")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("room Hall is given twice");
  }

  @Test
  void refusesABlankRoom() {
    assertThatThrownBy(() -> TimetableOptions.DEFAULTS.withRooms(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANegativeWorkLimit() {
    assertThatThrownBy(() -> TimetableOptions.DEFAULTS.withWorkLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the work limit must be 0 or more, not -1");
  }
}
