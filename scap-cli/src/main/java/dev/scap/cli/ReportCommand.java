package dev.scap.cli;

import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ScapValidator;
import dev.scap.report.GroupingOptions;
import dev.scap.report.Report;
import dev.scap.report.ReportCsv;
import dev.scap.report.ReportHtml;
import dev.scap.report.ReportJson;
import dev.scap.report.ReportMarkdown;
import dev.scap.report.ReportOptions;
import dev.scap.report.ReportStamp;
import dev.scap.sheets.ReportWorkbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code scap report}: every analysis in one document, stamped so that it can be made again. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "All of the analyses in one document: a summary of the document and of its "
        + "validation; theme coverage, as a table and a bar chart; the city x city overlap as a "
        + "heatmap whose rows and columns follow the dendrogram's leaf order, so that peer "
        + "groups show as blocks; the city x theme matrix; each city's top peers with the "
        + "shared themes and the projects behind them; the peer groups; the roundtable plan; "
        + "the partners; and a stamp (scap's version, the input's SHA-256, every option, the "
        + "date) that makes it reproducible.",
    footer = {"", "FILE '-' is standard input; no FILE uses the built-in ASCN dataset.",
        "html is one self-contained page (inline CSS and SVG, no script, nothing fetched), "
            + "printable; csv writes one file per table into the folder -o names, created if "
            + "missing, each file atomically; xlsx writes the tables as a workbook: names beside "
            + "ids, frozen headers, numbers as numbers.",
        "Profiles use presence weights and roundtables priority weights, unless --weights "
            + "says otherwise for both.",
        "", "Examples:", "  scap report -o report.html",
        "  scap report plans.json --format md -o report.md",
        "  scap report --format csv -o report/", "  scap report -o report.xlsx",
        "  scap report --format json --date 2026-11-27 --taxonomy wego-ascn-2019"})
final class ReportCommand implements Callable<Integer> {

  enum Format { html, md, csv, json, xlsx }

  @ParentCommand ScapCommand root;

  @Mixin AnalysisOptions analysis;

  @Mixin EventOptions events;

  @Option(names = "--weights", paramLabel = "WEIGHTS",
      converter = AnalysisOptions.WeightingConverter.class,
      completionCandidates = Choices.Weightings.class,
      description = "presence, projects or priority, for the profiles and the roundtables alike "
          + "(default: presence for the profiles, priority for the roundtables; for an "
          + "event's, priority if every invited city's plan ranks each of its focus areas, "
          + "else projects).")
  void weights(Weighting value) {
    analysis.weighting = value;
  }

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "html, md, csv, json or xlsx (default: the one -o's extension names, "
          + "else md; csv only when given).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output; for csv, the "
          + "folder of the tables.")
  Path output;

  @Option(names = "--top", paramLabel = "K", defaultValue = "5",
      description = "Peers per city: at most K, each scoring above 0 (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--min-score", paramLabel = "S", defaultValue = "0",
      converter = Decimal.Converter.class,
      description = "Leave out peers scoring below S (default: ${DEFAULT-VALUE}).")
  BigDecimal minScore;

  @Option(names = "--linkage", paramLabel = "LINKAGE", defaultValue = "average",
      converter = GroupsCommand.LinkageConverter.class,
      completionCandidates = Choices.Linkages.class,
      description = "Peer groups and heatmap order: average, complete or single linkage "
          + "(default: ${DEFAULT-VALUE}).")
  Linkage linkage;

  @Option(names = "--groups", paramLabel = "K",
      description = "Cut the dendrogram into exactly K peer groups.")
  Integer groups;

  @Option(names = "--threshold", paramLabel = "S", converter = Decimal.Converter.class,
      description = "Least similarity within a peer group (default: 0.5).")
  BigDecimal threshold;

  @Option(names = "--per-city", paramLabel = "R", defaultValue = "2",
      description = "The most roundtables a city sits at (default: ${DEFAULT-VALUE}).")
  int perCity;

  @Option(names = "--min-seats", paramLabel = "N", defaultValue = "4",
      description = "The fewest seats filled at a roundtable (default: ${DEFAULT-VALUE}).")
  int minSeats;

  @Option(names = "--max-seats", paramLabel = "M", defaultValue = "8",
      description = "The most seats at a roundtable (default: ${DEFAULT-VALUE}).")
  int maxSeats;

  @Option(names = "--partners", paramLabel = "K", defaultValue = "3",
      description = "Partners per city and per roundtable (default: ${DEFAULT-VALUE}).")
  int partners;

  @Mixin InviteOptions invitations;

  @Mixin SlotOptions slots;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The date the report bears, for a reproducible stamp (default: today).")
  LocalDate date;

  @Override
  public Integer call() {
    return run(null);
  }

  /**
   * Makes and writes the report.
   *
   * @param given the document to report on, valid, in place of reading FILE, stamped as input
   *     {@code <document>} with the hash of its canonical JSON; {@code null} to read FILE
   */
  int run(ScapDocument given) {
    Ranges.atLeast("--top", top, 0);
    Ranges.score("--min-score", minScore);
    Ranges.score("--threshold", threshold);
    if (groups != null) {
      Ranges.atLeast("--groups", groups, 1);
    }
    RoundtablesCommand.checkSeats(perCity, minSeats, maxSeats, partners);
    TimetableOptions timetable = slots.toOptions();
    if (groups != null && threshold != null) {
      throw CliException.failure("give --groups or --threshold, not both", null);
    }
    Format chosen = chosen();
    if (chosen == Format.csv && output == null) {
      throw CliException.failure("--format csv writes one file per table: give the folder "
          + "with -o DIR", null);
    }
    if (chosen == Format.xlsx && output == null && Progress.isTerminal(1)) {
      throw CliException.failure("--format xlsx writes a workbook, which a terminal cannot "
          + "show: give -o FILE.xlsx, or send standard output to a file", null);
    }
    Input input = Input.of(file);
    Progress progress = Progress.onTerminal(root);
    progress.phase("reading " + input.name());
    byte[] bytes;
    ReadResult result;
    try {
      if (given != null) {
        bytes = ScapWriter.canonical().toJson(given).getBytes(StandardCharsets.UTF_8);
        result = new ReadResult(given, ScapValidator.instance().validate(given));
      } else if (input.isSheets()) {
        // The stamp hashes the document as scap writes it, since a workbook's bytes vary with
        // the program that saved it.
        result = input.validSheets(new Problems(root.spec.commandLine().getErr()), root.quiet);
        bytes = ScapWriter.canonical().toJson(result.document())
            .getBytes(StandardCharsets.UTF_8);
      } else {
        bytes = input.bytes();  // read once: hashed for the stamp, then parsed
        result = readValid(input, bytes);
      }
    } finally {
      progress.done();
    }
    progress.phase("analysing " + input.name());
    analysis.check(result.document(), root);
    invitations.check(result.document());
    SessionScope event = events.scope(result.document());
    Report report;
    try {
      GroupingOptions grouping = new GroupingOptions(linkage, groups,
          threshold == null ? GroupingOptions.DEFAULTS.threshold() : threshold);
      RoundtableOptions seating = RoundtableOptions.DEFAULTS
          .withProfiles(analysis.toOptions(event == null ? Weighting.PRIORITY
              : event.defaultWeighting()))
          .withPerCity(perCity).withSeats(minSeats, maxSeats);
      ReportStamp stamp = ReportStamp.of(bytes, given != null ? "<document>" : input.name(),
          date == null ? LocalDate.now() : date);
      ReportOptions options = new ReportOptions(analysis.toOptions(Weighting.PRESENCE), top,
          minScore, grouping, seating, partners, stamp, invitations.asked(),
          invitations.tables(), timetable);
      report = Report.of(result.document(), result.report(), options, event);
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage(), e);
    } finally {
      progress.done();
    }
    // rendering takes as long as writing: it is shown as the writing
    progress.phase("writing " + (output == null ? "the report" : output));
    switch (chosen) {
      case html -> write(ReportHtml.render(report), progress);
      case md -> write(ReportMarkdown.render(report), progress);
      case json -> write(ReportJson.render(report), progress);
      case csv -> writeTables(ReportCsv.tables(report), progress);
      case xlsx -> {
        Report made = report;
        Output.write(output, root, progress, out -> ReportWorkbook.write(made, out));
      }
      default -> throw new IllegalStateException(chosen.name());
    }
    return 0;
  }

  /**
   * The format to write: {@code --format}, else the one the extension of {@code -o} names, else
   * md; csv, a folder of tables, only when asked for with {@code --format}.
   */
  private Format chosen() {
    if (format == Format.csv) {
      return format;
    }
    if (format == null && "csv".equals(OutputName.extension(output))) {
      throw CliException.failure("report writes csv as a folder of tables: give --format csv "
          + "-o DIR", null);
    }
    return Format.valueOf(OutputName.choose(output, format == null ? null : format.name(), "md",
        List.of("html", "md", "json", "xlsx")));
  }

  private void write(String text, Progress progress) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    Output.write(output, root, progress, out -> out.write(encoded));
  }

  private void writeTables(Map<String, String> tables, Progress progress) {
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw CliException.failure("cannot write " + output + ": " + (Files.exists(output)
          ? "it is not a folder" : e.getMessage()), e);
    }
    for (Map.Entry<String, String> table : tables.entrySet()) {
      byte[] encoded = table.getValue().getBytes(StandardCharsets.UTF_8);
      Output.write(output.resolve(table.getKey()), root, progress, out -> out.write(encoded));
    }
  }

  /**
   * Parses and validates the input's bytes as {@link Input#readValid} does: problems printed as
   * validate prints them, exit 1 on errors, warnings on standard error unless quiet.
   */
  private ReadResult readValid(Input input, byte[] bytes) {
    return input.valid(() -> ScapReader.create().read(new ByteArrayInputStream(bytes)),
        new Problems(root.spec.commandLine().getErr()), root.quiet,
        () -> Arrays.copyOf(bytes, Math.min(bytes.length, NotJson.HEAD)));
  }

  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, "
            + "such as 2026-11-27");
      }
    }
  }
}
