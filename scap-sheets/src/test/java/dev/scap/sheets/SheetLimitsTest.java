package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SheetLimitsTest {

  @Test
  void defaultsAreThoseOfTheLayout() {
    SheetLimits limits = SheetLimits.DEFAULTS;

    assertThat(limits.maxFileBytes()).isEqualTo(2L << 30);
    assertThat(limits.maxPartBytes()).isEqualTo(4L << 30);
    assertThat(limits.maxTotalBytes()).isEqualTo(16L << 30);
    assertThat(limits.maxCompressionRatio()).isEqualTo(200);
    assertThat(limits.maxRows()).isEqualTo(5_000_000);
    assertThat(limits.maxColumns()).isEqualTo(1_000);
    assertThat(limits.maxCellLength()).isEqualTo(1_000_000);
    assertThat(limits.maxSharedStringsBytes()).isEqualTo(256L << 20);
    assertThat(limits.maxProblems()).isEqualTo(1_000);
  }

  @Test
  void changesOneLimitAtATime() {
    SheetLimits limits = SheetLimits.DEFAULTS.withMaxRows(10).withMaxColumns(5)
        .withMaxCellLength(7).withMaxProblems(3).withMaxFileBytes(11).withMaxPartBytes(12)
        .withMaxTotalBytes(13).withMaxCompressionRatio(14).withMaxSharedStringsBytes(15);

    assertThat(limits).isEqualTo(new SheetLimits(11, 12, 13, 14, 10, 5, 7, 15, 3));
  }

  @Test
  void refusesALimitThatIsNotPositive() {
    assertThatThrownBy(() -> SheetLimits.DEFAULTS.withMaxRows(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRows");
    assertThatThrownBy(() -> SheetLimits.DEFAULTS.withMaxFileBytes(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileBytes");
  }

  @Test
  void listsNoMoreProblemsThanTheLimitAndCountsTheRest() throws Exception {
    java.nio.file.Path data = java.nio.file.Files.createTempDirectory("limits");
    try {
      StringBuilder cities = new StringBuilder("id,name,country,population\r\n");
      for (int i = 0; i < 10; i++) {
        cities.append("c").append(i).append(",C,VN,many\r\n");
      }
      java.nio.file.Files.writeString(data.resolve("cities.csv"), cities);
      java.nio.file.Files.writeString(data.resolve("document.csv"), "scapVersion\r\n1.1\r\n");

      SheetsReadResult result = SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxProblems(3))
          .read(data);

      assertThat(result.problems()).hasSize(4);
      assertThat(result.problems().get(3).problem().message())
          .startsWith("8 more problems not listed");
    } finally {
      try (var paths = java.nio.file.Files.walk(data)) {
        for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(path);
        }
      }
    }
  }
}
