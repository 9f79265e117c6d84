package dev.scap.report.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Where the commands' outputs write: CSV printers, JSON generators and text writers over a
 * stream that the caller owns and closes, and Markdown table cells.
 */
public final class Out {

  /** Its generators flush the stream when closed, and leave it open: the caller owns it. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Out() {}

  /**
   * Opens a CSV printer with a header row; closing it flushes and leaves the stream open.
   *
   * @param out the stream
   * @param header the names of the columns
   * @return the printer, UTF-8
   * @throws IOException if the header cannot be written
   */
  public static CSVPrinter csv(OutputStream out, String... header) throws IOException {
    return new CSVPrinter(new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8),
        Text.csv(header));
  }

  /**
   * Opens a JSON generator; closing it flushes and leaves the stream open.
   *
   * @param out the stream
   * @return the generator, UTF-8, numbers as JSON numbers
   */
  public static JsonGenerator json(OutputStream out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  /**
   * Opens a text writer, to be flushed, not closed.
   *
   * @param out the stream
   * @return the writer, UTF-8
   */
  public static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Escapes text inside a cell of a Markdown table: backslashes and bars escaped, line ends
   * made spaces.
   *
   * @param text the text, or {@code null} for none
   * @return the cell's text, empty for {@code null}
   */
  public static String markdown(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  /** A stream that a CSV printer may close without closing the caller's: closing only flushes. */
  private static final class Unclosed extends FilterOutputStream {

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
}
