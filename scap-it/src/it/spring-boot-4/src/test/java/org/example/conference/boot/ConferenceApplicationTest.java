package org.example.conference.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** scap inside a Spring Boot application, with the validator and the Jackson that Boot brings. */
class ConferenceApplicationTest {

  @Test
  void seatsTheConferenceBesideBootsOwnValidatorAndJackson() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        ConferenceApplication.class).web(WebApplicationType.NONE).run()) {
      Seating seating = context.getBean(Seating.class);
      JsonMapper mapper = context.getBean(JsonMapper.class);

      JsonNode tables = mapper.readTree(seating.tablesAsJson());

      assertThat(tables).hasSize(9);
      assertThat(tables.get(0).get("theme")).hasToString("\"buildings\"");
      assertThat(seating.check(new Registration("", "Phnom Penh")))
          .singleElement()
          .satisfies(violation -> assertThat(violation.getPropertyPath())
              .hasToString("mayor"));
      assertThat(context.getBeansOfType(Validator.class)).isNotEmpty();
    }
  }

  @Test
  void runsOnTheValidatorAndTheJacksonThatBootManages() throws Exception {
    assertThat(jarOf(Class.forName("org.hibernate.validator.HibernateValidator")))
        .contains("hibernate-validator-9.0.");
    assertThat(jarOf(JsonMapper.class)).contains("jackson-databind-3.");
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
