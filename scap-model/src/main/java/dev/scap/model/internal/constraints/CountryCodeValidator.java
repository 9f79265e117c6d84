package dev.scap.model.internal.constraints;

import dev.scap.model.constraints.CountryCode;
import dev.scap.model.internal.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CountryCode}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  /** Creates the validator. */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Syntax.isCountry(value);
  }
}
