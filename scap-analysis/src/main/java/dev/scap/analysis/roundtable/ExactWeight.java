package dev.scap.analysis.roundtable;

import dev.scap.analysis.overlap.Weighting;
import java.math.BigInteger;

/** A profile weight as the exact fraction it stands for, and a fraction as its nearest double. */
final class ExactWeight {

  private ExactWeight() {}

  /**
   * Returns the fraction a weight stands for: an integer under presence and projects, 1/p
   * under priority (the double 1.0/p, which is the nearest double to 1/p and differs for
   * every p below 2⁵²).
   *
   * @param weighting how the weight was made
   * @param weight the weight, above 0
   * @return numerator and denominator
   * @throws IllegalStateException if the weight is not of that form
   */
  static long[] of(Weighting weighting, double weight) {
    if (weighting == Weighting.PRIORITY) {
      long p = Math.round(1 / weight);
      if (p < 1 || 1.0 / p != weight) {
        throw new IllegalStateException("priority weight " + weight + " is not 1/p");
      }
      return new long[] {1, p};
    }
    if (weight != Math.rint(weight) || weight >= 0x1p53) {
      throw new IllegalStateException(weighting.code() + " weight " + weight
          + " is not a whole number");
    }
    return new long[] {(long) weight, 1};
  }

  /**
   * Returns the double nearest to a fraction, ties to even, as {@code Double.parseDouble}
   * rounds a decimal.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, above 0
   * @return the nearest double
   */
  static double nearest(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return 0;
    }
    // A quotient of at least 55 bits, with a sticky last bit for a remainder, rounds like the
    // fraction itself: the rounding happens at least two bits above it.
    int shift = Math.max(0, 55 - (numerator.bitLength() - denominator.bitLength()));
    BigInteger[] division = numerator.shiftLeft(shift).divideAndRemainder(denominator);
    BigInteger quotient = division[0];
    if (division[1].signum() != 0) {
      quotient = quotient.setBit(0);
    }
    return Math.scalb(quotient.doubleValue(), -shift);
  }
}
