package dev.scap.analysis.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.model.CityId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's overlap example, and checks that the README shows this very code. */
class ReadmeOverlapExampleTest {

  @Test
  void readmeExampleFindsPeersOnTheBuiltInDataset() {
    StringBuilder printed = new StringBuilder();
    // README:BEGIN
    ThemeOverlap overlap = ThemeOverlap.of(Datasets.ascn(), OverlapOptions.DEFAULTS
        .withWeighting(Weighting.PROJECTS).withMetric(Metric.COSINE));
    for (CityPeers city : overlap.topPeers(3, 0.0)) {
      for (Peer peer : city.peers()) {
        printed.append(city.city() + " ~ " + peer.city() + " " + peer.score() + " "
            + peer.shared().stream().map(SharedTheme::theme).toList() + "\n");
      }
    }
    double score = overlap.score(CityId.of("phnom-penh"), CityId.of("yangon"));
    // README:END

    assertThat(printed.toString()).contains("phnom-penh ~ ");
    assertThat(score).isBetween(0.0, 1.0);
    List<CityPeers> peers = overlap.topPeers(3, 0.0);
    assertThat(peers).hasSize(Datasets.ascn().cities().size());
  }

  @Test
  void readmeShowsTheCodeThatThisTestRuns() throws IOException {
    String source = Files.readString(Path.of(
        "src/test/java/dev/scap/analysis/overlap/ReadmeOverlapExampleTest.java"));
    String snippet = source.substring(
        source.indexOf("// README:BEGIN\n") + "// README:BEGIN\n".length(),
        source.indexOf("    // README:END"));
    String unindented = snippet.lines()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .map(line -> line.replace("printed.append(", "System.out.print("))
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("```java\n" + unindented + "\n```");
  }
}
