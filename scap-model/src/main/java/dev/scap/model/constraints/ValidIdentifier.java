package dev.scap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.scap.model.internal.constraints.IdentifierValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated identifier, or text, matches {@link dev.scap.model.Identifier#SYNTAX}.
 *
 * <p>Rule code {@code invalid-identifier}. {@code null} is valid: leave it to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({FIELD, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, not by users
public @interface ValidIdentifier {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{dev.scap.model.constraints.ValidIdentifier.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
