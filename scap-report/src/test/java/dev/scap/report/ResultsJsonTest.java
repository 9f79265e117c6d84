package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
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
}
