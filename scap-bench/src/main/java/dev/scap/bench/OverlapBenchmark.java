package dev.scap.bench;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * All-pairs top-10 by presence Jaccard: scap's {@link ThemeOverlap#topPeers} beside a naive
 * loop over {@code HashSet}s and beside the floor for this work, a loop that only does the
 * popcounts of every pair over the same bitsets, each using every core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class OverlapBenchmark {

  /** Cities. */
  @Param({"20000"})
  public int cities;

  /** Themes of the taxonomy. */
  @Param({"64"})
  public int themes;

  /** Themes per city, about. */
  @Param({"8"})
  public int perCity;

  private ThemeOverlap overlap;
  private List<Set<ThemeId>> sets;
  private long[][] bits;

  /** Creates the benchmark state. */
  public OverlapBenchmark() {}

  /** Builds the document, its profiles, sets and bitsets. */
  @Setup(Level.Trial)
  public void setUp() {
    ScapDocument document = Profiles.document(cities, themes, perCity, 20261127);
    overlap = ThemeOverlap.of(document, OverlapOptions.DEFAULTS);
    sets = new ArrayList<>();
    bits = new long[cities][(themes + 63) / 64];
    for (int i = 0; i < cities; i++) {
      CityProfile profile = overlap.profiles().get(i);
      sets.add(new HashSet<>(profile.weights().keySet()));
      for (ThemeId theme : profile.weights().keySet()) {
        int t = overlap.themes().indexOf(theme);
        bits[i][t >>> 6] |= 1L << t;
      }
    }
    Profiles.resetPeaks();
  }

  /** Prints the peak heap of the trial. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf("%n# peak heap: %.1f MiB (profiles and index included)%n",
        Profiles.peakHeapBytes() / 1048576.0);
  }

  /**
   * scap's exact top-10.
   *
   * @return the result
   */
  @Benchmark
  public List<CityPeers> scapTopK() {
    return overlap.topPeers(10, 0);
  }

  /**
   * A naive exact top-10: every pair's Jaccard from two HashSets, each city's scores sorted.
   *
   * @return a checksum
   */
  @Benchmark
  public double naiveHashSets() {
    return IntStream.range(0, cities).parallel().mapToDouble(i -> {
      Set<ThemeId> a = sets.get(i);
      double[] scores = new double[cities];
      for (int j = 0; j < cities; j++) {
        if (j == i) {
          continue;
        }
        Set<ThemeId> b = sets.get(j);
        int shared = 0;
        for (ThemeId theme : a) {
          if (b.contains(theme)) {
            shared++;
          }
        }
        int union = a.size() + b.size() - shared;
        scores[j] = union == 0 ? 0 : (double) shared / union;
      }
      java.util.Arrays.sort(scores);
      double sum = 0;
      for (int x = 0; x < 10 && x < cities; x++) {
        sum += scores[cities - 1 - x];
      }
      return sum;
    }).sum();
  }

  /**
   * The floor: the popcount of every pair over the same bitsets, nothing else.
   *
   * @return a checksum
   */
  @Benchmark
  public long popcountFloor() {
    return IntStream.range(0, cities).parallel().mapToLong(i -> {
      long[] a = bits[i];
      long sum = 0;
      for (int j = 0; j < cities; j++) {
        long[] b = bits[j];
        for (int w = 0; w < a.length; w++) {
          sum += Long.bitCount(a[w] & b[w]);
        }
      }
      return sum;
    }).sum();
  }
}
