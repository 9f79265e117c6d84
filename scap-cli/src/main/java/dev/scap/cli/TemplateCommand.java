package dev.scap.cli;

import dev.scap.sheets.SheetsWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scap template}: the empty workbook or CSV folder that a city fills in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Write an empty workbook (-o FILE.xlsx) or folder of CSV files (-o DIR) in "
        + "the layout of docs/SHEETS.md for a city to fill in: every sheet and column, a "
        + "description of each column, the code lists as drop-down lists, the built-in "
        + "taxonomies. 'scap import' reads it back.",
    footer = {"", "Examples:", "  scap template -o plans.xlsx", "  scap template -o plans/",
        "", "Exit codes: 0 written; 2 failed write or bad option."})
final class TemplateCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Required: the workbook (.xlsx), written atomically, or the folder of CSV files, "
          + "created if missing.")
  Path output;

  @Override
  public Integer call() {
    OutputName.checkSheets("template", output);
    try {
      SheetsWriter.create().writeTemplate(output);
    } catch (IOException e) {
      throw CliException.failure("cannot write " + output + ": " + Input.reason(e), e);
    }
    return 0;
  }
}
