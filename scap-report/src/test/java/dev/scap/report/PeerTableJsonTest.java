package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.internal.PeerTable;
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
import java.nio.ByteBuffer;
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
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The JSON of every city's peers written from the top-k's indexes is the same bytes as the
 * peers' objects written one by one, over generated documents (the testkit's, with names to
 * escape, and larger synthetic ones) under every weighting, metric and rollup.
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
  void aRunGivesItsTextAsASerializedStringOfItDoes() throws IOException {
    String text = "{\"theme\":\"énergie\",\"cityProjects\":[\"a\\\"b\"]}";
    byte[] around = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    PeerTableJson.Run raw = new PeerTableJson.Run();
    raw.add((byte) '?');
    raw.clear();
    // grown past its first room, from two parts
    byte[] filler = new byte[5000];
    Arrays.fill(filler, (byte) ' ');
    raw.add(filler, 0, filler.length);
    raw.clear();
    raw.add(around, 2, 10);
    raw.add(around, 10, around.length - 2);
    SerializedString same = new SerializedString(text);

    assertThat(raw.getValue()).isEqualTo(text);
    assertThat(raw.charLength()).isEqualTo(same.charLength());
    assertThat(raw.asUnquotedUTF8()).isEqualTo(same.asUnquotedUTF8());
    assertThat(raw.asQuotedUTF8()).isEqualTo(same.asQuotedUTF8());
    assertThat(raw.asQuotedChars()).isEqualTo(same.asQuotedChars());
    for (int room : new int[] {0, 10, 200}) {
      byte[] mine = new byte[room + 3];
      byte[] theirs = new byte[room + 3];
      assertThat(raw.appendUnquotedUTF8(mine, 3)).isEqualTo(same.appendUnquotedUTF8(theirs, 3));
      assertThat(raw.appendQuotedUTF8(mine, 3)).isEqualTo(same.appendQuotedUTF8(theirs, 3));
      assertThat(mine).isEqualTo(theirs);
      char[] mineChars = new char[room + 3];
      char[] theirChars = new char[room + 3];
      assertThat(raw.appendUnquoted(mineChars, 3)).isEqualTo(same.appendUnquoted(theirChars, 3));
      assertThat(raw.appendQuoted(mineChars, 3)).isEqualTo(same.appendQuoted(theirChars, 3));
      assertThat(mineChars).isEqualTo(theirChars);
      ByteBuffer mineBuffer = ByteBuffer.allocate(room);
      ByteBuffer theirBuffer = ByteBuffer.allocate(room);
      assertThat(raw.putUnquotedUTF8(mineBuffer)).isEqualTo(same.putUnquotedUTF8(theirBuffer));
      assertThat(raw.putQuotedUTF8(mineBuffer)).isEqualTo(same.putQuotedUTF8(theirBuffer));
      assertThat(mineBuffer.array()).isEqualTo(theirBuffer.array());
    }
    ByteArrayOutputStream mine = new ByteArrayOutputStream();
    ByteArrayOutputStream theirs = new ByteArrayOutputStream();
    assertThat(raw.writeUnquotedUTF8(mine)).isEqualTo(same.writeUnquotedUTF8(theirs));
    assertThat(raw.writeQuotedUTF8(mine)).isEqualTo(same.writeQuotedUTF8(theirs));
    assertThat(mine.toByteArray()).isEqualTo(theirs.toByteArray());
  }

  private static byte[] json(ThemeOverlap overlap, List<CityPeers> peers, int top,
      Map<CityId, String> names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OverlapOutput.peers(OutputFormat.JSON, overlap, peers, top, BigDecimal.ZERO, names, out);
    return out.toByteArray();
  }
}
