package dev.scap.cli;

import dev.scap.analysis.timetable.TimetableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of {@code roundtables} and {@code report} that place the tables in time slots. */
final class SlotOptions {

  @Option(names = "--slots", paramLabel = "N",
      description = "The most time slots; tables that fit in none are listed with why "
          + "(default: the fewest that hold every table).")
  Integer slots;

  @Option(names = "--rooms", paramLabel = "ROOMS", split = ",",
      description = "The rooms' names, such as A,B,C: one table each per slot, given to a "
          + "slot's tables in this order (default: as many as a slot needs, unnamed).")
  List<String> rooms = new ArrayList<>();

  /**
   * Checks the options and returns them as the timetabler takes them.
   *
   * Each room's name is trimmed of the spaces around it.
   *
   * @throws CliException exit 2, for slots below 1 or a room blank, given twice or holding a
   *     control character
   */
  TimetableOptions toOptions() {
    if (slots != null) {
      Ranges.atLeast("--slots", slots, 1);
    }
    for (String room : rooms) {
      room.codePoints().filter(Character::isISOControl).findFirst().ifPresent(c -> {
        throw CliException.failure("--rooms: a room's name holds a control character (U+"
            + String.format(Locale.ROOT, "%04X", c) + ")", null);
      });
    }
    List<String> names = Names.listed("--rooms", "room", "a room needs a name", rooms);
    return TimetableOptions.DEFAULTS.withSlots(slots == null ? 0 : slots).withRooms(names);
  }
}
