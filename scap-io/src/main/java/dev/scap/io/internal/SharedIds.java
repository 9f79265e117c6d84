package dev.scap.io.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One instance of each id a document refers to again and again, such as the themes that its
 * focus areas and projects name: a document of 10,000 plans names a few dozen themes some
 * 400,000 times, and one instance each holds a fraction of the memory, hashes its text once
 * and is found in a hash set by identity.
 *
 * <p>It keeps at most {@value #MOST} ids, then makes a new one for each id it does not hold, so
 * that a document read plan by plan still takes memory that does not grow with its plans.
 * Not thread-safe.
 *
 * @param <T> the type of id
 */
final class SharedIds<T> {

  /** Far more than the themes or organizations of a document, few enough to hold for good. */
  static final int MOST = 4096;

  private final Function<String, T> factory;
  private final Map<String, T> ids = new HashMap<>();

  SharedIds(Function<String, T> factory) {
    this.factory = factory;
  }

  /** The id with this text: the one made before, if held. */
  T of(String text) {
    T id = ids.get(text);
    if (id == null) {
      id = factory.apply(text);
      if (ids.size() < MOST) {
        ids.put(text, id);
      }
    }
    return id;
  }
}
