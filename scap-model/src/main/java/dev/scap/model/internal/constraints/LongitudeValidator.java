package dev.scap.model.internal.constraints;

import dev.scap.model.constraints.Longitude;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Longitude}. */
public final class LongitudeValidator implements ConstraintValidator<Longitude, BigDecimal> {

  private static final BigDecimal LIMIT = BigDecimal.valueOf(180);

  /** Creates the validator. */
  public LongitudeValidator() {}

  @Override
  public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
    return value == null || value.abs().compareTo(LIMIT) <= 0;
  }
}
