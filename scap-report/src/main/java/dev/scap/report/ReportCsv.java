package dev.scap.report;

import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.analysis.overlap.ThemeCoverage;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.Standing;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.Identifier;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.report.internal.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV, one table per file, as docs/CLI.md's contracts want them: RFC 4180, header row
 * first, {@code \n} line ends. Lists inside a cell are joined by {@code ;}. Where a command
 * already prints a table ({@code overlap}, {@code groups}, {@code roundtables},
 * {@code partners}), the report's table starts with the same columns. Scores are written so
 * that parsing them gives back the same double.
 */
public final class ReportCsv {

  private ReportCsv() {}

  /**
   * Renders a report's tables.
   *
   * @param report the report
   * @return file name to CSV text, in the order of the report's sections
   * @throws NullPointerException if the report is {@code null}
   */
  public static Map<String, String> tables(Report report) {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("stamp.csv", stamp(report));
    tables.put("summary.csv", summary(report));
    tables.put("problems.csv", problems(report));
    tables.put("coverage.csv", coverage(report));
    tables.put("heatmap.csv", heatmap(report));
    tables.put("weights.csv", weights(report));
    tables.put("peers.csv", peers(report));
    tables.put("shared-themes.csv", sharedThemes(report));
    tables.put("groups.csv", groups(report));
    tables.put("roundtables.csv", roundtables(report));
    tables.put("table-partners.csv", tablePartners(report));
    tables.put("roundtable-notes.csv", roundtableNotes(report));
    tables.put("partners.csv", partners(report));
    return tables;
  }

  /** Builds one table. */
  private static final class Sheet {
    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    Sheet(String... header) {
      try {
        printer = new CSVPrinter(text, Text.csv(header));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Sheet row(Object... values) {
      try {
        printer.printRecord(values);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Sheet row(List<?> values) {
      return row(values.toArray());
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  private static String stamp(Report report) {
    Sheet sheet = new Sheet("option", "value");
    ReportWords.settings(report).forEach(sheet::row);
    return sheet.toString();
  }

  private static String summary(Report report) {
    ReportSummary summary = report.summary();
    Sheet sheet = new Sheet("item", "value");
    sheet.row("title", summary.title() == null ? "" : summary.title());
    sheet.row("cities", summary.cities());
    sheet.row("cities_with_themes", summary.citiesWithThemes());
    sheet.row("plans", summary.plans());
    sheet.row("projects", summary.projects());
    sheet.row("organizations", summary.organizations());
    sheet.row("taxonomies", report.document().taxonomies().stream()
        .map(t -> t.id().value()).collect(Collectors.joining(";")));
    sheet.row("taxonomy", summary.taxonomy().value());
    sheet.row("themes", summary.themes());
    sheet.row("themes_named", summary.themesNamed());
    sheet.row("errors", summary.errors());
    sheet.row("warnings", summary.warnings());
    return sheet.toString();
  }

  private static String problems(Report report) {
    Sheet sheet = new Sheet("severity", "rule", "pointer", "line", "column", "message");
    for (Problem problem : report.validation().problems()) {
      sheet.row(problem.severity().label(), problem.rule(), problem.pointer(), problem.line(),
          problem.column(), problem.message());
    }
    return sheet.toString();
  }

  private static String coverage(Report report) {
    Sheet sheet = new Sheet("theme", "label", "count", "cities");
    for (ThemeCoverage theme : report.coverage()) {
      sheet.row(theme.theme().value(), report.themeLabel(theme.theme()), theme.count(),
          ids(theme.cities()));
    }
    return sheet.toString();
  }

  private static String heatmap(Report report) {
    List<CityId> order = report.leafOrder();
    if (!report.showsMatrix()) {
      List<String> header = new ArrayList<>();
      header.add("block");
      header.add("cities");
      report.blocks().forEach(b -> header.add(String.valueOf(b.number())));
      Sheet sheet = new Sheet(header.toArray(String[]::new));
      for (int i = 0; i < report.blocks().size(); i++) {
        List<String> values = new ArrayList<>();
        values.add(String.valueOf(report.blocks().get(i).number()));
        values.add(ids(report.blocks().get(i).members()));
        for (int j = 0; j < report.blocks().size(); j++) {
          values.add(Text.exact(report.blockMean(i, j)));
        }
        sheet.row(values);
      }
      return sheet.toString();
    }
    List<String> header = new ArrayList<>();
    header.add("city");
    order.forEach(c -> header.add(c.value()));
    Sheet sheet = new Sheet(header.toArray(String[]::new));
    for (CityId row : order) {
      List<String> values = new ArrayList<>();
      values.add(row.value());
      for (CityId column : order) {
        values.add(Text.exact(report.matrix().score(row, column)));
      }
      sheet.row(values);
    }
    return sheet.toString();
  }

  private static String weights(Report report) {
    List<String> header = new ArrayList<>();
    header.add("city");
    report.themes().forEach(t -> header.add(t.value()));
    Sheet sheet = new Sheet(header.toArray(String[]::new));
    for (CityId city : report.leafOrder()) {
      List<String> values = new ArrayList<>();
      values.add(city.value());
      for (ThemeId theme : report.themes()) {
        values.add(Text.exact(report.profile(city).weight(theme)));
      }
      sheet.row(values);
    }
    return sheet.toString();
  }

  private static String peers(Report report) {
    Sheet sheet = new Sheet("city", "peer", "score", "shared_themes");
    for (CityPeers city : report.peers()) {
      for (Peer peer : city.peers()) {
        sheet.row(city.city().value(), peer.city().value(), Text.exact(peer.score()),
            peer.shared().stream().map(s -> s.theme().value()).collect(Collectors.joining(";")));
      }
    }
    return sheet.toString();
  }

  private static String sharedThemes(Report report) {
    Sheet sheet = new Sheet("city", "peer", "theme", "city_projects", "peer_projects");
    for (CityPeers city : report.peers()) {
      for (Peer peer : city.peers()) {
        for (SharedTheme shared : peer.shared()) {
          sheet.row(city.city().value(), peer.city().value(), shared.theme().value(),
              ids(shared.cityProjects()), ids(shared.peerProjects()));
        }
      }
    }
    return sheet.toString();
  }

  private static String groups(Report report) {
    Sheet sheet = new Sheet("city", "group", "group_size", "group_mean_similarity",
        "group_shared_themes");
    for (PeerGroup group : report.groups().groups()) {
      for (CityId city : group.members()) {
        sheet.row(city.value(), group.number(), group.members().size(),
            Text.exact(group.meanSimilarity()), ids(group.sharedThemes()));
      }
    }
    return sheet.toString();
  }

  private static String roundtables(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RoundtablesOutput.csv(report.event().orElse(null), report.roundtables(),
          report.invitations(), report.timetable(), report::cityName,
          report::organizationName, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String tablePartners(Report report) {
    Sheet sheet = new Sheet("table", "theme", "organization", "name", "status", "theme_guests",
        "other_guests", "works_on_theme", "needs_met", "needs_stated", "reasons");
    for (TableInvitations table : report.invitations()) {
      String theme = table.theme().value();
      for (Invitee invitee : table.invited()) {
        Standing standing = invitee.standing();
        sheet.row(table.table(), theme, invitee.organization().value(),
            report.organizationName(invitee.organization()),
            RoundtablesOutput.status(table, invitee), standing.themeGuests(),
            standing.otherGuests(), standing.worksOnTheme(), standing.needsMet(),
            standing.needsStated(), Wording.invitation(invitee, report::cityName));
      }
      for (OrganizationId left : table.atLimit()) {
        sheet.row(table.table(), theme, left.value(), report.organizationName(left),
            "at-limit", "", "", "", "", "", Wording.atLimit());
      }
      if (table.whyNobody() != null) {
        sheet.row(table.table(), theme, "", "", "none", "", "", "", "", "",
            Wording.noInvitation(table.whyNobody(), report::organizationName));
      }
    }
    return sheet.toString();
  }

  private static String roundtableNotes(Report report) {
    Sheet sheet = new Sheet("kind", "subject", "tables", "reason");
    for (Adjustment adjustment : report.roundtables().adjustments()) {
      sheet.row("adjustment", adjustment.theme().value(), adjustment.tables(),
          Wording.adjustment(adjustment));
    }
    for (Shortfall shortfall : report.roundtables().shortfalls()) {
      sheet.row("shortfall", shortfall.city().value(), shortfall.tables(), Wording.shortfall(shortfall));
    }
    report.event().ifPresent(e -> e.apart().forEach(city ->
        sheet.row("not-seated", city.city().value(), 0, Wording.apart(city))));
    // The timetable's line, then each table it could not place, the table's number as subject.
    sheet.row("timetable", "", report.timetable().placements().size(),
        report.timetableWords());
    for (Unplaced unplaced : report.timetable().unplaced()) {
      sheet.row("not-placed", Integer.toString(unplaced.table()), 0, Wording.unplaced(unplaced,
          report::cityName, report::organizationName));
    }
    return sheet.toString();
  }

  private static String partners(Report report) {
    Sheet sheet = new Sheet("city", "organization", "score", "theme_fit", "support_fit",
        "themes", "support");
    for (CityPartners city : report.partners()) {
      for (PartnerMatch match : city.partners()) {
        sheet.row(city.city().value(), match.organization().value(),
            Text.exact(match.score()), Text.exact(match.themeFit()),
            Text.exact(match.supportFit()), ids(match.themes()), support(match.support()));
      }
    }
    return sheet.toString();
  }

  private static String ids(List<? extends Identifier> ids) {
    return ids.stream().map(Identifier::value).collect(Collectors.joining(";"));
  }

  private static String support(List<SupportType> support) {
    return support.stream().map(SupportType::code).collect(Collectors.joining(";"));
  }
}
