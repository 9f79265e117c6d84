package dev.scap.model.internal.constraints;

import dev.scap.model.FocusArea;
import dev.scap.model.constraints.UniquePriorities;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks {@link UniquePriorities}. */
public final class UniquePrioritiesValidator
    implements ConstraintValidator<UniquePriorities, List<FocusArea>> {

  /** Creates the validator. */
  public UniquePrioritiesValidator() {}

  @Override
  public boolean isValid(List<FocusArea> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Map<Integer, Integer> first = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < value.size(); i++) {
      Integer priority = value.get(i).priority();
      if (priority == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(priority, i);
      if (earlier != null) {
        valid = false;
        Violations.atElement(context, i, "priority", "priority " + priority
            + " is already given to focus area " + earlier + " (theme "
            + Violations.quote(value.get(earlier).theme()) + ")");
      }
    }
    return valid;
  }
}
