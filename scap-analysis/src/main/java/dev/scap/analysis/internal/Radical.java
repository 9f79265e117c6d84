package dev.scap.analysis.internal;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The square root of a non-negative fraction written as {@code factor · √radicand}, the
 * radicand a whole number without square factors where that is proven: √(3/4) = (1/2)·√3,
 * √(8/3) = (2/3)·√6.
 *
 * <p>Square factors are found by trial division up to the cube root of what remains, which
 * proves what is left square-free (it has at most two prime factors, and is no square). Past
 * 2⁶² trial division stops at 2¹² and a cofactor that is no square is kept unproven, which
 * {@link RootSum} compares with other roots exactly by other means: full trial division of
 * numbers that large would cost a second each.
 *
 * <p>Immutable and thread-safe; no component is {@code null}.
 *
 * @param factor the rational factor
 * @param radicand the radicand, 1 or more
 * @param squareFree whether the radicand is proven to have no square factor
 */
public record Radical(Fraction factor, BigInteger radicand, boolean squareFree) {

  /** Where trial division of a number past 2⁶² stops. */
  private static final long BIG_TRIAL = 1L << 12;

  /**
   * Checks the parts.
   *
   * @param factor the rational factor
   * @param radicand the radicand, 1 or more
   * @param squareFree whether the radicand is proven to have no square factor
   * @throws IllegalArgumentException if the radicand is below 1
   */
  public Radical {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(radicand, "radicand");
    if (radicand.signum() <= 0) {
      throw new IllegalArgumentException("radicand " + radicand);
    }
  }

  /**
   * Returns the square root of a fraction.
   *
   * @param square the fraction, 0 or more
   * @return √square, its radicand square-free where proven
   */
  public static Radical of(Fraction square) {
    Objects.requireNonNull(square, "square");
    if (square.isZero()) {
      return new Radical(Fraction.ZERO, BigInteger.ONE, true);
    }
    // √(n/d) = √(n·d)/d; n and d are coprime, so their square-free parts are too
    BigInteger[] n = squareFree(square.numerator());
    BigInteger[] d = squareFree(square.denominator());
    BigInteger radicand = n[1].multiply(d[1]);
    Fraction factor = new Fraction(n[0], d[0].multiply(d[1]));
    return new Radical(factor, radicand, n[2].signum() != 0 && d[2].signum() != 0);
  }

  /**
   * Returns the product of two roots, √a·√b, on a square-free radicand when both are.
   *
   * @param other the other root
   * @return the product
   */
  public Radical times(Radical other) {
    BigInteger g = radicand.gcd(other.radicand);
    BigInteger radicand = this.radicand.divide(g).multiply(other.radicand.divide(g));
    Fraction factor = this.factor.times(other.factor).times(new Fraction(g, BigInteger.ONE));
    return new Radical(factor, radicand, squareFree && other.squareFree);
  }

  /**
   * Splits a whole number m ≥ 1 as f²·s.
   *
   * @return {f, s, 1 if s is proven square-free else 0}
   */
  static BigInteger[] squareFree(BigInteger m) {
    if (m.bitLength() <= 62) {
      long[] split = squareFree(m.longValue());
      return new BigInteger[] {BigInteger.valueOf(split[0]), BigInteger.valueOf(split[1]),
          BigInteger.ONE};
    }
    BigInteger f = BigInteger.ONE;
    BigInteger s = BigInteger.ONE;
    BigInteger rest = m;
    for (long d = 2; d < BIG_TRIAL; d += d == 2 ? 1 : 2) {
      BigInteger p = BigInteger.valueOf(d);
      BigInteger[] qr = rest.divideAndRemainder(p);
      if (qr[1].signum() != 0) {
        continue;
      }
      int times = 0;
      while (qr[1].signum() == 0) {
        rest = qr[0];
        times++;
        qr = rest.divideAndRemainder(p);
      }
      f = f.multiply(p.pow(times / 2));
      if (times % 2 == 1) {
        s = s.multiply(p);
      }
      if (rest.bitLength() <= 62) {
        long[] split = squareFree(rest.longValue());
        return new BigInteger[] {f.multiply(BigInteger.valueOf(split[0])),
            s.multiply(BigInteger.valueOf(split[1])), BigInteger.ONE};
      }
    }
    BigInteger root = exactRoot(rest);
    if (root != null) {
      return new BigInteger[] {f.multiply(root), s, BigInteger.ONE};
    }
    return new BigInteger[] {f, s.multiply(rest), BigInteger.ZERO};
  }

  /** Splits m ≥ 1, below 2⁶², as {f, s} with m = f²·s and s square-free. */
  static long[] squareFree(long m) {
    long f = 1;
    long s = 1;
    long rest = m;
    for (long d = 2; d * d * d <= rest; d += d == 2 ? 1 : 2) {
      if (rest % d != 0) {
        continue;
      }
      int times = 0;
      while (rest % d == 0) {
        rest /= d;
        times++;
      }
      for (int t = 0; t < times / 2; t++) {
        f *= d;
      }
      if (times % 2 == 1) {
        s *= d;
      }
    }
    // no prime factor below d and d³ > rest: rest is 1, a prime, a prime's square or the
    // product of two primes
    long root = (long) Math.sqrt((double) rest);
    while (root * root > rest) {
      root--;
    }
    while ((root + 1) * (root + 1) <= rest) {
      root++;
    }
    if (root * root == rest) {
      f *= root;
    } else {
      s *= rest;
    }
    return new long[] {f, s};
  }

  /**
   * Returns the whole square root of a number if it is a square, else {@code null}.
   *
   * @param x the number, 0 or more
   * @return √x, or {@code null}
   */
  static BigInteger exactRoot(BigInteger x) {
    BigInteger root = x.sqrt();
    return root.multiply(root).equals(x) ? root : null;
  }
}
