package dev.scap.model.internal.constraints;

import dev.scap.model.constraints.CurrencyCode;
import dev.scap.model.internal.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CurrencyCode}. */
public final class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {

  /** Creates the validator. */
  public CurrencyCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Syntax.isCurrency(value);
  }
}
