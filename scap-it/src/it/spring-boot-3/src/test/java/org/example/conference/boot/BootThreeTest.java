package org.example.conference.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spring Boot 3.5 gives scap Hibernate Validator 8.0 and the application Jackson 2. */
class BootThreeTest {

  @Test
  void runsOnTheValidatorThatBootManages() throws Exception {
    assertThat(jarOf(Class.forName("org.hibernate.validator.HibernateValidator")))
        .contains("hibernate-validator-8.0.");
    assertThat(jarOf(Class.forName("jakarta.validation.Validator")))
        .contains("jakarta.validation-api-3.0.");
  }

  @Test
  void writesScapsResultsWithBootsJacksonTwo() throws Exception {
    ObjectMapper mapper = Boot.context().getBean(ObjectMapper.class);
    List<Map<String, Object>> tables = Boot.context().getBean(Seating.class).tables();

    assertThat(jarOf(ObjectMapper.class)).contains("jackson-databind-2.");
    assertThat(mapper.readTree(mapper.writeValueAsString(tables))).hasSize(tables.size());
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
