package dev.scap.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * {@link RootSum} and {@link Radical}: the split into a square and a square-free part against
 * trial division of every number; sums equal by construction (the same roots reached through
 * different radicands, orders and groupings) compare equal; unequal sums compare as their
 * values evaluated to 300 digits; and differences far below what a fixed precision sees.
 */
class RootSumTest {

  private static final MathContext DIGITS = new MathContext(300);

  @Property(tries = 2000)
  void splitsAWholeNumberIntoASquareAndASquareFreePart(
      @ForAll @LongRange(min = 1, max = 2_000_000) long m) {
    long[] split = Radical.squareFree(m);

    assertThat(split[0] * split[0] * split[1]).isEqualTo(m);
    for (long d = 2; d * d <= split[1]; d++) {
      assertThat(split[1] % (d * d)).as("%d² divides %d", d, split[1]).isNotZero();
    }
  }

  @Property(tries = 100)
  void splitsLargeNumbersBuiltOfKnownFactors(@ForAll("factors") List<Long> primes,
      @ForAll @IntRange(min = 1, max = 3) int power) {
    BigInteger m = BigInteger.ONE;
    for (int x = 0; x < primes.size(); x++) {
      BigInteger p = BigInteger.valueOf(primes.get(x));
      int times = x == 0 ? power : 1;
      m = m.multiply(p.pow(times));
    }
    BigInteger[] split = Radical.squareFree(m);

    assertThat(split[0].pow(2).multiply(split[1])).isEqualTo(m);
    if (split[2].signum() != 0) {
      // proven: no prime's square is left in the square-free part
      for (long p : primes) {
        assertThat(split[1].mod(BigInteger.valueOf(p).pow(2)).signum()).isNotZero();
      }
    }
  }

  /** One to four primes, some small, some near 2³¹, so that products pass 2⁶². */
  @Provide
  Arbitrary<List<Long>> factors() {
    Arbitrary<Long> prime = Arbitraries.of(2L, 3L, 5L, 7L, 101L, 65_537L, 1_000_003L,
        2_147_483_647L, 4_294_967_291L, 999_999_999_989L);
    return prime.list().ofMinSize(1).ofMaxSize(4);
  }

  @Test
  void aSquarePastTheTrialsBoundIsTakenOutWhenTheRestIsASquare() {
    BigInteger p = BigInteger.valueOf(2_147_483_647L);
    BigInteger q = BigInteger.valueOf(4_294_967_291L);
    BigInteger[] split = Radical.squareFree(p.pow(2).multiply(q.pow(2)).multiply(BigInteger.TWO));

    assertThat(split).containsExactly(p.multiply(q), BigInteger.TWO, BigInteger.ONE);
  }

  @Property(tries = 500)
  void aRadicalSquaredIsItsFraction(@ForAll @LongRange(min = 0, max = 100_000) long n,
      @ForAll @LongRange(min = 1, max = 100_000) long d) {
    Fraction square = Fraction.of(n, d);
    Radical root = Radical.of(square);

    Fraction back = root.factor().times(root.factor())
        .times(new Fraction(root.radicand(), BigInteger.ONE));
    assertThat(back).isEqualTo(square);
    assertThat(root.squareFree()).isTrue();
  }

  @Property(tries = 500)
  void theProductOfRadicalsSquaredIsTheProductOfTheirFractions(
      @ForAll @LongRange(min = 1, max = 5_000) long a, @ForAll @LongRange(min = 1, max = 5_000)
      long b, @ForAll @LongRange(min = 1, max = 5_000) long c) {
    Radical x = Radical.of(Fraction.of(a, c));
    Radical y = Radical.of(Fraction.of(b, 1));
    Radical product = x.times(y);

    Fraction back = product.factor().times(product.factor())
        .times(new Fraction(product.radicand(), BigInteger.ONE));
    assertThat(back).isEqualTo(Fraction.of(a * b, c));
    assertThat(Radical.squareFree(product.radicand())[0]).isEqualTo(BigInteger.ONE);
  }

  /** A sum's terms: each √(n/d) times a whole count. */
  record Term(long count, long n, long d) {}

  @Provide
  Arbitrary<List<Term>> sums() {
    Arbitrary<Term> term = Combinators.combine(Arbitraries.longs().between(1, 6),
        Arbitraries.longs().between(0, 60), Arbitraries.longs().between(1, 60)).as(Term::new);
    return term.list().ofMinSize(1).ofMaxSize(8);
  }

  private static RootSum sum(List<Term> terms) {
    RootSum.Builder builder = new RootSum.Builder();
    for (Term t : terms) {
      builder.add(Fraction.of(t.count(), 1), Radical.of(Fraction.of(t.n(), t.d())));
    }
    return builder.build();
  }

  private static BigDecimal value(List<Term> terms) {
    BigDecimal value = BigDecimal.ZERO;
    for (Term t : terms) {
      value = value.add(new BigDecimal(t.n()).divide(new BigDecimal(t.d()), DIGITS)
          .sqrt(DIGITS).multiply(BigDecimal.valueOf(t.count())));
    }
    return value;
  }

  @Property(tries = 1000)
  void comparesAsTheValuesDo(@ForAll("sums") List<Term> a, @ForAll("sums") List<Term> b) {
    BigDecimal difference = value(a).subtract(value(b));
    int expected = difference.abs().compareTo(new BigDecimal("1e-250")) < 0 ? 0
        : difference.signum();

    assertThat(sum(a).compareTo(sum(b))).isEqualTo(expected);
    assertThat(sum(b).compareTo(sum(a))).isEqualTo(-expected);
  }

  @Property(tries = 500)
  void sumsEqualByConstructionCompareEqual(@ForAll("sums") List<Term> terms,
      @ForAll @LongRange(min = 2, max = 9) long k, @ForAll long seed) {
    // the same roots written otherwise: √(n/d) as √(n·k²/(d·k²)), as k·√(n/(d·k²)), and
    // a count c as c separate terms, all shuffled
    List<Term> written = new ArrayList<>();
    Random random = new Random(seed);
    for (Term t : terms) {
      switch (random.nextInt(3)) {
        case 0 -> written.add(new Term(t.count(), t.n() * k * k, t.d() * k * k));
        case 1 -> written.add(new Term(t.count() * k, t.n(), t.d() * k * k));
        default -> {
          for (long c = 0; c < t.count(); c++) {
            written.add(new Term(1, t.n(), t.d()));
          }
        }
      }
    }
    Collections.shuffle(written, random);

    assertThat(sum(terms).compareTo(sum(written))).isZero();
    assertThat(sum(written).compareTo(sum(terms))).isZero();
  }

  @Property(tries = 300)
  void aMeanIsItsSumDivided(@ForAll("sums") List<Term> terms,
      @ForAll @LongRange(min = 1, max = 1000) long pairs) {
    List<Term> divided = terms.stream()
        .map(t -> new Term(t.count(), t.n(), t.d() * pairs * pairs)).toList();

    assertThat(sum(terms).dividedBy(pairs).compareTo(sum(divided))).isZero();
  }

  @Test
  void tellsApartRootsThatAgreeToAHundredAndTwentyDigits() {
    // √(10²⁴⁰ + 1) = 10¹²⁰ + 10⁻¹²⁰/2 − …: a fixed 60 digits would take them as equal
    BigInteger big = BigInteger.TEN.pow(240);
    RootSum root = RootSum.sqrt(new Fraction(big.add(BigInteger.ONE), BigInteger.ONE));
    RootSum whole = RootSum.of(new Fraction(BigInteger.TEN.pow(120), BigInteger.ONE));

    assertThat(root.compareTo(whole)).isPositive();
    assertThat(whole.compareTo(root)).isNegative();
    assertThat(RootSum.sqrt(new Fraction(big.subtract(BigInteger.ONE), BigInteger.ONE))
        .compareTo(whole)).isNegative();
  }

  @Test
  void comparesSumsOfRootsThatNearlyCancel() {
    // √2 + √3 against √(5 + 2√6) written as itself is equal; against √10 (√2 + √3 ≈ 3.1463,
    // √10 ≈ 3.1623) it is below; and √2 + √8 is 3√2 = √18
    RootSum twoAndThree = new RootSum.Builder()
        .add(Fraction.of(1, 1), Radical.of(Fraction.of(2, 1)))
        .add(Fraction.of(1, 1), Radical.of(Fraction.of(3, 1))).build();
    RootSum ten = RootSum.sqrt(Fraction.of(10, 1));
    RootSum twoAndEight = new RootSum.Builder()
        .add(Fraction.of(1, 1), Radical.of(Fraction.of(2, 1)))
        .add(Fraction.of(1, 1), Radical.of(Fraction.of(8, 1))).build();

    assertThat(twoAndThree.compareTo(ten)).isNegative();
    assertThat(twoAndEight.compareTo(RootSum.sqrt(Fraction.of(18, 1)))).isZero();
    assertThat(RootSum.ZERO.compareTo(RootSum.sqrt(Fraction.ZERO))).isZero();
    assertThat(RootSum.ZERO.compareTo(RootSum.sqrt(Fraction.of(1, 1_000_000)))).isNegative();
  }

  @Test
  void aRadicandNotProvenSquareFreeStillMeetsItsEqualOnAnotherRadicand() {
    // p²·q with p and q past the trial division's bound: p·√q, but its radicand is unproven
    BigInteger p = BigInteger.valueOf(2_147_483_647L);
    BigInteger q = BigInteger.valueOf(4_294_967_291L);
    BigInteger p2q = p.pow(2).multiply(q);
    Radical unproven = Radical.of(new Fraction(p2q, BigInteger.ONE));
    assertThat(unproven.squareFree()).isFalse();

    RootSum written = RootSum.sqrt(new Fraction(p2q, BigInteger.ONE));
    RootSum proven = new RootSum.Builder()
        .add(new Fraction(p, BigInteger.ONE), Radical.of(new Fraction(q, BigInteger.ONE)))
        .build();
    RootSum more = new RootSum.Builder()
        .add(new Fraction(p, BigInteger.ONE), Radical.of(new Fraction(q, BigInteger.ONE)))
        .add(Fraction.of(1, 1), Radical.of(new Fraction(BigInteger.ONE,
            BigInteger.TEN.pow(80)))).build();

    assertThat(written.compareTo(proven)).isZero();
    assertThat(proven.compareTo(written)).isZero();
    assertThat(written.compareTo(more)).isNegative();
    assertThat(more.compareTo(written)).isPositive();
  }

  @Test
  void twoUnprovenRadicandsOfOneSquareFreePartMeet() {
    // √(p²·q) = (p/r)·√(r²·q): neither radicand is proven square-free, and they differ
    BigInteger p = BigInteger.valueOf(2_147_483_647L);
    BigInteger r = BigInteger.valueOf(999_999_999_989L);
    BigInteger q = BigInteger.valueOf(4_294_967_291L);
    Radical one = Radical.of(new Fraction(p.pow(2).multiply(q), BigInteger.ONE));
    Radical other = Radical.of(new Fraction(r.pow(2).multiply(q), BigInteger.ONE));
    assertThat(one.squareFree() || other.squareFree()).isFalse();

    RootSum first = new RootSum.Builder().add(Fraction.of(1, 1), one).build();
    RootSum second = new RootSum.Builder().add(new Fraction(p, r), other).build();
    RootSum twice = new RootSum.Builder().add(Fraction.of(1, 1), one)
        .add(new Fraction(p, r), other).build();

    assertThat(first.compareTo(second)).isZero();
    assertThat(twice.compareTo(new RootSum.Builder().add(Fraction.of(2, 1), one).build()))
        .isZero();
    assertThat(twice.compareTo(first)).isPositive();
  }
}
