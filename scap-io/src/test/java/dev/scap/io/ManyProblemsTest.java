package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents with very many problems, which once took minutes: the timeouts only guard against
 * a hang, the work is expected to take seconds.
 */
class ManyProblemsTest {

  private static List<Problem> fromBytes(String json) throws IOException {
    return ScapReader.create().read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8))).report().problems();
  }

  /** A minified document whose cities are all {@code entry}, numbered by {@code %d}. */
  private static String cities(int count, String entry) {
    StringBuilder json = new StringBuilder("{\"scapVersion\":\"1.0\",\"cities\":[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append(entry.replace("%d", Integer.toString(i)));
    }
    return json.append("]}").toString();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void reportsEveryNullOfAListOfTwoHundredThousand() throws IOException {
    String json = cities(200_000, "null");

    List<Problem> problems = fromBytes(json);

    // one more: the document has no taxonomies
    assertThat(problems).hasSize(200_001);
    assertThat(problems.get(1).pointer()).isEqualTo("/cities/0");
    assertThat(problems.get(1).rule()).isEqualTo("wrong-type");
    Problem last = problems.get(problems.size() - 1);
    assertThat(last.pointer()).isEqualTo("/cities/199999");
    assertThat(last.line()).isEqualTo(1);
    assertThat(json.substring(last.column() - 1)).isEqualTo("null]}");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void streamsTheProblemsOfTwoHundredThousandNullCities() throws IOException {
    String json = cities(200_000, "null");
    List<Problem> problems = new ArrayList<>();

    try (PlanStream plans = ScapReader.create().stream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), problems::add)) {
      assertThat(plans.hasNext()).isFalse();
    }

    assertThat(problems).hasSize(200_001);
    assertThat(problems.get(problems.size() - 1).pointer()).isEqualTo("/cities/199999");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void placesFortyThousandProblemsOnOneLineInCharacters() throws IOException {
    // non-ASCII text before every problem: each column is counted in characters, not bytes
    String json = cities(40_000, "{\"id\":\"c%d\",\"name\":\"Hà Nội\",\"country\":\"XX\"}");

    List<Problem> problems = fromBytes(json);

    assertThat(problems).hasSize(40_001);
    assertThat(problems.get(1).pointer()).isEqualTo("/cities/0/country");
    assertThat(problems.get(1).rule()).isEqualTo("invalid-country");
    Problem last = problems.get(problems.size() - 1);
    assertThat(last.pointer()).isEqualTo("/cities/39999/country");
    assertThat(last.line()).isEqualTo(1);
    assertThat(json.substring(last.column() - 1)).isEqualTo("\"XX\"}]}");
    assertThat(problems).isEqualTo(ScapReader.create().read(json).report().problems());
  }
}
