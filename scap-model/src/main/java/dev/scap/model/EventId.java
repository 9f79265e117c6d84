package dev.scap.model;

import java.util.Objects;

/**
 * The identifier of an event, unique among the events of one document.
 *
 * <p>Any text is accepted so that a document with a malformed identifier can still be held and
 * reported on; {@link dev.scap.model.validation.ScapValidator} checks the syntax. Immutable and
 * thread-safe.
 *
 * @param value the identifier's text, never {@code null}
 */
public record EventId(String value) implements Identifier, Comparable<EventId> {

  /**
   * Creates an identifier.
   *
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public EventId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text, such as {@code "wego-ascn-mayoral-conference-2019"}
   * @return the identifier
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether another object is a {@code EventId} with the same text. Written out, as
   * the record's own would be, because ids are compared by the hundred thousand while a
   * document is read, often before the generated method has been compiled.
   *
   * @param other the other object
   * @return whether it is the same id
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof EventId id && value.equals(id.value);
  }

  /**
   * Returns the text's hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
