package dev.scap.io;

import dev.scap.model.ScapDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test resources and canonical bytes that the tests of this package share. */
final class TestFiles {

  private TestFiles() {}

  /**
   * Returns the bytes of a test resource.
   *
   * @param name the resource's absolute name, such as {@code "/golden/example.json"}
   */
  static byte[] bytes(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the text of a test resource, which is UTF-8. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Returns a document's canonical form, as written to a stream. */
  static byte[] canonical(ScapDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ScapWriter.canonical().write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Shows bytes in a failure message: printable ASCII as is, anything else escaped. */
  static String show(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == '\n') {
        text.append("\\n\n");
      } else if (c >= 0x20 && c < 0x7F && c != '\\') {
        text.append((char) c);
      } else {
        text.append(String.format("\\x%02X", c));
      }
    }
    return text.toString();
  }
}
