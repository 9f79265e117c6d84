package dev.scap.cli;

import dev.scap.analysis.grouping.Clustering;
import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.grouping.PeerGroups;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.report.GroupsOutput;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code scap groups}: peer groups of cities. */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = "Peer groups of cities: one group per theme, the connected components of the "
        + "pairs scoring at least a threshold, or agglomerative clustering on 1 - similarity "
        + "cut into K groups or at a threshold.",
    footer = {"", "FILE '-' is standard input; no FILE uses the built-in ASCN dataset.",
        "--dendrogram with --format json or csv prints the merges in SciPy's linkage layout: "
            + "rows left,right,distance,size; leaves 0..n-1 in document order, merged clusters "
            + "n, n+1, ...",
        "", "Examples:", "  scap groups", "  scap groups --method hierarchical --linkage "
            + "complete --groups 5", "  scap groups --method components --threshold 0.6",
        "  scap groups --method themes --taxonomy wego-ascn-2019 --format md",
        "  scap groups --dendrogram --format csv > linkage.csv"})
final class GroupsCommand implements Callable<Integer> {

  enum Format { text, md, csv, json }

  @ParentCommand ScapCommand root;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--weights", paramLabel = "WEIGHTS",
      converter = AnalysisOptions.WeightingConverter.class,
      completionCandidates = Choices.Weightings.class,
      description = "presence, projects or priority (default: presence).")
  void weights(Weighting value) {
    analysis.weighting = value;
  }

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "hierarchical",
      converter = MethodConverter.class, completionCandidates = MethodConverter.class,
      description = "themes, components or hierarchical (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--linkage", paramLabel = "LINKAGE", defaultValue = "average",
      converter = LinkageConverter.class,
      completionCandidates = Choices.Linkages.class,
      description = "average, complete or single (default: ${DEFAULT-VALUE}).")
  Linkage linkage;

  @Option(names = "--groups", paramLabel = "K",
      description = "Cut the dendrogram into exactly K groups.")
  Integer groups;

  @Option(names = "--threshold", paramLabel = "S", converter = Decimal.Converter.class,
      description = "Least similarity within a group (default: 0.5).")
  BigDecimal threshold;

  @Option(names = "--dendrogram", description = "Print the merges instead (json or csv).")
  boolean dendrogram;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, md, csv or json (default: the one -o's extension names, else "
          + "text).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    format = Format.valueOf(OutputName.choose(output, format == null ? null : format.name(),
        "text", List.of("text", "md", "csv", "json")));
    Ranges.score("--threshold", threshold);
    if (groups != null) {
      Ranges.atLeast("--groups", groups, 1);
    }
    if (groups != null && threshold != null) {
      throw CliException.failure("give --groups or --threshold, not both", null);
    }
    if (groups != null && !method.equals("hierarchical")) {
      throw CliException.failure("--groups goes with --method hierarchical", null);
    }
    if (dendrogram && (!method.equals("hierarchical") || format == Format.text
        || format == Format.md)) {
      throw CliException.failure("--dendrogram goes with --method hierarchical and "
          + "--format json or csv", null);
    }
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    progress.phase("grouping the cities");
    ThemeOverlap overlap = analysis.overlap(document, Weighting.PRESENCE, root);
    BigDecimal least = threshold == null ? new BigDecimal("0.5") : threshold;
    if (dendrogram) {
      Dendrogram tree = clustered(() -> PeerGrouping.hierarchical(overlap, linkage));
      Output.write(output, root, progress,
          out -> GroupsOutput.dendrogram(Output.format(format), tree, out));
      return 0;
    }
    PeerGroups result;
    switch (method) {
      case "themes" -> result = PeerGrouping.byTheme(overlap);
      case "components" -> result = PeerGrouping.components(overlap, least);
      default -> {
        Clustering clustering = clustered(() -> PeerGrouping.cluster(overlap, linkage));
        if (groups != null) {
          int n = overlap.cities().size();
          if (groups < 1 || groups > Math.max(1, n)) {
            throw CliException.failure("--groups must be from 1 to the number of cities ("
                + n + "), not " + groups, null);
          }
          result = clustering.cut(Math.min(groups, n));
        } else {
          result = clustering.cutAt(least);
        }
      }
    }
    Map<CityId, String> names = Names.of(document);
    PeerGroups found = result;
    Output.write(output, root, progress,
        out -> GroupsOutput.groups(Output.format(format), found, names, out));
    return 0;
  }

  /** The grouping methods, checked as the other options' values are, and offered to shells. */
  static final class MethodConverter implements ITypeConverter<String>, Iterable<String> {
    private static final List<String> METHODS = List.of("themes", "components",
        "hierarchical");

    @Override
    public String convert(String value) {
      if (!METHODS.contains(value)) {
        throw new TypeConversionException("'" + value + "' is not a method; use themes, "
            + "components or hierarchical");
      }
      return value;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return METHODS.iterator();
    }
  }

  static final class LinkageConverter implements ITypeConverter<Linkage> {
    @Override
    public Linkage convert(String value) {
      return Linkage.fromCode(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a linkage; use average, complete or single"));
    }
  }

  /** Clusters, saying in one line why a document cannot be clustered (too many cities). */
  private static <T> T clustered(java.util.function.Supplier<T> clustering) {
    try {
      return clustering.get();
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage(), e);
    }
  }
}
