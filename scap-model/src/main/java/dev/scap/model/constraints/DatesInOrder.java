package dev.scap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.scap.model.internal.constraints.EventDatesValidator;
import dev.scap.model.internal.constraints.ProjectDatesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated project or event does not end before it starts. A violation is reported at its
 * {@code end}.
 *
 * <p>Rule code {@code invalid-period}. {@code null} is valid: leave it to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {ProjectDatesValidator.class, EventDatesValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, not by users
public @interface DatesInOrder {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{dev.scap.model.constraints.DatesInOrder.message}";

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
