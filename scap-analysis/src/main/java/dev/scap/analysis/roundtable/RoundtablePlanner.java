package dev.scap.analysis.roundtable;

import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.internal.ExactPairs;
import dev.scap.analysis.internal.ExactScores;
import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.internal.NnChain;
import dev.scap.analysis.internal.OverlapProfiles;
import dev.scap.analysis.internal.flow.MaxFlow;
import dev.scap.analysis.internal.flow.NetworkSimplex;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
 *   <li>Feasibility: a maximum flow (Dinic's algorithm, O(arcs·√nodes) on these unit
 *       networks) tells whether the per-city limit lets every table fill its N seats; while it
 *       does not, one table is dropped from the theme with the fewest candidates per table.
 *       Every such change is reported.
 *   <li>The seating: a minimum-cost flow with lower bounds, by a network simplex on exact
 *       integer costs (64-bit, or BigInteger where 64 bits could overflow): city → theme (at
 *       most 1, cost −L·weight, L the least common multiple of the priority denominators, 1
 *       for integer weights), city → sink (the city's unused tables, cost 0), theme → sink
 *       (between N·k and M·k); each city supplies R. Its optimum is the largest total weight over the seated (city, theme) pairs for
 *       these table counts, exactly. Among the optimal seatings, the simplex then goes on from
 *       its optimal tree with every arc that the reduced costs settle fixed, to the least
 *       Σ (r + 1)·(h − t) over the seated pairs (r the city's rank by id, t the theme's among
 *       the h hosted): ties go to the cities first in id order. Cities enter the network in id
 *       order, so the plan does not depend on the order of the document.
 *   <li>The split of a theme's guests among its k tables, in the most even sizes (which keeps
 *       N ≤ seats ≤ M): the largest total similarity of the pairs at the same table, by trying
 *       every split where they number at most 20,000, otherwise by swaps from the leaf order
 *       of the guests' average-linkage dendrogram cut into runs, at most 100 passes of
 *       O(g²); never below that cut. Themes are split in parallel.
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
    /** The overlap's exact pair scores, for the splits; made at the first split. */
    private ExactPairs exactPairs;
    private final RoundtableOptions options;
    private final List<CityId> cities;
    private final List<CityProfile> profiles;
    private final List<ThemeId> themes;
    private final List<Adjustment> adjustments = new ArrayList<>();
    /** The asked themes too few cities can sit at to fill a table, and how many can. */
    private final Map<ThemeId, Integer> tooFew = new LinkedHashMap<>();
    /** City indexes in id order. */
    private final int[] byId;
    /** Each theme's candidates (cities weighing it above 0), in id order. */
    private final int[][] candidates;
    /** Each candidate's exact weight: numerator and denominator, parallel to candidates. */
    private final long[][] numerators;
    private final long[][] denominators;
    private final Map<ThemeId, Integer> themeIndex = new HashMap<>();

    Planning(ThemeOverlap overlap, RoundtableOptions options) {
      this.overlap = overlap;
      this.options = options;
      this.cities = overlap.cities();
      this.profiles = overlap.profiles();
      this.themes = overlap.themes();
      Integer[] order = IntStream.range(0, cities.size()).boxed().toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparing(i -> cities.get(i).value()));
      byId = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
      for (int t = 0; t < themes.size(); t++) {
        themeIndex.put(themes.get(t), t);
      }
      int[] sizes = new int[themes.size()];
      for (CityProfile profile : profiles) {
        profile.weights().keySet().forEach(theme -> sizes[themeIndex.get(theme)]++);
      }
      candidates = new int[themes.size()][];
      numerators = new long[themes.size()][];
      denominators = new long[themes.size()][];
      for (int t = 0; t < themes.size(); t++) {
        candidates[t] = new int[sizes[t]];
        numerators[t] = new long[sizes[t]];
        denominators[t] = new long[sizes[t]];
      }
      int[] filled = new int[themes.size()];
      Weighting weighting = overlap.options().weighting();
      for (int i : byId) {
        for (Map.Entry<ThemeId, Double> entry : profiles.get(i).weights().entrySet()) {
          int t = themeIndex.get(entry.getKey());
          int x = filled[t]++;
          candidates[t][x] = i;
          long[] exact = ExactWeight.of(weighting, entry.getValue());
          numerators[t][x] = exact[0];
          denominators[t][x] = exact[1];
        }
      }
    }

    RoundtablePlan run() {
      Map<ThemeId, Integer> tables = tableCounts();
      // While the seats the tables need outnumber what the cities can give at all, the flow
      // would fail anyway: drop by the same rule without computing it. The most seats the
      // cities can fill is the sum over cities of min(R, its hosted themes).
      int[] themesOf = new int[cities.size()];
      for (ThemeId theme : tables.keySet()) {
        for (int i : candidates[index(theme)]) {
          themesOf[i]++;
        }
      }
      long available = 0;
      for (int count : themesOf) {
        available += Math.min(options.perCity(), count);
      }
      long needed = 0;
      for (int k : tables.values()) {
        needed += (long) options.minSeats() * k;
      }
      while (!tables.isEmpty() && needed > available) {
        ThemeId dropped = dropOne(tables);
        needed -= options.minSeats();
        if (!tables.containsKey(dropped)) {
          for (int i : candidates[index(dropped)]) {
            if (themesOf[i]-- <= options.perCity()) {
              available--;
            }
          }
        }
      }
      while (!feasible(tables)) {
        dropOne(tables);
      }
      Seating seating = seat(tables);
      int[] sits = new int[cities.size()];
      seating.guests.values().forEach(list -> list.forEach(guest -> sits[guest]++));
      List<ThemeId> hosted = new ArrayList<>(seating.guests.keySet());
      // Themes split independently of each other: on every core.
      List<List<Table>> split = hosted.parallelStream()
          .map(theme -> split(theme, seating.guests.get(theme), tables.get(theme))).toList();
      List<Table> result = new ArrayList<>();
      for (List<Table> ofTheme : split) {
        for (Table table : ofTheme) {
          result.add(new Table(result.size() + 1, table.theme(), table.guests(),
              table.similarity()));
        }
      }
      return new RoundtablePlan(result, seating.total, adjustments,
          shortfalls(tables, seating.guests, sits));
    }

    private int index(ThemeId theme) {
      return themeIndex.get(theme);
    }

    /** Drops a table from the theme with the fewest candidates per table, and says so. */
    private ThemeId dropOne(Map<ThemeId, Integer> tables) {
      // Compared exactly: d/k < d'/k' as d·k' < d'·k.
      ThemeId fewest = tables.keySet().stream()
          .min(Comparator.comparing((ThemeId t) -> t, (a, b) -> Long.compare(
              (long) candidateCount(a) * tables.get(b), (long) candidateCount(b) * tables.get(a)))
              .thenComparingInt(this::index))
          .orElseThrow();
      int left = tables.get(fewest) - 1;
      adjustments.add(new Adjustment(fewest, left, new AdjustmentReason.TableDropped(
          options.perCity(), options.minSeats(), candidateCount(fewest), tables.get(fewest))));
      if (left == 0) {
        tables.remove(fewest);
      } else {
        tables.put(fewest, left);
      }
      return fewest;
    }

    private int candidateCount(ThemeId theme) {
      return candidates[index(theme)].length;
    }

    private Map<ThemeId, Integer> tableCounts() {
      List<ThemeId> asked = options.themes().isEmpty() ? themes : options.themes();
      for (ThemeId theme : asked) {
        if (!themes.contains(theme)) {
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
      for (ThemeId theme : themes) {
        if (!asked.contains(theme)) {
          continue;
        }
        int d = candidateCount(theme);
        Integer requested = options.tables().get(theme);
        int k = requested != null ? requested : (int) ((d + (long) m - 1) / m);
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
            adjustments.add(new Adjustment(theme, 0, none ? new AdjustmentReason.NoTableAsked()
                : new AdjustmentReason.TooFewCandidates(d, n)));
          }
          continue;
        }
        if (k < start && requested != null) {
          adjustments.add(new Adjustment(theme, k,
              new AdjustmentReason.FewerTablesThanAsked(start, d, n)));
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
      List<ThemeId> hosted = new ArrayList<>(tables.keySet());
      int source = cities.size() + hosted.size();
      int sink = source + 1;
      MaxFlow network = new MaxFlow(sink + 1);
      boolean[] candidate = new boolean[cities.size()];
      long needed = 0;
      for (int h = 0; h < hosted.size(); h++) {
        long seats = (long) options.minSeats() * tables.get(hosted.get(h));
        needed += seats;
        network.addArc(cities.size() + h, sink, seats);
        for (int i : candidates[index(hosted.get(h))]) {
          candidate[i] = true;
          network.addArc(i, cities.size() + h, 1);
        }
      }
      for (int i : byId) {
        if (candidate[i]) {
          network.addArc(source, i, options.perCity());
        }
      }
      return network.maximum(source, sink) >= needed;
    }

    /** The guests of each hosted theme, in id order, and their exact total weight. */
    private record Seating(Map<ThemeId, List<Integer>> guests, double total) {}

    /**
     * The optimal seating for these table counts: a minimum-cost flow with lower bounds on
     * integer costs, then, among the optimal seatings, the one the tie rule prefers.
     */
    private Seating seat(Map<ThemeId, Integer> tables) {
      Map<ThemeId, List<Integer>> guests = new LinkedHashMap<>();
      tables.keySet().forEach(t -> guests.put(t, new ArrayList<>()));
      if (tables.isEmpty()) {
        return new Seating(guests, 0);
      }
      List<ThemeId> hosted = new ArrayList<>(tables.keySet());
      int h = hosted.size();
      // Nodes: the candidates of some hosted theme in id order, then the themes, then the sink.
      int[] node = new int[cities.size()];
      Arrays.fill(node, -1);
      for (ThemeId theme : hosted) {
        for (int i : candidates[index(theme)]) {
          node[i] = 0;
        }
      }
      List<Integer> seated = new ArrayList<>();
      for (int i : byId) {
        if (node[i] == 0) {
          node[i] = seated.size();
          seated.add(i);
        }
      }
      int c = seated.size();
      // Exact integer costs: every weight times L, the lcm of the denominators (1 unless the
      // weights are priorities 1/p).
      Set<Long> distinct = new TreeSet<>();
      for (ThemeId theme : hosted) {
        for (long d : denominators[index(theme)]) {
          distinct.add(d);
        }
      }
      BigInteger scale = BigInteger.ONE;
      for (long d : distinct) {
        BigInteger p = BigInteger.valueOf(d);
        scale = scale.divide(scale.gcd(p)).multiply(p);
      }
      NetworkSimplex flow;
      int[][] arcOf = new int[h][];
      try {
        flow = network(hosted, tables, node, c, scale, false, arcOf);
      } catch (ArithmeticException e) {
        // Beyond 64 bits: the same pivots on BigInteger costs.
        flow = network(hosted, tables, node, c, scale, true, arcOf);
      }
      BigInteger total = BigInteger.ZERO;
      for (int x = 0; x < h; x++) {
        int t = index(hosted.get(x));
        for (int y = 0; y < candidates[t].length; y++) {
          if (flow.flow(arcOf[x][y]) == 1) {
            guests.get(hosted.get(x)).add(candidates[t][y]);
            total = total.add(BigInteger.valueOf(numerators[t][y])
                .multiply(scale.divide(BigInteger.valueOf(denominators[t][y]))));
          }
        }
      }
      return new Seating(guests, new Fraction(total, scale).toDouble());
    }

    /**
     * Builds the seating network, solves it and breaks its ties; the arcs of the seats go to
     * {@code arcOf[theme][candidate]}.
     *
     * @throws ArithmeticException unless {@code big}, if the costs do not fit 64-bit sums
     */
    private NetworkSimplex network(List<ThemeId> hosted, Map<ThemeId, Integer> tables,
        int[] node, int c, BigInteger scale, boolean big, int[][] arcOf) {
      int h = hosted.size();
      int sink = c + h;
      long small = big ? 0 : scale.longValueExact();
      int arcs = c + h;
      for (ThemeId theme : hosted) {
        arcs += candidates[index(theme)].length;
      }
      NetworkSimplex flow = new NetworkSimplex(sink + 1);
      long[] ties = new long[arcs];
      for (int x = 0; x < h; x++) {
        int t = index(hosted.get(x));
        arcOf[x] = new int[candidates[t].length];
        for (int y = 0; y < candidates[t].length; y++) {
          int from = node[candidates[t][y]];
          int arc = big
              ? flow.addArc(from, c + x, 0, 1, BigInteger.valueOf(numerators[t][y])
                  .multiply(scale.divide(BigInteger.valueOf(denominators[t][y]))).negate())
              : flow.addArc(from, c + x, 0, 1,
                  -Math.multiplyExact(numerators[t][y], small / denominators[t][y]));
          // The tie rule: earlier cities (by id) first, and of two cities the earlier to the
          // earlier theme.
          ties[arc] = (long) (from + 1) * (h - x);
          arcOf[x][y] = arc;
        }
      }
      for (int i = 0; i < c; i++) {
        flow.addArc(i, sink, 0, options.perCity(), 0);
      }
      for (int x = 0; x < h; x++) {
        int k = tables.get(hosted.get(x));
        flow.addArc(c + x, sink, (long) options.minSeats() * k, (long) options.maxSeats() * k,
            0);
      }
      for (int i = 0; i < c; i++) {
        flow.addSupply(i, options.perCity());
      }
      flow.addSupply(sink, -(long) options.perCity() * c);
      if (flow.solve() != NetworkSimplex.Status.OPTIMAL) {
        throw new IllegalStateException("no seating for tables " + tables
            + " although the maximum flow found one");
      }
      flow.breakTies(ties);
      return flow;
    }

    /** Splits a theme's guests among its k tables, alike peers together (see TableSplit). */
    private List<Table> split(ThemeId theme, List<Integer> guests, int k) {
      int g = guests.size();
      long pairs = (long) g * (g - 1) / 2;
      if (pairs > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("theme " + theme + " seats " + g + " guests, whose "
            + pairs + " pairs one array cannot hold to split them among tables; at most 65,536"
            + " guests a theme");
      }
      int[] indexes = guests.stream().mapToInt(Integer::intValue).toArray();
      ExactScores scores = OverlapProfiles.scores(overlap);
      double[] similarities = scores.condensed(indexes);
      List<CityId> leaves = guests.stream().map(cities::get).toList();
      // The similarities are the doubles nearest to the exact scores, within 2⁻⁵³ of them; the
      // dendrogram decides its merges and their ties on the exact scores, as groups does.
      ExactPairs exact = exactPairs(scores).subset(indexes, 0x1p-53);
      int[] order = g < 2 ? new int[g] : new Dendrogram(leaves, Linkage.AVERAGE,
          NnChain.cluster(similarities.clone(), g, Linkage.AVERAGE, exact).merges())
          .leafOrder();
      int[] table = TableSplit.split(similarities, order, k, new TableSplit.Exact() {
        @Override
        public int compareSums(int[] a, int[] b, int[] c, int[] d) {
          return exact.compareSums(a, b, c, d);
        }

        @Override
        public int[] profiles() {
          return IntStream.range(0, g).map(exact::profile).toArray();
        }
      });
      double[] totals = TableSplit.totals(similarities, table, k);
      List<List<CityId>> seated = new ArrayList<>();
      for (int t = 0; t < k; t++) {
        seated.add(new ArrayList<>());
      }
      for (int x : order) {
        seated.get(table[x]).add(cities.get(guests.get(x)));
      }
      List<Table> result = new ArrayList<>();
      for (int t = 0; t < k; t++) {
        result.add(new Table(t + 1, theme, seated.get(t), totals[t]));
      }
      return result;
    }

    /**
     * The exact scores of all the cities, whose subsets the themes' splits take: it numbers
     * the profiles once for all of them, and is never asked to decide on doubles itself (each
     * subset states the error of its own).
     */
    private synchronized ExactPairs exactPairs(ExactScores scores) {
      if (exactPairs == null) {
        exactPairs = ExactPairs.of(scores, 0);
      }
      return exactPairs;
    }

    private List<Shortfall> shortfalls(Map<ThemeId, Integer> tables,
        Map<ThemeId, List<Integer>> guests, int[] sits) {
      List<Shortfall> shortfalls = new ArrayList<>();
      Map<ThemeId, Set<Integer>> seatedAt = new HashMap<>();
      guests.forEach((theme, list) -> seatedAt.put(theme, new HashSet<>(list)));
      for (int i = 0; i < cities.size(); i++) {
        CityId city = cities.get(i);
        if (sits[i] >= options.perCity()) {
          continue;
        }
        int at = i;
        CityProfile profile = profiles.get(i);
        List<ThemeId> hostedOfCity = tables.keySet().stream()
            .filter(t -> profile.weight(t) > 0).toList();
        List<ThemeId> unseated = hostedOfCity.stream()
            .filter(t -> !seatedAt.get(t).contains(at)).toList();
        ShortfallReason reason;
        if (profile.plan() == null) {
          reason = new ShortfallReason.NoPlan();
        } else if (profile.isZero()) {
          reason = new ShortfallReason.NoThemeOfTaxonomy(overlap.taxonomy().id());
        } else if (hostedOfCity.isEmpty()) {
          reason = new ShortfallReason.NoHostedTheme(tooFewFor(profile));
        } else if (unseated.isEmpty()) {
          reason = new ShortfallReason.OnlyHostedThemes(hostedOfCity, tooFewFor(profile));
        } else {
          reason = new ShortfallReason.TablesFull(unseated);
        }
        shortfalls.add(new Shortfall(city, sits[i], reason));
      }
      return shortfalls;
    }

    /**
     * Which of a city's themes too few cities can sit at to fill a table, and the best of them.
     */
    private ShortfallReason.TooFewCities tooFewFor(CityProfile profile) {
      List<ThemeId> small = tooFew.keySet().stream().filter(t -> profile.weight(t) > 0).toList();
      if (small.isEmpty()) {
        return ShortfallReason.TooFewCities.none(options.minSeats());
      }
      int most = small.stream().mapToInt(tooFew::get).max().getAsInt();
      List<ThemeId> best = small.stream().filter(t -> tooFew.get(t) == most).toList();
      return new ShortfallReason.TooFewCities(small, most, best, options.minSeats());
    }
  }
}
