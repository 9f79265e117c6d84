package dev.scap.io;

import dev.scap.io.internal.DocumentWriter;
import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes SCAP documents in canonical form: UTF-8, properties in the order of the format with
 * {@code extensions} last, absent values and empty lists left out, two-space indent,
 * {@code \n} line ends, a final line feed, and numbers exactly as held, in plain decimal
 * notation. The same document always gives the same bytes, and reading them back gives an
 * equal document.
 *
 * <p>It writes whatever document it is given; validate first to write only valid ones.
 * Immutable and thread-safe.
 */
public final class ScapWriter {

  private static final ScapWriter CANONICAL = new ScapWriter();

  private ScapWriter() {}

  /**
   * Returns the canonical writer.
   *
   * @return the writer
   */
  public static ScapWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes a document to a file, atomically: to a temporary file in the same folder, forced to
   * disk, then moved over the target. If anything fails, the target is left as it was.
   *
   * @param document the document
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void write(ScapDocument document, Path file) throws IOException {
    Objects.requireNonNull(document, "document");
    AtomicFiles.write(file, out -> write(document, out));
  }

  /**
   * Writes a document to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param document the document
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public void write(ScapDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    try (JsonGenerator generator = DocumentWriter.generator(out)) {
      new DocumentWriter(generator).write(document);
    } catch (JacksonException e) {
      throw DocumentWriter.unwrap(e);
    }
  }

  /**
   * Writes a document to a character stream. The stream is flushed, not closed.
   *
   * @param document the document
   * @param out the character stream
   * @throws IOException if the stream cannot be written
   */
  public void write(ScapDocument document, Writer out) throws IOException {
    Objects.requireNonNull(document, "document");
    try (JsonGenerator generator = DocumentWriter.generator(out)) {
      new DocumentWriter(generator).write(document);
    } catch (JacksonException e) {
      throw DocumentWriter.unwrap(e);
    }
  }

  /**
   * Returns a document's canonical JSON text.
   *
   * @param document the document
   * @return the text, ending with a line feed
   */
  public String toJson(ScapDocument document) {
    StringWriter text = new StringWriter();
    try {
      write(document, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

}
