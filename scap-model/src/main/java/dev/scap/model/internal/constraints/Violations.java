package dev.scap.model.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Builds violations whose message is written by the validator. The text goes in as a message
 * parameter, so that values from the document are never read as templates.
 */
final class Violations {

  private Violations() {}

  static void here(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("text", message)
        .buildConstraintViolationWithTemplate("{text}")
        .addConstraintViolation();
  }

  static void at(ConstraintValidatorContext context, String property, String message) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("text", message)
        .buildConstraintViolationWithTemplate("{text}")
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  static void atElement(
      ConstraintValidatorContext context, int index, String property, String message) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("text", message)
        .buildConstraintViolationWithTemplate("{text}")
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  static String quote(Object value) {
    return "\"" + value + "\"";
  }
}
