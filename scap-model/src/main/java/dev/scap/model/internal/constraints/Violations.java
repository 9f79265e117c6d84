package dev.scap.model.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
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

  /**
   * Calls {@code onRepeat(index, earlierIndex)} for each element whose key, not {@code null},
   * an earlier element already has.
   *
   * @return whether no key repeats
   */
  static <T, K> boolean eachRepeat(
      List<T> list, Function<T, K> key, BiConsumer<Integer, Integer> onRepeat) {
    if (list == null) {
      return true;
    }
    Map<K, Integer> first = new HashMap<>();
    boolean unique = true;
    for (int i = 0; i < list.size(); i++) {
      K k = key.apply(list.get(i));
      Integer earlier = k == null ? null : first.putIfAbsent(k, i);
      if (earlier != null) {
        unique = false;
        onRepeat.accept(i, earlier);
      }
    }
    return unique;
  }
}
