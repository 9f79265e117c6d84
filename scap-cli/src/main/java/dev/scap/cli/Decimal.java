package dev.scap.cli;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Scores given on the command line: kept as the decimals written, to be compared exactly. */
final class Decimal {

  private Decimal() {}

  /** Reads a decimal such as {@code 0.5} or {@code 1e-3}; refuses anything else. */
  static final class Converter implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      try {
        return new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number");
      }
    }
  }
}
