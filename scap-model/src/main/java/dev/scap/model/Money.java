package dev.scap.model;

import dev.scap.model.constraints.CurrencyCode;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An amount of money in one currency, held exactly: no binary floating point.
 *
 * <p>Immutable and thread-safe. Equality follows {@link BigDecimal#equals}: {@code 1.0} and
 * {@code 1.00} differ, so that what was read is what is written. A negative scale is held as
 * scale 0 ({@code 1E+3} as {@code 1000}), as the format writes it. A valid amount is not
 * negative and its currency is an ISO 4217 code.
 *
 * @param amount the amount
 * @param currency the ISO 4217 currency code, such as {@code "USD"}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Money(
    @NotNull @PositiveOrZero BigDecimal amount,
    @NotNull @CurrencyCode String currency,
    Extensions extensions) {

  /**
   * Creates an amount.
   *
   * @param amount the amount
   * @param currency the currency code
   * @param extensions extensions, {@code null} for none
   */
  public Money {
    amount = Copies.decimal(amount);
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns an amount of money.
   *
   * @param amount the amount
   * @param currency the ISO 4217 currency code
   * @return the amount
   */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency, Extensions.NONE);
  }

  /**
   * Returns an amount of money, from its decimal text.
   *
   * @param amount the amount, such as {@code "1000000.50"}
   * @param currency the ISO 4217 currency code
   * @return the amount
   * @throws NumberFormatException if {@code amount} is not a decimal number
   */
  public static Money of(String amount, String currency) {
    return of(new BigDecimal(amount), currency);
  }
}
