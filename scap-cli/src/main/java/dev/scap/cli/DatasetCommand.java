package dev.scap.cli;

import dev.scap.io.Datasets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap dataset}: prints a built-in dataset. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Print a built-in dataset as a SCAP document.",
    footer = {"", "Datasets: ascn, the 26 pilot cities of the ASEAN Smart Cities Network "
        + "with their 2018 plans and 77 projects of 2022.",
        "", "Examples:", "  scap dataset > ascn.json", "  scap dataset ascn -o ascn.json"})
final class DatasetCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Parameters(paramLabel = "NAME", arity = "0..1", defaultValue = "ascn",
      description = "The dataset (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    String json = Datasets.json(name).orElseThrow(() -> CliException.failure(
        "no built-in dataset " + name + "; the datasets are: "
            + String.join(", ", Datasets.names()), null));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Output.write(output, root, out -> out.write(bytes));
    return 0;
  }
}
