package dev.scap.model.internal.constraints;

import dev.scap.model.constraints.Latitude;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Latitude}. */
public final class LatitudeValidator implements ConstraintValidator<Latitude, BigDecimal> {

  private static final BigDecimal LIMIT = BigDecimal.valueOf(90);

  /** Creates the validator. */
  public LatitudeValidator() {}

  @Override
  public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
    return value == null || value.abs().compareTo(LIMIT) <= 0;
  }
}
