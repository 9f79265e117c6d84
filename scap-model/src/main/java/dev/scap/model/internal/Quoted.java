package dev.scap.model.internal;

/**
 * A document's values as they may enter a message: escaped as JSON escapes a string, with the
 * characters a terminal would act on or hide (DEL, the C1 controls, format characters such as
 * the bidirectional overrides U+202A–U+202E and isolates U+2066–U+2069, the line and paragraph
 * separators, lone surrogates) escaped as {@code \}{@code uXXXX} too, and shortened past
 * {@value #MAX_LENGTH} characters with their length given. A message built of such values and
 * of the library's own words is one line, safe to print on a terminal, and of bounded length,
 * whatever the document holds.
 */
public final class Quoted {

  /** The most characters of a value's escaped text that a message shows. */
  public static final int MAX_LENGTH = 200;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Quoted() {}

  /**
   * Quotes a value for a message: {@code "cebu\nbrt"}, or {@code "aaaa…" (1048576 characters)}
   * for a value whose escaped text is longer than {@value #MAX_LENGTH} characters (its length
   * counted in UTF-16 units, as Java counts a string's).
   *
   * @param value the value; {@code String.valueOf(value)} is quoted
   * @return the quoted value
   */
  public static String value(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 2);
    out.append('"');
    boolean cut = append(out, text, true, MAX_LENGTH);
    out.append(cut ? "…\"" : "\"");
    if (cut) {
      out.append(" (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * Gives a name, such as a property's, for a message: as it is when it is short and needs no
   * escape, else {@linkplain #value quoted}.
   *
   * @param name the name
   * @return the name as it may be printed
   */
  public static String name(String name) {
    if (name.length() > MAX_LENGTH) {
      return value(name);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\' || isUnsafe(c)) {
        return value(name);
      }
    }
    return name;
  }

  /**
   * Gives a JSON Pointer for a line of text: backslashes and unsafe characters escaped as in a
   * JSON string, not quoted, and shortened as a value is.
   *
   * @param pointer the pointer
   * @return the pointer as it may be printed
   */
  public static String pointer(String pointer) {
    StringBuilder out = new StringBuilder(Math.min(pointer.length(), MAX_LENGTH) + 1);
    boolean cut = append(out, pointer, false, MAX_LENGTH);
    if (!cut) {
      return out.toString();
    }
    return out.append("… (").append(pointer.length()).append(" characters)").toString();
  }

  /**
   * Escapes the unsafe characters of a text that is otherwise printed as it is, such as a
   * whole line whose parts were made safe but for a file's name: each becomes the escape a JSON
   * string gives it ({@code \n}, {@code \}{@code u202E}); backslashes and quotes are left as
   * they are, and nothing is shortened.
   *
   * @param text the text
   * @return the text, the same instance if nothing needed an escape
   */
  public static String controlsEscaped(String text) {
    int first = 0;
    while (first < text.length() && !isUnsafe(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(text, i)) {
        escape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Appends {@code text} escaped, up to {@code max} characters of output past what
   * {@code out} held.
   *
   * @return whether the text was cut short
   */
  private static boolean append(StringBuilder out, String text, boolean quoted, int max) {
    int start = out.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int before = out.length();
      if (isUnsafe(text, i) || quoted && c == '"' || c == '\\') {
        escape(out, c);
      } else if (Character.isHighSurrogate(c)) {
        out.append(c).append(text.charAt(++i));  // a pair, else it would be unsafe
      } else {
        out.append(c);
      }
      if (out.length() - start > max) {
        out.setLength(before);
        return true;
      }
    }
    return false;
  }

  private static void escape(StringBuilder out, char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
          .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
  }

  /** Whether the character at {@code i} is unsafe, a surrogate being so unless paired. */
  private static boolean isUnsafe(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        return isUnsafeType(Character.getType(text.codePointAt(i)));
      }
      return true;
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))
          || isUnsafeType(Character.getType(text.codePointAt(i - 1)));
    }
    return isUnsafe(c);
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20 || c >= 0x7F
        && (Character.isSurrogate(c) || isUnsafeType(Character.getType(c)));
  }

  private static boolean isUnsafeType(int type) {
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
