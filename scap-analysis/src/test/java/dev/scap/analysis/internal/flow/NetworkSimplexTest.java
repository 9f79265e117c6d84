package dev.scap.analysis.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/**
 * {@link NetworkSimplex} against two independent oracles: JGraphT's capacity scaling on
 * random networks of up to 8 nodes and 20 arcs with lower bounds, and an exhaustive search over
 * every integer flow on networks of up to 6 arcs, negative costs and infeasible supplies
 * included. Each optimum is also checked by its own certificate: the potentials' reduced
 * costs.
 */
class NetworkSimplexTest {

  /** A random network and supplies. */
  record Network(int nodes, int[][] arcs, long[] supply) {

    NetworkSimplex simplex() {
      NetworkSimplex simplex = new NetworkSimplex(nodes);
      for (int[] arc : arcs) {
        simplex.addArc(arc[0], arc[1], arc[2], arc[3], arc[4]);
      }
      for (int v = 0; v < nodes; v++) {
        simplex.addSupply(v, supply[v]);
      }
      return simplex;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(nodes + " nodes, supply "
          + java.util.Arrays.toString(supply));
      for (int[] arc : arcs) {
        text.append("\n  ").append(java.util.Arrays.toString(arc));
      }
      return text.toString();
    }
  }

  /**
   * Networks whose supplies come from a flow drawn between the bounds, so that they are
   * feasible; parallel arcs and arcs both ways are allowed.
   */
  @Provide
  Arbitrary<Network> feasible() {
    return network(0, 9, 20);
  }

  /** Tiny networks with any supplies, feasible or not, and negative costs. */
  @Provide
  Arbitrary<Network> tiny() {
    return network(-9, 9, 6);
  }

  private static Arbitrary<Network> network(int minCost, int maxCost, int maxArcs) {
    return Combinators.combine(Arbitraries.integers().between(2, 8),
            Arbitraries.integers().between(1, maxArcs))
        .flatAs((nodes, count) -> Combinators.combine(
                Arbitraries.integers().between(0, nodes - 1).array(int[].class).ofSize(count),
                Arbitraries.integers().between(0, nodes - 1).array(int[].class).ofSize(count),
                Arbitraries.integers().between(0, 2).array(int[].class).ofSize(count),
                Arbitraries.integers().between(0, 3).array(int[].class).ofSize(count),
                Arbitraries.integers().between(minCost, maxCost).array(int[].class)
                    .ofSize(count),
                Arbitraries.integers().between(0, 5).array(int[].class).ofSize(count),
                Arbitraries.integers().between(-2, 2).array(int[].class).ofSize(nodes),
                Arbitraries.of(true, false))
            .as((tails, heads, lows, widths, costs, flows, noise, exact) -> {
              List<int[]> arcs = new ArrayList<>();
              long[] supply = new long[nodes];
              for (int a = 0; a < count; a++) {
                int head = heads[a] == tails[a] ? (heads[a] + 1) % nodes : heads[a];
                int low = lows[a];
                int high = low + widths[a];
                arcs.add(new int[] {tails[a], head, low, high, costs[a]});
                int flow = low + flows[a] % (widths[a] + 1);
                supply[tails[a]] += flow;
                supply[head] -= flow;
              }
              if (!exact && minCost < 0) {
                // shift supply between nodes: often infeasible, always summing to 0
                for (int v = 0; v + 1 < nodes; v += 2) {
                  supply[v] += noise[v];
                  supply[v + 1] -= noise[v];
                }
              }
              return new Network(nodes, arcs.toArray(int[][]::new), supply);
            }));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void findsTheOptimumOfJGraphTsCapacityScaling(@ForAll("feasible") Network network) {
    NetworkSimplex simplex = network.simplex();

    assertThat(simplex.solve()).isEqualTo(NetworkSimplex.Status.OPTIMAL);
    assertThat(simplex.totalCost()).isEqualTo(capacityScaling(network));
    assertFeasibleAndCertified(network, simplex);
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void findsTheOptimumOfAnExhaustiveSearchOrNoneWhenThereIsNone(
      @ForAll("tiny") Network network) {
    NetworkSimplex simplex = network.simplex();
    Long best = exhaustive(network, null);

    NetworkSimplex.Status status = simplex.solve();

    if (best == null) {
      assertThat(status).isEqualTo(NetworkSimplex.Status.INFEASIBLE);
    } else {
      assertThat(status).isEqualTo(NetworkSimplex.Status.OPTIMAL);
      assertThat(simplex.totalCost()).isEqualTo(best);
      assertFeasibleAndCertified(network, simplex);
    }
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void breaksTiesByTheLeastSecondCostAmongTheOptima(@ForAll("tiny") Network network,
      @ForAll("seconds") int[] seconds) {
    NetworkSimplex simplex = network.simplex();
    Long best = exhaustive(network, null);
    if (best == null) {
      return;
    }
    long[] second = new long[network.arcs().length];
    for (int a = 0; a < second.length; a++) {
      second[a] = seconds[a];
    }
    long first = simplex.solve() == NetworkSimplex.Status.OPTIMAL ? simplex.totalCost() : -1;

    simplex.breakTies(second);

    long[] flows = new long[second.length];
    long primary = 0;
    for (int a = 0; a < flows.length; a++) {
      flows[a] = simplex.flow(a);
      primary += flows[a] * network.arcs()[a][4];
    }
    assertThat(primary).as("still optimal").isEqualTo(first).isEqualTo(best);
    assertThat(simplex.totalCost()).isEqualTo(exhaustive(network, second));
    assertFeasible(network, flows);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void findsTheSameOptimaOnCostsBeyond64Bits(@ForAll("tiny") Network network,
      @ForAll("seconds") int[] seconds) {
    BigInteger huge = BigInteger.ONE.shiftLeft(80);
    NetworkSimplex simplex = new NetworkSimplex(network.nodes());
    for (int[] arc : network.arcs()) {
      simplex.addArc(arc[0], arc[1], arc[2], arc[3], huge.multiply(BigInteger.valueOf(arc[4])));
    }
    for (int v = 0; v < network.nodes(); v++) {
      simplex.addSupply(v, network.supply()[v]);
    }
    Long best = exhaustive(network, null);

    NetworkSimplex.Status status = simplex.solve();

    if (best == null) {
      assertThat(status).isEqualTo(NetworkSimplex.Status.INFEASIBLE);
      return;
    }
    assertThat(status).isEqualTo(NetworkSimplex.Status.OPTIMAL);
    assertThat(simplex.exactTotalCost()).isEqualTo(huge.multiply(BigInteger.valueOf(best)));
    long[] second = new long[network.arcs().length];
    for (int a = 0; a < second.length; a++) {
      second[a] = seconds[a];
    }
    simplex.breakTies(second);
    assertThat(simplex.totalCost()).isEqualTo(exhaustive(network, second));
    long[] flows = new long[second.length];
    for (int a = 0; a < flows.length; a++) {
      flows[a] = simplex.flow(a);
    }
    assertFeasible(network, flows);
  }

  @Provide
  Arbitrary<int[]> seconds() {
    return Arbitraries.integers().between(-5, 5).array(int[].class).ofSize(6);
  }

  @Test
  void refusesCostsTooLargeForExactSums() {
    NetworkSimplex simplex = new NetworkSimplex(2);
    simplex.addArc(0, 1, 0, 1, Long.MAX_VALUE / 16);
    simplex.addSupply(0, 1);
    simplex.addSupply(1, -1);

    assertThatThrownBy(simplex::solve).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("too large for exact sums");
  }

  @Test
  void refusesSuppliesThatDoNotSumToZero() {
    NetworkSimplex simplex = new NetworkSimplex(2);
    simplex.addArc(0, 1, 0, 1, 1);
    simplex.addSupply(0, 1);

    assertThatThrownBy(simplex::solve).isInstanceOf(ArithmeticException.class)
        .hasMessage("the supplies sum to 1, not 0");
  }

  @Test
  void meetsLowerBoundsEvenAtACost() {
    // 0 -> 1 must carry 2 at cost 5 although 0 -> 2 -> 1 is cheaper
    NetworkSimplex simplex = new NetworkSimplex(3);
    int direct = simplex.addArc(0, 1, 2, 4, 5);
    int around = simplex.addArc(0, 2, 0, 4, 1);
    simplex.addArc(2, 1, 0, 4, 1);
    simplex.addSupply(0, 3);
    simplex.addSupply(1, -3);

    assertThat(simplex.solve()).isEqualTo(NetworkSimplex.Status.OPTIMAL);
    assertThat(simplex.flow(direct)).isEqualTo(2);
    assertThat(simplex.flow(around)).isEqualTo(1);
    assertThat(simplex.totalCost()).isEqualTo(2 * 5 + 2);
  }

  private static void assertFeasibleAndCertified(Network network, NetworkSimplex simplex) {
    long[] flows = new long[network.arcs().length];
    for (int a = 0; a < flows.length; a++) {
      flows[a] = simplex.flow(a);
      int[] arc = network.arcs()[a];
      long reduced = arc[4] + simplex.potential(arc[0]) - simplex.potential(arc[1]);
      assertThat(simplex.reducedCost(a)).isEqualTo(reduced);
      if (flows[a] < arc[3]) {
        assertThat(reduced).as("reduced cost of arc %d below its upper bound", a)
            .isGreaterThanOrEqualTo(0);
      }
      if (flows[a] > arc[2]) {
        assertThat(reduced).as("reduced cost of arc %d above its lower bound", a)
            .isLessThanOrEqualTo(0);
      }
    }
    assertFeasible(network, flows);
  }

  private static void assertFeasible(Network network, long[] flows) {
    long[] balance = network.supply().clone();
    for (int a = 0; a < flows.length; a++) {
      int[] arc = network.arcs()[a];
      assertThat(flows[a]).isBetween((long) arc[2], (long) arc[3]);
      balance[arc[0]] -= flows[a];
      balance[arc[1]] += flows[a];
    }
    assertThat(balance).containsOnly(0);
  }

  /**
   * The least cost over every integer flow between the bounds that meets the supplies, or
   * {@code null} if none does; with {@code second}, the least second cost among the flows of
   * least first cost.
   */
  static Long exhaustive(Network network, long[] second) {
    int[][] arcs = network.arcs();
    long[] flows = new long[arcs.length];
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    boolean[] found = {false};
    enumerate(network, flows, 0, second, best, found);
    return found[0] ? (second == null ? best[0] : best[1]) : null;
  }

  private static void enumerate(Network network, long[] flows, int a, long[] second,
      long[] best, boolean[] found) {
    int[][] arcs = network.arcs();
    if (a == arcs.length) {
      long[] balance = network.supply().clone();
      long cost = 0;
      long tie = 0;
      for (int e = 0; e < arcs.length; e++) {
        balance[arcs[e][0]] -= flows[e];
        balance[arcs[e][1]] += flows[e];
        cost += flows[e] * arcs[e][4];
        tie += second == null ? 0 : flows[e] * second[e];
      }
      for (long b : balance) {
        if (b != 0) {
          return;
        }
      }
      if (!found[0] || cost < best[0] || (cost == best[0] && tie < best[1])) {
        best[0] = cost;
        best[1] = tie;
        found[0] = true;
      }
      return;
    }
    for (long f = arcs[a][2]; f <= arcs[a][3]; f++) {
      flows[a] = f;
      enumerate(network, flows, a + 1, second, best, found);
    }
  }

  /** JGraphT's optimum, lower bounds and parallel arcs as its problem takes them. */
  private static long capacityScaling(Network network) {
    Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(
        DefaultWeightedEdge.class);
    for (int v = 0; v < network.nodes(); v++) {
      graph.addVertex(v);
    }
    Map<DefaultWeightedEdge, int[]> of = new HashMap<>();
    // A simple graph: each arc runs through a vertex of its own, which carries its cost.
    int next = network.nodes();
    for (int[] arc : network.arcs()) {
      graph.addVertex(next);
      DefaultWeightedEdge in = graph.addEdge(arc[0], next);
      DefaultWeightedEdge out = graph.addEdge(next, arc[1]);
      graph.setEdgeWeight(in, arc[4]);
      graph.setEdgeWeight(out, 0);
      of.put(in, arc);
      of.put(out, new int[] {0, 0, arc[2], arc[3], 0});
      next++;
    }
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> v < network.nodes() ? (int) network.supply()[v] : 0,
            e -> of.get(e)[3], e -> of.get(e)[2], graph::getEdgeWeight);
    double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
        .getMinimumCostFlow(problem).getCost();
    return Math.round(cost);
  }
}
