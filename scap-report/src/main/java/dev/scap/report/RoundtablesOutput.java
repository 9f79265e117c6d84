package dev.scap.report;

import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
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
import java.util.function.Function;
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
    switch (format) {
      case CSV -> csv(plan, invited, names::get, organizations::get, out);
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          ResultsJson.roundtables(json, plan,
              t -> invited.get(plan.tables().get(t).number() - 1), organizations::get,
              names::get);
          json.writeEndObject();
        }
        out.write('\n');
      }
      case MD -> {
        PrintWriter text = Out.writer(out);
        text.println("# Roundtables");
        text.println();
        text.println("| table | theme | cities | similarity | partners to invite |");
        text.println("| --- | --- | --- | --- | --- |");
        for (Table table : plan.tables()) {
          text.println("| " + table.number() + " | `" + table.theme() + "` | "
              + table.guests().stream().map(c -> Out.markdown(names.get(c)))
                  .collect(Collectors.joining(", ")) + " | "
              + Text.brief(table.similarity()) + " | "
              + invitedNames(invited.get(table.number() - 1), organizations) + " |");
        }
        text.println();
        text.println("Total weight seated: " + Text.brief(plan.totalWeight())
            + ". Similarity of the pairs at the same table: "
            + Text.brief(plan.similarity()) + ".");
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
        text.flush();
      }
      case TEXT -> {
        PrintWriter text = Out.writer(out);
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
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  /**
   * Writes the roundtable CSV: a row per seat ({@code table,theme,city}), then per table a row
   * per organization invited or left out at its limit ({@code partner}, {@code partner_name},
   * {@code status}, {@code reasons}), and a row saying why when nobody is invited.
   */
  static void csv(RoundtablePlan plan, List<TableInvitations> invited,
      Function<CityId, String> names, Function<OrganizationId, String> organizations,
      OutputStream out) throws IOException {
    try (CSVPrinter csv = Out.csv(out, "table", "theme", "city", "partner", "partner_name",
        "status", "reasons")) {
      for (Table table : plan.tables()) {
        for (CityId city : table.guests()) {
          csv.printRecord(table.number(), table.theme().value(), city.value(), "", "", "",
              "");
        }
        TableInvitations invitations = invited.get(table.number() - 1);
        for (Invitee invitee : invitations.invited()) {
          csv.printRecord(table.number(), table.theme().value(), "",
              invitee.organization().value(), organizations.apply(invitee.organization()),
              status(invitations, invitee), Wording.invitation(invitee, names));
        }
        for (OrganizationId left : invitations.atLimit()) {
          csv.printRecord(table.number(), table.theme().value(), "", left.value(),
              organizations.apply(left), "at-limit", Wording.atLimit());
        }
        if (invitations.whyNobody() != null) {
          csv.printRecord(table.number(), table.theme().value(), "", "", "", "none",
              Wording.noInvitation(invitations.whyNobody(), organizations));
        }
      }
    }
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
}
