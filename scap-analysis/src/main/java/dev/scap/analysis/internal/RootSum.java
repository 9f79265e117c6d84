package dev.scap.analysis.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An exact sum Σ cₖ·√rₖ of non-negative rationals cₖ times square roots of whole numbers rₖ,
 * such as a mean of cosine scores, and the exact sign of the difference of two such sums.
 *
 * <p>Each root is kept on a square-free radicand where one is found (√12 as 2·√3), terms on
 * the same radicand are added exactly, and the roots of distinct square-free numbers are
 * linearly independent over the rationals (Besicovitch, 1940). So two sums are equal exactly
 * when their coefficients are, radicand by radicand; otherwise the sign of their difference is
 * found by evaluating it in decimals, doubling the digits until it lies further from 0 than the
 * evaluation's error, which it does at some finite precision because it is not 0. A radicand
 * that could not be proven square-free (a factor past 2⁶² that trial division leaves) is
 * compared with the others by testing their products for squares.
 *
 * <p>Its natural order is the order of the values, which is inconsistent with equals: two
 * sums of the same value compare as 0, and are equal only as the same object. Immutable and
 * thread-safe.
 */
public final class RootSum implements Comparable<RootSum> {

  /** The empty sum. */
  public static final RootSum ZERO = new RootSum(Map.of(), Set.of());

  /** Digits of the first evaluation of a difference. */
  private static final int FIRST_DIGITS = 24;

  /** Coefficient by radicand; no coefficient is zero. */
  private final Map<BigInteger, Fraction> terms;
  /** Radicands not proven square-free, usually none. */
  private final Set<BigInteger> unproven;

  private RootSum(Map<BigInteger, Fraction> terms, Set<BigInteger> unproven) {
    this.terms = terms;
    this.unproven = unproven;
  }

  /**
   * Returns a rational number as a sum, on the radicand 1.
   *
   * @param value the number
   * @return {@code value · √1}
   */
  public static RootSum of(Fraction value) {
    Objects.requireNonNull(value, "value");
    return value.isZero() ? ZERO
        : new RootSum(Map.of(BigInteger.ONE, value), Set.of());
  }

  /**
   * Returns the square root of a non-negative fraction as a sum of one term.
   *
   * @param square the fraction rooted
   * @return {@code √square}
   */
  public static RootSum sqrt(Fraction square) {
    Builder builder = new Builder();
    builder.add(Fraction.of(1, 1), Radical.of(square));
    return builder.build();
  }

  /**
   * Compares two sums exactly.
   *
   * @param other the other sum
   * @return below 0, 0 or above 0 as this sum is below, equal to or above the other
   */
  @Override
  public int compareTo(RootSum other) {
    Objects.requireNonNull(other, "other");
    // the difference, radicand by radicand, as signed terms
    Map<BigInteger, BigInteger[]> difference = new HashMap<>();
    Set<BigInteger> unsure = new HashSet<>(unproven);
    unsure.addAll(other.unproven);
    for (Map.Entry<BigInteger, Fraction> term : terms.entrySet()) {
      Fraction theirs = other.terms.get(term.getKey());
      Fraction ours = term.getValue();
      int c = theirs == null ? 1 : ours.compareTo(theirs);
      if (c != 0) {
        Fraction size = theirs == null ? ours : c > 0 ? ours.minus(theirs) : theirs.minus(ours);
        difference.put(term.getKey(), signed(size, c));
      }
    }
    for (Map.Entry<BigInteger, Fraction> term : other.terms.entrySet()) {
      if (!terms.containsKey(term.getKey())) {
        difference.put(term.getKey(), signed(term.getValue(), -1));
      }
    }
    if (!unsure.isEmpty()) {
      foldUnproven(difference, unsure);
    }
    return sign(difference);
  }

  /** A fraction with a sign, as {numerator, denominator}, the numerator signed. */
  private static BigInteger[] signed(Fraction size, int sign) {
    BigInteger numerator = size.numerator();
    return new BigInteger[] {sign < 0 ? numerator.negate() : numerator, size.denominator()};
  }

  /**
   * Moves each term whose radicand is not proven square-free onto another radicand of the same
   * square-free part, if there is one: √u = (√(u·v) / v)·√v when u·v is a square.
   */
  private static void foldUnproven(Map<BigInteger, BigInteger[]> difference,
      Set<BigInteger> unsure) {
    List<BigInteger> radicands = new ArrayList<>(difference.keySet());
    radicands.sort(null);
    for (int x = radicands.size() - 1; x >= 0; x--) {
      BigInteger u = radicands.get(x);
      if (!unsure.contains(u)) {
        continue;
      }
      for (int y = 0; y < radicands.size(); y++) {
        BigInteger v = radicands.get(y);
        if (y == x || !difference.containsKey(v)) {
          continue;
        }
        BigInteger root = Radical.exactRoot(u.multiply(v));
        if (root != null) {
          BigInteger[] moved = difference.remove(u);
          BigInteger[] into = difference.get(v);
          BigInteger numerator = moved[0].multiply(root);
          BigInteger denominator = moved[1].multiply(v);
          difference.put(v, new BigInteger[] {
              into[0].multiply(denominator).add(numerator.multiply(into[1])),
              into[1].multiply(denominator)});
          break;
        }
      }
    }
  }

  /** The sign of Σ (n/d)·√r over signed terms on radicands of distinct square-free parts. */
  private static int sign(Map<BigInteger, BigInteger[]> difference) {
    List<BigInteger> radicands = new ArrayList<>();
    List<BigInteger> numerators = new ArrayList<>();
    BigInteger common = BigInteger.ONE;
    for (Map.Entry<BigInteger, BigInteger[]> term : difference.entrySet()) {
      BigInteger[] q = term.getValue();
      if (q[0].signum() != 0) {
        radicands.add(term.getKey());
        numerators.add(q[0]);
        common = common.divide(common.gcd(q[1])).multiply(q[1]);
      }
    }
    if (radicands.isEmpty()) {
      return 0;
    }
    int lastSign = 0;
    for (int x = 0; x < radicands.size(); x++) {
      BigInteger[] q = difference.get(radicands.get(x));
      numerators.set(x, q[0].multiply(common.divide(q[1])));
      lastSign = numerators.get(x).signum();
    }
    boolean oneSign = true;
    for (BigInteger n : numerators) {
      oneSign &= n.signum() == lastSign;
    }
    if (oneSign) {
      return lastSign;
    }
    // Each root is within one unit of its last digit, a relative error of at most 10^(1 - p);
    // the products with whole numbers are exact, so the sum is off by at most
    // 10^(1 - p) · Σ|n·√r|, taken here with a margin of ten.
    for (int digits = FIRST_DIGITS; ; digits *= 2) {
      MathContext precision = new MathContext(digits);
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal sizes = BigDecimal.ZERO;
      for (int x = 0; x < radicands.size(); x++) {
        BigDecimal term = new BigDecimal(numerators.get(x))
            .multiply(new BigDecimal(radicands.get(x)).sqrt(precision));
        sum = sum.add(term);
        sizes = sizes.add(term.abs());
      }
      BigDecimal error = sizes.scaleByPowerOfTen(2 - digits);
      if (sum.abs().compareTo(error) > 0) {
        return sum.signum();
      }
    }
  }

  /**
   * Returns this sum divided by a whole number.
   *
   * @param divisor the divisor, above 0
   * @return {@code this / divisor}
   */
  public RootSum dividedBy(long divisor) {
    Fraction by = Fraction.of(divisor, 1);
    Map<BigInteger, Fraction> divided = new HashMap<>();
    terms.forEach((r, c) -> divided.put(r, c.dividedBy(by)));
    return new RootSum(divided, unproven);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(terms).forEach((r, c) -> text.append(text.length() == 0 ? ""
        : " + ").append(c).append("·√").append(r));
    return text.length() == 0 ? "0" : text.toString();
  }

  /** Adds up terms into a sum. Not thread-safe. */
  public static final class Builder {
    private final Map<BigInteger, Fraction> terms = new HashMap<>();
    private final Set<BigInteger> unproven = new HashSet<>();

    /** Starts an empty sum. */
    public Builder() {}

    /**
     * Adds c·√r, r as a radical gives it.
     *
     * @param coefficient the coefficient c
     * @param radical the root, with a rational factor of its own
     * @return this builder
     */
    public Builder add(Fraction coefficient, Radical radical) {
      if (coefficient.isZero() || radical.factor().isZero()) {
        return this;
      }
      Fraction c = coefficient.times(radical.factor());
      terms.merge(radical.radicand(), c, Fraction::plus);
      if (!radical.squareFree()) {
        unproven.add(radical.radicand());
      }
      return this;
    }

    /**
     * Returns the sum of the terms added.
     *
     * @return the sum
     */
    public RootSum build() {
      return terms.isEmpty() ? ZERO
          : new RootSum(Map.copyOf(terms), Set.copyOf(unproven));
    }
  }
}
