package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import dev.scap.model.ProjectId;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Out;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.json.JsonFactory;

class ResultsJsonTest {

  @Test
  void writesGroupsIntoAnApplicationsOwnGeneratorAndLeavesItOpen() {
    ThemeOverlap overlap = ThemeOverlap.of(Reports.SMALL, OverlapOptions.DEFAULTS);
    StringWriter text = new StringWriter();

    try (JsonGenerator json = JsonFactory.builder().build()
        .createGenerator(ObjectWriteContext.empty(), text)) {
      json.writeStartObject();
      json.writeStringProperty("application", "conference");
      ResultsJson.groups(json, PeerGrouping.components(overlap, new BigDecimal("1")));
      json.writeEndObject();
    }

    assertThat(text.toString()).isEqualTo("{\"application\":\"conference\","
        + "\"method\":\"components, threshold 1\",\"groups\":["
        + "{\"group\":1,\"members\":[\"alpha\",\"gamma\"],\"sharedThemes\":[\"buildings\","
        + "\"water\"],\"meanSimilarity\":1.0},"
        // a city alone has its score with itself
        + "{\"group\":2,\"members\":[\"beta\"],\"sharedThemes\":[\"buildings\"],"
        + "\"meanSimilarity\":1.0}]}");
  }

  @Test
  void writesSharedThemesWithoutProjectsFromBytesWrittenOnceAsItWouldWriteThem() {
    ThemeId water = ThemeId.of("water");
    ThemeId energy = ThemeId.of("énergie");
    ThemeId roads = ThemeId.of("roads");
    CityPeers city = new CityPeers(CityId.of("alpha"), List.of(
        new Peer(CityId.of("beta"), 0.5, List.of(
            new SharedTheme(water, List.of(), List.of()),
            new SharedTheme(roads, List.of(ProjectId.of("alpha-1")), List.of()),
            new SharedTheme(energy, List.of(), List.of()))),
        new Peer(CityId.of("gamma"), 0.25, List.of(
            new SharedTheme(energy, List.of(), List.of())))));
    Map<ThemeId, SerializableString> written =
        ResultsJson.withoutProjects(List.of(water, energy), Out::json);

    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ByteArrayOutputStream fromBytes = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(plain)) {
      json.writeStartArray();
      ResultsJson.cityPeers(json, city, CityId::value);
      ResultsJson.cityPeers(json, city, CityId::value);
      json.writeEndArray();
    }
    try (JsonGenerator json = Out.json(fromBytes)) {
      json.writeStartArray();
      ResultsJson.cityPeers(json, city, CityId::value, written::get);
      ResultsJson.cityPeers(json, city, CityId::value, written::get);
      json.writeEndArray();
    }

    assertThat(fromBytes.toByteArray()).isEqualTo(plain.toByteArray());
    assertThat(fromBytes.toString(StandardCharsets.UTF_8)).contains("\"sharedThemes\":["
        + "{\"theme\":\"water\",\"cityProjects\":[],\"peerProjects\":[]},"
        + "{\"theme\":\"roads\",\"cityProjects\":[\"alpha-1\"],\"peerProjects\":[]},"
        + "{\"theme\":\"énergie\",\"cityProjects\":[],\"peerProjects\":[]}]");
  }
}
