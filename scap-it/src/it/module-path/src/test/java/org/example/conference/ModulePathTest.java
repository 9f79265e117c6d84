package org.example.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.io.ScapReader;
import dev.scap.model.ScapLibrary;
import dev.scap.model.validation.ScapValidator;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The application and scap run as named modules, with the validator the build chose. */
class ModulePathTest {

  @Test
  void runsAsANamedModuleThatRequiresOnlyScapReport() {
    Module module = Conference.class.getModule();

    assertThat(module.getName()).isEqualTo("org.example.conference");
    Set<String> requires = module.getDescriptor().requires().stream()
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(requires).containsExactlyInAnyOrder("java.base", "dev.scap.report");
  }

  @Test
  void findsScapAndItsValidatorAsModules() {
    assertThat(ThemeOverlap.class.getModule().getName()).isEqualTo("dev.scap.analysis");
    assertThat(ScapValidator.class.getModule().getName()).isEqualTo("dev.scap.model");
    Module validator = ModuleLayer.boot().findModule("org.hibernate.validator").orElseThrow();
    String jar = validator.getClassLoader()
        .getResource("org/hibernate/validator/HibernateValidator.class").toString();

    assertThat(jar).contains("hibernate-validator-"
        + System.getProperty("expected.hibernate-validator") + ".jar");
  }

  @Test
  void readsScapsVersionFromEachModuleDescriptor() {
    String expected = System.getProperty("expected.scap");

    for (Class<?> type : List.of(ScapValidator.class, ScapReader.class, ThemeOverlap.class)) {
      assertThat(type.getModule().getDescriptor().rawVersion()).as(type.getModule().getName())
          .contains(expected);
    }
    assertThat(ScapLibrary.version()).isEqualTo(expected);
  }
}
