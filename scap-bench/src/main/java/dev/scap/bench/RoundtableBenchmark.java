package dev.scap.bench;

import dev.scap.analysis.internal.flow.NetworkSimplex;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.roundtable.Table;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roundtable plan of the command line's defaults (priority weights, 4 to 8 seats, 2 tables a
 * city) for a document of {@code scap generate --cities N --themes 50 --projects 4 --seed
 * 20261127}: the whole plan from the profiles ({@link #plan}: table counts, feasibility, the
 * seating, the split, the shortfalls), and the seating flow alone ({@link #seating}: the
 * network simplex and its tie break on the plan's table counts, the network built as the
 * planner builds it). The setup checks that the seating's optimum is the plan's total weight.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RoundtableBenchmark {

  /** Cities. */
  @Param({"1000", "3000", "10000"})
  public int cities;

  /** Themes. */
  @Param({"50"})
  public int themes;

  private ThemeOverlap overlap;
  private Map<ThemeId, Integer> tables;

  /** Creates the benchmark state. */
  public RoundtableBenchmark() {}

  /** Generates the document, its profiles and the plan's table counts. */
  @Setup(Level.Trial)
  public void setUp() {
    overlap = ThemeOverlap.of(SyntheticDocuments.of(cities, themes, 4, 20261127).generate(),
        RoundtableOptions.DEFAULTS.profiles());
    RoundtablePlan plan = RoundtablePlanner.plan(overlap, RoundtableOptions.DEFAULTS);
    tables = new LinkedHashMap<>();
    for (Table table : plan.tables()) {
      tables.merge(table.theme(), 1, Integer::sum);
    }
    long cost = seating();
    double total = -cost / (double) scale();
    if (Math.abs(total - plan.totalWeight()) > 1e-6 * Math.max(1, total)) {
      throw new IllegalStateException("the seating's optimum " + total
          + " is not the plan's total weight " + plan.totalWeight());
    }
    System.out.printf("%n# %d cities, %d tables, total weight %s%n", cities,
        plan.tables().size(), plan.totalWeight());
  }

  /**
   * The whole plan from the profiles.
   *
   * @return the plan
   */
  @Benchmark
  public RoundtablePlan plan() {
    return RoundtablePlanner.plan(overlap, RoundtableOptions.DEFAULTS);
  }

  /** L: the least common multiple of the priorities p of the candidates. */
  private long scale() {
    long scale = 1;
    for (CityProfile profile : overlap.profiles()) {
      for (Map.Entry<ThemeId, Double> entry : profile.weights().entrySet()) {
        if (tables.containsKey(entry.getKey())) {
          long p = Math.round(1 / entry.getValue());
          scale = scale / gcd(scale, p) * p;
        }
      }
    }
    return scale;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /**
   * The seating flow alone: the network simplex on the plan's table counts, then its tie
   * break.
   *
   * @return the least cost, −L times the largest total weight
   */
  @Benchmark
  public long seating() {
    RoundtableOptions options = RoundtableOptions.DEFAULTS;
    List<ThemeId> hosted = new ArrayList<>(tables.keySet());
    List<CityProfile> seated = new ArrayList<>();
    for (CityProfile profile : overlap.profiles()) {
      if (profile.weights().keySet().stream().anyMatch(tables::containsKey)) {
        seated.add(profile);
      }
    }
    seated.sort(Comparator.comparing((CityProfile p) -> p.city().value()));
    long scale = scale();
    int c = seated.size();
    int h = hosted.size();
    int sink = c + h;
    NetworkSimplex flow = new NetworkSimplex(sink + 1);
    List<Long> ties = new ArrayList<>();
    for (int x = 0; x < h; x++) {
      for (int i = 0; i < c; i++) {
        double weight = seated.get(i).weight(hosted.get(x));
        if (weight > 0) {
          flow.addArc(i, c + x, 0, 1, -scale / Math.round(1 / weight));
          ties.add((long) (i + 1) * (h - x));
        }
      }
    }
    for (int i = 0; i < c; i++) {
      flow.addArc(i, sink, 0, options.perCity(), 0);
      ties.add(0L);
      flow.addSupply(i, options.perCity());
    }
    for (int x = 0; x < h; x++) {
      int k = tables.get(hosted.get(x));
      flow.addArc(c + x, sink, (long) options.minSeats() * k, (long) options.maxSeats() * k, 0);
      ties.add(0L);
    }
    flow.addSupply(sink, -(long) options.perCity() * c);
    if (flow.solve() != NetworkSimplex.Status.OPTIMAL) {
      throw new IllegalStateException("no seating");
    }
    long cost = flow.totalCost();
    flow.breakTies(ties.stream().mapToLong(Long::longValue).toArray());
    return cost;
  }
}
