package dev.scap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import dev.scap.model.validation.Severity;
import dev.scap.model.validation.ValidationReport;
import java.util.List;
import net.jqwik.api.Example;

class MutatedTest {

  private static final ScapDocument DOCUMENT = ScapDocument.builder()
      .addTaxonomies(BuiltInTaxonomies.wegoAscn2019()).build();

  private final Mutated mutated = new Mutated(Mutation.PROJECT_THEME_OUTSIDE_PLAN, DOCUMENT,
      Rule.THEME_OUTSIDE_PLAN, "/plans/3/projects/1/themes/0");

  @Example
  void takesItsSeverityFromTheRule() {
    assertThat(mutated.expectedSeverity()).isEqualTo(Severity.WARNING);
  }

  @Example
  void expectsTheProblemOfItsRuleAtItsPointer() {
    assertThat(mutated.isExpected(Problem.warning("theme-outside-plan",
        "/plans/3/projects/1/themes/0", "any message"))).isTrue();
    assertThat(mutated.isExpected(Problem.error("theme-outside-plan",
        "/plans/3/projects/1/themes/0", "any message"))).isFalse();
    assertThat(mutated.isExpected(Problem.warning("theme-outside-plan",
        "/plans/3/projects/1/themes/1", "any message"))).isFalse();
    assertThat(mutated.isExpected(Problem.warning("unknown-reference",
        "/plans/3/projects/1/themes/0", "any message"))).isFalse();
  }

  @Example
  void wantsTheExpectedProblemAlone() {
    Problem expected = Problem.warning("theme-outside-plan", "/plans/3/projects/1/themes/0", "m");
    Problem other = Problem.error("required", "/plans/3/title", "m");

    assertThat(mutated.isReportedAloneIn(new ValidationReport(List.of(expected)))).isTrue();
    assertThat(mutated.isReportedAloneIn(new ValidationReport(List.of(expected, other))))
        .isFalse();
    assertThat(mutated.isReportedAloneIn(ValidationReport.CLEAN)).isFalse();
  }

  @Example
  void namesTheMutationAndTheProblemButNotTheDocument() {
    assertThat(mutated).hasToString(
        "PROJECT_THEME_OUTSIDE_PLAN: warning theme-outside-plan at /plans/3/projects/1/themes/0");
  }

  @Example
  void rejectsMissingComponents() {
    assertThatThrownBy(() -> new Mutated(Mutation.DANGLING_PLAN_CITY, DOCUMENT, null, "/"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("expectedRule");
  }
}
