package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import dev.scap.model.validation.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormatRuleTest {

  @Test
  void hasStableKebabCaseCodes() {
    assertThat(FormatRule.values()).extracting(FormatRule::code).containsExactly(
        "syntax-error", "limit-exceeded", "not-a-document", "unknown-property",
        "duplicate-property", "wrong-type", "missing-property", "invalid-code",
        "invalid-date");
  }

  @Test
  void sharesNoCodeWithTheRulesOfTheModel() {
    assertThat(Arrays.stream(FormatRule.values()).map(FormatRule::code))
        .doesNotContainAnyElementsOf(Arrays.stream(Rule.values()).map(Rule::code).toList());
  }

  @Test
  void makesErrorsAtAPlace() {
    Problem problem = FormatRule.WRONG_TYPE.at("/cities/0/population", "expected a number",
        11, 80);

    assertThat(problem).isEqualTo(new Problem(Severity.ERROR, "wrong-type",
        "/cities/0/population", "expected a number", 11, 80));
  }
}
