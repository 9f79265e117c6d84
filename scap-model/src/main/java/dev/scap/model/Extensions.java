package dev.scap.model;

import dev.scap.model.internal.Copies;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Free-form data that an object of the format carries under {@code "extensions"}: kept, never
 * interpreted.
 *
 * <p>Values are plain Java values that mirror JSON: {@link String}, {@link BigDecimal} (every
 * JSON number, read exactly, with a scale of at least 0: {@code 5E+2} is held as {@code 500}),
 * {@link Boolean}, {@link List}, {@link Map} with {@code String}
 * keys, and {@code null}. {@link Integer}, {@link Long}, {@link Short}, {@link Byte},
 * {@link BigInteger}, {@link Double} and {@link Float} given to {@link #of(Map)} are converted
 * to {@code BigDecimal}; any other type, other {@link Number}s included, is rejected. Keys keep
 * the order in which they were given.
 *
 * <p>Immutable and thread-safe: {@link #of(Map)} takes a deep copy, and the maps and lists it
 * returns cannot be changed.
 *
 * @param values the extension properties, in order; unmodifiable, never {@code null}
 */
public record Extensions(Map<String, Object> values) {

  /** No extensions. */
  public static final Extensions NONE = new Extensions(Map.of());

  /**
   * Copies {@code values} deeply into an immutable structure.
   *
   * @param values the extension properties
   * @throws NullPointerException if {@code values} or one of its keys is {@code null}
   * @throws IllegalArgumentException if a value is not a JSON-like value, or is a
   *     non-finite floating point number
   */
  public Extensions {
    values = copyMap(Objects.requireNonNull(values, "values"));
  }

  /**
   * Returns extensions holding a deep copy of {@code values}, or {@link #NONE} if it is empty.
   *
   * @param values the extension properties, or {@code null} for none
   * @return the extensions
   * @throws IllegalArgumentException if a value is not a JSON-like value
   */
  public static Extensions of(Map<String, ?> values) {
    if (values == null || values.isEmpty()) {
      return NONE;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) values;
    return new Extensions(map);
  }

  /**
   * Returns whether there are no extension properties.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns the value of one extension property.
   *
   * @param key the property name
   * @return the value, empty if the property is absent or {@code null}
   */
  public Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  private static Map<String, Object> copyMap(Map<?, ?> source) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : source.entrySet()) {
      Object key = Objects.requireNonNull(entry.getKey(), "extension key");
      if (!(key instanceof String name)) {
        throw new IllegalArgumentException("extension key is not a string: " + key);
      }
      copy.put(name, copyValue(entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal number) {
      return Copies.decimal(number);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("extension number is not finite: " + d);
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Map<?, ?> map) {
      return copyMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(copyValue(item));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "extension value is not a JSON value: " + value.getClass().getName());
  }
}
