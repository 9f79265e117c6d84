package dev.scap.testkit;

import dev.scap.model.ScapDocument;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/** Fixed samples of generated documents, for tests that look at many documents at once. */
final class Samples {

  private Samples() {}

  /** Draws {@code count} values from a seeded random source: the same seed, the same values. */
  static <T> List<T> draw(Arbitrary<T> arbitrary, long seed, int count) {
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Random random = new Random(seed);
    return Stream.generate(() -> generator.next(random).value()).limit(count).toList();
  }

  /** Rich documents, of which every mutation of the catalogue applies to some. */
  static List<ScapDocument> richDocuments() {
    return draw(ScapArbitraries.documents(DocumentSizes.rich()), 20261127L, 24);
  }
}
