package dev.scap.cli;

import dev.scap.analysis.event.EventPlan;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.io.ScapWriter;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ScapValidator;
import dev.scap.model.validation.ValidationReport;
import dev.scap.report.ConferenceSheets;
import dev.scap.report.RoundtablesOutput;
import dev.scap.report.Wording;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap roundtables}: a plan of themed mini roundtables. */
@Command(
    name = "roundtables",
    mixinStandardHelpOptions = true,
    description = "Seat cities at themed mini roundtables: each city only at themes its plan "
        + "weighs above 0 and at no more than --per-city tables, each table between "
        + "--min-seats and --max-seats, the largest total weight seated (an exact minimum-cost "
        + "flow), alike peers at the same table, and the partners to invite; then place the "
        + "tables in the fewest time slots where no city or partner is at two tables at once.",
    footer = {"", "FILE '-' is standard input; no FILE uses the built-in ASCN dataset.",
        "Every theme not hosted, every table dropped and every city seated at fewer tables "
            + "than allowed is reported with its reason; a theme that fewer than --min-seats "
            + "cities can sit at is not hosted, and the reason gives the --min-seats that "
            + "could host it.",
        "", "Examples:", "  scap roundtables --taxonomy wego-ascn-2019 --weights projects",
        "  scap roundtables --themes buildings,traffic-safety --per-city 1 --min-seats 3",
        "  scap roundtables --tables traffic-safety=3 --format csv -o seating.csv",
        "  scap roundtables --slots 2 --rooms A,B,C",
        "  scap roundtables --format document -o planned.json",
        "  scap roundtables -o sheets.html"})
final class RoundtablesCommand implements Callable<Integer> {

  enum Format { text, md, csv, json, html, sheets, document }

  @ParentCommand ScapCommand root;

  @Mixin AnalysisOptions analysis;

  @Mixin InviteOptions invitations;
  @Mixin EventOptions events;

  @Mixin SlotOptions slots;

  @Option(names = "--weights", paramLabel = "WEIGHTS",
      converter = AnalysisOptions.WeightingConverter.class,
      completionCandidates = Choices.Weightings.class,
      description = "presence, projects or priority (default: priority; for an event, "
          + "priority if every invited city's plan ranks each of its focus areas, else "
          + "projects).")
  void weights(Weighting value) {
    analysis.weighting = value;
  }

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Option(names = "--themes", paramLabel = "IDS", split = ",",
      description = "The themes to host (default: every theme at least --min-seats cities "
          + "can sit at).")
  List<String> themes = new ArrayList<>();

  @Option(names = "--per-city", paramLabel = "R", defaultValue = "2",
      description = "The most tables a city sits at (default: ${DEFAULT-VALUE}).")
  int perCity;

  @Option(names = "--min-seats", paramLabel = "N", defaultValue = "4",
      description = "The fewest seats filled at a table (default: ${DEFAULT-VALUE}).")
  int minSeats;

  @Option(names = "--max-seats", paramLabel = "M", defaultValue = "8",
      description = "The most seats at a table (default: ${DEFAULT-VALUE}).")
  int maxSeats;

  @Option(names = "--tables", paramLabel = "THEME=K", split = ",",
      description = "Tables of a theme (default: enough for its candidates).")
  Map<String, Integer> tables = new LinkedHashMap<>();

  @Option(names = "--partners", paramLabel = "K", defaultValue = "3",
      description = "Partners to invite per table (default: ${DEFAULT-VALUE}).")
  int partners;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, md, csv or json (default: the one -o's extension names, else "
          + "text); html: sheets to hand out, one per table and one per city, a printed page "
          + "each; sheets: the same in Markdown; or document: the input document, canonical "
          + "JSON, with the plan written into the event's roundtable session.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    return run(null);
  }

  /**
   * Plans and writes the roundtables.
   *
   * @param given the document to plan, valid, in place of reading FILE; {@code null} to read
   *     FILE
   */
  int run(ScapDocument given) {
    if (format == Format.document) {
      OutputName.checkJson(output);
    } else if (format == Format.sheets) {
      // Markdown sheets: an -o name may end in .md, or name no known format
      String named = OutputName.FORMATS.get(String.valueOf(OutputName.extension(output)));
      if (named != null && !named.equals("md")) {
        throw CliException.failure("-o " + output + " does not name a Markdown file, but "
            + "--format is sheets, Markdown: give a name ending in .md, or --format html for "
            + "the sheets as a page", null);
      }
    } else if (format == Format.html
        && "md".equals(OutputName.FORMATS.get(String.valueOf(OutputName.extension(output))))) {
      // an .md name with the sheets asked for: the Markdown sheets, not the plan in Markdown
      throw CliException.failure("-o " + output + " names a Markdown file, but --format is "
          + "html: give --format sheets for the sheets in Markdown, or a name ending in .html",
          null);
    } else {
      format = Format.valueOf(OutputName.choose(output, format == null ? null : format.name(),
          "text", List.of("text", "md", "csv", "json", "html", "sheets", "document")));
    }
    checkSeats(perCity, minSeats, maxSeats, partners);
    TimetableOptions timetabling = slots.toOptions();
    tables.forEach((theme, k) -> {
      if (k < 0) {
        throw CliException.failure("--tables " + theme + "=" + k + ": a theme's tables must be "
            + "0 or more", null);
      }
    });
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = given != null ? given : Input.of(file).readValid(root, progress);
    progress.phase("planning the roundtables");
    SessionScope event = events.scope(document);
    if (format == Format.document && event == null) {
      throw CliException.failure("--format document writes the seating into an event's "
          + "roundtable session, and " + (events.noEvent ? "--no-event plans none"
          : "the document has no event with one"), null);
    }
    ScapDocument seated = event == null ? document : event.document();
    Weighting weighting = Weighting.PRIORITY;
    if (event != null) {
      weighting = event.defaultWeighting();
      if (analysis.taxonomy == null && event.taxonomy() != null) {
        analysis.taxonomy = event.taxonomy().value();
      }
    }
    ThemeOverlap overlap = analysis.overlap(seated, weighting, root);
    analysis.checkThemes(document, "--themes", themes);
    analysis.checkThemes(document, "--tables", List.copyOf(tables.keySet()));
    RoundtablePlan plan;
    invitations.check(document);
    List<TableInvitations> invited;
    RoundtableOptions options;
    Timetable timetable;
    try {
      Map<ThemeId, Integer> counts = new LinkedHashMap<>();
      tables.forEach((theme, k) -> counts.put(ThemeId.of(theme), k));
      options = new RoundtableOptions(overlap.options(),
          themes.stream().map(ThemeId::of).toList(), perCity, minSeats, maxSeats, counts);
      if (event != null) {
        options = EventPlanner.options(event, options);
      }
      plan = RoundtablePlanner.plan(overlap, options);
      invited = Invitations.forTables(overlap, plan, invitations.toOptions(partners));
      timetable = Timetabler.place(Meeting.of(plan, invited), timetabling);
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage(), e);
    }
    Map<CityId, String> names = Names.of(document);
    Map<OrganizationId, String> organizations = Names.organizations(document);
    RoundtablePlan result = plan;
    if (format == Format.document) {
      progress.phase("checking the seated document");
      ScapDocument written = new EventPlan(event, options, plan).seated(document, invited,
          timetable, i -> Wording.invitation(i, names::get));
      ValidationReport report = ScapValidator.instance().validate(written);
      if (report.hasErrors()) {
        Problem first = report.errors().get(0);
        throw CliException.failure("--format document: the seating does not fit session "
            + event.session().id() + " of event " + event.event().id() + ": " + first.message()
            + " (" + first.pointer() + ")", null);
      }
      Output.write(output, root, progress, out -> ScapWriter.canonical().write(written, out));
      return 0;
    }
    if (format == Format.html || format == Format.sheets) {
      ConferenceSheets sheets = ConferenceSheets.of(document, event, overlap, result, invited,
          timetable);
      String text = format == Format.html ? sheets.html() : sheets.markdown();
      Output.write(output, root, progress,
          out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
      return 0;
    }
    Output.write(output, root, progress, out -> RoundtablesOutput.plan(Output.format(format),
        event, result, invited, timetabling, timetable, names, organizations, out));
    return 0;
  }

  /** Checks the numbers of the seating, as roundtables and report take them. */
  static void checkSeats(int perCity, int minSeats, int maxSeats, int partners) {
    Ranges.atLeast("--per-city", perCity, 1);
    Ranges.atLeast("--min-seats", minSeats, 1);
    Ranges.atLeast("--partners", partners, 0);
    if (maxSeats < minSeats) {
      throw CliException.failure("--max-seats must be --min-seats (" + minSeats + ") or more, "
          + "not " + maxSeats, null);
    }
  }
}
