package dev.scap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.scap.model.internal.constraints.SupportedVersionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated format version can be read by this library: the same major version and a minor version no newer than {@link dev.scap.model.ScapDocument#FORMAT_VERSION}. Text that is not a version is left to {@link FormatVersion}.
 *
 * <p>Rule code {@code unsupported-version}. {@code null} is valid: leave it to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = SupportedVersionValidator.class)
@Target({FIELD, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, not by users
public @interface SupportedVersion {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{dev.scap.model.constraints.SupportedVersion.message}";

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
