package dev.scap.analysis.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.roundtable.RoundtablePlannerPropertiesTest.Instance;
import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The planner's seating against an optimum found apart from its code, on medium random
 * instances (40 to 300 cities, 3 to 12 themes) where {@link RoundtablePlannerPropertiesTest}'s
 * exhaustive search cannot go: for the plan's own table counts k(t), JGraphT's capacity-scaling
 * minimum-cost flow with lower bounds finds the largest total weight (exact integers: every
 * weight times the least common multiple L of the priority denominators) and, among the
 * seatings of that weight, the least tie cost of CLI.md (where the costs fit JGraphT's limit:
 * nearly always, see {@link #optimum}). The plan's seating must reach both exactly and keep
 * every constraint, its split among tables must keep the seats of each theme, and the last
 * table dropped for the per-city limit must be one without which no seating exists. jqwik's
 * edge cases are off, as in the other properties of the planner.
 */
class RoundtableOptimumCrossCheckTest {

  /** Every city id an instance can draw from, shuffled into document order. */
  private static final List<String> IDS = IntStream.range(0, 300)
      .mapToObj(i -> String.format("c%03d", i)).toList();

  /**
   * The weight the profile should give, as WeightedDocument makes the plans, as an exact
   * fraction: numerator and denominator; {0, 1} where the city cannot sit at the theme.
   */
  static long[] exactWeight(Instance instance, int city, int t) {
    int[] w = instance.weights()[city];
    if (w[t] == 0) {
      return new long[] {0, 1};
    }
    if (instance.weighting() == Weighting.PRESENCE) {
      return new long[] {1, 1};
    }
    if (instance.weighting() == Weighting.PROJECTS) {
      return new long[] {w[t], 1};
    }
    int rank = 1;
    for (int u = 0; u < w.length; u++) {
      if (w[u] > w[t] || (w[u] == w[t] && u < t)) {
        rank++;
      }
    }
    return new long[] {1, rank};
  }

  static boolean isCandidate(Instance instance, int city, int t) {
    return instance.weights()[city][t] > 0;
  }

  /**
   * Medium instances: each theme has its own density (the share of cities that can sit at it,
   * 0 to 100%), so that some themes are too thin to host and the per-city limit drops tables of
   * others; some themes are asked for, some table counts requested.
   */
  @Provide
  Arbitrary<Instance> instances() {
    // Sizes drawn uniformly: jqwik's default leans to the low end, mostly under 100 cities.
    return Combinators.combine(
            Arbitraries.integers().between(40, 300).withDistribution(RandomDistribution.uniform()),
            Arbitraries.integers().between(3, 12).withDistribution(RandomDistribution.uniform()))
        .flatAs((n, themes) -> Combinators.combine(
                Arbitraries.shuffle(IDS).map(ids -> ids.subList(0, n)),
                Arbitraries.integers().between(0, 99).array(int[].class).ofSize(themes)
                    .array(int[][].class).ofSize(n),
                Arbitraries.integers().between(0, 100).array(int[].class).ofSize(themes),
                Arbitraries.of(Weighting.PRESENCE, Weighting.PROJECTS, Weighting.PRIORITY),
                Combinators.combine(Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(0, 6))
                    .as((min, extra) -> new int[] {min, min + extra}),
                Arbitraries.integers().between(1, 3),
                // a third of the tries ask for no theme: every theme then
                Arbitraries.integers().between(-(1 << themes) / 2, (1 << themes) - 1)
                    .map(m -> Math.max(m, 0)),
                Arbitraries.integers().between(-12, 12).array(int[].class).ofSize(themes))
            .as((ids, cells, density, weighting, seats, perCity, mask, tables) -> {
              int[][] weights = new int[n][themes];
              for (int i = 0; i < n; i++) {
                for (int t = 0; t < themes; t++) {
                  weights[i][t] = cells[i][t] < density[t] ? 1 + cells[i][t] % 5 : 0;
                }
              }
              List<Integer> asked = IntStream.range(0, themes)
                  .filter(t -> (mask & (1 << t)) != 0).boxed().toList();
              Map<Integer, Integer> requested = new HashMap<>();
              for (int t = 0; t < themes; t++) {
                if (tables[t] >= 0 && (asked.isEmpty() || asked.contains(t))) {
                  requested.put(t, tables[t]);
                }
              }
              return new Instance(ids, weights, weighting, seats[0], seats[1], perCity, asked,
                  requested);
            }));
  }

  private static int themeIndex(ThemeId theme) {
    return Integer.parseInt(theme.value().substring(1));
  }

  /** The plan's tables per theme index, in theme order. */
  private static Map<Integer, Integer> counts(RoundtablePlan plan) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Table table : plan.tables()) {
      counts.merge(themeIndex(table.theme()), 1, Integer::sum);
    }
    return counts;
  }

  /** The plan's guests per theme index, whatever table they sit at. */
  private static Map<Integer, List<Integer>> seating(Instance instance, RoundtablePlan plan) {
    Map<Integer, List<Integer>> seating = new TreeMap<>();
    for (Table table : plan.tables()) {
      List<Integer> guests = seating.computeIfAbsent(themeIndex(table.theme()),
          x -> new ArrayList<>());
      table.guests().forEach(guest -> guests.add(instance.ids().indexOf(guest.value())));
    }
    return seating;
  }

  /**
   * The optimum of a seating problem, and the flow's own seating.
   *
   * @param scale L, the least common multiple of the denominators of the candidate pairs
   * @param weight the largest total weight times L
   * @param tie the least Σ (r + 1)·(h − t) among the seatings of that weight, where the
   *     flow's costs could hold it
   * @param guests the flow's guests per theme index
   */
  record Optimum(long scale, long weight, OptionalLong tie, Map<Integer, List<Integer>> guests) {}

  /** The pairs' cost parts, to put the flow's and the plan's seatings on the same scale. */
  private record Costs(long scale, List<Integer> hosted, Map<Integer, Integer> rank) {

    static Costs of(Instance instance, Map<Integer, Integer> counts) {
      List<Integer> hosted = new ArrayList<>(counts.keySet());
      long scale = 1;
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < instance.cities(); i++) {
        for (int t : hosted) {
          if (isCandidate(instance, i, t)) {
            long d = exactWeight(instance, i, t)[1];
            scale = scale / gcd(scale, d) * d;
            if (!ids.contains(instance.ids().get(i))) {
              ids.add(instance.ids().get(i));
            }
          }
        }
      }
      List<String> sorted = ids.stream().sorted().toList();
      Map<Integer, Integer> rank = new HashMap<>();
      for (int i = 0; i < instance.cities(); i++) {
        int r = sorted.indexOf(instance.ids().get(i));
        if (r >= 0) {
          rank.put(i, r);
        }
      }
      return new Costs(scale, hosted, rank);
    }

    long weight(Instance instance, int city, int t) {
      long[] w = exactWeight(instance, city, t);
      return w[0] * (scale / w[1]);
    }

    long tie(int city, int t) {
      return (long) (rank.get(city) + 1) * (hosted.size() - hosted.indexOf(t));
    }

    /** The scaled weight and tie cost of a seating. */
    long[] value(Instance instance, Map<Integer, List<Integer>> seating) {
      long weight = 0;
      long tie = 0;
      for (Map.Entry<Integer, List<Integer>> entry : seating.entrySet()) {
        for (int city : entry.getValue()) {
          weight += weight(instance, city, entry.getKey());
          tie += tie(city, entry.getKey());
        }
      }
      return new long[] {weight, tie};
    }
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /**
   * The optimum for the table counts given, by JGraphT's capacity-scaling minimum-cost flow
   * with lower bounds. Network: source → city (at most R, cost 0), city → theme for every
   * candidate pair (at most 1), city → sink (the city's unused tables, at most R, cost 0),
   * theme → sink (between N·k and M·k, cost 0); the source supplies R for every city, the sink
   * takes as much. Each pair costs −L·w, for the largest weight; then, where the costs fit
   * JGraphT's limit (an arc's cost below 10⁹ in magnitude), a second flow costs each pair
   * −L·w·B + (r + 1)·(h − t), B above every tie cost a seating can have, so that its least cost
   * is the largest weight first, then the least tie cost among the seatings of that weight.
   * Under presence and projects (L·w at most 5) that always fits; under priority (L up to
   * 27,720) only on the smaller instances.
   *
   * @throws IllegalArgumentException if no seating fills every table
   */
  static Optimum optimum(Instance instance, Map<Integer, Integer> counts) {
    Costs costs = Costs.of(instance, counts);
    List<Integer> cities = costs.rank().keySet().stream().sorted().toList();
    if (costs.hosted().isEmpty() || cities.isEmpty()) {
      return new Optimum(costs.scale(), 0, OptionalLong.of(0), new TreeMap<>());
    }
    long heaviest = 0;
    long allTies = 0;
    for (int i : cities) {
      for (int t : costs.hosted()) {
        if (isCandidate(instance, i, t)) {
          heaviest = Math.max(heaviest, costs.weight(instance, i, t));
          allTies += costs.tie(i, t);
        }
      }
    }
    assertThat((double) heaviest).as("the heaviest pair's cost")
        .isLessThan(CapacityScalingMinimumCostFlow.COST_INF);
    Map<Integer, List<Integer>> guests = solve(instance, counts, costs, cities, 1, false);
    long weight = costs.value(instance, guests)[0];
    long b = allTies + 1;
    OptionalLong tie = OptionalLong.empty();
    if (heaviest < (CapacityScalingMinimumCostFlow.COST_INF - 1 - allTies) / b) {
      long[] value = costs.value(instance, solve(instance, counts, costs, cities, b, true));
      assertThat(value[0]).as("weight of the seating of least tie cost").isEqualTo(weight);
      tie = OptionalLong.of(value[1]);
    }
    return new Optimum(costs.scale(), weight, tie, guests);
  }

  /** One minimum-cost flow of {@link #optimum}: its guests per theme index, in city order. */
  private static Map<Integer, List<Integer>> solve(Instance instance,
      Map<Integer, Integer> counts, Costs costs, List<Integer> cities, long b, boolean ties) {
    // Vertices: cities by index, themes as cities() + t, then source and sink.
    int source = instance.cities() + instance.themes();
    int sink = source + 1;
    // The costs are the edges' weights: JGraphT 1.5.3 reads them from the graph, whatever cost
    // function the problem is given, at least where it sums the flow's cost.
    Graph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    graph.addVertex(source);
    graph.addVertex(sink);
    Map<DefaultWeightedEdge, Integer> lower = new HashMap<>();
    Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
    Map<DefaultWeightedEdge, int[]> pairs = new LinkedHashMap<>();
    for (int t : costs.hosted()) {
      int node = instance.cities() + t;
      graph.addVertex(node);
      DefaultWeightedEdge edge = graph.addEdge(node, sink);
      graph.setEdgeWeight(edge, 0);
      lower.put(edge, instance.minSeats() * counts.get(t));
      upper.put(edge, instance.maxSeats() * counts.get(t));
    }
    for (int i : cities) {
      graph.addVertex(i);
      for (DefaultWeightedEdge edge : List.of(graph.addEdge(source, i), graph.addEdge(i, sink))) {
        graph.setEdgeWeight(edge, 0);
        upper.put(edge, instance.perCity());
      }
      for (int t : costs.hosted()) {
        if (isCandidate(instance, i, t)) {
          DefaultWeightedEdge edge = graph.addEdge(i, instance.cities() + t);
          upper.put(edge, 1);
          graph.setEdgeWeight(edge,
              -costs.weight(instance, i, t) * b + (ties ? costs.tie(i, t) : 0));
          pairs.put(edge, new int[] {i, t});
        }
      }
    }
    int supply = instance.perCity() * cities.size();
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> v == source ? supply : v == sink ? -supply : 0,
            e -> upper.get(e), e -> lower.getOrDefault(e, 0), graph::getEdgeWeight);
    MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
        new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
            .getMinimumCostFlow(problem);

    // The flow itself must be a seating: bounds kept, supplies balanced.
    Map<Integer, Long> balance = new HashMap<>();
    for (DefaultWeightedEdge edge : graph.edgeSet()) {
      double value = flow.getFlow(edge);
      assertThat(value).as("integral flow").isEqualTo(Math.rint(value));
      assertThat((long) value).as("flow within bounds")
          .isBetween((long) lower.getOrDefault(edge, 0), (long) upper.get(edge));
      balance.merge(graph.getEdgeSource(edge), (long) value, Long::sum);
      balance.merge(graph.getEdgeTarget(edge), -(long) value, Long::sum);
    }
    balance.forEach((v, net) -> assertThat(net).as("balance at %d", v)
        .isEqualTo(v == source ? supply : v == sink ? -supply : 0));

    Map<Integer, List<Integer>> guests = new TreeMap<>();
    costs.hosted().forEach(t -> guests.put(t, new ArrayList<>()));
    pairs.forEach((edge, pair) -> {
      if (flow.getFlow(edge) == 1) {
        guests.get(pair[1]).add(pair[0]);
      }
    });
    long[] value = costs.value(instance, guests);
    assertThat(flow.getCost()).as("the flow's cost")
        .isEqualTo((double) (-value[0] * b + (ties ? value[1] : 0)));
    return guests;
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void seatsTheOptimumThatAMinimumCostFlowFinds(@ForAll("instances") Instance instance) {
    RoundtablePlan plan = RoundtablePlanner.plan(instance.document(), instance.options());
    Map<Integer, Integer> counts = counts(plan);
    Map<Integer, List<Integer>> seating = seating(instance, plan);
    Statistics.label("weighting").collect(instance.weighting());
    Statistics.label("cities").collect(instance.cities() < 100 ? "40-99"
        : instance.cities() < 200 ? "100-199" : "200-300");
    Statistics.label("hosted themes").collect(counts.size() < 3 ? "0-2" : counts.size() < 7
        ? "3-6" : "7-12");
    Statistics.label("tables dropped for the per-city limit").collect(plan.adjustments()
        .stream().anyMatch(a -> a.reason() instanceof AdjustmentReason.TableDropped));

    int[] tables = new int[instance.cities()];
    for (Map.Entry<Integer, List<Integer>> entry : seating.entrySet()) {
      int t = entry.getKey();
      List<Integer> guests = entry.getValue();
      assertThat(instance.asked().isEmpty() || instance.asked().contains(t)).isTrue();
      assertThat(guests).as("guests of t%d", t).doesNotHaveDuplicates()
          .allSatisfy(i -> assertThat(isCandidate(instance, i, t)).isTrue());
      assertThat(guests.size()).as("guests of t%d", t).isBetween(
          instance.minSeats() * counts.get(t), instance.maxSeats() * counts.get(t));
      guests.forEach(i -> tables[i]++);
    }
    assertThat(Arrays.stream(tables).max().orElse(0)).as("most tables of a city")
        .isLessThanOrEqualTo(instance.perCity());

    Optimum best = optimum(instance, counts);
    long[] value = Costs.of(instance, counts).value(instance, seating);

    assertThat(value[0]).as("total weight times %d", best.scale()).isEqualTo(best.weight());
    assertThat(plan.totalWeight()).as("the double nearest the exact total")
        .isEqualTo((double) best.weight() / best.scale());
    Statistics.label("tie cost checked").collect(best.tie().isPresent());
    best.tie().ifPresent(tie -> assertThat(value[1]).as("tie cost among the heaviest seatings")
        .isEqualTo(tie));

    // The last table dropped for the per-city limit had to go: with it, the flow finds no
    // seating that fills every table.
    plan.adjustments().stream().filter(a -> a.reason() instanceof AdjustmentReason.TableDropped)
        .reduce((first, second) -> second)
        .ifPresent(last -> {
          Map<Integer, Integer> before = new TreeMap<>(counts);
          before.merge(themeIndex(last.theme()), 1, Integer::sum);
          assertThatThrownBy(() -> optimum(instance, before))
              .as("a seating before dropping a table of %s", last.theme())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("no feasible solution");
        });
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void theSplitKeepsEachThemesSeats(@ForAll("instances") Instance instance) {
    RoundtablePlan plan = RoundtablePlanner.plan(instance.document(), instance.options());
    Map<Integer, Integer> counts = counts(plan);

    Map<Integer, List<Table>> byTheme = new TreeMap<>();
    int previous = -1;
    for (int number = 1; number <= plan.tables().size(); number++) {
      Table table = plan.tables().get(number - 1);
      assertThat(table.number()).isEqualTo(number);
      int t = themeIndex(table.theme());
      assertThat(t).as("tables in theme order").isGreaterThanOrEqualTo(previous);
      previous = t;
      byTheme.computeIfAbsent(t, x -> new ArrayList<>()).add(table);
    }
    Map<CityId, Integer> seats = new HashMap<>();
    for (Map.Entry<Integer, List<Table>> entry : byTheme.entrySet()) {
      int t = entry.getKey();
      int k = counts.get(t);
      Set<CityId> union = new HashSet<>();
      int g = entry.getValue().stream().mapToInt(table -> table.guests().size()).sum();
      for (int x = 0; x < k; x++) {
        Table table = entry.getValue().get(x);
        assertThat(table.guests().size()).as("seats of table %d of t%d", x + 1, t)
            .isEqualTo(x < g % k ? (g + k - 1) / k : g / k)
            .isBetween(instance.minSeats(), instance.maxSeats());
        for (CityId guest : table.guests()) {
          assertThat(union.add(guest)).as("%s twice at t%d", guest, t).isTrue();
          seats.merge(guest, 1, Integer::sum);
        }
      }
      assertThat(union.size()).as("guests of t%d", t)
          .isBetween(instance.minSeats() * k, instance.maxSeats() * k);
    }
    assertThat(seats.values()).allSatisfy(count -> assertThat(count)
        .isLessThanOrEqualTo(instance.perCity()));
    // The tables together still hold a seating the flow finds best, in weight and in ties:
    // the split moved no guest to another theme and dropped none.
    Optimum best = optimum(instance, counts);
    long[] value = Costs.of(instance, counts).value(instance, seating(instance, plan));
    assertThat(value[0]).as("total weight times %d", best.scale()).isEqualTo(best.weight());
    best.tie().ifPresent(tie -> assertThat(value[1]).as("tie cost").isEqualTo(tie));
  }

  /**
   * Under projects, two themes of one table of 2 seats each, one table a city: d can only sit
   * at t0, so t1 takes two of a, b and c and t0 the third with d. b and c at t1 weigh 2 + 3,
   * a and d at t0 3 + 2: 10, against 9 (a, c at t1) and 6 (a, b at t1). Its tie cost, ranks
   * a 0 to d 3 and h = 2: a and d at t0 (1 + 4)·2, b and c at t1 (2 + 3)·1, 15. With two tables
   * at t0 no seating exists.
   */
  @Example
  void theCrossCheckFindsAnOptimumWorkedOutByHand() {
    Instance projects = new Instance(List.of("d", "c", "b", "a"),
        new int[][] {{2, 0}, {1, 3}, {3, 2}, {3, 1}}, Weighting.PROJECTS, 2, 2, 1, List.of(),
        Map.of(0, 1, 1, 1));

    Optimum best = optimum(projects, Map.of(0, 1, 1, 1));

    assertThat(best.scale()).isEqualTo(1);
    assertThat(best.weight()).isEqualTo(10);
    assertThat(best.guests()).isEqualTo(Map.of(0, List.of(0, 3), 1, List.of(1, 2)));
    assertThat(best.tie()).hasValue(15);
    // two tables of t0 need 4 seats, t1 2 more: 6, of the 4 the cities have
    assertThatThrownBy(() -> optimum(projects, Map.of(0, 2, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no feasible solution");
    assertThat(RoundtablePlanner.plan(projects.document(), projects.options()).totalWeight())
        .isEqualTo(10.0);
  }

  /**
   * Under priority, three themes of one seat each, one table a city: a weighs t0, t1, t2 as 1,
   * 1/2, 1/3; b as 1/3, 1, 1/2; c as 1, 1/3, 1/2. Of the six assignments, a at t0, b at t1 and c
   * at t2 is the best, 5/2 (c, b, a: 7/3; c, a, b: 2; a, c, b: 11/6; b, a, c: 4/3; b, c, a: 1):
   * 15 sixths, L being 6.
   */
  @Example
  void theCrossCheckScalesPriorityWeightsExactly() {
    Instance priority = new Instance(List.of("a", "b", "c"),
        new int[][] {{3, 2, 1}, {1, 3, 2}, {3, 1, 2}}, Weighting.PRIORITY, 1, 1, 1, List.of(),
        Map.of(0, 1, 1, 1, 2, 1));

    Optimum best = optimum(priority, Map.of(0, 1, 1, 1, 2, 1));

    assertThat(best.scale()).isEqualTo(6);
    assertThat(best.weight()).isEqualTo(15);
    assertThat(best.guests()).isEqualTo(Map.of(0, List.of(0), 1, List.of(1), 2, List.of(2)));
    assertThat(RoundtablePlanner.plan(priority.document(), priority.options()).totalWeight())
        .isEqualTo(2.5);
  }

  /**
   * Under presence, one seat at t0 and two cities that weigh it 1: either seating weighs 1, and
   * the tie cost, (r + 1)·1, is 1 for a (first by id, though second in the document) and 2 for
   * b. The planner seats a.
   */
  @Example
  void theCrossCheckBreaksTiesForTheCityFirstById() {
    Instance presence = new Instance(List.of("b", "a"), new int[][] {{1}, {1}},
        Weighting.PRESENCE, 1, 1, 1, List.of(), Map.of(0, 1));

    Optimum best = optimum(presence, Map.of(0, 1));

    assertThat(best.weight()).isEqualTo(1);
    assertThat(best.tie()).hasValue(1);
    assertThat(RoundtablePlanner.plan(presence.document(), presence.options()).tables())
        .singleElement().satisfies(table -> assertThat(table.guests())
            .containsExactly(CityId.of("a")));
  }
}
