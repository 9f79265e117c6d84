package dev.scap.model.internal.constraints;

import dev.scap.model.FocusArea;
import dev.scap.model.constraints.UniquePriorities;
import dev.scap.model.internal.Quoted;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link UniquePriorities}. */
public final class UniquePrioritiesValidator
    implements ConstraintValidator<UniquePriorities, List<FocusArea>> {

  /** Creates the validator. */
  public UniquePrioritiesValidator() {}

  @Override
  public boolean isValid(List<FocusArea> value, ConstraintValidatorContext context) {
    return Violations.eachRepeat(value, FocusArea::priority, (index, earlier) ->
        Violations.atElement(context, index, "priority", "priority "
            + value.get(index).priority() + " is already given to focus area " + earlier
            + " (theme " + Quoted.value(value.get(earlier).theme()) + ")"));
  }
}
