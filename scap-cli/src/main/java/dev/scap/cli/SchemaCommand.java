package dev.scap.cli;

import dev.scap.io.ScapSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scap schema}: prints the JSON Schema of the format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the SCAP format.",
    footer = {"", "Examples:", "  scap schema > scap.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    OutputName.checkJson(output);
    byte[] schema = ScapSchema.json().getBytes(StandardCharsets.UTF_8);
    Output.write(output, root, out -> out.write(schema));
    return 0;
  }
}
