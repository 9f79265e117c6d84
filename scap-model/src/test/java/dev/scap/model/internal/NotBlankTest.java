package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A text is blank when every character is white space as {@link String#isBlank()} tells, under
 * whichever Hibernate Validator runs: 8.0's own check trims instead.
 */
class NotBlankTest {

  @Property(tries = 2000)
  void reportsATextAsMissingExactlyWhenItIsBlank(@ForAll("texts") String name) {
    City city = City.of(CityId.of("cebu-city"), name, "PH");

    boolean reported = BeanValidation.shared().validate(city, "/cities/0").stream()
        .map(Problem::rule)
        .anyMatch(Rule.REQUIRED.code()::equals);

    assertThat(reported).as("name %s reported as blank", name.codePoints().boxed().toList())
        .isEqualTo(name.isBlank());
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> edges = Arbitraries.strings()
        .withChars(" \t\n\u000b\f\r\u001c\u001f\u0001\u0085\u00a0\u2007\u202f\u2028\u2029\u3000"
            + "\u1680\u2000\u200bx")
        .ofMinLength(1).ofMaxLength(4);
    return Arbitraries.oneOf(edges, Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
  }
}
