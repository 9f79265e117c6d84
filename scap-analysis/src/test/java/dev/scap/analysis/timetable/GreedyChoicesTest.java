package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Colouring#dsatur} and {@link ConflictGraph#clique} make the same choices as their
 * rules read plainly: every vertex scanned for the next one to colour, every candidate scanned
 * for the next one to add to a clique. On conflict graphs of up to 24 tables whose degrees tie
 * often (groups of few sizes over few tables) and of up to 200 tables with sparse groups, past
 * one 64-bit word of tables and, with one room, of colours.
 */
class GreedyChoicesTest {

  @Provide
  Arbitrary<ConflictGraph> graphs() {
    Arbitrary<ConflictGraph> dense = Arbitraries.integers().between(1, 24).flatMap(n ->
        Arbitraries.integers().between(0, n - 1).set().ofMinSize(1).ofMaxSize(4).list()
            .ofMaxSize(30).map(groups -> graph(n, groups)));
    Arbitrary<ConflictGraph> sparse = Arbitraries.integers().between(1, 200).flatMap(n ->
        Arbitraries.integers().between(0, n - 1).set().ofMinSize(1).ofMaxSize(8).list()
            .ofMaxSize(120).map(groups -> graph(n, groups)));
    return Arbitraries.oneOf(dense, sparse);
  }

  private static ConflictGraph graph(int n, List<Set<Integer>> groups) {
    List<int[]> sorted = new ArrayList<>();
    for (Set<Integer> group : groups) {
      sorted.add(group.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return new ConflictGraph(n, sorted);
  }

  @Property(tries = 500)
  void dsaturChoosesAsItsRuleSays(@ForAll("graphs") ConflictGraph graph,
      @ForAll @IntRange(min = 1, max = 6) int cap, @ForAll boolean unlimited) {
    int rooms = unlimited ? Integer.MAX_VALUE : cap;

    assertThat(Colouring.dsatur(graph, rooms)).isEqualTo(plainDsatur(graph, rooms));
  }

  @Property(tries = 500)
  void cliqueChoosesAsItsRuleSays(@ForAll("graphs") ConflictGraph graph) {
    int[] clique = graph.clique();

    assertThat(clique).isEqualTo(plainClique(graph));
    for (int a : clique) {
      for (int b : clique) {
        assertThat(a == b || graph.adjacent(a, b)).isTrue();
      }
    }
  }

  @Property(tries = 100)
  void aCliqueAndAColouringAgreeOnTheirBounds(@ForAll("graphs") ConflictGraph graph) {
    assertThat(Colouring.colours(Colouring.dsatur(graph, Integer.MAX_VALUE)))
        .isGreaterThanOrEqualTo(graph.clique().length);
  }

  /** DSATUR as its rule reads: each step scans every uncoloured vertex. */
  private static int[] plainDsatur(ConflictGraph graph, int cap) {
    int n = graph.n;
    int width = n + 1;
    int[] count = new int[n * width];
    int[] saturation = new int[n];
    int[] size = new int[width];
    int[] colour = new int[n];
    Arrays.fill(colour, -1);
    for (int step = 0; step < n; step++) {
      int v = -1;
      for (int u = 0; u < n; u++) {
        if (colour[u] < 0 && (v < 0 || saturation[u] > saturation[v]
            || saturation[u] == saturation[v] && graph.degree(u) > graph.degree(v))) {
          v = u;
        }
      }
      int c = 0;
      while (count[v * width + c] > 0 || size[c] >= cap) {
        c++;
      }
      colour[v] = c;
      size[c]++;
      for (int w : graph.neighbours[v]) {
        if (count[w * width + c]++ == 0) {
          saturation[w]++;
        }
      }
    }
    return colour;
  }

  /** The greedy cliques as their rule reads: each step scans every candidate left. */
  private static int[] plainClique(ConflictGraph graph) {
    int[] best = new int[0];
    for (int[] group : graph.groups) {
      if (group.length > best.length) {
        best = group.clone();
      }
    }
    for (int v = 0; v < graph.n; v++) {
      List<Integer> chosen = new ArrayList<>(List.of(v));
      List<Integer> candidates = new ArrayList<>();
      for (int w : graph.neighbours[v]) {
        candidates.add(w);
      }
      while (!candidates.isEmpty()) {
        int pick = candidates.get(0);
        for (int c : candidates) {
          if (graph.degree(c) > graph.degree(pick)
              || graph.degree(c) == graph.degree(pick) && c < pick) {
            pick = c;
          }
        }
        int u = pick;
        chosen.add(u);
        candidates.removeIf(w -> w == u || !graph.adjacent(u, w));
      }
      if (chosen.size() > best.length) {
        best = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
      }
    }
    return best;
  }
}
