package dev.scap.report;

import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.analysis.overlap.ThemeCoverage;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.CityId;
import dev.scap.model.Metadata;
import dev.scap.model.ProjectId;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as Markdown (GitHub-flavoured tables): the sections of the report
 * as headings, the coverage chart as bars of block characters, the heatmap as a table of the
 * scores in the dendrogram's leaf order. Scores are rounded to three decimals for people (the
 * JSON and CSV renderers give them exactly); text from the document is escaped. The same report gives the same bytes.
 * Stateless and thread-safe.
 */
public final class ReportMarkdown {

  private ReportMarkdown() {}

  /**
   * Renders a report as Markdown.
   *
   * @param report the report
   * @return the text, ending with a line feed
   * @throws NullPointerException if {@code report} is {@code null}
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    return new Document(report).render();
  }

  /**
   * Writes a report as Markdown.
   *
   * @param report the report
   * @param out where to write; not flushed, not closed
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(render(report));
  }

  /** One rendering. */
  private static final class Document {
    private final Report report;
    private final StringBuilder out = new StringBuilder(1 << 16);

    Document(Report report) {
      this.report = report;
    }

    private Document line(String text) {
      out.append(text).append('\n');
      return this;
    }

    private Document blank() {
      out.append('\n');
      return this;
    }

    String render() {
      ReportStamp stamp = report.stamp();
      ReportSummary summary = report.summary();
      line("# scap report" + (summary.title() == null ? ""
          : ": " + Text.markdown(summary.title()))).blank();
      line("Made by scap " + Text.markdown(stamp.version()) + " on " + stamp.date() + " from `"
          + code(stamp.inputName()) + "`, SHA-256 `" + stamp.inputSha256() + "`; every option "
          + "is listed under Stamp.").blank();
      summary();
      about();
      coverage();
      heatmap();
      weights();
      peers();
      groups();
      roundtables();
      partners();
      stamp();
      return out.toString();
    }

    /** The document's metadata: what it is, its sources, license and notes (its cautions). */
    private void about() {
      Metadata metadata = report.document().metadata();
      line("## About the data: sources and cautions").blank();
      if (metadata.description() == null && metadata.source() == null
          && metadata.notes() == null && metadata.license() == null
          && metadata.created() == null && metadata.extensions().isEmpty()) {
        line("The document says nothing of its sources.").blank();
        return;
      }
      if (metadata.description() != null) {
        line(Text.markdown(metadata.description())).blank();
      }
      if (metadata.source() != null) {
        line("Sources:").blank();
        for (String source : metadata.source().split(";\\s+")) {
          line("- " + Text.markdown(source));
        }
        blank();
      }
      if (metadata.notes() != null) {
        line("Notes and cautions: " + Text.markdown(metadata.notes())).blank();
      }
      if (metadata.license() != null) {
        line("License: " + Text.markdown(metadata.license())).blank();
      }
      if (metadata.created() != null) {
        line("Created: " + metadata.created()).blank();
      }
      for (Map.Entry<String, Object> extension : metadata.extensions().values().entrySet()) {
        line(Text.markdown(extension.getKey()) + ": "
            + Text.markdown(Text.plain(extension.getValue()))).blank();
      }
    }

    private void summary() {
      ReportSummary summary = report.summary();
      line("## Summary and validation").blank();
      line("| | |").line("| --- | --- |");
      line("| cities | " + summary.cities() + " (" + summary.citiesWithThemes()
          + " with themes of `" + summary.taxonomy() + "`, " + (summary.cities()
          - summary.citiesWithThemes()) + " without: no plan, or a plan naming none) |");
      line("| plans | " + summary.plans() + " |");
      line("| projects | " + summary.projects() + " |");
      line("| organizations | " + summary.organizations() + " |");
      line("| taxonomies | " + report.document().taxonomies().stream()
          .map(t -> "`" + t.id() + "` " + Text.markdown(t.name()) + " ("
              + Text.count(t.themes().size(), "theme", "themes") + ")")
          .collect(Collectors.joining("; ")) + " |");
      line("| analysed | `" + summary.taxonomy() + "`" + (report.options().overlap().rollup()
          ? ", rolled up to its " : ", its ") + Text.count(summary.themes(), "theme", "themes")
          + ", " + summary.themesNamed() + " of them named by at least one city |");
      line("| validation | " + Text.count(summary.errors(), "error", "errors") + ", "
          + Text.count(summary.warnings(), "warning", "warnings") + " |").blank();
      List<Problem> problems = report.validation().problems();
      if (problems.isEmpty()) {
        line("Validation found no problem.").blank();
        return;
      }
      line("| severity | rule | where | message |").line("| --- | --- | --- | --- |");
      for (Problem problem : problems) {
        line("| " + problem.severity().label() + " | `" + code(problem.rule()) + "` | `"
            + code(problem.pointer().isEmpty() ? "/" : problem.pointer()) + "`"
            + (problem.hasLocation() ? " (" + problem.line() + ":" + problem.column() + ")"
            : "") + " | " + Text.markdown(problem.message()) + " |");
      }
      blank();
    }

    private void coverage() {
      int scale = Math.max(1, report.summary().citiesWithThemes());
      List<ThemeCoverage> named = report.coverage().stream().filter(c -> c.count() > 0)
          .toList();
      List<ThemeCoverage> unnamed = report.coverage().stream().filter(c -> c.count() == 0)
          .toList();
      line("## Theme coverage").blank();
      line("How many cities name each theme of `" + report.summary().taxonomy()
          + "`, out of the " + report.summary().citiesWithThemes() + " cities whose plan "
          + "names at least one; each \u2588 is " + (scale <= 40 ? "one city"
          : "1/40 of them") + ".").blank();
      if (!named.isEmpty()) {
        line("| theme | label | cities | | which |").line("| --- | --- | ---: | --- | --- |");
        for (ThemeCoverage theme : named) {
          int bar = scale <= 40 ? theme.count()
              : (int) Math.round(40.0 * Math.min(theme.count(), scale) / scale);
          line("| `" + theme.theme() + "` | " + Text.markdown(report.themeLabel(theme.theme()))
              + " | " + theme.count() + " | " + "\u2588".repeat(bar) + " | "
              + names(theme.cities()) + " |");
        }
        blank();
      }
      if (!unnamed.isEmpty()) {
        line("Named by no city (" + unnamed.size() + (unnamed.size() == 1 ? " theme"
            : " themes") + "): " + unnamed.stream().map(c -> Text.markdown(
            report.themeLabel(c.theme())) + " (`" + c.theme() + "`)")
            .collect(Collectors.joining(", ")) + ".").blank();
      }
    }

    private String names(List<CityId> cities) {
      return cities.isEmpty() ? "none" : cities.stream()
          .map(c -> Text.markdown(report.cityName(c)) + country(c))
          .collect(Collectors.joining(", "));
    }

    private String country(CityId city) {
      String country = report.cityCountry(city);
      return country == null ? "" : " (" + Text.markdown(country) + ")";
    }

    private void heatmap() {
      List<CityId> order = report.leafOrder();
      line("## Overlap between cities").blank();
      line("The score of every pair of cities (" + report.options().overlap().metric().code()
          + " on " + report.options().overlap().weighting().code() + " weights), rows and "
          + "columns in the leaf order of the dendrogram ("
          + report.options().grouping().linkage().code() + " linkage), so that peer groups "
          + "show as blocks on the diagonal.").blank();
      if (order.isEmpty()) {
        line("The document has no city.").blank();
        return;
      }
      if (!report.showsMatrix()) {
        List<PeerGroup> blocks = report.blocks();
        line("With " + order.size() + " cities, more than the " + Report.MATRIX_CITIES
            + " a readable table holds, the dendrogram is cut into " + blocks.size()
            + " blocks of adjacent leaves; each cell is the mean score of the pairs of cities "
            + "between two blocks. `scap overlap --matrix` gives every pair.").blank();
        line("| block | " + blocks.stream().map(b -> String.valueOf(b.number()))
            .collect(Collectors.joining(" | ")) + " |");
        line("| ---: |" + " ---: |".repeat(blocks.size()));
        for (int i = 0; i < blocks.size(); i++) {
          StringBuilder text = new StringBuilder("| " + blocks.get(i).number() + " |");
          for (int j = 0; j < blocks.size(); j++) {
            text.append(' ').append(Text.brief(report.blockMean(i, j))).append(" |");
          }
          line(text.toString());
        }
        blank();
        line("| block | cities | mean similarity | which |");
        line("| ---: | ---: | ---: | --- |");
        for (PeerGroup block : blocks) {
          line("| " + block.number() + " | " + block.members().size() + " | "
              + Text.brief(block.meanSimilarity()) + " | " + names(block.members()) + " |");
        }
        blank();
        return;
      }
      // cities without themes score 0 with every city: listed under the table, not in it
      List<CityId> zero = order.stream().filter(c -> report.profile(c).isZero()).toList();
      order = order.stream().filter(c -> !report.profile(c).isZero()).toList();
      if (order.isEmpty()) {
        line("No city names any of these themes.").blank();
        return;
      }
      line("| city | " + order.stream().map(c -> "`" + c + "`")
          .collect(Collectors.joining(" | ")) + " |");
      line("| --- |" + " ---: |".repeat(order.size()));
      for (CityId row : order) {
        StringBuilder text = new StringBuilder("| `" + row + "` |");
        for (CityId column : order) {
          text.append(' ').append(Text.brief(report.matrix().score(row, column))).append(" |");
        }
        line(text.toString());
      }
      blank();
      if (!zero.isEmpty()) {
        line("Left out, without themes (no plan, or a plan naming none of these themes; score 0 "
            + "with every city): " + names(zero) + ".").blank();
      }
    }

    private void weights() {
      List<ThemeId> themes = report.coverage().stream().filter(c -> c.count() > 0)
          .map(ThemeCoverage::theme).toList();
      int left = report.themes().size() - themes.size();
      line("## Cities and themes").blank();
      line("Each city's weight on each theme (" + report.options().overlap().weighting().code()
          + " weights), cities in the heatmap's order; empty is 0" + (left == 0 ? ""
          : "; the " + left + " themes named by no city are left out") + ".").blank();
      if (themes.isEmpty()) {
        line("No city names any theme.").blank();
        return;
      }
      line("| city | " + themes.stream().map(t -> "`" + t + "`")
          .collect(Collectors.joining(" | ")) + " |");
      line("| --- |" + " ---: |".repeat(themes.size()));
      List<String> without = new ArrayList<>();
      for (CityId city : report.leafOrder()) {
        CityProfile profile = report.profile(city);
        if (profile.isZero()) {
          without.add(Text.markdown(report.cityName(city)));
          continue;
        }
        StringBuilder text = new StringBuilder("| " + Text.markdown(report.cityName(city))
            + " |");
        for (ThemeId theme : themes) {
          double weight = profile.weight(theme);
          text.append(weight > 0 ? " " + Text.brief(weight) + " |" : " |");
        }
        line(text.toString());
      }
      blank();
      if (!without.isEmpty()) {
        line("Without any of these themes (no plan, or a plan that names none): "
            + String.join(", ", without) + ".").blank();
      }
    }

    private void peers() {
      line("## Top peers").blank();
      line("Each city's " + report.options().top() + " closest peers scoring above "
          + Text.brief(Math.max(0, report.options().minScore().doubleValue())) + ", with the themes they "
          + "share and the projects behind them (the city's \u2194 the peer's).").blank();
      if (!report.showsMatrix()) {
        line("With more than " + Report.MATRIX_CITIES + " cities, one row per city: its peers "
            + "and their scores; the JSON and CSV renderings add the shared themes and "
            + "projects.").blank();
        line("| city | peers (score) |").line("| --- | --- |");
        for (CityPeers city : report.peers()) {
          String peers = city.peers().isEmpty() ? ReportWords.noPeer(report, city.city())
              : city.peers().stream().map(peer -> Text.markdown(report.cityName(peer.city()))
                  + " " + Text.brief(peer.score())).collect(Collectors.joining("; "));
          int ties = report.tiesLeftOut(city.city());
          if (ties > 0) {
            peers += "; " + Text.tiesLeftOut(ties,
                city.peers().get(city.peers().size() - 1).score());
          }
          line("| " + Text.markdown(report.cityName(city.city())) + " | " + peers + " |");
        }
        blank();
        return;
      }
      line("| city | peer | score | shared themes: projects |").line("| --- | --- | ---: | --- |");
      for (CityPeers city : report.peers()) {
        String name = Text.markdown(report.cityName(city.city()));
        if (city.peers().isEmpty()) {
          line("| " + name + " | " + ReportWords.noPeer(report, city.city()) + " | | |");
        }
        for (Peer peer : city.peers()) {
          line("| " + name + " | " + Text.markdown(report.cityName(peer.city())) + " | "
              + Text.brief(peer.score()) + " | " + peer.shared().stream().map(this::shared)
              .collect(Collectors.joining("; ")) + " |");
        }
        int ties = report.tiesLeftOut(city.city());
        if (ties > 0) {
          line("| " + name + " | " + Text.tiesLeftOut(ties,
              city.peers().get(city.peers().size() - 1).score()) + " | | |");
        }
      }
      blank();
    }

    private String shared(SharedTheme shared) {
      return "**" + Text.markdown(report.themeLabel(shared.theme())) + "**: "
          + projects(shared.cityProjects()) + " \u2194 " + projects(shared.peerProjects());
    }

    private String projects(List<ProjectId> projects) {
      return projects.isEmpty() ? "no project" : projects.stream()
          .map(p -> Text.markdown(report.projectTitle(p)))
          .collect(Collectors.joining(", "));
    }

    private void groups() {
      line("## Peer groups").blank();
      line(Text.markdown(capitalised(Wording.method(report.groups().method()))) + ": agglomerative clustering "
          + "on 1 \u2212 similarity.").blank();
      line("| group | cities | themes all share | mean similarity |")
          .line("| ---: | --- | --- | ---: |");
      List<PeerGroup> alone = new java.util.ArrayList<>();
      for (PeerGroup group : report.groups().groups()) {
        if (group.members().size() == 1 && report.profile(group.members().get(0)).isZero()) {
          alone.add(group);
          continue;
        }
        line("| " + group.number() + " | " + names(group.members()) + " | "
            + themes(group.sharedThemes()) + " | " + Text.brief(group.meanSimilarity()) + " |");
      }
      blank();
      if (!alone.isEmpty()) {
        line("Each alone, without themes (no plan, or a plan naming none of these themes): "
            + alone.stream().map(g -> names(g.members()) + " (group " + g.number() + ")")
            .collect(Collectors.joining(", ")) + ".").blank();
      }
    }

    private String themes(List<ThemeId> themes) {
      return themes.isEmpty() ? "none" : themes.stream()
          .map(t -> Text.markdown(report.themeLabel(t))).collect(Collectors.joining(", "));
    }

    private void roundtables() {
      RoundtablePlan plan = report.roundtables();
      var options = report.options().roundtables();
      line("## Roundtables").blank();
      report.event().ifPresent(e ->
          line("Planned for the " + Text.markdown(Wording.event(e)) + ".").blank());
      line(Text.count(plan.tables().size(), "themed table", "themed tables") + " of " + options.minSeats() + " to "
          + options.maxSeats() + " cities, each city at no more than " + options.perCity()
          + ", seating the largest total weight (" + options.profiles().weighting().code()
          + " weights): " + Text.brief(plan.totalWeight()) + "; the guests of each theme split "
          + "among its tables for the largest similarity of the pairs at the same table: "
          + Text.brief(plan.similarity()) + ".").blank();
      line("Timetable: " + Text.markdown(report.timetableWords()) + ".").blank();
      boolean rooms = !report.options().timetable().rooms().isEmpty();
      if (!plan.tables().isEmpty()) {
        line("| table | slot |" + (rooms ? " room |" : "")
            + " theme | cities | similarity | partners to invite |")
            .line("| ---: | ---: |" + (rooms ? " --- |" : "") + " --- | --- | ---: | --- |");
        for (int t = 0; t < plan.tables().size(); t++) {
          Table table = plan.tables().get(t);
          List<Invitee> invited = report.invitations().get(t).invited();
          Optional<Placement> placed = report.timetable().placement(table.number());
          line("| " + table.number() + " | "
              + placed.map(p -> Integer.toString(p.slot())).orElse("not placed") + " | "
              + (rooms ? Text.markdown(placed.flatMap(Placement::room).orElse("")) + " | " : "")
              + Text.markdown(report.themeLabel(table.theme()))
              + " | " + names(table.guests()) + " | " + Text.brief(table.similarity()) + " | "
              + (invited.isEmpty() ? "nobody"
              : invited.stream().map(i -> Text.markdown(report.organizationName(
                  i.organization()))).collect(Collectors.joining(", "))) + " |");
        }
        blank();
        line("### Invitations").blank();
        for (TableInvitations invitations : report.invitations()) {
          line("Table " + invitations.table() + ", "
              + Text.markdown(report.themeLabel(invitations.theme())) + ":").blank();
          for (Invitee invitee : invitations.invited()) {
            line("- " + Text.markdown(Wording.organization(invitee.organization(),
                report::organizationName)) + ": " + Text.markdown(Wording.invitation(invitee,
                report::cityName)));
          }
          for (String note : ReportWords.invitationNotes(invitations, report::organizationName)) {
            line("- " + Text.markdown(note));
          }
          blank();
        }
      }
      if (!report.timetable().unplaced().isEmpty()) {
        line("### Tables not placed").blank();
        for (Unplaced unplaced : report.timetable().unplaced()) {
          line("- Table " + unplaced.table() + ": " + Text.markdown(Wording.unplaced(unplaced,
              report::cityName, report::organizationName)));
        }
        blank();
      }
      if (!plan.adjustments().isEmpty()) {
        line("### Adjustments").blank();
        for (Adjustment adjustment : plan.adjustments()) {
          line("- " + Text.markdown(Wording.adjustment(adjustment)));
        }
        blank();
      }
      if (!plan.shortfalls().isEmpty()) {
        line("### Cities at fewer tables than allowed").blank();
        line("| city | tables | why |").line("| --- | ---: | --- |");
        for (Shortfall shortfall : plan.shortfalls()) {
          line("| " + Text.markdown(report.cityName(shortfall.city())) + " | "
              + shortfall.tables() + " | " + Text.markdown(Wording.shortfall(shortfall)) + " |");
        }
        blank();
      }
      List<InvitedApart> apart = report.event().map(SessionScope::apart).orElse(List.of());
      if (!apart.isEmpty()) {
        line("### Invited cities not seated").blank();
        line("| city | why |").line("| --- | --- |");
        for (InvitedApart city : apart) {
          line("| " + Text.markdown(report.cityName(city.city())) + " | "
              + Text.markdown(Wording.apart(city)) + " |");
        }
        blank();
      }
    }

    private void partners() {
      line("## Partners").blank();
      line("For each city, the " + report.options().partners() + " organizations that fit "
          + "its themes and the support its projects need best, with the reasons.").blank();
      if (!report.showsMatrix()) {
        line("With more than " + Report.MATRIX_CITIES + " cities, one row per city: its "
            + "partners and their scores; the JSON and CSV renderings add the reasons.").blank();
        line("| city | partners (score) |").line("| --- | --- |");
        for (CityPartners city : report.partners()) {
          boolean planless = report.overlap().profile(city.city())
              .map(p -> p.plan() == null).orElse(false);
          line("| " + Text.markdown(report.cityName(city.city())) + " | "
              + (city.partners().isEmpty() ? (planless ? "no plan" : "no partner fits")
              : city.partners().stream().map(m -> Text.markdown(report.organizationName(
                  m.organization())) + " " + Text.brief(m.score()))
                  .collect(Collectors.joining("; "))) + " |");
        }
        blank();
        return;
      }
      line("| city | partner | score | why |").line("| --- | --- | ---: | --- |");
      for (CityPartners city : report.partners()) {
        String name = Text.markdown(report.cityName(city.city()));
        if (city.partners().isEmpty()) {
          boolean planless = report.overlap().profile(city.city())
              .map(p -> p.plan() == null).orElse(false);
          line("| " + name + " | " + (planless ? "no plan" : "no partner fits") + " | | |");
        }
        for (PartnerMatch match : city.partners()) {
          line("| " + name + " | " + Text.markdown(report.organizationName(match.organization()))
              + " | " + Text.brief(match.score()) + " | "
              + Text.markdown(String.join("; ", match.reasons())) + " |");
        }
      }
      blank();
    }

    private void stamp() {
      line("## Stamp").blank();
      line("The same input, options and version of scap give this report again, byte for "
          + "byte.").blank();
      line("| option | value |").line("| --- | --- |");
      for (Map.Entry<String, String> setting : ReportWords.settings(report).entrySet()) {
        line("| `" + setting.getKey() + "` | `" + code(setting.getValue()) + "` |");
      }
    }
  }

  /** Text inside a code span of a table cell: no backtick, no pipe, no line break. */
  private static String code(String text) {
    return text.replace('`', '\'').replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
