package dev.scap.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * Checks {@link NotBlank} as docs/FORMAT.md defines a text that is not blank: it holds a
 * character that {@link Character#isWhitespace(char)} does not call white space. It takes the place of
 * Hibernate Validator's own, whose meaning changed between versions (8.0 trims the characters
 * up to U+0020, so a lone control character is blank there and U+3000 is not), so that a
 * document is judged the same whichever version an application brings.
 */
public final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

  /** Creates the validator. */
  public NotBlankValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return isNotBlank(value);
  }

  /**
   * Tells whether a text is not blank, as the class comment defines it.
   *
   * @param value the text, or {@code null}
   * @return whether it is not {@code null} and holds a character that is not white space
   */
  public static boolean isNotBlank(CharSequence value) {
    if (value == null) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
