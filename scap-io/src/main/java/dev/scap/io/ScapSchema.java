package dev.scap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the SCAP format, as this library ships it: for tools in
 * other languages that check the shape of a document before they read it.
 *
 * <p>The schema is that of format version {@value #VERSION}, the newest this library reads. It
 * describes documents of version 1.0 as well, which are those of 1.1 without events: a
 * {@code "1.0"} document that holds events is rejected, as the reader rejects it. The schema of
 * 1.0 alone is no longer shipped, since this one accepts every document that it accepted.
 *
 * <p>The schema checks properties, JSON types, codes, the syntax of identifiers, dates,
 * country and currency codes, and the ranges of numbers. It cannot express the rules that relate
 * one value to another (references, unique identifiers, cycles, periods that end before they
 * start), which {@link ScapReader} checks on top of it: a document that the schema rejects is
 * invalid, one that it accepts may still be.
 *
 * <p>Thread-safe; the text is read once, on first use.
 */
public final class ScapSchema {

  /** The format version that the schema describes. */
  public static final String VERSION = "1.1";

  private static final String ID = "https://scap.dev/schema/scap-" + VERSION + ".schema.json";

  private static final String RESOURCE = "scap-" + VERSION + ".schema.json";

  private ScapSchema() {}

  /**
   * Returns the schema's text, exactly as shipped in this library.
   *
   * @return the JSON text of the schema
   */
  public static String json() {
    return Text.JSON;
  }

  /**
   * Returns the schema's {@code $id}, the URI under which other schemas refer to it.
   *
   * @return {@code "https://scap.dev/schema/scap-1.1.schema.json"}
   */
  public static String id() {
    return ID;
  }

  /** Holds the text, read on first use rather than when the class is loaded. */
  private static final class Text {
    static final String JSON = load();

    private static String load() {
      try (InputStream in = ScapSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + RESOURCE + " is missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
      }
    }
  }
}
