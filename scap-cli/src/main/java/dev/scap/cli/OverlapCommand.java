package dev.scap.cli;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SimilarityMatrix;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.report.ResultsJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;

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

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, md, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    if (top < 0) {
      throw CliException.failure("--top must be 0 or more, not " + top, null);
    }
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    progress.phase("computing theme overlap");
    ThemeOverlap overlap = analysis.overlap(document, Weighting.PRESENCE);
    Map<CityId, String> names = Names.of(document);
    if (matrix) {
      SimilarityMatrix scores = overlap.matrix();
      progress.done();
      Output.write(output, root, out -> writeMatrix(scores, names, out));
    } else {
      List<CityPeers> peers = overlap.topPeers(top, minScore);
      progress.done();
      Output.write(output, root, out -> writePeers(overlap, peers, names, out));
    }
    return 0;
  }

  private void writePeers(ThemeOverlap overlap, List<CityPeers> peers,
      Map<CityId, String> names, OutputStream out) throws IOException {
    switch (format) {
      case csv -> {
        try (CSVPrinter csv = Csv.printer(out, "city", "peer", "score", "shared_themes")) {
          for (CityPeers city : peers) {
            for (Peer peer : city.peers()) {
              csv.printRecord(city.city().value(), peer.city().value(),
                  Scores.format(peer.score()), themes(peer));
            }
          }
        }
      }
      case json -> {
        try (JsonGenerator json = Json.generator(out)) {
          json.writeStartObject();
          Json.options(json, overlap);
          json.writeNumberProperty("top", top);
          json.writeNumberProperty("minScore", minScore.doubleValue());
          ResultsJson.peers(json, "cities", peers, names::get);
          json.writeEndObject();
        }
        out.write('\n');
      }
      case md -> {
        PrintWriter text = writer(out);
        text.println("# Theme overlap");
        text.println();
        text.println(describe(overlap));
        text.println();
        text.println("| city | peer | score | shared themes |");
        text.println("| --- | --- | --- | --- |");
        for (CityPeers city : peers) {
          String name = Markdown.escape(names.get(city.city())) + " (`" + city.city() + "`)";
          if (city.peers().isEmpty()) {
            text.println("| " + name + " | no peer | | |");
          }
          for (Peer peer : city.peers()) {
            text.println("| " + name + " | " + Markdown.escape(names.get(peer.city()))
                + " (`" + peer.city() + "`) | " + Scores.format(peer.score()) + " | "
                + Markdown.escape(themes(peer).replace(";", ", ")) + " |");
          }
        }
        text.flush();
      }
      case text -> {
        PrintWriter text = writer(out);
        text.println(describe(overlap));
        for (CityPeers city : peers) {
          text.println();
          text.println(city.city() + "  " + names.get(city.city()));
          if (city.peers().isEmpty()) {
            text.println("  no peer");
          }
          for (Peer peer : city.peers()) {
            text.println("  " + Scores.format(peer.score()) + "  " + peer.city() + "  "
                + names.get(peer.city()) + "  [" + themes(peer).replace(";", ", ") + "]");
          }
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  private void writeMatrix(SimilarityMatrix scores, Map<CityId, String> names,
      OutputStream out) throws IOException {
    List<CityId> cities = scores.cities();
    switch (format) {
      case csv -> {
        List<String> header = new ArrayList<>();
        header.add("city");
        cities.forEach(c -> header.add(c.value()));
        try (CSVPrinter csv = Csv.printer(out, header.toArray(String[]::new))) {
          for (int i = 0; i < cities.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(cities.get(i).value());
            for (int j = 0; j < cities.size(); j++) {
              row.add(Scores.format(scores.score(i, j)));
            }
            csv.printRecord(row);
          }
        }
      }
      case json -> {
        try (JsonGenerator json = Json.generator(out)) {
          json.writeStartObject();
          Json.ids(json, "cities", cities);
          json.writeName("matrix");
          json.writeStartArray();
          for (int i = 0; i < cities.size(); i++) {
            json.writeStartArray();
            for (int j = 0; j < cities.size(); j++) {
              json.writeNumber(scores.score(i, j));
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        out.write('\n');
      }
      case md -> {
        PrintWriter text = writer(out);
        text.println("| city | " + cities.stream().map(c -> "`" + c + "`")
            .collect(Collectors.joining(" | ")) + " |");
        text.println("| --- |" + " --- |".repeat(cities.size()));
        for (int i = 0; i < cities.size(); i++) {
          StringBuilder row = new StringBuilder("| `" + cities.get(i) + "` |");
          for (int j = 0; j < cities.size(); j++) {
            row.append(' ').append(Scores.format(scores.score(i, j))).append(" |");
          }
          text.println(row);
        }
        text.flush();
      }
      case text -> {
        PrintWriter text = writer(out);
        int width = cities.stream().mapToInt(c -> c.value().length()).max().orElse(4);
        for (int i = 0; i < cities.size(); i++) {
          StringBuilder row = new StringBuilder(String.format("%-" + width + "s", cities.get(i)));
          for (int j = 0; j < cities.size(); j++) {
            row.append(String.format(" %.3f", scores.score(i, j)));
          }
          text.println(row);
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static String themes(Peer peer) {
    return peer.shared().stream().map(s -> s.theme().value()).collect(Collectors.joining(";"));
  }

  private static String describe(ThemeOverlap overlap) {
    var options = overlap.options();
    return "Taxonomy " + overlap.taxonomy().id() + (options.rollup() ? " (rolled up)" : "")
        + ", weights " + options.weighting().code() + ", metric " + options.metric().code()
        + ", " + (options.year() == null ? "latest plans" : "plans of " + options.year());
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }
}
