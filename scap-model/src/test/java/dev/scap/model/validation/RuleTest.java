package dev.scap.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTest {

  private static final String README = readme();

  @Property
  void hasAKebabCaseCodeThatIsItsNameInLowerCase(@ForAll Rule rule) {
    assertThat(rule.code())
        .matches("[a-z]+(-[a-z]+)*")
        .isEqualTo(rule.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  @Test
  void givesEveryRuleItsOwnCode() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::code)).doesNotHaveDuplicates();
  }

  @Test
  void makesOnlyTheRulesOfWhatStillMakesSenseWarnings() {
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.severity() == Severity.WARNING))
        .containsExactly(Rule.THEME_OUTSIDE_PLAN, Rule.DUPLICATE_ENTRY, Rule.TABLE_OVER_CAPACITY,
            Rule.INVITED_TWICE);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void isListedInTheReadmeWithItsSeverity(Rule rule) {
    assertThat(README).contains("| `" + rule.code() + "` | " + rule.severity().label() + " |");
  }

  @Test
  void labelsSeveritiesAsTheCommandLinePrintsThem() {
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
  }

  private static String readme() {
    try {
      return Files.readString(Path.of("../README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
