package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Rule;
import dev.scap.model.validation.ScapValidator;
import java.nio.file.Path;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Tells which Hibernate Validator a run of the suite had, so that a build which means to test
 * against an older one cannot pass on the pinned one by mistake.
 */
class ValidatorVersionTest {

  private static final String EXPECTED = System.getProperty("scap.test.hibernate-validator");

  @Test
  void runsOnTheHibernateValidatorThatTheBuildAskedFor() throws Exception {
    Path jar = Path.of(HibernateValidator.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());

    assertThat(EXPECTED).as("the build names the expected version").isNotBlank();
    assertThat(jar.getFileName()).hasToString("hibernate-validator-" + EXPECTED + ".jar");
  }

  @Test
  void turnsTrackingOffWhereTheValidatorOffersItAndOnlyThere() {
    boolean offers = !EXPECTED.startsWith("8.") && !EXPECTED.startsWith("9.0.");

    assertThat(BeanValidation.shared().untracked()).isEqualTo(offers);
  }

  @Test
  void validatesWithWhicheverValidatorRuns() {
    ScapDocument document = ScapDocument.builder()
        .addCities(City.of(CityId.of("hanoi"), "Hanoi", "XX"))
        .build();

    assertThat(ScapValidator.instance().validate(document).problems())
        .extracting(problem -> problem.rule())
        .containsExactly(Rule.EMPTY_LIST.code(), Rule.INVALID_COUNTRY.code());
  }
}
