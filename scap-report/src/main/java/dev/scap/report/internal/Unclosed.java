package dev.scap.report.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A caller's stream that a writer (a CSV printer, FastExcel finishing a workbook) may close:
 * closing it only flushes, so that a web response or a file the caller opened stays open. Not
 * thread-safe.
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
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
