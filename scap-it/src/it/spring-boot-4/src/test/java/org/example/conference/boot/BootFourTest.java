package org.example.conference.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot 4.0 gives scap Hibernate Validator 9.0, and its own version of Jackson 3 in place
 * of the one scap was built with.
 */
class BootFourTest {

  @Test
  void runsOnTheValidatorAndTheJacksonThatBootManages() throws Exception {
    assertThat(jarOf(Class.forName("org.hibernate.validator.HibernateValidator")))
        .contains("hibernate-validator-9.0.");
    assertThat(jarOf(JsonParser.class)).contains("jackson-core-3.");
  }

  @Test
  void writesScapsResultsWithBootsJacksonThree() {
    JsonMapper mapper = Boot.context().getBean(JsonMapper.class);
    List<Map<String, Object>> tables = Boot.context().getBean(Seating.class).tables();

    assertThat(mapper.readTree(mapper.writeValueAsString(tables))).hasSize(tables.size());
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
