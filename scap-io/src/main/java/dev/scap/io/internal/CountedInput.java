package dev.scap.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that tells its subclass how many bytes each read gave, so that it can count them
 * against a limit and stop the reading by throwing: what both a document's file and a
 * workbook's parts are read through.
 */
public abstract class CountedInput extends FilterInputStream {

  /**
   * Reads through a stream.
   *
   * @param in the stream
   */
  protected CountedInput(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  /**
   * Takes the number of bytes a read just gave, more than 0.
   *
   * @param n the number of bytes
   */
  protected abstract void counted(int n);
}
