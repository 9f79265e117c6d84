package dev.scap.io.internal;

import dev.scap.io.FormatRule;
import dev.scap.io.ScapFormatException;
import dev.scap.model.validation.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a document that is not UTF-8, as the format requires, where Jackson would read
 * UTF-16 and UTF-32 as well; and finds where UTF-8 is broken, which Jackson places after the
 * broken sequence, past the end of its line when a line feed cuts it short.
 */
public final class Encodings {

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Encodings() {}

  /**
   * Tells how many bytes a leading UTF-8 byte-order mark takes.
   *
   * @param bytes the document's first bytes
   * @param length how many of them there are
   * @return 3 if the bytes start with a UTF-8 byte-order mark, else 0
   */
  public static int bomLength(byte[] bytes, int length) {
    return startsWith(bytes, 0, length, UTF_8_BOM) ? 3 : 0;
  }

  /**
   * Refuses a document in another encoding than UTF-8, told by its byte-order mark or by the
   * zero bytes among its first four (RFC 4627, section 3: JSON text starts with two ASCII
   * characters), and a document with a second byte-order mark.
   *
   * @param bytes the document's first bytes, at least 7 of them if the document has as many
   * @param length how many of them there are
   * @throws ScapFormatException breaking {@link FormatRule#SYNTAX_ERROR}, at line 1, column 1,
   *     naming the encoding found
   */
  public static void requireUtf8(byte[] bytes, int length) {
    String found = byteOrderMark(bytes, length);
    if (found != null) {
      throw notUtf8(found);
    }
    int offset = bomLength(bytes, length);
    if (offset > 0 && startsWith(bytes, offset, length, UTF_8_BOM)) {
      throw new ScapFormatException(FormatRule.SYNTAX_ERROR.at("", "a second byte-order mark "
          + "(EF BB BF) follows the first; a SCAP document has at most one", 1, 1), null);
    }
    if (offset == 0 && length >= 2) {
      String encoding = byZeros(bytes, length);
      if (encoding != null) {
        throw notUtf8(encoding + " (its first bytes are " + hex(bytes, 0, Math.min(4, length))
            + ")");
      }
    }
  }

  /**
   * Finds the first broken UTF-8 sequence at or after {@code from}.
   *
   * @param bytes the bytes
   * @param from where to start looking, at the start of a character
   * @param end where to stop
   * @return the index of the first byte of the broken sequence, or -1 if there is none
   */
  public static int firstMalformed(byte[] bytes, int from, int end) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, end - from);
    CharBuffer out = CharBuffer.allocate(1 << 12);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /**
   * An input that ends inside a multi-byte character is broken UTF-8, which Jackson reports
   * as an end of input, placed past it: says so, to be placed on the character by
   * {@link #placeMalformed}.
   *
   * @param problem the error Jackson reported
   * @param bytes the input's bytes, or the part of them that ends where the input ends
   * @param offset where the input or the part starts in them
   * @param end where it ends in them
   * @return a broken UTF-8 error if the input ends inside a character, else the problem
   */
  public static Problem cutCharacter(Problem problem, byte[] bytes, int offset, int end) {
    if (!problem.message().startsWith("Unexpected end-of-input")
        || !endsInsideCharacter(bytes, offset, end)) {
      return problem;
    }
    return FormatRule.SYNTAX_ERROR.at(problem.pointer(), "Invalid UTF-8: the input ends "
        + "inside a multi-byte character", problem.line(), problem.column());
  }

  /** Whether the last bytes start a multi-byte character that they do not finish. */
  private static boolean endsInsideCharacter(byte[] bytes, int offset, int end) {
    for (int i = end - 1, continuations = 0; i >= offset && continuations < 4; i--) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continuations++;
        continue;
      }
      int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      return length > continuations + 1;
    }
    return false;
  }

  /**
   * Places an error of broken UTF-8 on the first byte of the first broken sequence of its
   * line, where Jackson places it after the sequence: past the end of the line when a line
   * feed cuts the sequence short.
   *
   * @param problem the error, placed by Jackson's line
   * @param bytes the document's bytes, or a part of them that starts at the start of a line
   * @param offset where the document or the part starts in them (after a byte-order mark)
   * @param end where it ends in them
   * @param firstLine the number of the line that starts at {@code offset}
   * @return the error on the broken sequence, with its column counted in characters (UTF-16
   *     units); the error as it is if its line holds no broken sequence
   */
  public static Problem placeMalformed(Problem problem, byte[] bytes, int offset, int end,
      int firstLine) {
    int line = firstLine;
    int lineStart = offset;
    for (int i = offset; i < end && line < problem.line(); i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        if (bytes[i] == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
      }
    }
    int at = line == problem.line() ? firstMalformed(bytes, lineStart, end) : -1;
    if (at < 0) {
      return problem;
    }
    int column = 1;
    for (int i = lineStart; i < at; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r') {
        if (b == '\r' && i + 1 < at && bytes[i + 1] == '\n') {
          i++;
        }
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        // a four-byte sequence is two UTF-16 units, as Java and Jackson reading text count
        column += b >= 0xF0 ? 2 : 1;
      }
    }
    return problem.at(line, column);
  }

  private static String byteOrderMark(byte[] bytes, int length) {
    if (startsWith(bytes, 0, length, 0x00, 0x00, 0xFE, 0xFF)) {
      return "UTF-32BE (byte-order mark 00 00 FE FF)";
    }
    if (startsWith(bytes, 0, length, 0xFF, 0xFE, 0x00, 0x00)) {
      return "UTF-32LE (byte-order mark FF FE 00 00)";
    }
    if (startsWith(bytes, 0, length, 0xFE, 0xFF)) {
      return "UTF-16BE (byte-order mark FE FF)";
    }
    if (startsWith(bytes, 0, length, 0xFF, 0xFE)) {
      return "UTF-16LE (byte-order mark FF FE)";
    }
    return null;
  }

  /** The encoding that the zero bytes among the first four tell, or {@code null}. */
  private static String byZeros(byte[] bytes, int length) {
    boolean[] zero = new boolean[4];
    for (int i = 0; i < 4; i++) {
      zero[i] = i < length && bytes[i] == 0;
    }
    if (length >= 4 && zero[0] && zero[1] && zero[2] && !zero[3]) {
      return "UTF-32BE";
    }
    if (length >= 4 && !zero[0] && zero[1] && zero[2] && zero[3]) {
      return "UTF-32LE";
    }
    if (zero[0] && !zero[1] && (length < 4 || zero[2] && !zero[3])) {
      return "UTF-16BE";
    }
    if (!zero[0] && zero[1] && (length < 4 || !zero[2] && zero[3])) {
      return "UTF-16LE";
    }
    return null;
  }

  private static ScapFormatException notUtf8(String found) {
    return new ScapFormatException(FormatRule.SYNTAX_ERROR.at("", "the document is " + found
        + "; SCAP documents are UTF-8", 1, 1), null);
  }

  private static boolean startsWith(byte[] bytes, int offset, int length, byte[] prefix) {
    if (length - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int offset, int length, int... prefix) {
    byte[] wanted = new byte[prefix.length];
    for (int i = 0; i < prefix.length; i++) {
      wanted[i] = (byte) prefix[i];
    }
    return startsWith(bytes, offset, length, wanted);
  }

  private static String hex(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i > from ? " " : "").append(String.format("%02X", bytes[i] & 0xFF));
    }
    return out.toString();
  }
}
