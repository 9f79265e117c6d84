package dev.scap.cli;

import dev.scap.sheets.SheetsWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin SheetsOutput sheets;

  @Override
  public Integer call() {
    sheets.check("template");
    sheets.write(SheetsWriter.create()::writeTemplate);
    return 0;
  }
}
