package dev.scap.cli;

import dev.scap.io.Datasets;
import dev.scap.model.ScapDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap dataset}: prints a built-in dataset. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Print a built-in dataset as a SCAP document.",
    footer = {"", "Datasets (counted when this help is printed):", "%s",
        "", "Examples:", "  scap dataset > ascn.json", "  scap dataset ascn -o ascn.json"})
final class DatasetCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Parameters(paramLabel = "NAME", arity = "0..1", defaultValue = "ascn",
      description = "The dataset (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  /**
   * What each built-in dataset holds, counted from the dataset itself: one line each, for the
   * help's footer.
   */
  static String contents() {
    StringBuilder lines = new StringBuilder();
    for (String name : Datasets.names()) {
      ScapDocument document = Datasets.byName(name).orElseThrow();
      long planned = document.cities().stream()
          .filter(c -> !document.plansOf(c.id()).isEmpty()).count();
      String title = document.metadata() == null || document.metadata().title() == null ? name
          : document.metadata().title();
      lines.append(lines.length() == 0 ? "" : "\n").append("  ").append(name).append(": ")
          .append(title).append(": ").append(count(document.cities().size(), "city", "cities"))
          .append(", ").append(planned).append(" of them with a plan (")
          .append(count(document.plans().size(), "plan", "plans")).append(", ")
          .append(count(document.projects().count(), "project", "projects")).append("), ")
          .append(count(document.organizations().size(), "organization", "organizations"))
          .append("; taxonomies ").append(document.taxonomies().stream()
              .map(t -> t.id().value()).collect(Collectors.joining(", "))).append('.');
    }
    return lines.toString();
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  @Override
  public Integer call() {
    OutputName.checkJson(output);
    String json = Datasets.json(name).orElseThrow(() -> CliException.failure(
        "no built-in dataset '" + name + "'" + Suggestions.didYouMean(name, Datasets.names())
            + " (the datasets: " + String.join(", ", Datasets.names()) + ")", null));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Output.write(output, root, out -> out.write(bytes));
    return 0;
  }
}
