package dev.scap.model.internal.constraints;

import dev.scap.model.Project;
import dev.scap.model.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DatesInOrder}. */
public final class ProjectDatesValidator implements ConstraintValidator<DatesInOrder, Project> {

  /** Creates the validator. */
  public ProjectDatesValidator() {}

  @Override
  public boolean isValid(Project value, ConstraintValidatorContext context) {
    if (value == null || value.start() == null || value.end() == null
        || !value.end().isBefore(value.start())) {
      return true;
    }
    Violations.at(context, "end", "project ends (" + value.end() + ") before it starts ("
        + value.start() + ")");
    return false;
  }
}
