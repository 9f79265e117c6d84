package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkageTest {

  static Stream<Arguments> updates() {
    return Stream.of(
        Arguments.of(Linkage.SINGLE, 0.2, 0.6, 1, 3, 0.2),
        Arguments.of(Linkage.SINGLE, 0.6, 0.2, 5, 1, 0.2),
        Arguments.of(Linkage.COMPLETE, 0.2, 0.6, 1, 3, 0.6),
        Arguments.of(Linkage.COMPLETE, 0.6, 0.2, 5, 1, 0.6),
        // (1·0.2 + 3·0.6) / 4: the mean over the 4 cities of i ∪ j
        Arguments.of(Linkage.AVERAGE, 0.2, 0.6, 1, 3, 0.5),
        Arguments.of(Linkage.AVERAGE, 0.5, 1.0, 2, 2, 0.75));
  }

  @ParameterizedTest
  @MethodSource("updates")
  void updatesTheDistanceToAMergedClusterByLanceWilliams(Linkage linkage, double ki,
      double kj, int sizeI, int sizeJ, double expected) {
    assertThat(linkage.update(ki, kj, sizeI, sizeJ)).isCloseTo(expected, within(1e-15));
  }

  @Test
  void isFoundByItsCode() {
    assertThat(Linkage.fromCode("average")).contains(Linkage.AVERAGE);
    assertThat(Linkage.fromCode("complete")).contains(Linkage.COMPLETE);
    assertThat(Linkage.fromCode("single")).contains(Linkage.SINGLE);
    assertThat(Linkage.fromCode("ward")).isEmpty();
    assertThat(Linkage.fromCode(null)).isEmpty();
    assertThat(Linkage.AVERAGE.code()).isEqualTo("average");
  }
}
