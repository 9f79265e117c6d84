package dev.scap.model.internal;

import dev.scap.model.Extensions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

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
   * Returns the elements that a builder's {@code addX} method was given, as a list.
   *
   * @param <T> the element type
   * @param elements the elements
   * @param name the builder's list, for the message when an element is {@code null}
   * @return an unmodifiable list of the elements
   * @throws NullPointerException if {@code elements} is or holds {@code null}
   */
  public static <T> List<T> elements(String name, T[] elements) {
    Objects.requireNonNull(elements, name);
    try {
      return List.of(elements);
    } catch (NullPointerException e) {
      throw new NullPointerException(name + " holds a null element");
    }
  }

  /**
   * Appends elements to a builder's list. The first time, the list is copied, so that a list
   * the builder was given is never changed; after that, the copy grows in place.
   *
   * @param <T> the element type
   * @param list the builder's list: as given to it, {@code null} for none, or what this method
   *     returned for it before
   * @param added the elements to append, from {@link #elements}
   * @return a list holding the elements of {@code list}, then those of {@code added}
   */
  public static <T> List<T> appended(List<T> list, Collection<? extends T> added) {
    Growing<T> growing;
    if (list instanceof Growing<T> own) {
      growing = own;
    } else {
      growing = new Growing<>();
      if (list != null) {
        growing.addAll(list);
      }
    }
    growing.addAll(added);
    return growing;
  }

  /** A list that a builder made for itself, which it may change. */
  private static final class Growing<T> extends ArrayList<T> {
    private static final long serialVersionUID = 1L;
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
