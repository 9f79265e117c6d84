package dev.scap.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream that keeps every byte read through it, so that a document can be parsed as it
 * arrives (text that is not JSON, or nests too deep, stops reading at once, however long the
 * stream) and still be read again to place its problems. The bytes are kept in chunks, so that
 * keeping them never needs a copy of all of them until {@link #bytes()} is asked for.
 *
 * <p>Closing it does not close the stream it reads. Not thread-safe.
 */
public final class Recording extends InputStream {

  /** What is thrown once more bytes than the most allowed have been read. */
  @FunctionalInterface
  public interface TooLarge {
    /**
     * Returns the exception to throw.
     *
     * @param read how many bytes have been read
     * @return the exception
     */
    RuntimeException after(long read);
  }

  /** The longest array a JVM allocates. */
  public static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final int FIRST_CHUNK = 1 << 16;
  private static final int LARGEST_CHUNK = 1 << 23;

  private final InputStream in;
  private final long most;
  private final TooLarge tooLarge;
  private List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk = new byte[FIRST_CHUNK];
  private int used;
  private long length;
  private byte[] bytes;

  /**
   * Records what is read from a stream.
   *
   * @param in the stream
   * @param most the most bytes allowed; one more throws {@code tooLarge}'s exception (at most
   *     {@link #MAX_ARRAY}, since the bytes end up in one array)
   * @param tooLarge makes the exception
   */
  public Recording(InputStream in, long most, TooLarge tooLarge) {
    this.in = in;
    this.most = Math.min(most, MAX_ARRAY);
    this.tooLarge = tooLarge;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = in.read(buffer, offset, count);
    if (n > 0) {
      if (length + n > most) {
        throw tooLarge.after(length + n);
      }
      keep(buffer, offset, n);
    }
    return n;
  }

  private void keep(byte[] buffer, int offset, int count) {
    int done = 0;
    while (done < count) {
      if (used == chunk.length) {
        chunks.add(chunk);
        chunk = new byte[Math.max(FIRST_CHUNK, Math.min(LARGEST_CHUNK, 2 * chunk.length))];
        used = 0;
      }
      int n = Math.min(count - done, chunk.length - used);
      System.arraycopy(buffer, offset + done, chunk, used, n);
      used += n;
      done += n;
    }
    length += count;
    bytes = null;
  }

  /**
   * Returns how many bytes have been read.
   *
   * @return the length
   */
  public int length() {
    return (int) length;
  }

  /**
   * Returns the bytes read so far, in one array at least {@link #length()} long; once asked
   * for, the chunks are given up for it.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    if (bytes == null) {
      byte[] all = new byte[(int) length];
      int at = 0;
      for (byte[] full : chunks) {
        System.arraycopy(full, 0, all, at, full.length);
        at += full.length;
      }
      System.arraycopy(chunk, 0, all, at, used);
      bytes = all;
      chunks = new ArrayList<>();
      chunks.add(all);
      chunk = new byte[0];
      used = 0;
    }
    return bytes;
  }

  @Override
  public void close() {
    // The stream belongs to whoever opened it.
  }
}
