package dev.scap.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Ways of breaking a valid document, for the properties of the reader: changes to its bytes,
 * which mostly break the JSON, and values replaced by other JSON, which keep it JSON but break
 * the format.
 */
final class Damage {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** JSON values of every type, and values that break a rule of the format. */
  private static final String[] VALUES = {"null", "true", "0", "-1", "1.50", "2e3", "1e400",
      "99999999999", "99999999999999999999", "\"\"", "\"x\"", "\" \"", "\"2019-02-30\"",
      "\"pilott\"", "\"KH\"", "[]", "[null]", "[\"x\", 1]", "[[]]", "{}", "{\"id\": null}",
      "{\"extensions\": 1}", "{\"titel\": \"x\"}"};

  private Damage() {}

  /** Returns one to four changes of single bytes: flips, insertions, deletions, cuts. */
  static Arbitrary<List<ByteEdit>> byteEdits() {
    return Combinators.combine(
            Arbitraries.of(ByteEdit.Kind.class),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of(ByteEdit.SPECIAL)))
        .as(ByteEdit::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  /** Makes the changes, one after the other. */
  static byte[] apply(byte[] bytes, List<ByteEdit> edits) {
    byte[] result = bytes;
    for (ByteEdit edit : edits) {
      result = edit.applyTo(result);
    }
    return result;
  }

  /** Returns one to three values to replace by JSON of any type or values the format refuses. */
  static Arbitrary<List<Replacement>> replacements() {
    return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(VALUES))
        .as(Replacement::new).list().ofMinSize(1).ofMaxSize(3);
  }

  /** Replaces the values, one after the other. */
  static String apply(String json, List<Replacement> replacements) {
    String result = json;
    for (Replacement replacement : replacements) {
      result = replaceValue(result, replacement.choice(), replacement.value());
    }
    return result;
  }

  /** A value of a document, chosen in document order, and what replaces it. */
  record Replacement(int choice, String value) {}

  /** One change to the bytes of a document. */
  record ByteEdit(Kind kind, int position, byte value) {

    enum Kind { FLIP, INSERT, DELETE, TRUNCATE }

    /** Bytes that JSON, numbers and UTF-8 give meaning to. */
    static final Byte[] SPECIAL = specials();

    private static Byte[] specials() {
      byte[] ascii = "{}[]\":,\\ -+.eE019tnul\n".getBytes(StandardCharsets.US_ASCII);
      List<Byte> all = new ArrayList<>();
      for (byte b : ascii) {
        all.add(b);
      }
      for (int b : new int[] {0x00, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF4, 0xFF}) {
        all.add((byte) b);
      }
      return all.toArray(Byte[]::new);
    }

    byte[] applyTo(byte[] bytes) {
      int at = bytes.length == 0 ? 0 : position % bytes.length;
      return switch (kind) {
        case FLIP -> {
          byte[] copy = bytes.clone();
          if (copy.length > 0) {
            copy[at] ^= (byte) (1 << Math.floorMod(value, 8));
          }
          yield copy;
        }
        case INSERT -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = value;
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          yield longer;
        }
        case DELETE -> {
          if (bytes.length == 0) {
            yield bytes;
          }
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          yield shorter;
        }
        case TRUNCATE -> Arrays.copyOf(bytes, at);
      };
    }
  }

  /**
   * Replaces one value of a JSON text, with all it holds, by another.
   *
   * @param json the text, valid JSON
   * @param choice which value, in document order, modulo the number of values
   * @param value the JSON text to put in its place
   */
  private static String replaceValue(String json, int choice, String value) {
    int count = 0;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (isValueStart(token)) {
          count++;
        }
      }
    }
    int wanted = Math.floorMod(choice, count);
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      int index = 0;
      for (JsonToken token = parser.nextToken(); ; token = parser.nextToken()) {
        if (isValueStart(token) && index++ == wanted) {
          int start = (int) parser.currentTokenLocation().getCharOffset();
          if (token.isScalarValue()) {
            parser.getString();  // reads a string to its end: Jackson reads strings lazily
          }
          parser.skipChildren();
          int end = (int) parser.currentLocation().getCharOffset();
          return json.substring(0, start) + value + json.substring(end);
        }
      }
    }
  }

  private static boolean isValueStart(JsonToken token) {
    return token != JsonToken.PROPERTY_NAME && !token.isStructEnd();
  }
}
