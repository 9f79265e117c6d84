package dev.scap.analysis.internal;

import java.math.BigInteger;

/**
 * The exact sum of non-negative doubles. Each double in [2⁻⁶³, 1] (a score, usually) is a
 * whole number of units of 2⁻¹¹⁶ below 2¹¹⁷, added in 128 bits and carried into a
 * {@link BigInteger} every {@value #RUN} terms, so that the common sum costs two additions a
 * term; any other double is added as a {@link Fraction}. Means of such sums compare in 192-bit
 * integers, without a fraction, while each sum still fits its 128 bits. Not thread-safe.
 */
public final class ExactSum {

  /** The unit of the 128-bit sum is 2^-SCALE. */
  private static final int SCALE = 116;
  /** Terms below 2¹¹⁷ each: this many keep the 128-bit sum below 2¹²⁷. */
  private static final int RUN = 1024;
  private static final BigInteger UNIT_DENOMINATOR = BigInteger.ONE.shiftLeft(SCALE);
  private static final long IMPLICIT_BIT = 1L << 52;
  private static final long MANTISSA = IMPLICIT_BIT - 1;

  private long high;
  private long low;
  private int terms;
  private BigInteger carried = BigInteger.ZERO;
  private Fraction other = Fraction.ZERO;

  /** Starts a sum of no terms. */
  public ExactSum() {}

  /**
   * Adds a term.
   *
   * @param value a finite double, 0 or more
   * @throws IllegalArgumentException if {@code value} is negative, infinite or NaN
   */
  public void add(double value) {
    if (value == 0) {
      return;
    }
    if (!(value >= 0x1p-63 && value <= 1)) {
      other = other.plus(Fraction.of(value));
      return;
    }
    // value = m · 2^(e − 52) = m · 2^(e + 64) units, with e in [−63, 0]
    long m = Double.doubleToRawLongBits(value) & MANTISSA | IMPLICIT_BIT;
    int shift = Math.getExponent(value) + SCALE - 52;
    long lo = shift == 64 ? 0 : m << shift;
    long hi = shift == 64 ? m : m >>> (64 - shift);
    long sum = low + lo;
    high += hi + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
    low = sum;
    if (++terms == RUN) {
      carry();
    }
  }

  /**
   * Returns the sum of the terms added so far.
   *
   * @return the exact sum
   */
  public Fraction value() {
    carry();
    return new Fraction(carried, UNIT_DENOMINATOR).plus(other);
  }

  /**
   * Returns the double nearest to the sum of the terms added so far.
   *
   * @return the correctly rounded sum
   */
  public double toDouble() {
    return value().toDouble();
  }

  /**
   * Compares the means of two sums: {@code a / n} with {@code b / m}, exactly.
   *
   * @param a a sum
   * @param n its number of terms, 1 or more
   * @param b another sum
   * @param m its number of terms, 1 or more
   * @return below 0, 0 or above 0 as the first mean is below, equal to or above the second
   */
  static int compareMeans(ExactSum a, long n, ExactSum b, long m) {
    if (a.isWide() || b.isWide()) {
      return a.value().dividedBy(Fraction.of(n, 1))
          .compareTo(b.value().dividedBy(Fraction.of(m, 1)));
    }
    // a / n against b / m is a · m against b · n: each below 2^127 · 2^63, in three words
    long x0 = a.low * m;
    long x1 = lowHigh(a.low, m) + a.high * m;
    long x2 = Math.multiplyHigh(a.high, m) + overflow(x1, lowHigh(a.low, m));
    long y0 = b.low * n;
    long y1 = lowHigh(b.low, n) + b.high * n;
    long y2 = Math.multiplyHigh(b.high, n) + overflow(y1, lowHigh(b.low, n));
    int c = Long.compare(x2, y2);
    if (c == 0) {
      c = Long.compareUnsigned(x1, y1);
    }
    return c != 0 ? c : Long.compareUnsigned(x0, y0);
  }

  /** Whether the sum has left its 128 bits: carried, or holding a term outside [2⁻⁶³, 1]. */
  private boolean isWide() {
    return carried.signum() != 0 || !other.isZero();
  }

  /** The high word of the unsigned product of {@code low} and a positive factor. */
  private static long lowHigh(long low, long factor) {
    return Math.multiplyHigh(low, factor) + (low >> 63 & factor);
  }

  /** 1 if the unsigned sum {@code sum} of {@code addend} and another word overflowed. */
  private static long overflow(long sum, long addend) {
    return Long.compareUnsigned(sum, addend) < 0 ? 1 : 0;
  }

  private void carry() {
    BigInteger run = BigInteger.valueOf(high).shiftLeft(64)
        .add(BigInteger.valueOf(low >>> 1).shiftLeft(1))
        .add(BigInteger.valueOf(low & 1));
    carried = carried.add(run);
    high = 0;
    low = 0;
    terms = 0;
  }
}
