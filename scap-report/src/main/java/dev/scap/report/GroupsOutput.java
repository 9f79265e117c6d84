package dev.scap.report;

import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Merge;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.grouping.PeerGroups;
import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Out;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/**
 * The output of {@code scap groups}: peer groups, or a dendrogram's merges, in the formats and
 * columns docs/CLI.md gives. Stateless and thread-safe.
 */
public final class GroupsOutput {

  private GroupsOutput() {}

  /**
   * Writes a dendrogram's merges, as {@code scap groups --dendrogram} prints them
   * (docs/CLI.md): CSV for {@link OutputFormat#CSV}, JSON for any other format.
   *
   * @param format the format
   * @param tree the dendrogram
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void dendrogram(OutputFormat format, Dendrogram tree, OutputStream out)
      throws IOException {
    if (format == OutputFormat.CSV) {
      try (CSVPrinter csv = Out.csv(out, "left", "right", "distance", "size")) {
        for (Merge merge : tree.merges()) {
          csv.printRecord(merge.left(), merge.right(), Text.exact(merge.distance()),
              merge.size());
        }
      }
      return;
    }
    try (JsonGenerator json = Out.json(out)) {
      json.writeStartObject();
      ResultsJson.ids(json, "leaves", tree.leaves());
      json.writeStringProperty("linkage", tree.linkage().code());
      json.writeName("merges");
      json.writeStartArray();
      for (Merge merge : tree.merges()) {
        json.writeStartArray();
        json.writeNumber(merge.left());
        json.writeNumber(merge.right());
        json.writeNumber(merge.distance());
        json.writeNumber(merge.size());
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * Writes peer groups, as {@code scap groups} prints them (docs/CLI.md).
   *
   * @param format the format
   * @param result the groups
   * @param names the name to print for each city id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void groups(OutputFormat format, PeerGroups result, Map<CityId, String> names,
      OutputStream out) throws IOException {
    switch (format) {
      case CSV -> {
        try (CSVPrinter csv = Out.csv(out, "city", "group")) {
          for (PeerGroup group : result.groups()) {
            for (CityId city : group.members()) {
              csv.printRecord(city.value(), group.number());
            }
          }
        }
      }
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          ResultsJson.groups(json, result);
          json.writeEndObject();
        }
        out.write('\n');
      }
      case MD -> {
        PrintWriter text = Out.writer(out);
        text.println("# Peer groups");
        text.println();
        text.println("Method: " + Wording.method(result.method()) + ".");
        text.println();
        text.println("| group | members | shared themes | mean similarity |");
        text.println("| --- | --- | --- | --- |");
        for (PeerGroup group : result.groups()) {
          text.println("| " + group.number() + (group.label().isEmpty() ? ""
              : " (`" + group.label() + "`)") + " | " + group.members().stream()
              .map(c -> Out.markdown(names.get(c))).collect(Collectors.joining(", "))
              + " | " + themes(group) + " | " + Text.brief(group.meanSimilarity()) + " |");
        }
        text.flush();
      }
      case TEXT -> {
        PrintWriter text = Out.writer(out);
        text.println("Peer groups: " + Wording.method(result.method()));
        for (PeerGroup group : result.groups()) {
          text.println();
          text.println("Group " + group.number() + (group.label().isEmpty() ? ""
              : " (" + group.label() + ")") + ", " + group.members().size()
              + (group.members().size() == 1 ? " city" : " cities") + ", mean similarity "
              + Text.brief(group.meanSimilarity()) + ", shared themes: " + themes(group));
          for (CityId city : group.members()) {
            text.println("  " + city + "  " + names.get(city));
          }
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static String themes(PeerGroup group) {
    return group.sharedThemes().isEmpty() ? "none" : group.sharedThemes().stream()
        .map(ThemeId::value).collect(Collectors.joining(", "));
  }
}
