package dev.scap.model.internal.constraints;

import dev.scap.model.Period;
import dev.scap.model.constraints.ValidPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPeriod}. */
public final class PeriodValidator implements ConstraintValidator<ValidPeriod, Period> {

  /** Creates the validator. */
  public PeriodValidator() {}

  @Override
  public boolean isValid(Period value, ConstraintValidatorContext context) {
    if (value == null || value.start() == null || value.end() == null
        || value.end() >= value.start()) {
      return true;
    }
    Violations.at(context, "end", "period ends (" + value.end() + ") before it starts ("
        + value.start() + ")");
    return false;
  }
}
