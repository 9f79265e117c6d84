package org.example.conference.boot;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.conference.Conference;
import org.springframework.stereotype.Service;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Seats the conference with scap, beside the validator and the JSON mapper Boot made. */
@Service
public class Seating {

  private final Validator validator;
  private final ObjectMapper mapper;

  /**
   * Creates the service.
   *
   * @param validator the application's validator
   * @param mapper the application's JSON mapper
   */
  public Seating(Validator validator, ObjectMapper mapper) {
    this.validator = validator;
    this.mapper = mapper;
  }

  /**
   * Plans the roundtables of the 2019 conference and writes them with the application's mapper.
   *
   * @return the tables, as JSON
   */
  public String tablesAsJson() throws Exception {
    List<Map<String, Object>> tables = Conference.run().roundtables().tables().stream()
        .map(table -> Map.<String, Object>of("theme", table.theme().value(),
            "guests", table.guests().stream().map(city -> city.value()).toList()))
        .toList();
    return mapper.writeValueAsString(tables);
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
