package dev.scap.io.internal;

import dev.scap.model.Identifier;
import dev.scap.model.internal.DocumentRules;
import java.nio.charset.StandardCharsets;

/**
 * Remembers plan and project ids in constant space per id: a 128-bit hash of each, in an
 * open-addressing table of longs, so that a document larger than the heap can be checked for
 * duplicate ids. Two different ids collide with a probability of about n²/2¹²⁹ (about 10⁻²¹
 * for a billion ids); a duplicate's first place is not kept. Not thread-safe.
 */
public final class HashedIds implements DocumentRules.IdRegistry {

  private long[] table = new long[2 * 1024];
  private int size;

  /** Creates an empty registry. */
  public HashedIds() {}

  @Override
  public String register(String kind, Identifier id, long place) {
    byte[] bytes = (kind + '\u0000' + id.value()).getBytes(StandardCharsets.UTF_8);
    long high = hash(bytes, 0x9E3779B97F4A7C15L);
    long low = hash(bytes, 0xC2B2AE3D27D4EB4FL);
    if (high == 0 && low == 0) {
      low = 1;
    }
    if ((size + 1) * 4L > table.length / 2 * 3L) {
      grow();
    }
    return insert(table, high, low) ? null : "";
  }

  private boolean insert(long[] into, long high, long low) {
    int slots = into.length / 2;
    int slot = (int) ((high ^ (high >>> 32)) & (slots - 1));
    while (true) {
      long h = into[2 * slot];
      long l = into[2 * slot + 1];
      if (h == 0 && l == 0) {
        into[2 * slot] = high;
        into[2 * slot + 1] = low;
        if (into == table) {
          size++;
        }
        return true;
      }
      if (h == high && l == low) {
        return false;
      }
      slot = (slot + 1) & (slots - 1);
    }
  }

  private void grow() {
    long[] old = table;
    long[] bigger = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0 || old[i + 1] != 0) {
        insert(bigger, old[i], old[i + 1]);
      }
    }
    table = bigger;
  }

  /** A 64-bit hash: FNV-1a over the bytes from a seed, then a murmur finalizer. */
  private static long hash(byte[] bytes, long seed) {
    long h = seed ^ 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
