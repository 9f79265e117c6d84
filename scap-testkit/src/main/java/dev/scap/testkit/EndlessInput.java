package dev.scap.testkit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A stream that gives a prefix, then the same bytes over and over, and never ends, as a device
 * such as {@code /dev/zero} or a pipe fed by {@code yes} does: for testing that a reader stops
 * at a limit as the input arrives instead of reading it all first. Not thread-safe.
 */
public final class EndlessInput extends InputStream {

  private final byte[] prefix;
  private final byte[] repeated;
  private long given;

  /**
   * Creates the stream.
   *
   * @param prefix what comes first, as UTF-8
   * @param repeated what comes after it, again and again, as UTF-8
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code repeated} is empty
   */
  public EndlessInput(String prefix, String repeated) {
    this.prefix = Objects.requireNonNull(prefix, "prefix").getBytes(StandardCharsets.UTF_8);
    this.repeated = Objects.requireNonNull(repeated, "repeated")
        .getBytes(StandardCharsets.UTF_8);
    if (this.repeated.length == 0) {
      throw new IllegalArgumentException("repeated must not be empty: the stream never ends");
    }
  }

  /**
   * Returns how many bytes the stream has given so far.
   *
   * @return the count
   */
  public long given() {
    return given;
  }

  @Override
  public int read() {
    int next = given < prefix.length ? prefix[(int) given] & 0xFF
        : repeated[(int) ((given - prefix.length) % repeated.length)] & 0xFF;
    given++;
    return next;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    for (int i = 0; i < length; i++) {
      buffer[offset + i] = (byte) read();
    }
    return length;
  }
}
