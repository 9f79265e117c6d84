package dev.scap.cli;

import dev.scap.model.ScapDocument;
import dev.scap.sheets.SheetsWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap export}: a document as a workbook or a folder of CSV files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Read and validate FILE, then write it as a workbook (-o FILE.xlsx) or a "
        + "folder of CSV files (-o DIR, any other name without an extension) in the layout of "
        + "docs/SHEETS.md, which 'scap import' reads back. An invalid document is not written: "
        + "its problems are printed instead.",
    footer = {"", "FILE '-' is standard input; no FILE exports the built-in ASCN dataset.",
        "", "Examples:", "  scap export plans.json -o plans.xlsx",
        "  scap export plans.json -o plans/",
        "", "Exit codes: 0 written; 1 the document is invalid; 2 unreadable file, failed "
            + "write or bad option."})
final class ExportCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Mixin SheetsOutput sheets;

  @Override
  public Integer call() {
    sheets.check("export");
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    progress.phase("writing " + sheets.output);
    try {
      sheets.write(target -> SheetsWriter.create().write(document, target));
    } finally {
      progress.done();
    }
    return 0;
  }
}
