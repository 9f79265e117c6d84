package dev.scap.cli;

import dev.scap.io.SyntheticDocuments;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scap generate}: writes a synthetic but valid document. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write a synthetic but valid document: cities of ASEAN countries, one "
        + "taxonomy of themes, a plan for most cities with projects, partners and indicators. "
        + "The same options and seed give the same bytes. Any size: plans are written as they "
        + "are made.",
    footer = {"", "Examples:", "  scap generate --cities 1000 --seed 7 -o big.json",
        "  scap generate --cities 20000 --themes 64 --projects 4 > cities.json"})
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Option(names = "--cities", paramLabel = "N", defaultValue = "100",
      description = "Number of cities (default: ${DEFAULT-VALUE}).")
  int cities;

  @Option(names = "--themes", paramLabel = "T", defaultValue = "16",
      description = "Number of themes in the taxonomy (default: ${DEFAULT-VALUE}).")
  int themes;

  @Option(names = "--projects", paramLabel = "P", defaultValue = "4",
      description = "Mean number of projects per plan (default: ${DEFAULT-VALUE}).")
  int projects;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    OutputName.checkJson(output);
    Ranges.atLeast("--cities", cities, 0);
    Ranges.atLeast("--projects", projects, 0);
    Ranges.atLeast("--themes", themes, 1);
    SyntheticDocuments generator = SyntheticDocuments.of(cities, themes, projects, seed);
    Progress progress = Progress.onTerminal(root);
    Output.write(output, root, progress, generator::write);
    return 0;
  }
}
