package dev.scap.io.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that a writer may close without closing the stream beneath, which its caller owns:
 * closing only flushes. Writes of arrays go straight through.
 */
public final class Unclosed extends FilterOutputStream {

  /**
   * Wraps a stream.
   *
   * @param out the caller's stream
   */
  public Unclosed(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
