package dev.scap.model.validation;

import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.internal.BeanValidation;
import dev.scap.model.internal.DocumentValidation;
import dev.scap.model.internal.PropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a document against every rule of the SCAP format that the model can see: the
 * constraints on each value and object (Bean Validation, run by Hibernate Validator), then the
 * rules across objects (unique ids, references, {@code broader} chains, project themes within
 * their plan, events' sessions and seating within their event). It reports every problem at
 * once, never only the first.
 *
 * <p>Problems come in document order: by their pointers, with properties in the order of the
 * format, then by rule code. The same document always gives the same report.
 *
 * <p>The plans of a document are checked in parallel, on the workers of the common fork-join
 * pool.
 *
 * <p>Thread-safe. Starting Hibernate Validator takes time: share the instance.
 */
public final class ScapValidator {

  private static final Comparator<Problem> ORDER = Comparator
      .comparing(Problem::pointer, PropertyOrder.POINTERS)
      .thenComparing(Problem::rule)
      .thenComparing(Problem::message);

  private ScapValidator() {
    BeanValidation.shared();
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
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    DocumentValidation validation = new DocumentValidation(problems::add);
    for (int i = 0; i < plans.size(); i++) {
      validation.plan(plans.get(i), i);
    }
    validation.finish(document);
    problems.sort(ORDER);
    return new ValidationReport(problems);
  }

  private static final class Holder {
    static final ScapValidator INSTANCE = new ScapValidator();
  }
}
