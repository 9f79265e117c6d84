package dev.scap.model.internal;

import dev.scap.model.Extensions;
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
    for (T item : list) {
      if (item == null) {
        throw new NullPointerException(name + " holds a null element");
      }
    }
    return List.copyOf(list);
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
}
