package org.example.conference.boot;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.conference.Conference;
import org.springframework.stereotype.Service;

/** Seats the conference with scap, beside the validator that Boot made. */
@Service
public class Seating {

  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param validator the application's validator
   */
  public Seating(Validator validator) {
    this.validator = validator;
  }

  /**
   * Plans the roundtables of the 2019 conference.
   *
   * @return each table's theme and guests, ready for the application's JSON mapper
   */
  public List<Map<String, Object>> tables() {
    return Conference.run().roundtables().tables().stream()
        .map(table -> Map.<String, Object>of("theme", table.theme().value(),
            "guests", table.guests().stream().map(city -> city.value()).toList()))
        .toList();
  }

  /**
   * Checks a registration with the application's validator.
   *
   * @param registration the registration
   * @return what is wrong with it
   */
  public Set<ConstraintViolation<Registration>> check(Registration registration) {
    return validator.validate(registration);
  }
}
