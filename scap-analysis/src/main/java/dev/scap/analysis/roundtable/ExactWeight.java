package dev.scap.analysis.roundtable;

import dev.scap.analysis.overlap.Weighting;

/** A profile weight as the exact fraction it stands for. */
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
}
