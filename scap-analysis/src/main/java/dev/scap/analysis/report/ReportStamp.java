package dev.scap.analysis.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes a report reproducible, beside its options: the version of scap that made it, the
 * input it was made from and the date it bears. The date is given by the caller, never read
 * from the clock, so that the same input and options give the same bytes. Immutable and
 * thread-safe.
 *
 * @param version scap's version, such as {@code "0.1.0"}
 * @param inputName the input's name for people, such as a file name
 * @param inputSha256 the SHA-256 of the input's bytes, 64 lower-case hexadecimal digits
 * @param date the date the report bears
 */
public record ReportStamp(String version, String inputName, String inputSha256,
    LocalDate date) {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates a stamp.
   *
   * @param version the version
   * @param inputName the input's name
   * @param inputSha256 the input's SHA-256, in hexadecimal; upper case is made lower case
   * @param date the date
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code inputSha256} is not 64 hexadecimal digits
   */
  public ReportStamp {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(inputName, "inputName");
    Objects.requireNonNull(date, "date");
    inputSha256 = Objects.requireNonNull(inputSha256, "inputSha256").toLowerCase(Locale.ROOT);
    if (!SHA_256.matcher(inputSha256).matches()) {
      throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits, not \""
          + inputSha256 + "\"");
    }
  }
}
