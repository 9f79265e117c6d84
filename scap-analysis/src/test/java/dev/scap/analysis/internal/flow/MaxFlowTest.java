package dev.scap.analysis.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** {@link MaxFlow} against JGraphT's push-relabel on random networks of up to 10 nodes. */
class MaxFlowTest {

  /** Arcs as (tail, head, capacity); the source is 0, the sink the last node. */
  record Network(int nodes, int[][] arcs) {}

  @Provide
  Arbitrary<Network> networks() {
    return Combinators.combine(Arbitraries.integers().between(2, 10),
            Arbitraries.integers().between(0, 30))
        .flatAs((nodes, count) -> Arbitraries.integers().between(0, 99).array(int[].class)
            .ofSize(3).array(int[][].class).ofSize(count).map(raw -> {
              int[][] arcs = new int[count][];
              for (int a = 0; a < count; a++) {
                int tail = raw[a][0] % nodes;
                int head = raw[a][1] % nodes;
                arcs[a] = new int[] {tail, head == tail ? (head + 1) % nodes : head,
                    raw[a][2] % 5};
              }
              return new Network(nodes, arcs);
            }));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void findsTheMaximumOfPushRelabel(@ForAll("networks") Network network) {
    MaxFlow flow = new MaxFlow(network.nodes());
    Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(
        DefaultWeightedEdge.class);
    for (int v = 0; v < network.nodes(); v++) {
      graph.addVertex(v);
    }
    int next = network.nodes();
    for (int[] arc : network.arcs()) {
      flow.addArc(arc[0], arc[1], arc[2]);
      // one vertex per arc keeps JGraphT's graph simple with parallel arcs
      graph.addVertex(next);
      graph.setEdgeWeight(graph.addEdge(arc[0], next), arc[2]);
      graph.setEdgeWeight(graph.addEdge(next, arc[1]), arc[2]);
      next++;
    }
    int sink = network.nodes() - 1;

    long value = flow.maximum(0, sink);

    assertThat(value).isEqualTo(Math.round(new PushRelabelMFImpl<>(graph)
        .getMaximumFlowValue(0, sink)));
  }

  @Test
  void fillsABipartiteNetworkAsFarAsTheLimitsAllow() {
    // source 0, cities 1..3 (2 units each), themes 4 and 5 (need 3 each), sink 6
    MaxFlow flow = new MaxFlow(7);
    for (int city = 1; city <= 3; city++) {
      flow.addArc(0, city, 2);
      flow.addArc(city, 4, 1);
    }
    flow.addArc(1, 5, 1);
    flow.addArc(2, 5, 1);
    flow.addArc(4, 6, 3);
    flow.addArc(5, 6, 3);

    assertThat(flow.maximum(0, 6)).isEqualTo(5);
  }
}
