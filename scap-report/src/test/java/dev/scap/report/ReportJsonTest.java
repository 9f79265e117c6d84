package dev.scap.report;

import static dev.scap.report.Reports.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ScapValidator;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** {@link ReportJson}: one document, its sections in order, numbers exact. */
class ReportJsonTest {

  @Test
  void writesOneDocumentWithTheSectionsInOrder() {
    Map<String, Object> json = object(parse(ReportJson.render(Reports.ascn())));

    assertThat(json).containsOnlyKeys("stamp", "summary", "validation", "coverage", "heatmap",
        "weights", "peers", "groups", "roundtables", "partners");
    assertThat(new ArrayList<>(json.keySet())).containsExactly("stamp", "summary",
        "validation", "coverage", "heatmap", "weights", "peers", "groups", "roundtables",
        "partners");
    assertThat(object(json.get("stamp"))).containsEntry("scap", "9.9.9")
        .containsEntry("input", "<ascn>").containsEntry("sha256", "ab".repeat(32))
        .containsEntry("date", "2026-11-27");
  }

  @Test
  void saysWhyASmallDocumentSeatsNobodyAndWhatToChange() {
    Map<String, Object> roundtables = object(object(parse(ReportJson.render(Reports.small())))
        .get("roundtables"));

    assertThat(list(roundtables.get("tables"))).isEmpty();
    assertThat(list(roundtables.get("shortfalls"))).extracting(s -> object(s).get("reason"))
        .containsExactly(Reports.SMALL_REASON, "its plan names no hosted theme: only 3 cities"
            + " can sit at buildings, fewer than the 4 seats a table needs; with min-seats 3,"
            + " buildings could be hosted", Reports.SMALL_REASON);
  }

  @Test
  void writesScoresAndWeightsExactly() {
    Report report = Reports.ascn();
    Map<String, Object> json = object(parse(ReportJson.render(report)));

    List<Object> peers = list(json.get("peers"));
    for (int i = 0; i < peers.size(); i++) {
      CityPeers city = report.peers().get(i);
      List<Object> printed = list(object(peers.get(i)).get("peers"));
      for (int p = 0; p < printed.size(); p++) {
        assertThat(object(printed.get(p)).get("score"))
            .isEqualTo(city.peers().get(p).score());
      }
    }
    List<Object> rows = list(object(json.get("weights")).get("rows"));
    assertThat(rows).hasSize(report.leafOrder().size());
    for (int i = 0; i < rows.size(); i++) {
      CityId city = report.leafOrder().get(i);
      List<Object> weights = list(object(rows.get(i)).get("weights"));
      for (int t = 0; t < weights.size(); t++) {
        assertThat(weights.get(t)).isEqualTo(report.overlap().profile(city).orElseThrow()
            .weight(report.themes().get(t)));
      }
    }
  }

  @Test
  void indentsObjectsKeepsArraysOnOneLineAndEndsWithALineFeed() throws IOException {
    StringWriter out = new StringWriter();
    ReportJson.write(Reports.ascn(), out);
    String text = out.toString();

    assertThat(text).isEqualTo(ReportJson.render(Reports.ascn())).startsWith("{\n  \"stamp\": {\n")
        .endsWith("}\n").doesNotContain("\r").contains("\"problems\": []");
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents(DocumentSizes.small().withCities(0, 6));
  }

  @Property(tries = 40)
  void writesADocumentThatParsesWhateverTheInputHolds(
      @ForAll("documents") ScapDocument document) {
    Report report = Report.of(document, ScapValidator.instance().validate(document),
        ReportOptions.defaults(STAMP));

    Map<String, Object> json = object(parse(ReportJson.render(report)));

    assertThat(object(json.get("summary")).get("title"))
        .isEqualTo(document.metadata().title());
    assertThat(list(object(json.get("heatmap")).get("leafOrder")))
        .hasSize(document.cities().size());
  }

  static Object parse(String text) {
    try (JsonParser parser = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), text)) {
      parser.nextToken();
      Object value = read(parser);
      assertThat(parser.nextToken()).as("anything after the document").isNull();
      return value;
    }
  }

  private static Object read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, read(parser));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalStateException("unexpected " + token);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
