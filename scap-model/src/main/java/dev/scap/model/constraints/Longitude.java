package dev.scap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.scap.model.internal.constraints.LongitudeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number is a longitude: in [-180, 180].
 *
 * <p>Rule code {@code invalid-coordinate}. {@code null} is valid: leave it to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = LongitudeValidator.class)
@Target({FIELD, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, not by users
public @interface Longitude {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{dev.scap.model.constraints.Longitude.message}";

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
