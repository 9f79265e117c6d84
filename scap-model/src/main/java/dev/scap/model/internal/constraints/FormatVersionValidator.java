package dev.scap.model.internal.constraints;

import dev.scap.model.constraints.FormatVersion;
import dev.scap.model.internal.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FormatVersion}. */
public final class FormatVersionValidator implements ConstraintValidator<FormatVersion, String> {

  /** Creates the validator. */
  public FormatVersionValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Syntax.parseVersion(value) != null;
  }
}
