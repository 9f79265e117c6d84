package dev.scap.model.internal.constraints;

import dev.scap.model.ScapDocument;
import dev.scap.model.constraints.SupportedVersion;
import dev.scap.model.internal.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SupportedVersion}. */
public final class SupportedVersionValidator
    implements ConstraintValidator<SupportedVersion, String> {

  private static final int[] SUPPORTED = Syntax.parseVersion(ScapDocument.FORMAT_VERSION);

  /** Creates the validator. */
  public SupportedVersionValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (Syntax.isReadableVersion(value)) {
      return true;
    }
    int[] version = Syntax.parseVersion(value);
    String why = version[0] == SUPPORTED[0]
        ? "is newer than " + ScapDocument.FORMAT_VERSION + ", the newest this library reads"
        : "is of another major version than " + ScapDocument.FORMAT_VERSION
            + ", which this library reads";
    Violations.here(context, "format version " + value + " " + why);
    return false;
  }
}
