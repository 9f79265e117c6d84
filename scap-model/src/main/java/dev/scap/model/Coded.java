package dev.scap.model;

import dev.scap.model.internal.CodeTables;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of a closed code list of the format. Its code is the constant's name in lower
 * kebab-case: {@code FEASIBILITY_STUDY} is {@code "feasibility-study"}.
 */
public interface Coded {

  /**
   * Returns the constant's name, as {@link Enum#name()} gives it.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the code that the format uses for this value.
   *
   * @return the lower kebab-case code, such as {@code "feasibility-study"}
   */
  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the constant of a code list with the given code.
   *
   * @param <E> the code list
   * @param type the code list's class
   * @param code the code, may be {@code null}
   * @return the constant, empty if {@code code} is not one of the list's codes
   */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(type.cast(CodeTables.of(type).get(code)));
  }
}
