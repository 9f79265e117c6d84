package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScapLibraryTest {

  /** The version Maven builds, which surefire hands to the tests. */
  private static final String BUILT = System.getProperty("project.version");

  @Test
  void tellsTheVersionThatMavenBuilt() {
    assumeTrue(BUILT != null, "run by Maven, which names the version it builds");

    assertThat(ScapLibrary.version()).isEqualTo(BUILT);
  }

  @Test
  void readsAVersionNumberFromAResourceWithTheVersionFilledIn() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ScapLibrary.class.getResourceAsStream("version.properties")) {
      assertThat(in).as("the version resource").isNotNull();
      properties.load(in);
    }

    assertThat(properties.getProperty("version"))
        .doesNotContain("${")
        .matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")
        .isEqualTo(ScapLibrary.version());
    assertThat(ScapLibrary.version()).isNotEqualTo(ScapLibrary.UNKNOWN_VERSION);
  }

  @Test
  void isTheVersionOfTheModuleToo() {
    Module module = ScapLibrary.class.getModule();
    assumeTrue(module.isNamed(), "run on the module path");

    assertThat(module.getDescriptor().rawVersion()).contains(ScapLibrary.version());
  }

  @Test
  void isNotTheVersionOfTheFormat() {
    assertThat(ScapLibrary.version()).isNotEqualTo(ScapDocument.FORMAT_VERSION);
  }
}
