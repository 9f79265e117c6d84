package dev.scap.model.validation;

import dev.scap.model.internal.Quoted;
import java.util.Objects;

/**
 * Text made safe to print on a terminal, as the library's own messages are: the characters a
 * terminal would act on or hide (controls, DEL, the C1 controls, format characters such as the
 * bidirectional overrides, the line and paragraph separators, lone surrogates) become the escape
 * a JSON string gives them ({@code \n}, {@code \}{@code u202E}). For a program that prints a
 * {@link Problem}'s pointer, or a line that holds a file's name, beside the messages. Stateless
 * and thread-safe.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * Escapes the unsafe characters of a line that is otherwise printed as it is; backslashes and
   * quotes are left as they are, and nothing is shortened.
   *
   * @param text the line
   * @return the line, the same instance if nothing needed an escape
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static String line(String text) {
    return Quoted.controlsEscaped(Objects.requireNonNull(text, "text"));
  }

  /**
   * Gives a JSON Pointer as it may be printed: backslashes and unsafe characters escaped as in a
   * JSON string, not quoted, and shortened past 200 characters with its length given.
   *
   * @param pointer the pointer
   * @return the pointer as it may be printed
   * @throws NullPointerException if {@code pointer} is {@code null}
   */
  public static String pointer(String pointer) {
    return Quoted.pointer(Objects.requireNonNull(pointer, "pointer"));
  }
}
