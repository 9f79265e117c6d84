package dev.scap.model.validation;

import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.internal.BeanValidation;
import dev.scap.model.internal.DocumentRules;
import dev.scap.model.internal.PropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks a document against every rule of the SCAP format that the model can see: the
 * constraints on each value and object (Bean Validation, run by Hibernate Validator), then the
 * rules across objects (unique ids, references, {@code broader} chains, project themes within
 * their plan). It reports every problem at once, never only the first.
 *
 * <p>Problems come in document order: by their pointers, with properties in the order of the
 * format, then by rule code. The same document always gives the same report.
 *
 * <p>The plans of a large document are checked in parallel, on the common fork-join pool.
 *
 * <p>Thread-safe. Starting Hibernate Validator takes time: share the instance.
 */
public final class ScapValidator {

  private static final Comparator<Problem> ORDER = Comparator
      .comparing(Problem::pointer, PropertyOrder.POINTERS)
      .thenComparing(Problem::rule)
      .thenComparing(Problem::message);

  /** Below this many plans, splitting the work costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 64;

  private final BeanValidation beanValidation;

  private ScapValidator() {
    beanValidation = BeanValidation.shared();
  }

  /**
   * Returns the shared validator, starting it on first use.
   *
   * @return the validator
   */
  public static ScapValidator instance() {
    return Holder.INSTANCE;
  }

  /**
   * Validates a document.
   *
   * @param document the document
   * @return every problem found; {@link ValidationReport#hasErrors()} tells whether the
   *     document is invalid
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public ValidationReport validate(ScapDocument document) {
    Objects.requireNonNull(document, "document");
    List<Plan> plans = document.plans();
    List<Problem> problems = new ArrayList<>(
        beanValidation.validate(document.toBuilder().plans(List.of()).build(), ""));
    // Plans are independent for the constraints on single objects: check them on every core.
    IntStream indexes = IntStream.range(0, plans.size());
    if (plans.size() >= PARALLEL_THRESHOLD) {
      indexes = indexes.parallel();
    }
    problems.addAll(indexes
        .mapToObj(i -> beanValidation.validate(plans.get(i), "/plans/" + i))
        .flatMap(List::stream)
        .collect(Collectors.toList()));
    problems.addAll(DocumentRules.check(document));
    problems.sort(ORDER);
    return new ValidationReport(problems);
  }

  private static final class Holder {
    static final ScapValidator INSTANCE = new ScapValidator();
  }
}
