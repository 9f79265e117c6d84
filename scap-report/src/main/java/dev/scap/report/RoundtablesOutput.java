package dev.scap.report;

import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.report.internal.Out;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/**
 * The output of {@code scap roundtables}: the tables, their guests, the partners to invite and
 * the timetable of the tables, with the planner's adjustments and the cities at fewer tables
 * than allowed, in the formats docs/CLI.md gives. Stateless and thread-safe.
 */
public final class RoundtablesOutput {

  private RoundtablesOutput() {}

  /**
   * Writes a roundtable plan and the partners to invite to each table, as
   * {@code scap roundtables} prints them (docs/CLI.md), placed in the fewest time slots found,
   * without rooms.
   *
   * @param format the format
   * @param plan the plan
   * @param invited the invitations to each table, in table order, as
   *     {@code Invitations.forTables} gives them
   * @param names the name to print for each city id
   * @param organizations the name to print for each organization id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void plan(OutputFormat format, RoundtablePlan plan, List<TableInvitations> invited,
      Map<CityId, String> names, Map<OrganizationId, String> organizations, OutputStream out)
      throws IOException {
    plan(format, null, plan, invited, names, organizations, out);
  }

  /**
   * Writes a roundtable plan of an event's session and the partners to invite to each table, as
   * {@code scap roundtables} prints them (docs/CLI.md): as {@link #plan(OutputFormat,
   * RoundtablePlan, List, Map, Map, OutputStream)} does, naming the event and session, and
   * listing apart the invited cities that cannot be seated, with why. In CSV, each row then
   * names the event and session, and each city listed apart is a row with no table and no
   * theme, status {@code not-seated} and its reason.
   *
   * @param format the format
   * @param event the event's session the plan is of; {@code null} for a plan of the whole
   *     document, written as the other method writes it
   * @param plan the plan
   * @param invited the invitations to each table, in table order, as
   *     {@code Invitations.forTables} gives them
   * @param names the name to print for each city id
   * @param organizations the name to print for each organization id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument but {@code event} is {@code null}
   */
  public static void plan(OutputFormat format, SessionScope event, RoundtablePlan plan,
      List<TableInvitations> invited, Map<CityId, String> names,
      Map<OrganizationId, String> organizations, OutputStream out) throws IOException {
    plan(format, event, plan, invited, TimetableOptions.DEFAULTS, Timetabler.place(
        Meeting.of(plan, invited), TimetableOptions.DEFAULTS), names, organizations, out);
  }

  /**
   * Writes a roundtable plan, the partners to invite to each table and the timetable of the
   * tables, as {@code scap roundtables} prints them (docs/CLI.md): as {@link #plan(OutputFormat,
   * SessionScope, RoundtablePlan, List, Map, Map, OutputStream)} does, with each table's slot,
   * and room when rooms are given, the slots and how sure their count is, and the tables not
   * placed with why.
   *
   * @param format the format
   * @param event the event's session the plan is of; {@code null} for a plan of the whole
   *     document
   * @param plan the plan
   * @param invited the invitations to each table, in table order, as
   *     {@code Invitations.forTables} gives them
   * @param options the options the timetable was made with
   * @param timetable the timetable of the plan's tables, with their partners
   * @param names the name to print for each city id
   * @param organizations the name to print for each organization id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument but {@code event} is {@code null}
   */
  public static void plan(OutputFormat format, SessionScope event, RoundtablePlan plan,
      List<TableInvitations> invited, TimetableOptions options, Timetable timetable,
      Map<CityId, String> names, Map<OrganizationId, String> organizations, OutputStream out)
      throws IOException {
    String slots = "Timetable: " + Wording.timetable(timetable, Meeting.of(plan, invited),
        options.rooms().size(), names::get, organizations::get);
    boolean rooms = !options.rooms().isEmpty();
    switch (format) {
      case CSV -> csv(event, plan, invited, timetable, names::get, organizations::get, out);
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          if (event != null) {
            ResultsJson.event(json, event, names::get);
          }
          ResultsJson.roundtables(json, plan, timetable,
              t -> invited.get(plan.tables().get(t).number() - 1), organizations::get,
              names::get);
          ResultsJson.timetable(json, timetable, options, slots.substring(
              "Timetable: ".length()), names::get, organizations::get);
          json.writeEndObject();
        }
        out.write('\n');
      }
      case MD -> {
        PrintWriter text = Out.writer(out);
        text.println("# Roundtables");
        text.println();
        if (event != null) {
          text.println("Planned for the " + Out.markdown(Wording.event(event)) + ".");
          text.println();
        }
        text.println("| table | slot |" + (rooms ? " room |" : "")
            + " theme | cities | similarity | partners to invite |");
        text.println("| --- | --- |" + (rooms ? " --- |" : "") + " --- | --- | --- | --- |");
        for (Table table : plan.tables()) {
          Optional<Placement> placed = timetable.placement(table.number());
          text.println("| " + table.number() + " | "
              + placed.map(p -> Integer.toString(p.slot())).orElse("not placed") + " | "
              + (rooms ? placed.flatMap(Placement::room).map(Out::markdown).orElse("")
                  + " | " : "")
              + "`" + table.theme() + "` | "
              + table.guests().stream().map(c -> Out.markdown(names.get(c)))
                  .collect(Collectors.joining(", ")) + " | "
              + Text.brief(table.similarity()) + " | "
              + invitedNames(invited.get(table.number() - 1), organizations) + " |");
        }
        text.println();
        text.println("Total weight seated: " + Text.brief(plan.totalWeight())
            + ". Similarity of the pairs at the same table: "
            + Text.brief(plan.similarity()) + ".");
        text.println();
        text.println(Out.markdown(slots) + ".");
        if (!plan.tables().isEmpty()) {
          text.println();
          text.println("## Invitations");
        }
        for (Table table : plan.tables()) {
          TableInvitations invitations = invited.get(table.number() - 1);
          text.println();
          text.println("Table " + table.number() + " (`" + table.theme() + "`):");
          text.println();
          for (Invitee invitee : invitations.invited()) {
            text.println("- " + Out.markdown(Wording.organization(invitee.organization(),
                organizations::get)) + ": " + Out.markdown(Wording.invitation(invitee,
                names::get)));
          }
          ReportWords.invitationNotes(invitations, organizations::get).forEach(n -> text.println("- " + Out.markdown(n)));
        }
        if (!timetable.unplaced().isEmpty()) {
          text.println();
          text.println("## Tables not placed");
          text.println();
          timetable.unplaced().forEach(u -> text.println("- Table " + u.table() + ": "
              + Out.markdown(Wording.unplaced(u, names::get, organizations::get))));
        }
        if (!plan.adjustments().isEmpty()) {
          text.println();
          text.println("## Adjustments");
          text.println();
          plan.adjustments().forEach(a -> text.println("- "
              + Out.markdown(Wording.adjustment(a))));
        }
        if (!plan.shortfalls().isEmpty()) {
          text.println();
          text.println("## Cities at fewer tables than allowed");
          text.println();
          plan.shortfalls().forEach(s -> text.println("- " + Out.markdown(names.get(s.city()))
              + " (`" + s.city() + "`), " + s.tables() + ": "
              + Out.markdown(Wording.shortfall(s))));
        }
        if (event != null && !event.apart().isEmpty()) {
          text.println();
          text.println("## Invited cities not seated");
          text.println();
          event.apart().forEach(a -> text.println("- " + Out.markdown(nameOf(a, names))
              + " (`" + a.city() + "`): " + Out.markdown(Wording.apart(a))));
        }
        text.flush();
      }
      case TEXT -> {
        PrintWriter text = Out.writer(out);
        if (event != null) {
          text.println("For the " + Wording.event(event));
        }
        text.println("Roundtables: " + Text.count(plan.tables().size(), "table", "tables")
            + ", total weight seated "
            + Text.brief(plan.totalWeight()) + ", similarity at the tables "
            + Text.brief(plan.similarity()));
        text.println(slots);
        for (Table table : plan.tables()) {
          text.println();
          text.println("Table " + table.number() + "  " + table.theme() + "  ("
              + Text.count(table.guests().size(), "city", "cities") + ", similarity "
              + Text.brief(table.similarity()) + ")  " + where(timetable, table));
          for (CityId city : table.guests()) {
            text.println("  " + city + "  " + names.get(city));
          }
          TableInvitations invitations = invited.get(table.number() - 1);
          if (!invitations.invited().isEmpty()) {
            text.println("  invite:");
          }
          for (Invitee invitee : invitations.invited()) {
            text.println("    " + Wording.organization(invitee.organization(),
                organizations::get) + ": " + Wording.invitation(invitee, names::get));
          }
          ReportWords.invitationNotes(invitations, organizations::get).forEach(n -> text.println("  " + n));
        }
        if (!timetable.unplaced().isEmpty()) {
          text.println();
          text.println("Tables not placed:");
          timetable.unplaced().forEach(u -> text.println("  table " + u.table() + ": "
              + Wording.unplaced(u, names::get, organizations::get)));
        }
        if (!plan.adjustments().isEmpty()) {
          text.println();
          text.println("Adjustments:");
          plan.adjustments().forEach(a -> text.println("  " + Wording.adjustment(a)));
        }
        if (!plan.shortfalls().isEmpty()) {
          text.println();
          text.println("Cities at fewer tables than allowed:");
          plan.shortfalls().forEach(s -> text.println("  " + s.city() + " (" + s.tables()
              + "): " + Wording.shortfall(s)));
        }
        if (event != null && !event.apart().isEmpty()) {
          text.println();
          text.println("Invited cities not seated:");
          event.apart().forEach(a -> text.println("  " + a.city() + ": " + Wording.apart(a)));
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  /**
   * Writes the roundtable CSV ({@code event,session,table,theme,slot,room,city,partner,
   * partner_name,status,reasons}; {@code event} and {@code session} empty for a plan of the
   * whole document, {@code slot} and {@code room} empty for a table not placed, {@code room}
   * empty without rooms): a row per seat, then per table a row per organization invited or
   * left out at its limit, and a row saying why when nobody is invited; then a row per invited
   * city that is not seated ({@code status} {@code not-seated}, no table), with why.
   */
  static void csv(SessionScope event, RoundtablePlan plan, List<TableInvitations> invited,
      Timetable timetable, Function<CityId, String> names,
      Function<OrganizationId, String> organizations, OutputStream out) throws IOException {
    String id = event == null ? "" : event.event().id().value();
    String session = event == null ? "" : event.session().id().value();
    try (CSVPrinter csv = Out.csv(out, "event", "session", "table", "theme", "slot", "room",
        "city", "partner", "partner_name", "status", "reasons")) {
      for (Table table : plan.tables()) {
        Optional<Placement> placed = timetable.placement(table.number());
        String slot = placed.map(p -> Integer.toString(p.slot())).orElse("");
        String room = placed.flatMap(Placement::room).orElse("");
        for (CityId city : table.guests()) {
          csv.printRecord(id, session, table.number(), table.theme().value(), slot, room,
              city.value(), "", "", "", "");
        }
        TableInvitations invitations = invited.get(table.number() - 1);
        for (Invitee invitee : invitations.invited()) {
          csv.printRecord(id, session, table.number(), table.theme().value(), slot, room,
              "", invitee.organization().value(), organizations.apply(invitee.organization()),
              status(invitations, invitee), Wording.invitation(invitee, names));
        }
        for (OrganizationId left : invitations.atLimit()) {
          csv.printRecord(id, session, table.number(), table.theme().value(), slot, room,
              "", left.value(),
              organizations.apply(left), "at-limit", Wording.atLimit());
        }
        if (invitations.whyNobody() != null) {
          csv.printRecord(id, session, table.number(), table.theme().value(), slot, room,
              "", "", "", "none", Wording.noInvitation(invitations.whyNobody(), organizations));
        }
      }
      if (event != null) {
        for (InvitedApart apart : event.apart()) {
          csv.printRecord(id, session, "", "", "", "", apart.city().value(), "", "",
              "not-seated", Wording.apart(apart));
        }
      }
    }
  }

  /** Where a table meets: {@code slot 1}, {@code slot 1, room A} or {@code not placed}. */
  private static String where(Timetable timetable, Table table) {
    return timetable.placement(table.number()).map(p -> "slot " + p.slot()
        + p.room().map(r -> ", room " + r).orElse("")).orElse("not placed");
  }

  /** The names of a table's invitees, or {@code nobody}. */
  private static String invitedNames(TableInvitations invitations,
      Map<OrganizationId, String> organizations) {
    if (invitations.invited().isEmpty()) {
      return "nobody";
    }
    return invitations.invited().stream().map(i -> Out.markdown(organizations.get(
        i.organization()))).collect(Collectors.joining(", "));
  }

  /** A row's status: asked, tied or invited. */
  static String status(TableInvitations invitations, Invitee invitee) {
    return invitee.asked() ? "asked" : invitations.tied().contains(invitee.organization())
        ? "tied" : "invited";
  }

  /** The city's name, or its id for an id that is no city of the document. */
  private static String nameOf(InvitedApart apart, Map<CityId, String> names) {
    String name = names.get(apart.city());
    return name == null ? apart.city().value() : name;
  }
}
