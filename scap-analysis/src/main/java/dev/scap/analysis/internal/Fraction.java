package dev.scap.analysis.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact non-negative rational number, in lowest terms. Immutable; used where a decision
 * must not depend on rounding, so its speed matters less than its being exact.
 *
 * @param numerator the numerator, 0 or more
 * @param denominator the denominator, above 0
 */
public record Fraction(BigInteger numerator, BigInteger denominator)
    implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /**
   * Creates a fraction, reduced to lowest terms.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, above 0
   * @throws IllegalArgumentException if the numerator is negative or the denominator not
   *     positive
   */
  public Fraction {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (numerator.signum() < 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException(numerator + "/" + denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() > 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /**
   * Returns {@code numerator / denominator}.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, above 0
   * @return the fraction
   */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the exact value of a finite non-negative double.
   *
   * @param value the double
   * @return the fraction equal to it
   * @throws IllegalArgumentException if {@code value} is negative, infinite or NaN
   */
  public static Fraction of(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite non-negative value: " + value);
    }
    if (value == 0) {
      return ZERO;
    }
    // value = m · 2^e exactly, m a whole number below 2⁵³
    int exponent = Math.max(Math.getExponent(value), Double.MIN_EXPONENT) - 52;
    long mantissa = (long) Math.scalb(value, -exponent);
    BigInteger m = BigInteger.valueOf(mantissa);
    return exponent >= 0 ? new Fraction(m.shiftLeft(exponent), BigInteger.ONE)
        : new Fraction(m, BigInteger.ONE.shiftLeft(-exponent));
  }

  /**
   * Returns the exact value of a non-negative decimal, such as a threshold as written.
   *
   * @param value the decimal
   * @return the fraction equal to it
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static Fraction of(BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0 ? new Fraction(unscaled, BigInteger.TEN.pow(scale))
        : new Fraction(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * Returns the sum.
   *
   * @param other the other term
   * @return {@code this + other}
   */
  public Fraction plus(Fraction other) {
    if (denominator.equals(other.denominator)) {
      return new Fraction(numerator.add(other.numerator), denominator);
    }
    return new Fraction(numerator.multiply(other.denominator)
        .add(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
  }

  /**
   * Returns the difference, which must not be negative.
   *
   * @param other the term taken away, at most {@code this}
   * @return {@code this - other}
   * @throws IllegalArgumentException if {@code other} is larger
   */
  public Fraction minus(Fraction other) {
    return new Fraction(numerator.multiply(other.denominator)
        .subtract(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns the product.
   *
   * @param other the other factor
   * @return {@code this · other}
   */
  public Fraction times(Fraction other) {
    return new Fraction(numerator.multiply(other.numerator),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns the quotient.
   *
   * @param other the divisor, above 0
   * @return {@code this / other}
   * @throws ArithmeticException if {@code other} is 0
   */
  public Fraction dividedBy(Fraction other) {
    if (other.numerator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return new Fraction(numerator.multiply(other.denominator),
        denominator.multiply(other.numerator));
  }

  /**
   * Returns the smaller of two fractions.
   *
   * @param other the other fraction
   * @return the smaller, {@code this} if equal
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Tells whether the fraction is zero.
   *
   * @return whether the numerator is 0
   */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator)
        .compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Returns the double nearest to the fraction, ties to even: correctly rounded.
   *
   * @return the double
   */
  public double toDouble() {
    if (numerator.signum() == 0) {
      return 0;
    }
    // A quotient of 62 or 63 bits, its last bit set if anything remains: converting it to a
    // double rounds once, as the exact value would round.
    int shift = 62 - (numerator.bitLength() - denominator.bitLength());
    BigInteger[] qr = (shift >= 0 ? numerator.shiftLeft(shift) : numerator)
        .divideAndRemainder(shift >= 0 ? denominator : denominator.shiftLeft(-shift));
    long quotient = qr[0].longValueExact();
    if (qr[1].signum() != 0) {
      quotient |= 1;
    }
    return Math.scalb((double) quotient, -shift);
  }

  /**
   * Returns the double nearest to the square root of the fraction, ties to even.
   *
   * @return the correctly rounded square root
   */
  public double sqrtToDouble() {
    return sqrtOfQuotient(numerator, denominator, Math.sqrt(toDouble()));
  }

  /**
   * Returns the double nearest to √(numerator / denominator), ties to even, for a quotient of
   * longs that need not be in lowest terms: what cosine's exact square gives.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, above 0
   * @return the correctly rounded square root
   */
  public static double sqrtOfQuotient(long numerator, long denominator) {
    if (numerator == 0) {
      return 0;
    }
    double candidate = Math.sqrt((double) numerator / (double) denominator);
    if (numerator <= EXACT_LONG && denominator <= EXACT_LONG) {
      // Both are exact doubles: the midpoints' test in floating point, where it can tell.
      while (true) {
        double up = Math.nextUp(candidate);
        int above = signAgainstSquaredMidpoint(numerator, denominator, candidate, up);
        if (above == UNSURE) {
          break;
        }
        if (above > 0) {
          candidate = up;
          continue;
        }
        double down = Math.nextDown(candidate);
        int below = signAgainstSquaredMidpoint(numerator, denominator, down, candidate);
        if (below == UNSURE) {
          break;
        }
        if (below < 0) {
          candidate = down;
          continue;
        }
        return candidate;
      }
    }
    return sqrtOfQuotient(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator),
        candidate);
  }

  /** The largest long whose every value up to it is an exact double. */
  private static final long EXACT_LONG = 1L << 53;
  /** What {@link #signAgainstSquaredMidpoint} answers when floating point cannot tell. */
  private static final int UNSURE = 2;

  /**
   * The sign of n/d − ((a + b)/2)² for adjacent positive normal doubles a &lt; b and n, d exact
   * doubles, or {@link #UNSURE}. With h = (b − a)/2, a power of two, the midpoint's square is
   * a² + 2ah + h², a² split exactly in two by a fused multiply-add; times d, each term splits
   * exactly again. n − d·a² is exact, the two lying within a factor of two (Sterbenz), and the
   * small terms are summed with a generous bound on their rounding: the sign is given only when
   * the sum lies beyond it, never on a tie, which only the exact test can settle.
   */
  private static int signAgainstSquaredMidpoint(long numerator, long denominator, double a,
      double b) {
    double n = numerator;
    double d = denominator;
    double h = (b - a) / 2;
    double p1 = a * a;
    double e1 = Math.fma(a, a, -p1);
    double t2 = 2 * a * h;
    double t3 = h * h;
    double q1 = d * p1;
    double f1 = Math.fma(d, p1, -q1);
    if (!(q1 / 2 <= n && n <= 2 * q1) || t3 == 0 || !Double.isFinite(q1)) {
      return UNSURE;
    }
    double q2 = d * e1;
    double f2 = Math.fma(d, e1, -q2);
    double q3 = d * t2;
    double f3 = Math.fma(d, t2, -q3);
    double q4 = d * t3;
    double f4 = Math.fma(d, t3, -q4);
    double s1 = n - q1;
    double sum = s1 - q3 - q2 - q4 - f1 - f2 - f3 - f4;
    double magnitude = Math.abs(s1) + Math.abs(q3) + Math.abs(q2) + Math.abs(q4)
        + Math.abs(f1) + Math.abs(f2) + Math.abs(f3) + Math.abs(f4);
    double error = magnitude * 0x1.0p-48;
    if (sum > error) {
      return 1;
    }
    if (sum < -error) {
      return -1;
    }
    return UNSURE;
  }

  /** Corrects a root known to a few units in the last place, by its neighbours' midpoints. */
  private static double sqrtOfQuotient(BigInteger numerator, BigInteger denominator,
      double candidate) {
    if (numerator.signum() == 0) {
      return 0;
    }
    // Move to the neighbour while the root lies beyond the midpoint on its side.
    while (true) {
      double up = Math.nextUp(candidate);
      int above = compareWithSquaredMidpoint(numerator, denominator, candidate, up);
      if (above > 0 || above == 0 && (Double.doubleToRawLongBits(candidate) & 1) == 1) {
        candidate = up;
        continue;
      }
      double down = Math.nextDown(candidate);
      int below = compareWithSquaredMidpoint(numerator, denominator, down, candidate);
      if (below < 0 || below == 0 && (Double.doubleToRawLongBits(candidate) & 1) == 1) {
        candidate = down;
        continue;
      }
      return candidate;
    }
  }

  /**
   * The sign of numerator/denominator − ((a + b)/2)², for positive normal doubles a &lt; b
   * next to each other, in integers: a + b = s·2^k exactly, so the sign is that of
   * 4·numerator − s²·denominator·2^(2k).
   */
  private static int compareWithSquaredMidpoint(BigInteger numerator, BigInteger denominator,
      double a, double b) {
    int ka = Math.getExponent(a) - 52;
    int kb = Math.getExponent(b) - 52;
    int k = Math.min(ka, kb);
    long sum = (significand(a) << (ka - k)) + (significand(b) << (kb - k));
    BigInteger s = BigInteger.valueOf(sum);
    BigInteger right = s.multiply(s).multiply(denominator);
    BigInteger left = numerator.shiftLeft(2);
    if (k >= 0) {
      right = right.shiftLeft(2 * k);
    } else {
      left = left.shiftLeft(-2 * k);
    }
    return left.compareTo(right);
  }

  /** The 53-bit significand of a positive normal double, as an integer. */
  private static long significand(double value) {
    return (Double.doubleToRawLongBits(value) & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
