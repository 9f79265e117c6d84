package dev.scap.model.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** JSON Pointers (RFC 6901). */
public final class Pointers {

  private Pointers() {}

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token the token
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends a property name to a pointer.
   *
   * @param pointer the pointer
   * @param name the property name
   * @return {@code pointer + "/" + escape(name)}
   */
  public static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  /**
   * Appends a list index to a pointer.
   *
   * @param pointer the pointer
   * @param index the index
   * @return {@code pointer + "/" + index}
   */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * Turns a Bean Validation property path into a JSON Pointer. The model's record components
   * carry the names of the format's properties, so the path's names are the pointer's.
   *
   * @param path the path of a constraint violation
   * @return the pointer, {@code ""} for the root
   */
  public static String of(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        pointer.append('/').append(escape(String.valueOf(key)));
      }
      if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
        pointer.append('/').append(escape(node.getName()));
      }
    }
    return pointer.toString();
  }

  /**
   * Returns the last property name of a pointer, skipping indexes.
   *
   * @param pointer the pointer
   * @return the name, or {@code "document"} for the root
   */
  public static String lastName(String pointer) {
    String[] tokens = pointer.split("/");
    for (int i = tokens.length - 1; i > 0; i--) {
      if (!tokens[i].chars().allMatch(Character::isDigit)) {
        return tokens[i].replace("~1", "/").replace("~0", "~");
      }
    }
    return "document";
  }
}
