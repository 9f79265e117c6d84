package dev.scap.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that validate's JSON generator may close without closing the stream beneath, which
 * the command owns: closing only flushes. Writes of arrays go straight through.
 */
final class Unclosed extends FilterOutputStream {

  Unclosed(OutputStream out) {
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
