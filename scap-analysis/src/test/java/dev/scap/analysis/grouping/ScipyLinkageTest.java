package dev.scap.analysis.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.NnChain;
import dev.scap.model.CityId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nearest-neighbour chain against SciPy's {@code scipy.cluster.hierarchy.linkage}, an
 * independent implementation: random condensed similarities (random doubles, so no distances
 * tie and the dendrogram is unique) and SciPy's merges and leaf order for them, stored under
 * {@code src/test/resources/scipy/} by {@code linkage.py} there (which says how to rerun it).
 */
class ScipyLinkageTest {

  /** One random matrix of the oracle. */
  record Case(String name, int n, double[] similarities) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<String, Case> CASES = readCases();
  private static final Map<String, List<Merge>> LINKAGES = readLinkages();
  private static final Map<String, int[]> LEAVES = readLeaves();

  private static List<String[]> rows(String resource) {
    try (InputStream in = ScipyLinkageTest.class.getResourceAsStream("/scipy/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource /scipy/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Case> readCases() {
    Map<String, Case> cases = new LinkedHashMap<>();
    for (String[] row : rows("similarities.csv")) {
      int n = Integer.parseInt(row[1]);
      Case c = cases.computeIfAbsent(row[0], name -> new Case(name, n, new double[n * (n - 1)
          / 2]));
      c.similarities()[AllPairs.condensedIndex(n, Integer.parseInt(row[2]),
          Integer.parseInt(row[3]))] = Double.parseDouble(row[4]);
    }
    return cases;
  }

  private static Map<String, List<Merge>> readLinkages() {
    Map<String, List<Merge>> linkages = new LinkedHashMap<>();
    for (String[] row : rows("linkage.csv")) {
      linkages.computeIfAbsent(row[0] + "/" + row[1], key -> new ArrayList<>())
          .add(new Merge(Integer.parseInt(row[3]), Integer.parseInt(row[4]),
              Double.parseDouble(row[5]), Integer.parseInt(row[6])));
    }
    return linkages;
  }

  private static Map<String, int[]> readLeaves() {
    Map<String, List<Integer>> leaves = new LinkedHashMap<>();
    for (String[] row : rows("leaves.csv")) {
      leaves.computeIfAbsent(row[0] + "/" + row[1], key -> new ArrayList<>())
          .add(Integer.parseInt(row[3]));
    }
    Map<String, int[]> result = new LinkedHashMap<>();
    leaves.forEach((key, list) -> result.put(key,
        list.stream().mapToInt(Integer::intValue).toArray()));
    return result;
  }

  static Stream<Arguments> cases() {
    return CASES.values().stream().flatMap(c -> Stream.of(Linkage.values())
        .map(linkage -> Arguments.of(c, linkage)));
  }

  @Test
  void readsEveryCaseOfTheOracle() {
    assertThat(CASES).hasSize(8);
    assertThat(LINKAGES).hasSize(8 * 3);
    assertThat(LEAVES).hasSize(8 * 3);
    for (Case c : CASES.values()) {
      assertThat(c.similarities()).as(c.name()).hasSize(c.n() * (c.n() - 1) / 2);
      assertThat(Arrays.stream(c.similarities()).distinct().count()).as(c.name())
          .isEqualTo(c.similarities().length);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void mergesAsScipyDoes(Case c, Linkage linkage) {
    List<Merge> expected = LINKAGES.get(c.name() + "/" + linkage.code());

    List<Merge> merges = NnChain.linkage(c.similarities(), c.n(), linkage);

    assertThat(merges).hasSameSizeAs(expected).hasSize(c.n() - 1);
    for (int r = 0; r < merges.size(); r++) {
      Merge actual = merges.get(r);
      Merge scipy = expected.get(r);
      assertThat(new int[] {actual.left(), actual.right(), actual.size()})
          .as("row %d", r).containsExactly(scipy.left(), scipy.right(), scipy.size());
      assertThat(actual.distance()).as("row %d", r).isCloseTo(scipy.distance(), within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void drawsTheLeavesInScipysOrder(Case c, Linkage linkage) {
    List<CityId> leaves = IntStream.range(0, c.n()).mapToObj(i -> CityId.of("c" + i)).toList();
    Dendrogram dendrogram = new Dendrogram(leaves, linkage,
        NnChain.linkage(c.similarities(), c.n(), linkage));

    assertThat(dendrogram.leafOrder())
        .containsExactly(LEAVES.get(c.name() + "/" + linkage.code()));
  }
}
