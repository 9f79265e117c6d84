package dev.scap.cli;

import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap format}: writes a valid document back in canonical form. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    description = "Read and validate FILE, then write it in canonical form: two-space indent, "
        + "properties in the order of the format, extensions kept. An invalid document is "
        + "not written: its problems are printed instead.",
    footer = {"", "FILE '-' is standard input; no FILE formats the built-in ASCN dataset.",
        "", "Examples:", "  scap format plans.json -o plans.json",
        "  cat plans.json | scap format - > canonical.json",
        "", "Exit codes: 0 written; 1 the document is invalid; 2 unreadable file, failed "
            + "write or bad option."})
final class FormatCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    OutputName.checkJson(output);
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    Output.write(output, root, progress, out -> ScapWriter.canonical().write(document, out));
    return 0;
  }
}
