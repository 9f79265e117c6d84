package dev.scap.cli;

import dev.scap.io.PlanStream;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapFormatException;
import dev.scap.io.ScapReader;
import dev.scap.model.internal.Quoted;
import dev.scap.model.validation.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;

/** {@code scap validate}: reads and validates documents, printing every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Read and validate each FILE, printing every problem as "
        + "FILE:LINE:COL: SEVERITY RULE POINTER: message.",
    footer = {"", "FILE '-' is standard input; no FILE validates the built-in ASCN dataset.",
        "Files larger than 256 MiB, or than a third of the heap, are read plan by plan, in "
            + "constant memory.",
        "", "Examples:", "  scap validate plans.json", "  scap validate --strict a.json b.json",
        "  scap validate --format json plans.json > problems.json",
        "", "Exit codes: 0 no errors; 1 errors found (or warnings, with --strict); "
            + "2 unreadable file or bad option."})
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

  @Override
  public Integer call() throws IOException {
    List<String> names = files.isEmpty() ? java.util.Arrays.asList((String) null) : files;
    PrintWriter out = root.spec.commandLine().getOut();
    List<Row> rows = new ArrayList<>();
    boolean failed = false;
    boolean unreadable = false;
    for (String name : names) {
      Input input = Input.of(name);
      try {
        for (Problem problem : problemsOf(input)) {
          rows.add(new Row(input.name(), problem));
          failed |= problem.isError() || strict;
          if (format == Format.text) {
            out.println(Problems.line(input.name(), problem, strict));
          }
        }
      } catch (ScapFormatException e) {
        rows.add(new Row(input.name(), e.problem()));
        failed = true;
        if (format == Format.text) {
          out.println(Problems.line(input.name(), e.problem(), strict));
        }
      } catch (CliException e) {
        root.spec.commandLine().getErr().println("scap: "
            + Quoted.controlsEscaped(e.getMessage()));
        unreadable = true;
      }
    }
    out.flush();
    if (format == Format.json) {
      Output.write(null, root, stream -> writeJson(rows, stream));
    }
    return unreadable ? ScapCommand.FAILURE : failed ? ScapCommand.INVALID : 0;
  }

  private List<Problem> problemsOf(Input input) throws IOException {
    if (input.file() != null && Files.isRegularFile(input.file())
        && (Files.size(input.file()) > STREAMING_THRESHOLD
            || !Input.fitsHeap(Files.size(input.file())))) {
      return streamed(input);
    }
    ReadResult result = input.read(ScapReader.create());
    return result.report().problems();
  }

  private List<Problem> streamed(Input input) throws IOException {
    List<Problem> found = new ArrayList<>();
    Progress progress = Progress.onTerminal(root);
    try (PlanStream plans = ScapReader.create().stream(input.file(), found::add)) {
      while (plans.hasNext()) {
        plans.next();
        progress.plans(input.name(), plans.plansRead());
      }
    } catch (IOException e) {
      throw input.cannotRead(e);
    } finally {
      progress.done();
    }
    return found;
  }

  private void writeJson(List<Row> rows, java.io.OutputStream stream) throws IOException {
    try (JsonGenerator json = Json.generator(stream)) {
      json.writeStartArray();
      for (Row row : rows) {
        json.writeStartObject();
        json.writeStringProperty("file", row.file());
        json.writeNumberProperty("line", row.problem().line());
        json.writeNumberProperty("column", row.problem().column());
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

  private record Row(String file, Problem problem) {}
}
