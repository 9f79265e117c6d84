package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScapLibraryTest {

  /** The version Maven builds, which surefire hands to the tests. */
  private static final String BUILT = System.getProperty("project.version");

  @Test
  void tellsTheVersionThatMavenBuilt() {
    assertThat(BUILT).as("the version surefire hands over").isNotBlank();
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
  void isTheVersionOfTheModuleToo() throws Exception {
    // Read from the compiled descriptor beside the class, so that runs on the class path, where
    // the module is unnamed, check it too.
    ModuleDescriptor descriptor = ModuleFinder.of(Path.of(ScapLibrary.class.getProtectionDomain()
            .getCodeSource().getLocation().toURI()))
        .find("dev.scap.model").orElseThrow().descriptor();

    assertThat(descriptor.name()).isEqualTo("dev.scap.model");
    assertThat(descriptor.rawVersion()).contains(ScapLibrary.version());
    Module module = ScapLibrary.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getDescriptor().rawVersion()).contains(ScapLibrary.version());
    }
  }

  @Test
  void isNotTheVersionOfTheFormat() {
    assertThat(ScapLibrary.version()).isNotEqualTo(ScapDocument.FORMAT_VERSION);
  }
}
