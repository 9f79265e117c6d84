package org.example.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.roundtable.Table;
import dev.scap.io.ScapReader;
import dev.scap.model.ScapLibrary;
import dev.scap.model.validation.ScapValidator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** scap, on the class path, beside the application's own Jackson 2. */
class JacksonTwoTest {

  private static final String JACKSON = System.getProperty("expected.jackson2");

  @Test
  void runsOnTheClassPath() {
    assertThat(Conference.class.getModule().isNamed()).isFalse();
    assertThat(ScapValidator.class.getModule().isNamed()).isFalse();
  }

  @Test
  void leavesTheApplicationItsOwnJacksonTwo() {
    assertThat(jarOf(ObjectMapper.class)).endsWith("jackson-databind-" + JACKSON + ".jar");
    assertThat(jarOf(JsonProperty.class)).endsWith("jackson-annotations-" + JACKSON + ".jar");
  }

  @Test
  void writesScapResultsWithJacksonTwo() throws Exception {
    List<Table> tables = Conference.run().roundtables().tables();
    ObjectMapper mapper = new ObjectMapper();
    List<Map<String, Object>> rows = tables.stream()
        .map(table -> Map.<String, Object>of("theme", table.theme().value(),
            "guests", table.guests().stream().map(city -> city.value()).toList()))
        .toList();

    JsonNode read = mapper.readTree(mapper.writeValueAsString(rows));

    assertThat(read).hasSize(tables.size());
    assertThat(read.get(0).get("guests")).hasSize(tables.get(0).guests().size());
  }

  @Test
  void readsScapsVersionFromEachJarsManifest() throws Exception {
    String expected = System.getProperty("expected.scap");
    for (Class<?> type : List.of(ScapValidator.class, ScapReader.class, ThemeOverlap.class)) {
      try (JarFile jar = new JarFile(jarOf(type))) {
        Attributes manifest = jar.getManifest().getMainAttributes();

        assertThat(manifest.getValue("Implementation-Title")).startsWith("scap ");
        assertThat(manifest.getValue("Implementation-Version")).isEqualTo(expected);
        assertThat(manifest.getValue("Implementation-Vendor")).isEqualTo("scap");
      }
    }
    assertThat(ScapLibrary.version()).isEqualTo(expected);
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
