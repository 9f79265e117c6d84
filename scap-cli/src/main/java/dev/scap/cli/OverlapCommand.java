package dev.scap.cli;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.SimilarityMatrix;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.report.OverlapOutput;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scap overlap}: each city's top peers by shared themes, or the full matrix. */
@Command(
    name = "overlap",
    mixinStandardHelpOptions = true,
    description = "Pairwise theme overlap between cities: for each city its top peers with "
        + "their score and shared themes (and the projects behind them, in json); "
        + "--matrix prints the full city x city matrix instead.",
    footer = {"", "FILE '-' is standard input; no FILE uses the built-in ASCN dataset.",
        "An invalid document is refused (exit 1) with its problems on standard error.",
        "", "Examples:", "  scap overlap", "  scap overlap --taxonomy wego-ascn-2019 "
            + "--weights projects --metric cosine --top 3",
        "  scap overlap plans.json --format csv -o overlap.csv",
        "  scap overlap --matrix --format csv"})
final class OverlapCommand implements Callable<Integer> {

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

  @Option(names = "--top", paramLabel = "K", defaultValue = "5",
      description = "Peers per city: at most K, each scoring above 0 (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--min-score", paramLabel = "S", defaultValue = "0",
      converter = Decimal.Converter.class,
      description = "Leave out pairs scoring below S, compared exactly: a pair scoring S "
          + "stays (default: ${DEFAULT-VALUE}).")
  BigDecimal minScore;

  @Option(names = "--matrix", description = "Print the full city x city matrix instead.")
  boolean matrix;

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
    Ranges.atLeast("--top", top, 0);
    Ranges.score("--min-score", minScore);
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    progress.phase("computing theme overlap");
    ThemeOverlap overlap = analysis.overlap(document, Weighting.PRESENCE, root);
    Map<CityId, String> names = Names.of(document);
    if (matrix) {
      SimilarityMatrix scores = overlap.matrix();
      Output.write(output, root, progress,
          out -> OverlapOutput.matrix(Output.format(format), scores, out));
    } else {
      List<CityPeers> peers = overlap.topPeers(top, minScore);
      Output.write(output, root, progress, out -> OverlapOutput.peers(Output.format(format),
          overlap, peers, top, minScore, names, out));
    }
    return 0;
  }
}
