package dev.scap.report;

import dev.scap.analysis.internal.peers.PeerTable;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SimilarityMatrix;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Out;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The output of {@code scap overlap}: each city's top peers, or the full matrix, in the formats
 * and columns docs/CLI.md gives. Scores in JSON and CSV are written so that parsing them gives
 * back the same double; text and Markdown round them to three decimals for people. Stateless
 * and thread-safe.
 */
public final class OverlapOutput {

  private OverlapOutput() {}

  /**
   * Writes each city's top peers, as {@code scap overlap} prints them (docs/CLI.md).
   *
   * @param format the format
   * @param overlap the overlap the peers were found in, whose options are printed
   * @param peers each city's peers, as {@link ThemeOverlap#topPeers} gives them
   * @param top the most peers asked for each city, printed in JSON
   * @param minScore the least score asked for, printed in JSON
   * @param names the name to print for each city id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void peers(OutputFormat format, ThemeOverlap overlap, List<CityPeers> peers,
      int top, BigDecimal minScore, Map<CityId, String> names, OutputStream out)
      throws IOException {
    Objects.requireNonNull(minScore, "minScore");
    switch (format) {
      case CSV -> {
        try (CSVPrinter csv = Out.csv(out, "city", "peer", "score", "shared_themes")) {
          for (CityPeers city : Out.madeAhead(peers)) {
            for (Peer peer : city.peers()) {
              csv.printRecord(city.city().value(), peer.city().value(),
                  Text.exact(peer.score()), themes(peer));
            }
          }
        }
      }
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          ResultsJson.profiles(json, overlap.options(), overlap.taxonomy().id().value());
          json.writeNumberProperty("top", top);
          json.writeNumberProperty("minScore", minScore.doubleValue());
          json.writeName("cities");
          json.writeStartArray();
          if (peers instanceof PeerTable table) {
            // as ThemeOverlap.topPeers gives them: written from its indexes
            PeerTableJson.write(json, out, table, names::get);
          } else {
            // the generators of Out.json have no pretty printer: bytes written once serve all
            Map<ThemeId, SerializableString> withoutProjects =
                ResultsJson.withoutProjects(overlap.themes(), Out::json);
            Out.jsonElements(json, out, peers, (generator, city) ->
                ResultsJson.cityPeers(generator, city, names::get, withoutProjects::get));
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        out.write('\n');
      }
      case MD -> {
        PrintWriter text = Out.writer(out);
        text.println("# Theme overlap");
        text.println();
        text.println(describe(overlap));
        text.println();
        text.println("| city | peer | score | shared themes |");
        text.println("| --- | --- | --- | --- |");
        for (CityPeers city : Out.madeAhead(peers)) {
          String name = Out.markdown(names.get(city.city())) + " (`" + city.city() + "`)";
          if (city.peers().isEmpty()) {
            text.println("| " + name + " | no peer | | |");
          }
          for (Peer peer : city.peers()) {
            text.println("| " + name + " | " + Out.markdown(names.get(peer.city()))
                + " (`" + peer.city() + "`) | " + Text.brief(peer.score()) + " | "
                + Out.markdown(themes(peer).replace(";", ", ")) + " |");
          }
        }
        text.flush();
      }
      case TEXT -> {
        PrintWriter text = Out.writer(out);
        text.println(describe(overlap));
        for (CityPeers city : Out.madeAhead(peers)) {
          text.println();
          text.println(city.city() + "  " + names.get(city.city()));
          if (city.peers().isEmpty()) {
            text.println("  no peer");
          }
          for (Peer peer : city.peers()) {
            text.println("  " + Text.brief(peer.score()) + "  " + peer.city() + "  "
                + names.get(peer.city()) + "  [" + themes(peer).replace(";", ", ") + "]");
          }
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  /**
   * Writes the score of every pair of cities, as {@code scap overlap --matrix} prints it
   * (docs/CLI.md).
   *
   * @param format the format
   * @param scores the matrix
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void matrix(OutputFormat format, SimilarityMatrix scores, OutputStream out)
      throws IOException {
    List<CityId> cities = scores.cities();
    switch (format) {
      case CSV -> {
        List<String> header = new ArrayList<>();
        header.add("city");
        cities.forEach(c -> header.add(c.value()));
        try (CSVPrinter csv = Out.csv(out, header.toArray(String[]::new))) {
          for (int i = 0; i < cities.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(cities.get(i).value());
            for (int j = 0; j < cities.size(); j++) {
              row.add(Text.exact(scores.score(i, j)));
            }
            csv.printRecord(row);
          }
        }
      }
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          ResultsJson.ids(json, "cities", cities);
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
      case MD -> {
        PrintWriter text = Out.writer(out);
        text.println("| city | " + cities.stream().map(c -> "`" + c + "`")
            .collect(Collectors.joining(" | ")) + " |");
        text.println("| --- |" + " --- |".repeat(cities.size()));
        for (int i = 0; i < cities.size(); i++) {
          StringBuilder row = new StringBuilder("| `" + cities.get(i) + "` |");
          for (int j = 0; j < cities.size(); j++) {
            row.append(' ').append(Text.brief(scores.score(i, j))).append(" |");
          }
          text.println(row);
        }
        text.flush();
      }
      case TEXT -> {
        // Ids are too long for column heads: columns are numbered, and each row names the
        // number of its city's column.
        PrintWriter text = Out.writer(out);
        int width = Math.max("city".length(),
            cities.stream().mapToInt(c -> c.value().length()).max().orElse(0));
        int number = Math.max(1, String.valueOf(cities.size()).length());
        int column = Math.max(5, number);
        StringBuilder head = new StringBuilder(String.format("%" + number + "s  %-" + width
            + "s", "", "city"));
        for (int j = 0; j < cities.size(); j++) {
          head.append(String.format(" %" + column + "d", j + 1));
        }
        text.println(head.toString().stripTrailing());
        for (int i = 0; i < cities.size(); i++) {
          StringBuilder row = new StringBuilder(String.format("%" + number + "d  %-" + width
              + "s", i + 1, cities.get(i)));
          for (int j = 0; j < cities.size(); j++) {
            row.append(String.format(Locale.ROOT, " %" + column + ".3f",
                scores.score(i, j)));
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
}
