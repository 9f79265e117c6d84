package dev.scap.bench;

import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ScapDocument;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analyses of the conference at scale: average-linkage clustering of 10,000 cities, a
 * roundtable plan for 10,000 cities, 50 themes and 8 seats, partner matching for 10,000 cities
 * and 500 organizations (a generated document has one organization for 20 cities).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AnalysisBenchmark {

  /** Cities. */
  @Param({"10000"})
  public int cities;

  /** Themes. */
  @Param({"50"})
  public int themes;

  private ScapDocument document;
  private ThemeOverlap overlap;

  /** Creates the benchmark state. */
  public AnalysisBenchmark() {}

  /** Generates the document and its profiles. */
  @Setup(Level.Trial)
  public void setUp() {
    document = SyntheticDocuments.of(cities, themes, 4, 20261127).generate();
    overlap = ThemeOverlap.of(document, OverlapOptions.DEFAULTS);
    Profiles.resetPeaks();
  }

  /** Prints the peak heap of the trial. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf("%n# peak heap: %.1f MiB%n", Profiles.peakHeapBytes() / 1048576.0);
  }

  /**
   * Average-linkage clustering of every city.
   *
   * @return the dendrogram
   */
  @Benchmark
  public Dendrogram averageLinkage() {
    return PeerGrouping.hierarchical(overlap, Linkage.AVERAGE);
  }

  /**
   * A roundtable plan with at most 8 seats a table.
   *
   * @return the plan
   */
  @Benchmark
  public RoundtablePlan roundtables() {
    return RoundtablePlanner.plan(document, RoundtableOptions.DEFAULTS.withSeats(4, 8));
  }

  /**
   * The 5 best partners of every city.
   *
   * @return the matches
   */
  @Benchmark
  public List<CityPartners> partners() {
    return PartnerMatcher.forCities(overlap, 5);
  }
}
