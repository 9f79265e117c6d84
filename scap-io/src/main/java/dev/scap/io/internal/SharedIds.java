package dev.scap.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One instance of each id a document refers to again and again, such as the themes that its
 * focus areas and projects name: a document of 10,000 plans names a few dozen themes some
 * 500,000 times, and one instance each holds a fraction of the memory, hashes its text once
 * and is found in a hash set by identity. An id is looked up by its text as a string, or as
 * the parser's characters, which spares making a string for each time it is named.
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
  private final List<String> texts = new ArrayList<>();
  private final List<T> ids = new ArrayList<>();
  private int[] hashes = new int[16];
  /** Open addressing: each slot holds an entry's index plus one, or 0 when empty. */
  private int[] slots = new int[32];

  SharedIds(Function<String, T> factory) {
    this.factory = factory;
  }

  /** The id with this text: the one made before, if held. */
  T of(String text) {
    int hash = text.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (hashes[entry] == hash && texts.get(entry).equals(text)) {
        return ids.get(entry);
      }
    }
    return add(text, hash);
  }

  /**
   * The id whose text is {@code length} characters of {@code chars} from {@code offset}: the one
   * made before, if held.
   */
  T of(char[] chars, int offset, int length) {
    int hash = 0;
    for (int x = offset; x < offset + length; x++) {
      hash = 31 * hash + chars[x];   // as String.hashCode
    }
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (hashes[entry] == hash && matches(texts.get(entry), chars, offset, length)) {
        return ids.get(entry);
      }
    }
    return add(new String(chars, offset, length), hash);
  }

  private T add(String text, int hash) {
    T id = factory.apply(text);
    if (ids.size() >= MOST) {
      return id;
    }
    int entry = ids.size();
    texts.add(text);
    ids.add(id);
    if (entry == hashes.length) {
      hashes = Arrays.copyOf(hashes, 2 * entry);
    }
    hashes[entry] = hash;
    if (2 * ids.size() > slots.length) {
      slots = new int[2 * slots.length];
      for (int e = 0; e < ids.size(); e++) {
        place(e);
      }
    } else {
      place(entry);
    }
    return id;
  }

  private void place(int entry) {
    int mask = slots.length - 1;
    int slot = spread(hashes[entry]) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = entry + 1;
  }

  /** Mixes the high bits into the low ones, which pick the slot, as HashMap does. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean matches(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int x = 0; x < length; x++) {
      if (text.charAt(x) != chars[offset + x]) {
        return false;
      }
    }
    return true;
  }
}
