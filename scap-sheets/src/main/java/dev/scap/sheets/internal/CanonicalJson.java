package dev.scap.sheets.internal;

import java.io.OutputStream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Generators that write JSON as scap's canonical form does (two-space indent, a space after
 * each colon, numbers as their plain digits), so that a workbook exported from a document
 * imports to the document's canonical bytes.
 */
final class CanonicalJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final ObjectWriteContext CANONICAL = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators = Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
      printer.indentArraysWith(indenter);
      printer.indentObjectsWith(indenter);
      return printer;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private CanonicalJson() {}

  /**
   * Opens a canonical generator; closing it flushes {@code out} and leaves it open.
   *
   * @param out where to write UTF-8 bytes
   * @return the generator
   */
  static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(CANONICAL, out, JsonEncoding.UTF8);
  }
}
