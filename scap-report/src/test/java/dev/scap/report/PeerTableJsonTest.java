package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.internal.peers.PeerTable;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The JSON of every city's peers written from the top-k's indexes is the same bytes as the
 * peers' objects written one by one, over generated documents (the testkit's, with names to
 * escape, and synthetic ones, some large enough to cross the output's windows and its
 * generators' buffers) under every weighting, metric and rollup.
 */
class PeerTableJsonTest {

  @Provide
  Arbitrary<ThemeOverlap> overlaps() {
    Arbitrary<ScapDocument> generated = ScapArbitraries.documents(
        DocumentSizes.small().withCities(2, 8).withPlansPerCity(0, 3));
    Arbitrary<ScapDocument> synthetic = Combinators.combine(
            Arbitraries.integers().between(2, 40), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(0, 6), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
    return Combinators.combine(Arbitraries.oneOf(generated, synthetic),
            Arbitraries.of(Weighting.class), Arbitraries.of(Metric.class),
            Arbitraries.of(false, true))
        .as((document, weighting, metric, rollup) -> ThemeOverlap.of(document,
            new OverlapOptions(null, weighting, metric, rollup, null)));
  }

  @Property(tries = 200)
  void writesTheBytesThatThePeersObjectsWrite(@ForAll("overlaps") ThemeOverlap overlap,
      @ForAll @IntRange(min = 0, max = 6) int top) throws IOException {
    List<CityPeers> peers = overlap.topPeers(top, BigDecimal.ZERO);
    Map<CityId, String> names = new HashMap<>();
    for (City city : overlap.document().cities()) {
      names.put(city.id(), city.name());
    }

    assertThat(peers).isInstanceOf(PeerTable.class);
    // a copy is a list of the peers' objects, which the other way writes
    assertThat(json(overlap, peers, top, names))
        .isEqualTo(json(overlap, List.copyOf(peers), top, names));
  }

  @Example
  void writesTheSameBytesAcrossTheOutputsWindowsAndPastAGeneratorsBuffer() throws IOException {
    // 1,100 cities: more than a window of the output's 1,024; plans of 800 projects on 4 themes:
    // a city's sides and a peer's run far larger than a generator's buffer
    for (ScapDocument document : List.of(SyntheticDocuments.of(1100, 1, 2, 11).generate(),
        SyntheticDocuments.of(60, 4, 800, 12).generate())) {
      for (OverlapOptions options : List.of(OverlapOptions.DEFAULTS,
          new OverlapOptions(null, Weighting.PROJECTS, Metric.COSINE, false, null))) {
        ThemeOverlap overlap = ThemeOverlap.of(document, options);
        List<CityPeers> peers = overlap.topPeers(3, BigDecimal.ZERO);
        Map<CityId, String> names = new HashMap<>();
        document.cities().forEach(city -> names.put(city.id(), city.name()));

        assertThat(json(overlap, peers, 3, names))
            .isEqualTo(json(overlap, List.copyOf(peers), 3, names));
      }
    }
  }

  @Property(tries = 100)
  void writesAnyNameAsTheGeneratorWritesItsString(@ForAll("overlaps") ThemeOverlap overlap,
      @ForAll("names") List<String> given) throws IOException {
    List<CityPeers> peers = overlap.topPeers(3, BigDecimal.ZERO);
    Map<CityId, String> names = new HashMap<>();
    List<City> cities = overlap.document().cities();
    for (int i = 0; i < cities.size(); i++) {
      // a city missing from the names is written with a null name
      String name = given.get(i % given.size());
      if (name != null) {
        names.put(cities.get(i).id(), name);
      }
    }

    assertThat(json(overlap, peers, 3, names))
        .isEqualTo(json(overlap, List.copyOf(peers), 3, names));
  }

  @Provide
  Arbitrary<List<String>> names() {
    // a lone surrogate too, which a document may hold as an escape and the generator escapes
    Arbitrary<String> tricky = Arbitraries.of("a \"quoted\" name", "lone \uD800 half",
        "back\\slash", "tab\there", "line\u2028separator", "nul\u0000", "é and 東京",
        "emoji \uD83C\uDF06", "</script>", "\u007f\u0080\u009f", "");
    return Arbitraries.oneOf(tricky, Arbitraries.strings().all().ofMaxLength(12))
        .injectNull(0.1).list().ofMinSize(1).ofMaxSize(6);
  }

  @Example
  void aRunKeepsWhatItIsGivenInOrderPastItsFirstRoom() {
    byte[] around = "xx{\"theme\":\"\u00e9nergie\"}yy".getBytes(StandardCharsets.UTF_8);
    PeerTableJson.Run run = new PeerTableJson.Run();
    run.write('?');
    run.clear();
    byte[] filler = new byte[5000];
    Arrays.fill(filler, (byte) ' ');
    run.write(filler, 0, filler.length);
    run.add(around, 2, 10);
    run.write(around, 10, around.length - 12);
    run.write('!');

    byte[] expected = new byte[filler.length + around.length - 4 + 1];
    System.arraycopy(filler, 0, expected, 0, filler.length);
    System.arraycopy(around, 2, expected, filler.length, around.length - 4);
    expected[expected.length - 1] = '!';
    assertThat(Arrays.copyOf(run.bytes, run.length)).isEqualTo(expected);
  }

  private static byte[] json(ThemeOverlap overlap, List<CityPeers> peers, int top,
      Map<CityId, String> names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OverlapOutput.peers(OutputFormat.JSON, overlap, peers, top, BigDecimal.ZERO, names, out);
    return out.toByteArray();
  }
}
