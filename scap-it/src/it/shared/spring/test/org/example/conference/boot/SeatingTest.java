package org.example.conference.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** scap inside a Spring Boot application, beside the validator that Boot made. */
class SeatingTest {

  @Test
  void seatsTheConferenceInAServiceOfTheApplication() {
    List<Map<String, Object>> tables = Boot.context().getBean(Seating.class).tables();

    assertThat(tables).hasSize(9);
    assertThat(tables.get(0)).containsEntry("theme", "buildings");
  }

  @Test
  void leavesTheApplicationsValidatorItsOwn() {
    assertThat(Boot.context().getBean(Seating.class).check(new Registration("", "Phnom Penh")))
        .singleElement()
        .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("mayor"));
  }
}
