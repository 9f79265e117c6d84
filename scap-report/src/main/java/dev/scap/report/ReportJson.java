package dev.scap.report;

import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeCoverage;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.model.CityId;
import dev.scap.model.Identifier;
import dev.scap.model.Taxonomy;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Renders a {@link Report} as one JSON document, for programs: numbers as JSON numbers that
 * parse back to the same double, ids as strings, names beside ids where people need them.
 * Members, in order: {@code stamp} (with {@code options}), {@code summary}, {@code validation},
 * {@code coverage}, {@code heatmap} (rows in the dendrogram's leaf order), {@code weights}
 * (the city × theme matrix, rows in the same order), {@code peers}, {@code groups},
 * {@code roundtables} and {@code partners}. Objects are indented by two spaces, arrays kept on
 * one line, lines end with {@code \n}. The same report gives the same bytes. Stateless and
 * thread-safe.
 */
public final class ReportJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Supplies each generator a printer that indents objects and keeps arrays on one line. */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      Separators separators = Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
      printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
      return printer;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private ReportJson() {}

  /**
   * Renders a report as JSON.
   *
   * @param report the report
   * @return the document, ending with a line feed
   * @throws NullPointerException if {@code report} is {@code null}
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    StringWriter text = new StringWriter(1 << 16);
    try (JsonGenerator json = FACTORY.createGenerator(INDENTED, text)) {
      new Document(report, json).write();
    }
    return text.append('\n').toString();
  }

  /**
   * Writes a report as JSON.
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
    private final JsonGenerator json;

    Document(Report report, JsonGenerator json) {
      this.report = report;
      this.json = json;
    }

    void write() {
      json.writeStartObject();
      stamp();
      summary();
      validation();
      coverage();
      heatmap();
      weights();
      peers();
      groups();
      roundtables();
      partners();
      json.writeEndObject();
    }

    private void stamp() {
      ReportStamp stamp = report.stamp();
      ReportOptions options = report.options();
      json.writeName("stamp");
      json.writeStartObject();
      json.writeStringProperty("scap", stamp.version());
      json.writeStringProperty("input", stamp.inputName());
      json.writeStringProperty("sha256", stamp.inputSha256());
      json.writeStringProperty("date", stamp.date().toString());
      json.writeName("options");
      json.writeStartObject();
      profiles(options.overlap(), report.overlap().taxonomy().id().value());
      json.writeNumberProperty("top", options.top());
      json.writeNumberProperty("minScore", options.minScore().doubleValue());
      json.writeName("groups");
      json.writeStartObject();
      json.writeStringProperty("method", "hierarchical");
      json.writeStringProperty("linkage", options.grouping().linkage().code());
      if (options.grouping().groups() == null) {
        json.writeNullProperty("groups");
      } else {
        json.writeNumberProperty("groups", options.grouping().groups());
      }
      json.writeNumberProperty("threshold", options.grouping().threshold().doubleValue());
      json.writeEndObject();
      RoundtableOptions seating = options.roundtables();
      json.writeName("roundtables");
      json.writeStartObject();
      OverlapOptions seated = seating.profiles();
      profiles(seated, report.seating().taxonomy().id().value());
      ids("themes", seating.themes());
      json.writeNumberProperty("perCity", seating.perCity());
      json.writeNumberProperty("minSeats", seating.minSeats());
      json.writeNumberProperty("maxSeats", seating.maxSeats());
      json.writeName("tables");
      json.writeStartObject();
      Map<String, Integer> tables = new TreeMap<>();
      seating.tables().forEach((theme, k) -> tables.put(theme.value(), k));
      tables.forEach(json::writeNumberProperty);
      json.writeEndObject();
      json.writeEndObject();
      json.writeNumberProperty("partners", options.partners());
      ResultsJson.ids(json, "invite", options.invite());
      if (options.partnerTables() != InvitationOptions.UNLIMITED) {
        json.writeNumberProperty("partnerTables", options.partnerTables());
      }
      if (options.timetable().slots() != 0) {
        json.writeNumberProperty("slots", options.timetable().slots());
      }
      json.writeName("rooms");
      json.writeStartArray();
      for (String room : options.timetable().rooms()) {
        json.writeString(room);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }

    private void profiles(OverlapOptions options, String taxonomy) {
      ResultsJson.profiles(json, options, taxonomy);
    }

    private void summary() {
      ReportSummary summary = report.summary();
      json.writeName("summary");
      json.writeStartObject();
      if (summary.title() == null) {
        json.writeNullProperty("title");
      } else {
        json.writeStringProperty("title", summary.title());
      }
      json.writeNumberProperty("cities", summary.cities());
      json.writeNumberProperty("citiesWithThemes", summary.citiesWithThemes());
      json.writeNumberProperty("plans", summary.plans());
      json.writeNumberProperty("projects", summary.projects());
      json.writeNumberProperty("organizations", summary.organizations());
      json.writeName("taxonomies");
      json.writeStartArray();
      for (Taxonomy taxonomy : report.document().taxonomies()) {
        json.writeStartObject();
        json.writeStringProperty("id", taxonomy.id().value());
        json.writeStringProperty("name", taxonomy.name());
        json.writeNumberProperty("themes", taxonomy.themes().size());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringProperty("taxonomy", summary.taxonomy().value());
      json.writeNumberProperty("themes", summary.themes());
      json.writeNumberProperty("themesNamed", summary.themesNamed());
      json.writeEndObject();
    }

    private void validation() {
      json.writeName("validation");
      json.writeStartObject();
      json.writeNumberProperty("errors", report.summary().errors());
      json.writeNumberProperty("warnings", report.summary().warnings());
      json.writeName("problems");
      json.writeStartArray();
      for (Problem problem : report.validation().problems()) {
        json.writeStartObject();
        json.writeStringProperty("severity", problem.severity().label());
        json.writeStringProperty("rule", problem.rule());
        json.writeStringProperty("pointer", problem.pointer());
        json.writeNumberProperty("line", problem.line());
        json.writeNumberProperty("column", problem.column());
        json.writeStringProperty("message", problem.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void coverage() {
      json.writeName("coverage");
      json.writeStartArray();
      for (ThemeCoverage theme : report.coverage()) {
        json.writeStartObject();
        json.writeStringProperty("theme", theme.theme().value());
        json.writeStringProperty("label", report.themeLabel(theme.theme()));
        json.writeNumberProperty("count", theme.count());
        ids("cities", theme.cities());
        json.writeEndObject();
      }
      json.writeEndArray();
    }

    private void heatmap() {
      List<CityId> order = report.leafOrder();
      json.writeName("heatmap");
      json.writeStartObject();
      json.writeStringProperty("linkage", report.dendrogram().linkage().code());
      ids("leafOrder", order);
      if (!report.showsMatrix()) {
        json.writeName("blocks");
        json.writeStartArray();
        for (int i = 0; i < report.blocks().size(); i++) {
          PeerGroup block = report.blocks().get(i);
          json.writeStartObject();
          json.writeNumberProperty("block", block.number());
          ids("cities", block.members());
          json.writeNumberProperty("meanSimilarity", block.meanSimilarity());
          json.writeName("means");
          json.writeStartArray();
          for (int j = 0; j < report.blocks().size(); j++) {
            json.writeNumber(report.blockMean(i, j));
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        return;
      }
      json.writeName("rows");
      json.writeStartArray();
      for (CityId row : order) {
        json.writeStartObject();
        json.writeStringProperty("city", row.value());
        json.writeName("scores");
        json.writeStartArray();
        for (CityId column : order) {
          json.writeNumber(report.matrix().score(row, column));
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void weights() {
      json.writeName("weights");
      json.writeStartObject();
      json.writeStringProperty("weighting", report.options().overlap().weighting().code());
      ids("themes", report.themes());
      json.writeName("rows");
      json.writeStartArray();
      for (CityId city : report.leafOrder()) {
        CityProfile profile = report.profile(city);
        json.writeStartObject();
        json.writeStringProperty("city", city.value());
        if (profile.plan() == null) {
          json.writeNullProperty("plan");
        } else {
          json.writeStringProperty("plan", profile.plan().value());
        }
        json.writeName("weights");
        json.writeStartArray();
        for (ThemeId theme : report.themes()) {
          json.writeNumber(profile.weight(theme));
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void peers() {
      ResultsJson.peers(json, "peers", report.peers(), report::cityName);
    }

    private void groups() {
      json.writeName("groups");
      json.writeStartObject();
      ResultsJson.groups(json, report.groups());
      json.writeEndObject();
    }

    private void roundtables() {
      json.writeName("roundtables");
      json.writeStartObject();
      report.event().ifPresent(e -> ResultsJson.event(json, e, city ->
          report.document().city(city).isPresent() ? report.cityName(city) : null));
      ResultsJson.roundtables(json, report.roundtables(), report.timetable(),
          report.invitations()::get, report::organizationName, report::cityName);
      ResultsJson.timetable(json, report.timetable(), report.options().timetable(),
          report.timetableWords(), report::cityName, report::organizationName);
      json.writeEndObject();
    }

    private void partners() {
      json.writeName("partners");
      json.writeStartArray();
      for (CityPartners city : report.partners()) {
        json.writeStartObject();
        json.writeStringProperty("city", city.city().value());
        json.writeName("partners");
        json.writeStartArray();
        for (PartnerMatch match : city.partners()) {
          match(match);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }

    private void match(PartnerMatch match) {
      ResultsJson.match(json, match, report::organizationName);
    }

    private void ids(String name, List<? extends Identifier> ids) {
      ResultsJson.ids(json, name, ids);
    }
  }
}
