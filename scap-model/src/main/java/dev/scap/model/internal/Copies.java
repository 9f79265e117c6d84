package dev.scap.model.internal;

import dev.scap.model.Extensions;
import java.math.BigDecimal;
import java.util.List;

/** Defensive copies for the compact constructors of the model's records. */
public final class Copies {

  private Copies() {}

  /**
   * Copies a list into an unmodifiable one.
   *
   * @param <T> the element type
   * @param list the list, {@code null} meaning empty
   * @param name the component's name, for the message when an element is {@code null}
   * @return an unmodifiable copy
   * @throws NullPointerException if an element is {@code null}
   */
  public static <T> List<T> list(List<? extends T> list, String name) {
    if (list == null) {
      return List.of();
    }
    try {
      return List.copyOf(list);  // rejects null elements itself, in the same pass
    } catch (NullPointerException e) {
      throw new NullPointerException(name + " holds a null element");
    }
  }

  /**
   * Returns the given extensions, or none for {@code null}.
   *
   * @param extensions the extensions, may be {@code null}
   * @return never {@code null}
   */
  public static Extensions extensions(Extensions extensions) {
    return extensions == null ? Extensions.NONE : extensions;
  }

  /**
   * Returns a number in the form it is written in: a negative scale ({@code 5E+2}) becomes
   * scale 0 ({@code 500}), the same value, so that a number equals itself read back from the
   * format's plain notation.
   *
   * @param number the number, may be {@code null}
   * @return the number with a scale of at least 0
   */
  public static BigDecimal decimal(BigDecimal number) {
    return number != null && number.scale() < 0 ? number.setScale(0) : number;
  }
}
