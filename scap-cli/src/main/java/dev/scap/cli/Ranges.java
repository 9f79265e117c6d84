package dev.scap.cli;

import java.math.BigDecimal;

/** Checks of the values that options take, each failing with exit code 2 and one line. */
final class Ranges {

  private Ranges() {}

  /**
   * Fails unless {@code value} is at least {@code least}.
   *
   * @param option the option's name, for the message
   */
  static void atLeast(String option, int value, int least) {
    if (value < least) {
      throw CliException.failure(option + " must be " + least + " or more, not " + value, null);
    }
  }

  /**
   * Fails unless a score given, {@code value}, lies in [0, 1], where every metric's scores lie.
   *
   * @param option the option's name, for the message
   * @param value the score, or {@code null} when not given
   */
  static void score(String option, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
      throw CliException.failure(option + " must be from 0 to 1, as every score is, not "
          + value.toPlainString(), null);
    }
  }
}
