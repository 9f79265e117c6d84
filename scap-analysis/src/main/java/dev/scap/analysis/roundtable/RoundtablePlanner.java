package dev.scap.analysis.roundtable;

import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.NnChain;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Seats cities at themed mini roundtables, as the command line's
 * <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#roundtables">
 * {@code roundtables}</a> defines it.
 *
 * <ol>
 *   <li>Hosted themes and their table counts: as asked, or ⌈d/M⌉ for d candidates, lowered
 *       while N·k &gt; d; a theme that cannot fill one table is not hosted, and both its
 *       adjustment and the shortfall of each city it leaves short give the {@code min-seats}
 *       that could host it.
 *   <li>Feasibility: a maximum flow (JGraphT's push-relabel) tells whether the per-city limit
 *       lets every table fill its N seats; while it does not, one table is dropped from the
 *       theme with the fewest candidates per table. Every such change is reported.
 *   <li>The seating: a minimum-cost flow with lower bounds (JGraphT's capacity scaling):
 *       source → city (exactly R), city → theme (at most 1, cost C − weight), city → sink (the
 *       city's unused tables, cost C), theme → sink (between N·k and M·k). Its
 *       optimum is the largest total weight over the seated (city, theme) pairs for these
 *       table counts. Cities enter the network in id order, so the plan does not depend on the
 *       order of the document.
 *   <li>The split of a theme's guests among its k tables: the guests are ordered by the leaves
 *       of their average-linkage dendrogram (the profile metric, distance 1 − similarity), so
 *       that cities merged early, the most alike, are adjacent, then cut into k runs whose sizes
 *       differ by at most one. This guarantees N ≤ seats ≤ M at every table and keeps the
 *       closest peers together except where a cut falls; it does not maximise the similarity
 *       within tables.
 * </ol>
 * Stateless and thread-safe.
 */
public final class RoundtablePlanner {

  private RoundtablePlanner() {}

  /**
   * Plans the roundtables for a document.
   *
   * @param document the document, which should be valid
   * @param options the options
   * @return the plan
   * @throws IllegalArgumentException if a theme asked for is not a theme of the profiles'
   *     taxonomy (or not a top-level theme, with rollup)
   */
  public static RoundtablePlan plan(ScapDocument document, RoundtableOptions options) {
    Objects.requireNonNull(options, "options");
    return plan(ThemeOverlap.of(document, options.profiles()), options);
  }

  /**
   * Plans the roundtables from the theme profiles already computed for a document.
   *
   * @param overlap the profiles, computed with {@code options.profiles()}
   * @param options the options
   * @return the plan
   * @throws IllegalArgumentException if {@code overlap} was computed with other options than
   *     {@code options.profiles()}, or if a theme asked for is not a theme of the profiles'
   *     taxonomy (or not a top-level theme, with rollup)
   */
  public static RoundtablePlan plan(ThemeOverlap overlap, RoundtableOptions options) {
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(options, "options");
    if (!overlap.options().equals(options.profiles())) {
      throw new IllegalArgumentException("the profiles were computed with " + overlap.options()
          + ", not with the roundtables' " + options.profiles());
    }
    return new Planning(overlap, options).run();
  }

  /** One planning run. */
  private static final class Planning {
    private final ThemeOverlap overlap;
    private final RoundtableOptions options;
    private final List<CityId> cities;
    private final List<CityProfile> profiles;
    private final List<Adjustment> adjustments = new ArrayList<>();
    /** The asked themes too few cities can sit at to fill a table, and how many can. */
    private final Map<ThemeId, Integer> tooFew = new LinkedHashMap<>();
    private final Integer[] byId;

    Planning(ThemeOverlap overlap, RoundtableOptions options) {
      this.overlap = overlap;
      this.options = options;
      this.cities = overlap.cities();
      this.profiles = overlap.profiles();
      byId = IntStream.range(0, cities.size()).boxed().toArray(Integer[]::new);
      Arrays.sort(byId, Comparator.comparing(i -> cities.get(i).value()));
    }

    RoundtablePlan run() {
      Map<ThemeId, Integer> tables = tableCounts();
      // While the seats the tables need outnumber what the cities can give at all, the flow
      // would fail anyway: drop by the same rule without computing it.
      while (!tables.isEmpty() && neededSeats(tables) > availableSeats(tables)) {
        dropOne(tables);
      }
      while (!feasible(tables)) {
        dropOne(tables);
      }
      Map<ThemeId, List<Integer>> guests = seat(tables);
      List<Table> result = new ArrayList<>();
      double total = 0;
      for (Map.Entry<ThemeId, List<Integer>> entry : guests.entrySet()) {
        ThemeId theme = entry.getKey();
        for (int guest : entry.getValue()) {
          total += profiles.get(guest).weight(theme);
        }
        for (List<Integer> table : split(entry.getValue(), tables.get(theme))) {
          result.add(new Table(result.size() + 1, theme,
              table.stream().map(cities::get).toList()));
        }
      }
      return new RoundtablePlan(result, total, adjustments, shortfalls(tables, result));
    }

    /** Drops a table from the theme with the fewest candidates per table, and says so. */
    private void dropOne(Map<ThemeId, Integer> tables) {
      ThemeId fewest = tables.keySet().stream()
          .min(Comparator.comparingDouble((ThemeId t) -> (double) candidateCount(t)
              / tables.get(t)).thenComparingInt(overlap.themes()::indexOf))
          .orElseThrow();
      int left = tables.get(fewest) - 1;
      adjustments.add(new Adjustment(fewest, left, "one table of " + fewest
          + " dropped: with at most " + options.perCity()
          + (options.perCity() == 1 ? " table" : " tables") + " a city, the tables "
          + "cannot all fill " + options.minSeats() + " seats; " + fewest + " has the fewest"
          + " candidates per table (" + candidateCount(fewest) + " for "
          + tables.get(fewest) + ")"));
      if (left == 0) {
        tables.remove(fewest);
      } else {
        tables.put(fewest, left);
      }
    }

    private long neededSeats(Map<ThemeId, Integer> tables) {
      long needed = 0;
      for (int k : tables.values()) {
        needed += (long) options.minSeats() * k;
      }
      return needed;
    }

    /** The most seats the cities could fill: each at most R, and at most one per theme. */
    private long availableSeats(Map<ThemeId, Integer> tables) {
      long available = 0;
      for (CityProfile profile : profiles) {
        int themes = 0;
        for (ThemeId theme : tables.keySet()) {
          if (profile.weight(theme) > 0) {
            themes++;
          }
        }
        available += Math.min(options.perCity(), themes);
      }
      return available;
    }

    private final Map<ThemeId, Integer> candidateCounts = new HashMap<>();

    private int candidateCount(ThemeId theme) {
      return candidateCounts.computeIfAbsent(theme, t -> candidates(t).size());
    }

    private List<Integer> candidates(ThemeId theme) {
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < profiles.size(); i++) {
        if (profiles.get(i).weight(theme) > 0) {
          list.add(i);
        }
      }
      return list;
    }

    private Map<ThemeId, Integer> tableCounts() {
      List<ThemeId> asked = options.themes().isEmpty() ? overlap.themes() : options.themes();
      for (ThemeId theme : asked) {
        if (!overlap.themes().contains(theme)) {
          throw new IllegalArgumentException("theme " + theme + " is not a theme of taxonomy "
              + overlap.taxonomy().id() + (overlap.options().rollup() ? " (top-level)" : ""));
        }
      }
      for (ThemeId theme : options.tables().keySet()) {
        if (!asked.contains(theme)) {
          throw new IllegalArgumentException("tables are asked for theme " + theme
              + ", which is not hosted");
        }
      }
      Map<ThemeId, Integer> counts = new LinkedHashMap<>();
      int n = options.minSeats();
      int m = options.maxSeats();
      for (ThemeId theme : overlap.themes()) {
        if (!asked.contains(theme)) {
          continue;
        }
        int d = candidates(theme).size();
        Integer requested = options.tables().get(theme);
        int k = requested != null ? requested : (d + m - 1) / m;
        int start = k;
        while (k > 0 && (long) n * k > d) {
          k--;
        }
        if (k == 0) {
          boolean none = requested != null && requested == 0;
          if (!none && d > 0) {
            tooFew.put(theme, d);
          }
          if (!options.themes().isEmpty() || d > 0) {
            adjustments.add(new Adjustment(theme, 0, none
                ? theme + " is not hosted: 0 tables were asked for it"
                : theme + " is not hosted: " + cities(d) + " can sit at it, fewer than the "
                    + n + " seats a table needs" + (d > 1 ? "; with min-seats " + d
                    + ", it could be" : "")));
          }
          continue;
        }
        if (k < start && requested != null) {
          adjustments.add(new Adjustment(theme, k, theme + " gets " + k + " of the " + start
              + " tables asked: its " + d + " candidates cannot fill " + n + " seats at more"));
        }
        counts.put(theme, k);
      }
      return counts;
    }

    /** Whether the per-city limit lets every table fill its minimum, by a maximum flow. */
    private boolean feasible(Map<ThemeId, Integer> tables) {
      if (tables.isEmpty()) {
        return true;
      }
      Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(
          DefaultWeightedEdge.class);
      int source = -1;
      int sink = -2;
      graph.addVertex(source);
      graph.addVertex(sink);
      List<ThemeId> themes = new ArrayList<>(tables.keySet());
      long needed = 0;
      for (int t = 0; t < themes.size(); t++) {
        int vertex = cities.size() + t;
        graph.addVertex(vertex);
        long seats = (long) options.minSeats() * tables.get(themes.get(t));
        needed += seats;
        graph.setEdgeWeight(graph.addEdge(vertex, sink), seats);
      }
      for (int i : byId) {
        graph.addVertex(i);
        graph.setEdgeWeight(graph.addEdge(source, i), options.perCity());
        for (int t = 0; t < themes.size(); t++) {
          if (profiles.get(i).weight(themes.get(t)) > 0) {
            graph.setEdgeWeight(graph.addEdge(i, cities.size() + t), 1);
          }
        }
      }
      double flow = new PushRelabelMFImpl<>(graph).getMaximumFlowValue(source, sink);
      return Math.round(flow) >= needed;
    }

    /** The optimal seating for these table counts, by a minimum-cost flow with lower bounds. */
    private Map<ThemeId, List<Integer>> seat(Map<ThemeId, Integer> tables) {
      Map<ThemeId, List<Integer>> guests = new LinkedHashMap<>();
      tables.keySet().forEach(t -> guests.put(t, new ArrayList<>()));
      if (tables.isEmpty()) {
        return guests;
      }
      Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(
          DefaultWeightedEdge.class);
      int source = -1;
      int sink = -2;
      graph.addVertex(source);
      graph.addVertex(sink);
      List<ThemeId> themes = new ArrayList<>(tables.keySet());
      Map<DefaultWeightedEdge, Integer> lower = new HashMap<>();
      Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
      Map<DefaultWeightedEdge, Double> cost = new HashMap<>();
      Map<DefaultWeightedEdge, int[]> seats = new HashMap<>();
      for (int t = 0; t < themes.size(); t++) {
        int vertex = cities.size() + t;
        graph.addVertex(vertex);
        DefaultWeightedEdge edge = graph.addEdge(vertex, sink);
        lower.put(edge, options.minSeats() * tables.get(themes.get(t)));
        upper.put(edge, options.maxSeats() * tables.get(themes.get(t)));
      }
      // Costs stay non-negative: a seat at a theme costs C - weight, a seat left unused costs
      // C (an arc from the city straight to the sink), so that with every city's R units of
      // supply routed one way or the other, the least cost is C·ΣR minus the largest weight.
      double ceiling = 1;
      for (CityProfile profile : profiles) {
        for (double weight : profile.weights().values()) {
          ceiling = Math.max(ceiling, weight + 1);
        }
      }
      int supply = 0;
      for (int i : byId) {
        graph.addVertex(i);
        DefaultWeightedEdge in = graph.addEdge(source, i);
        upper.put(in, options.perCity());
        supply += options.perCity();
        DefaultWeightedEdge unused = graph.addEdge(i, sink);
        upper.put(unused, options.perCity());
        cost.put(unused, ceiling);
        for (int t = 0; t < themes.size(); t++) {
          double weight = profiles.get(i).weight(themes.get(t));
          if (weight > 0) {
            DefaultWeightedEdge edge = graph.addEdge(i, cities.size() + t);
            upper.put(edge, 1);
            cost.put(edge, ceiling - weight);
            seats.put(edge, new int[] {i, t});
          }
        }
      }
      // JGraphT's capacity scaling reads each arc's cost from its edge weight, not from the
      // problem's cost function: set both.
      for (DefaultWeightedEdge edge : graph.edgeSet()) {
        graph.setEdgeWeight(edge, cost.getOrDefault(edge, 0.0));
      }
      int total = supply;
      MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
          new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
              v -> v == source ? total : v == sink ? -total : 0,
              e -> upper.getOrDefault(e, 0),
              e -> lower.getOrDefault(e, 0),
              e -> cost.getOrDefault(e, 0.0));
      MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
          new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
              .getMinimumCostFlow(problem);
      for (Map.Entry<DefaultWeightedEdge, int[]> seat : seats.entrySet()) {
        if (Math.round(flow.getFlow(seat.getKey())) == 1) {
          guests.get(themes.get(seat.getValue()[1])).add(seat.getValue()[0]);
        }
      }
      guests.values().forEach(list -> list.sort(Comparator.comparing(i -> cities.get(i)
          .value())));
      return guests;
    }

    /** Splits a theme's guests into k tables of alike peers, sizes differing by at most 1. */
    private List<List<Integer>> split(List<Integer> guests, int k) {
      int g = guests.size();
      double[] similarities = new double[g * (g - 1) / 2];
      for (int x = 0; x < g; x++) {
        for (int y = x + 1; y < g; y++) {
          similarities[AllPairs.condensedIndex(g, x, y)] =
              overlap.score(cities.get(guests.get(x)), cities.get(guests.get(y)));
        }
      }
      List<CityId> leaves = guests.stream().map(cities::get).toList();
      int[] order = new Dendrogram(leaves, Linkage.AVERAGE,
          NnChain.linkage(similarities, g, Linkage.AVERAGE)).leafOrder();
      List<List<Integer>> tables = new ArrayList<>();
      int at = 0;
      for (int table = 0; table < k; table++) {
        int size = g / k + (table < g % k ? 1 : 0);
        List<Integer> seated = new ArrayList<>();
        for (int s = 0; s < size; s++) {
          seated.add(guests.get(order[at++]));
        }
        tables.add(seated);
      }
      return tables;
    }

    private List<Shortfall> shortfalls(Map<ThemeId, Integer> tables, List<Table> seated) {
      List<Shortfall> shortfalls = new ArrayList<>();
      for (int i = 0; i < cities.size(); i++) {
        CityId city = cities.get(i);
        int sits = (int) seated.stream().filter(t -> t.guests().contains(city)).count();
        if (sits >= options.perCity()) {
          continue;
        }
        CityProfile profile = profiles.get(i);
        List<ThemeId> hostedOfCity = tables.keySet().stream()
            .filter(t -> profile.weight(t) > 0).toList();
        List<ThemeId> unseated = hostedOfCity.stream().filter(t -> seated.stream()
            .noneMatch(table -> table.theme().equals(t) && table.guests().contains(city)))
            .toList();
        String reason;
        if (profile.plan() == null) {
          reason = "it has no plan";
        } else if (profile.isZero()) {
          reason = "its plan names no theme of " + overlap.taxonomy().id();
        } else if (hostedOfCity.isEmpty()) {
          reason = "its plan names no hosted theme" + tooFewFor(profile, ": ", "its themes");
        } else if (unseated.isEmpty()) {
          reason = "its plan names only " + hostedOfCity.size() + " hosted theme"
              + (hostedOfCity.size() == 1 ? "" : "s") + " ("
              + hostedOfCity.stream().map(ThemeId::value).collect(Collectors.joining(", "))
              + ")" + tooFewFor(profile, "; ", "its other themes");
        } else {
          reason = "the tables of " + unseated.stream().map(ThemeId::value)
              .collect(Collectors.joining(", ")) + " are full";
        }
        shortfalls.add(new Shortfall(city, sits, reason));
      }
      return shortfalls;
    }

    /**
     * Says which of a city's themes too few cities can sit at to fill a table, and the
     * {@code min-seats} that would give the best of them one, if two cities or more can sit at
     * it; empty if there is none.
     */
    private String tooFewFor(CityProfile profile, String separator, String themes) {
      List<ThemeId> small = tooFew.keySet().stream().filter(t -> profile.weight(t) > 0).toList();
      if (small.isEmpty()) {
        return "";
      }
      int most = small.stream().mapToInt(tooFew::get).max().getAsInt();
      String best = small.stream().filter(t -> tooFew.get(t) == most).map(ThemeId::value)
          .collect(Collectors.joining(", "));
      String which = small.size() == 1 ? "only " + cities(most) + " can sit at " + best
          : "at most " + cities(most) + " can sit at any of " + themes + " ("
              + small.stream().map(ThemeId::value).collect(Collectors.joining(", ")) + ")";
      // One city alone is no roundtable: no min-seats to suggest then.
      return separator + which + ", fewer than the " + options.minSeats() + " seats a table needs"
          + (most > 1 ? "; with min-seats " + most + ", " + best + " could be hosted" : "");
    }

    private static String cities(int count) {
      return count + (count == 1 ? " city" : " cities");
    }
  }
}
