package dev.scap.model.internal.constraints;

import dev.scap.model.Identifier;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdentifier} on typed identifiers and on text. */
public final class IdentifierValidator implements ConstraintValidator<ValidIdentifier, Object> {

  /** Creates the validator. */
  public IdentifierValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value instanceof Identifier id ? id.value() : value.toString();
    return Syntax.isIdentifier(text);
  }
}
