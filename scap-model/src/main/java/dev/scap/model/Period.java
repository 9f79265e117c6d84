package dev.scap.model;

import dev.scap.model.constraints.ValidPeriod;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotNull;

/**
 * The years a plan covers, both included.
 *
 * <p>Immutable and thread-safe. Components are {@code null} when the source left them out; a
 * valid period has both, and does not end before it starts.
 *
 * @param start the first year
 * @param end the last year
 * @param extensions data the format does not interpret, never {@code null}
 */
@ValidPeriod
public record Period(@NotNull Integer start, @NotNull Integer end, Extensions extensions) {

  /**
   * Creates a period.
   *
   * @param start the first year
   * @param end the last year
   * @param extensions extensions, {@code null} for none
   */
  public Period {
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns the period from {@code start} to {@code end}, both included.
   *
   * @param start the first year
   * @param end the last year
   * @return the period
   */
  public static Period of(int start, int end) {
    return new Period(start, end, Extensions.NONE);
  }

  /**
   * Tells whether a year falls within this period.
   *
   * @param year the year
   * @return {@code true} if both ends are known and {@code start <= year <= end}
   */
  public boolean contains(int year) {
    return start != null && end != null && start <= year && year <= end;
  }
}
