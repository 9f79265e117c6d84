package dev.scap.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ValidationReport} that match problems by rule code and pointer,
 * and, when asked, by severity and message fragments:
 * {@code assertThat(report).containsOnly(problem("unknown-reference").at("/plans/0/city"))}.
 */
public final class ProblemAssert extends AbstractAssert<ProblemAssert, ValidationReport> {

  private ProblemAssert(ValidationReport actual) {
    super(actual, ProblemAssert.class);
  }

  /**
   * Starts assertions on a report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ProblemAssert assertThat(ValidationReport actual) {
    return new ProblemAssert(actual);
  }

  /**
   * Expects a problem of a rule, anywhere until {@link Expected#at} says where.
   *
   * @param rule the rule code, such as {@code "unknown-reference"}
   * @return the expectation
   */
  public static Expected problem(String rule) {
    return new Expected(rule, null, null, List.of());
  }

  /**
   * Expects a problem of a rule.
   *
   * @param rule the rule
   * @return the expectation
   */
  public static Expected problem(Rule rule) {
    return problem(rule.code());
  }

  /**
   * Verifies that the report holds no problem, not even a warning.
   *
   * @return this
   */
  public ProblemAssert isClean() {
    isNotNull();
    if (!actual.problems().isEmpty()) {
      failWithMessage("%nExpected no problem but the report held:%n%s", describe(actual.problems()));
    }
    return this;
  }

  /**
   * Verifies that each problem matches one expectation and each expectation one problem, in any
   * order.
   *
   * @param expected the expectations
   * @return this
   */
  public ProblemAssert containsOnly(Expected... expected) {
    isNotNull();
    List<Problem> problems = actual.problems();
    if (problems.size() != expected.length
        || !matchAll(List.of(expected), 0, new ArrayList<>(problems))) {
      failWithMessage("%nExpected only:%n%s%nbut the report held:%n%s",
          describe(List.of(expected)), describe(problems));
    }
    return this;
  }

  /**
   * Verifies that the problems match the expectations one by one, in this order and no more.
   *
   * @param expected the expectations, in document order
   * @return this
   */
  public ProblemAssert containsExactly(Expected... expected) {
    isNotNull();
    List<Problem> problems = actual.problems();
    boolean matches = problems.size() == expected.length;
    for (int i = 0; matches && i < expected.length; i++) {
      matches = expected[i].matches(problems.get(i));
    }
    if (!matches) {
      failWithMessage("%nExpected exactly, in order:%n%s%nbut the report held:%n%s",
          describe(List.of(expected)), describe(problems));
    }
    return this;
  }

  /**
   * Verifies that no problem matches an expectation.
   *
   * @param unexpected the expectation that no problem may match
   * @return this
   */
  public ProblemAssert doesNotContain(Expected unexpected) {
    isNotNull();
    if (actual.problems().stream().anyMatch(unexpected::matches)) {
      failWithMessage("%nExpected no problem like:%n  %s%nbut the report held:%n%s",
          unexpected, describe(actual.problems()));
    }
    return this;
  }

  /** Backtracking, because one problem may match several loose expectations. */
  private static boolean matchAll(List<Expected> expected, int from, List<Problem> left) {
    if (from == expected.size()) {
      return left.isEmpty();
    }
    for (int i = 0; i < left.size(); i++) {
      if (expected.get(from).matches(left.get(i))) {
        Problem taken = left.remove(i);
        if (matchAll(expected, from + 1, left)) {
          return true;
        }
        left.add(i, taken);
      }
    }
    return false;
  }

  private static String describe(List<?> items) {
    return items.isEmpty()
        ? "  (nothing)"
        : items.stream().map(item -> "  " + item).collect(Collectors.joining("\n"));
  }

  /**
   * A problem that a test expects: its rule code, and optionally its pointer, its severity and
   * fragments of its message. Immutable.
   *
   * @param rule the rule code
   * @param pointer the JSON Pointer, {@code null} for any
   * @param severity the severity, {@code null} for any
   * @param fragments texts that the message contains
   */
  public record Expected(String rule, String pointer, Severity severity, List<String> fragments) {

    /**
     * Creates an expectation.
     *
     * @param rule the rule code
     * @param pointer the pointer, {@code null} for any
     * @param severity the severity, {@code null} for any
     * @param fragments texts that the message contains
     */
    public Expected {
      Objects.requireNonNull(rule, "rule");
      fragments = List.copyOf(fragments);
    }

    /**
     * Returns a copy that expects a pointer.
     *
     * @param value the JSON Pointer
     * @return the copy
     */
    public Expected at(String value) {
      return new Expected(rule, value, severity, fragments);
    }

    /**
     * Returns a copy that expects a severity.
     *
     * @param value the severity
     * @return the copy
     */
    public Expected withSeverity(Severity value) {
      return new Expected(rule, pointer, value, fragments);
    }

    /**
     * Returns a copy that expects the message to contain texts, on top of those already expected.
     *
     * @param values the texts
     * @return the copy
     */
    public Expected withMessageContaining(String... values) {
      List<String> all = new ArrayList<>(fragments);
      all.addAll(List.of(values));
      return new Expected(rule, pointer, severity, all);
    }

    /**
     * Tells whether a problem meets this expectation.
     *
     * @param problem the problem
     * @return whether rule, and pointer, severity and fragments where given, match
     */
    public boolean matches(Problem problem) {
      return rule.equals(problem.rule())
          && (pointer == null || pointer.equals(problem.pointer()))
          && (severity == null || severity == problem.severity())
          && fragments.stream().allMatch(problem.message()::contains);
    }

    @Override
    public String toString() {
      return (severity == null ? "any" : severity.label()) + " " + rule + " "
          + (pointer == null ? "anywhere" : pointer.isEmpty() ? "/" : pointer)
          + (fragments.isEmpty() ? "" : ": message containing " + fragments.stream()
              .map(f -> "\"" + f + "\"").collect(Collectors.joining(", ")));
    }
  }
}
