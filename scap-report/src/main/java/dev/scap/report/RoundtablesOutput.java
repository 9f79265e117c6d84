package dev.scap.report;

import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.TablePartners;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.report.internal.Out;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/**
 * The output of {@code scap roundtables}: the tables, their guests and the partners to invite,
 * with the planner's adjustments and the cities at fewer tables than allowed, in the formats
 * docs/CLI.md gives. Stateless and thread-safe.
 */
public final class RoundtablesOutput {

  private RoundtablesOutput() {}

  /**
   * Writes a roundtable plan and the partners to invite to each table, as
   * {@code scap roundtables} prints them (docs/CLI.md).
   *
   * @param format the format
   * @param plan the plan
   * @param invited the partners of each table, in table order, as
   *     {@code PartnerMatcher.forTables} gives them
   * @param names the name to print for each city id
   * @param organizations the name to print for each organization id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void plan(OutputFormat format, RoundtablePlan plan, List<TablePartners> invited,
      Map<CityId, String> names, Map<OrganizationId, String> organizations, OutputStream out)
      throws IOException {
    plan(format, null, plan, invited, names, organizations, out);
  }

  /**
   * Writes a roundtable plan of an event's session and the partners to invite to each table, as
   * {@code scap roundtables} prints them (docs/CLI.md): as {@link #plan(OutputFormat,
   * RoundtablePlan, List, Map, Map, OutputStream)} does, naming the event and session, and
   * listing apart the invited cities that cannot be seated, with why. In CSV, each row then
   * starts with the event and session, and each city listed apart is a row with no table and
   * no theme, and its reason.
   *
   * @param format the format
   * @param event the event's session the plan is of; {@code null} for a plan of the whole
   *     document, written as the other method writes it
   * @param plan the plan
   * @param invited the partners of each table, in table order, as
   *     {@code PartnerMatcher.forTables} gives them
   * @param names the name to print for each city id
   * @param organizations the name to print for each organization id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument but {@code event} is {@code null}
   */
  public static void plan(OutputFormat format, SessionScope event, RoundtablePlan plan,
      List<TablePartners> invited, Map<CityId, String> names,
      Map<OrganizationId, String> organizations, OutputStream out) throws IOException {
    switch (format) {
      case CSV -> {
        if (event != null) {
          eventCsv(event, plan, out);
          return;
        }
        try (CSVPrinter csv = Out.csv(out, "table", "theme", "city")) {
          for (Table table : plan.tables()) {
            for (CityId city : table.guests()) {
              csv.printRecord(table.number(), table.theme().value(), city.value());
            }
          }
        }
      }
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          if (event != null) {
            ResultsJson.event(json, event, names::get);
          }
          ResultsJson.roundtables(json, plan,
              t -> invited.get(plan.tables().get(t).number() - 1).partners(), null);
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
        text.println("| table | theme | cities | similarity | partners to invite |");
        text.println("| --- | --- | --- | --- | --- |");
        for (Table table : plan.tables()) {
          text.println("| " + table.number() + " | `" + table.theme() + "` | "
              + table.guests().stream().map(c -> Out.markdown(names.get(c)))
                  .collect(Collectors.joining(", ")) + " | "
              + Text.brief(table.similarity()) + " | "
              + invited.get(table.number() - 1).partners().stream()
                  .map(m -> Out.markdown(organizations.get(m.organization())))
                  .collect(Collectors.joining(", ")) + " |");
        }
        text.println();
        text.println("Total weight seated: " + Text.brief(plan.totalWeight())
            + ". Similarity of the pairs at the same table: "
            + Text.brief(plan.similarity()) + ".");
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
        text.println("Roundtables: " + plan.tables().size() + " tables, total weight seated "
            + Text.brief(plan.totalWeight()) + ", similarity at the tables "
            + Text.brief(plan.similarity()));
        for (Table table : plan.tables()) {
          text.println();
          text.println("Table " + table.number() + "  " + table.theme() + "  ("
              + table.guests().size() + " cities, similarity "
              + Text.brief(table.similarity()) + ")");
          for (CityId city : table.guests()) {
            text.println("  " + city + "  " + names.get(city));
          }
          List<PartnerMatch> matches = invited.get(table.number() - 1).partners();
          if (!matches.isEmpty()) {
            text.println("  invite: " + matches.stream().map(m -> m.organization().value())
                .collect(Collectors.joining(", ")));
          }
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

  private static void eventCsv(SessionScope event, RoundtablePlan plan, OutputStream out)
      throws IOException {
    String id = event.event().id().value();
    String session = event.session().id().value();
    try (CSVPrinter csv = Out.csv(out, "event", "session", "table", "theme", "city",
        "reason")) {
      for (Table table : plan.tables()) {
        for (CityId city : table.guests()) {
          csv.printRecord(id, session, table.number(), table.theme().value(), city.value(), "");
        }
      }
      for (InvitedApart apart : event.apart()) {
        csv.printRecord(id, session, "", "", apart.city().value(), Wording.apart(apart));
      }
    }
  }

  /** The city's name, or its id for an id that is no city of the document. */
  private static String nameOf(InvitedApart apart, Map<CityId, String> names) {
    String name = names.get(apart.city());
    return name == null ? apart.city().value() : name;
  }
}
