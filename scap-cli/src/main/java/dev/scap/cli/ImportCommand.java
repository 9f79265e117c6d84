package dev.scap.cli;

import dev.scap.model.validation.SafeText;
import dev.scap.sheets.SheetProblem;
import dev.scap.sheets.SheetsImport;
import dev.scap.sheets.SheetsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap import}: a workbook or a folder of CSV files into a JSON document. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Read a workbook (.xlsx) or a folder of CSV files in the layout of "
        + "docs/SHEETS.md and write it as a SCAP document in canonical form. An invalid one is "
        + "not written: its problems are printed instead, each at its cell, as "
        + "plans.xlsx:Projects!C7: SEVERITY RULE POINTER: message.",
    footer = {"", "FILE '-' is standard input (a workbook). The workbook is read row by row, "
            + "in memory that does not grow with its size.",
        "", "Examples:", "  scap import plans.xlsx -o plans.json",
        "  scap import data/ > plans.json",
        "", "Exit codes: 0 written; 1 the workbook is invalid (nothing written); 2 unreadable "
            + "file, failed write or bad option."})
final class ImportCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Parameters(paramLabel = "FILE", description = "The workbook (.xlsx) or the folder of CSV "
      + "files.")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write the document there, atomically, instead of standard output.")
  Path output;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "1000",
      description = "Print at most N problems, then how many more there are "
          + "(default: ${DEFAULT-VALUE}).")
  int maxProblems;

  @Override
  public Integer call() {
    Ranges.atLeast("--max-problems", maxProblems, 0);
    OutputName.checkJson(output);
    if (output != null && Files.isDirectory(output)) {
      throw CliException.failure("cannot write " + output + ": it is a folder; give the name "
          + "of the JSON file to write, such as " + output.resolve("plans.json"), null);
    }
    Input input = Input.of(file);
    SheetsReader reader = SheetsReader.withLimits(Input.sheetLimits(maxProblems));
    Path source = input.file();
    Path upload = null;
    Path json = null;
    Progress progress = Progress.onTerminal(root);
    progress.phase("importing " + input.name());
    try {
      if (input.isStandardInput()) {
        upload = Files.createTempFile("scap-import", ".xlsx");
        InputStream in = Input.stdin();
        Files.copy(in, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        source = upload;
      } else {
        if (!Files.exists(source)) {
          throw input.cannotRead(new java.nio.file.NoSuchFileException(file));
        }
        input.checkFolder();
      }
      json = output != null ? output : Files.createTempFile("scap-import", ".json");
      SheetsImport result;
      try {
        result = reader.importTo(source, json);
      } catch (IOException e) {
        if (!Files.isReadable(source)) {
          throw input.cannotRead(e);
        }
        Path parent = json.toAbsolutePath().getParent();
        if (output != null && (parent == null || !Files.isDirectory(parent))) {
          throw CliException.failure("cannot write " + output + ": its folder does not exist",
              e);
        }
        throw CliException.failure("cannot import " + input.name() + ": " + Input.reason(e), e);
      }
      progress.done();
      print(result, input, source);
      if (!result.written()) {
        throw CliException.invalid(input.name() + " is invalid: " + Math.max(1, result.errors())
            + " error(s); nothing written");
      }
      if (output == null) {
        Path written = json;
        Output.write(null, root, out -> Files.copy(written, out));
      }
      return 0;
    } catch (IOException e) {
      throw CliException.failure("cannot import " + input.name() + ": " + Input.reason(e), e);
    } finally {
      progress.done();
      delete(upload);
      if (output == null) {
        delete(json);
      }
    }
  }

  /** Prints the problems on standard error: errors always, warnings unless quiet. */
  private void print(SheetsImport result, Input input, Path source) {
    PrintWriter err = root.spec.commandLine().getErr();
    Problems printer = new Problems(err);
    boolean shown = !result.written() || !root.quiet;
    if (!shown) {
      return;
    }
    long printed = 0;
    for (SheetProblem problem : result.problems()) {
      if (printed < maxProblems) {
        // standard input was read from a temporary copy, whose name means nothing to the user
        printer.print(input.isStandardInput() && problem.file().equals(source.toString())
            ? new SheetProblem(problem.problem(), input.name(), problem.sheet(), problem.row(),
                problem.column(), problem.csv())
            : problem, false);
      }
      printed++;
    }
    if (printed > maxProblems) {
      err.println(SafeText.line(input.name() + ": ... and " + (printed - maxProblems)
          + " more problem" + (printed - maxProblems == 1 ? "" : "s")));
      err.flush();
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is no reason to fail the import
      }
    }
  }
}
