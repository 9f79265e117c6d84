package dev.scap.cli;

import dev.scap.io.PlanStream;
import dev.scap.io.ReadLimits;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapFormatException;
import dev.scap.io.ScapReader;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.SafeText;
import dev.scap.sheets.SheetProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;

/** {@code scap validate}: reads and validates documents, printing every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Read and validate each FILE, printing each problem as "
        + "FILE:LINE:COL: SEVERITY RULE POINTER: message, up to --max-problems of each FILE "
        + "and then the count of the rest. A workbook (.xlsx) or a folder of CSV files is read "
        + "in the layout of docs/SHEETS.md, each problem at its cell: "
        + "plans.xlsx:Projects!C7: ..., data/projects.csv:7:3: ....",
    footer = {"", "FILE '-' is standard input; no FILE validates the built-in ASCN dataset.",
        "Files larger than 256 MiB, or than a third of the heap, are read plan by plan, in "
            + "constant memory.",
        "", "Examples:", "  scap validate plans.json", "  scap validate --strict a.json b.json",
        "  scap validate --format json plans.json > problems.json",
        "", "Exit codes: 0 no errors; 1 errors found (or warnings, with --strict); "
            + "2 unreadable file or bad option; 3 out of memory."})
final class ValidateCommand implements Callable<Integer> {

  /** Above this size, or if it cannot be read whole in the heap, a file is read plan by plan. */
  private static final long STREAMING_THRESHOLD = 256L << 20;

  enum Format { text, json }

  @ParentCommand ScapCommand root;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "The documents to validate.")
  List<String> files = new ArrayList<>();

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "text")
  Format format;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "1000",
      description = "Print at most N problems of each FILE, then how many more there are "
          + "(default: ${DEFAULT-VALUE}); the exit code counts them all.")
  int maxProblems;

  @Override
  public Integer call() throws IOException {
    Ranges.atLeast("--max-problems", maxProblems, 0);
    List<String> names = files.isEmpty() ? java.util.Arrays.asList((String) null) : files;
    PrintWriter out = root.spec.commandLine().getOut();
    List<Row> rows = new ArrayList<>();
    boolean failed = false;
    int unreadable = 0;
    for (String name : names) {
      Input input = Input.of(name);
      Kept kept = new Kept(maxProblems);
      try {
        if (input.isSheets()) {
          failed |= sheets(input, out, rows);
          continue;
        }
        problemsOf(input, kept);
      } catch (ScapFormatException e) {
        kept.accept(e.problem());
        kept.errors = true;
        String hint = NotJson.isAtStart(e.problem()) ? NotJson.hint(input.head(), false) : "";
        if (!hint.isEmpty()) {
          ScapCommand.error(root.spec.commandLine().getErr(), input.name()
              + " is not a SCAP document" + hint);
        }
      } catch (CliException e) {
        ScapCommand.error(root.spec.commandLine().getErr(), e.getMessage());
        // a file that would not fit the heap says so with its own code, above an unreadable one
        unreadable = Math.max(unreadable, e.exitCode());
        continue;
      }
      failed |= kept.errors || (strict && kept.any);
      for (Problem problem : kept.problems) {
        rows.add(new Row(input.name(), problem, 0, null));
        if (format == Format.text) {
          out.println(Problems.line(input.name(), problem, strict));
        }
      }
      if (kept.omitted > 0) {
        rows.add(new Row(input.name(), null, kept.omitted, null));
        if (format == Format.text) {
          out.println(SafeText.line(input.name() + ": ... and " + kept.omitted
              + " more problem" + (kept.omitted == 1 ? "" : "s")));
        }
      }
    }
    out.flush();
    if (format == Format.json) {
      Output.write(null, root, stream -> writeJson(rows, stream));
    }
    return unreadable > 0 ? unreadable : failed ? ScapCommand.INVALID : 0;
  }

  /**
   * Validates a workbook or a CSV folder, each problem at its place.
   *
   * @return whether it fails: errors, or with --strict any problem
   */
  private boolean sheets(Input input, PrintWriter out, List<Row> rows) {
    Progress progress = Progress.onTerminal(root);
    progress.phase("reading " + input.name());
    List<SheetProblem> problems = new ArrayList<>();
    long[] omitted = {0};
    boolean[] errors = {false};
    try {
      input.sheetProblems(maxProblems, problem -> {
        errors[0] |= problem.isError();
        if (problems.size() < maxProblems) {
          problems.add(problem);
        } else {
          omitted[0]++;
        }
      });
    } finally {
      progress.done();
    }
    for (SheetProblem problem : problems) {
      rows.add(new Row(input.name(), problem.problem(), 0, problem));
      if (format == Format.text) {
        out.println(Problems.line(problem, strict));
      }
    }
    if (omitted[0] > 0) {
      rows.add(new Row(input.name(), null, omitted[0], null));
      if (format == Format.text) {
        out.println(SafeText.line(input.name() + ": ... and " + omitted[0]
            + " more problem" + (omitted[0] == 1 ? "" : "s")));
      }
    }
    return errors[0] || strict && (omitted[0] > 0 || !problems.isEmpty());
  }

  private void problemsOf(Input input, Kept found) throws IOException {
    long size = input.file() != null && Files.isRegularFile(input.file())
        ? Files.size(input.file()) : -1;
    if (size > STREAMING_THRESHOLD || size >= 0 && !Input.fitsHeap(size)) {
      streamed(input, found);
      return;
    }
    // The reader holds no more problems than are printed, and counts the rest.
    Progress progress = Progress.onTerminal(root);
    progress.phase("reading " + input.name());
    ReadResult result;
    try {
      result = input.read(ScapReader.withLimits(
          ReadLimits.DEFAULTS.withMaxProblems(maxProblems)));
    } finally {
      progress.done();
    }
    result.report().problems().forEach(found);
    found.omitted(result.report().omitted(), result.report().omittedErrors());
  }

  private void streamed(Input input, Kept found) throws IOException {
    Progress progress = Progress.onTerminal(root);
    try (PlanStream plans = ScapReader.create().stream(input.file(), found)) {
      while (plans.hasNext()) {
        plans.next();
        progress.plans(input.name(), plans.plansRead());
      }
    } catch (IOException e) {
      throw input.cannotRead(e);
    } finally {
      progress.done();
    }
  }

  private void writeJson(List<Row> rows, java.io.OutputStream stream) throws IOException {
    try (JsonGenerator json = Json.generator(stream)) {
      json.writeStartArray();
      for (Row row : rows) {
        json.writeStartObject();
        if (row.problem() == null) {
          json.writeStringProperty("file", row.file());
          json.writeNumberProperty("omitted", row.omitted());
          json.writeEndObject();
          continue;
        }
        SheetProblem place = row.place();
        if (place == null) {
          json.writeStringProperty("file", row.file());
          json.writeNumberProperty("line", row.problem().line());
          json.writeNumberProperty("column", row.problem().column());
        } else if (place.csv()) {
          json.writeStringProperty("file", place.file());
          json.writeNumberProperty("line", place.row());
          json.writeNumberProperty("column", place.column());
        } else {
          json.writeStringProperty("file", place.file());
          json.writeStringProperty("sheet", place.sheet());
          json.writeStringProperty("cell", place.cell());
        }
        json.writeStringProperty("severity",
            strict ? "error" : row.problem().severity().label());
        json.writeStringProperty("rule", row.problem().rule());
        json.writeStringProperty("pointer", row.problem().pointer());
        json.writeStringProperty("message", row.problem().message());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    stream.write("\n".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A problem of a file, or ({@code problem} null) the count of those left out after it; with
   * its place in a workbook or CSV folder ({@code place}), else {@code null}.
   */
  private record Row(String file, Problem problem, long omitted, SheetProblem place) {}

  /**
   * The first problems of a file, up to the most to print, and a count of the rest: a file of
   * millions of problems, read plan by plan, holds no more than that in memory.
   */
  private static final class Kept implements Consumer<Problem> {
    final List<Problem> problems = new ArrayList<>();
    final int max;
    long omitted;
    boolean errors;
    boolean any;

    Kept(int max) {
      this.max = max;
    }

    @Override
    public void accept(Problem problem) {
      any = true;
      errors |= problem.isError();
      if (problems.size() < max) {
        problems.add(problem);
      } else {
        omitted++;
      }
    }

    /** Counts problems that the reader found but left out, of them {@code errorCount} errors. */
    void omitted(long count, long errorCount) {
      any |= count > 0;
      errors |= errorCount > 0;
      omitted += count;
    }
  }
}
