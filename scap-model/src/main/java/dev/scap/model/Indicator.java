package dev.scap.model;

import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;

/**
 * A measure of a project's progress, with its baseline and target, held exactly.
 *
 * <p>Immutable and thread-safe. Only {@code name} is required.
 *
 * @param name what is measured, such as {@code "average peak-hour speed"}
 * @param unit the unit, such as {@code "km/h"}; may be {@code null}
 * @param baseline the value at the start; may be {@code null}
 * @param target the value aimed for; may be {@code null}
 * @param targetYear the year by which the target should be met; may be {@code null}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Indicator(
    @NotBlank String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    Integer targetYear,
    Extensions extensions) {

  /**
   * Creates an indicator.
   *
   * @param name what is measured
   * @param unit the unit
   * @param baseline the value at the start
   * @param target the value aimed for
   * @param targetYear the year of the target
   * @param extensions extensions, {@code null} for none
   */
  public Indicator {
    baseline = Copies.decimal(baseline);
    target = Copies.decimal(target);
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns an indicator with only a name.
   *
   * @param name what is measured
   * @return the indicator
   */
  public static Indicator named(String name) {
    return new Indicator(name, null, null, null, null, Extensions.NONE);
  }
}
