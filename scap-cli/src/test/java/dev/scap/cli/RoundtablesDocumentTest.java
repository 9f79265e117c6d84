package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlan;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.report.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scap roundtables --format document}: the input document with the plan written into
 * the planned session, on the built-in dataset and its 2019 conference.
 */
class RoundtablesDocumentTest {

  private static final ScapDocument ASCN = Datasets.ascn();

  private static final SessionId MINI_ROUNDTABLES = SessionId.of("mini-roundtables");

  @TempDir Path folder;

  private static ReadResult read(Path file) throws IOException {
    return ScapReader.create().read(file);
  }

  private static List<SeatedTable> tables(ScapDocument document) {
    Session session = document.events().get(0).session(MINI_ROUNDTABLES).orElseThrow();
    return session.tables();
  }

  @Test
  void writesTheDatasetBackWithTheConferencesPlanInItsSession() throws IOException {
    Path file = folder.resolve("planned.json");

    CliRun run = CliRun.of("roundtables", "--format", "document", "-o", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    ReadResult read = read(file);
    assertThat(read.report().hasErrors()).as(read.report().toString()).isFalse();
    EventPlan planned = EventPlanner.plan(ASCN, EventChoice.LATEST).orElseThrow();
    List<TableInvitations> invited = Invitations.forTables(ThemeOverlap.of(
        planned.scope().document(), planned.options().profiles()), planned.plan(),
        InvitationOptions.DEFAULTS);
    Timetable timetable = Timetabler.place(Meeting.of(planned.plan(), invited),
        TimetableOptions.DEFAULTS);
    Map<CityId, String> names = Names.of(ASCN);
    assertThat(tables(read.document())).hasSize(9).isEqualTo(planned.seating(invited,
        timetable, i -> Wording.invitation(i, names::get)));
    assertThat(tables(read.document())).allSatisfy(t -> {
      assertThat(t.slot()).isBetween(1, timetable.slots());
      assertThat(t.room()).isNull();
      assertThat(t.seats()).isEqualTo(8);
      assertThat(t.partners()).allSatisfy(p -> assertThat(p.note()).isNotBlank());
    });
    assertThat(read.document().toBuilder().events(ASCN.events()).build()).isEqualTo(ASCN);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(ScapWriter.canonical().toJson(read.document()));
  }

  @Test
  void writesTheSameBytesToStandardOutput() throws IOException {
    Path file = folder.resolve("planned.json");
    CliRun toFile = CliRun.of("roundtables", "--format", "document", "-o", file.toString());

    CliRun toStdout = CliRun.of("roundtables", "--format", "document");

    assertThat(toFile.exitCode()).isZero();
    assertThat(toStdout.exitCode()).isZero();
    assertThat(toStdout.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheRoomsAndLeavesTheTablesThatFitNoSlotUnplaced() throws IOException {
    Path file = folder.resolve("planned.json");

    CliRun run = CliRun.of("roundtables", "--format", "document", "--slots", "3", "--rooms",
        "A,B", "-o", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    ReadResult read = read(file);
    assertThat(read.report().hasErrors()).as(read.report().toString()).isFalse();
    List<SeatedTable> tables = tables(read.document());
    assertThat(tables).filteredOn(t -> t.slot() == null).isNotEmpty()
        .allSatisfy(t -> assertThat(t.room()).isNull());
    assertThat(tables).filteredOn(t -> t.slot() != null).isNotEmpty().allSatisfy(t -> {
      assertThat(t.slot()).isBetween(1, 3);
      assertThat(t.room()).isIn("A", "B");
    });
    for (int slot = 1; slot <= 3; slot++) {
      Set<CityId> cities = new HashSet<>();
      Set<OrganizationId> partners = new HashSet<>();
      Set<String> rooms = new HashSet<>();
      for (SeatedTable table : tables) {
        if (table.slot() != null && table.slot() == slot) {
          table.guests().forEach(c -> assertThat(cities.add(c)).as(c.value()).isTrue());
          table.partners().forEach(p -> assertThat(partners.add(p.organization()))
              .as(p.organization().value()).isTrue());
          assertThat(rooms.add(table.room())).isTrue();
        }
      }
    }
    String text = CliRun.of("roundtables", "--slots", "3", "--rooms", "A,B").out();
    tables.stream().filter(t -> t.slot() == null).forEach(t ->
        assertThat(text).contains("\n  table " + t.number() + ": slot 1: "));
  }

  @Test
  void refusesADocumentWithoutAnEvent() {
    CliRun run = CliRun.withDocument(ASCN.toBuilder().events(List.of()).build(),
        "roundtables", "--format", "document");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("scap: --format document writes the seating into an "
        + "event's roundtable session, and the document has no event with one\n");
  }

  @Test
  void keepsTheJsonResultForAnOutputNamedJson() throws IOException {
    Path file = folder.resolve("plan.json");

    CliRun run = CliRun.of("roundtables", "-o", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .startsWith("{\"event\":").contains("\"timetable\":{\"slots\":4,")
        .doesNotContain("\"scapVersion\"");
  }
}
