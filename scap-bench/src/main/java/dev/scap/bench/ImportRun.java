package dev.scap.bench;

import dev.scap.io.PlanStream;
import dev.scap.io.ReadLimits;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.sheets.SheetsImport;
import dev.scap.sheets.SheetsReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One pass of what {@link ImportBenchmark} measures, in a JVM of its own, to find the heap it
 * needs: run it under {@code /usr/bin/time -f '%e %M'} with decreasing {@code -Xmx} for the
 * peak RSS and the least heap that does. Not a JMH benchmark: one pass, timed by the wall clock,
 * JIT warm-up included.
 *
 * <pre>{@code
 * java -Xmx512m -cp scap-bench/target/benchmarks.jar dev.scap.bench.ImportRun \
 *     xlsx|csv|stream|read SOURCE [JSON]
 * }</pre>
 *
 * <p>{@code xlsx} and {@code csv} import the workbook or folder {@code SOURCE} into a JSON file
 * beside it (removed afterwards) and, if {@code JSON} is given, check that it has the same
 * bytes; {@code stream} streams the JSON file {@code SOURCE} plan by plan; {@code read} reads it
 * whole. It prints the elapsed time and the peak heap used (the sum of the heap pools' peaks, an
 * upper bound since they peak at different times), and exits with 1 if the pass found a problem.
 */
public final class ImportRun {

  /** The default limits but the size: a whole read stops past 512 MiB by default. */
  private static final ReadLimits WHOLE =
      ReadLimits.DEFAULTS.withMaxDocumentBytes(Long.MAX_VALUE);

  private ImportRun() {}

  /**
   * Runs one pass.
   *
   * @param args what to do, the source and optionally the JSON to compare an import with
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ImportRun xlsx|csv|stream|read SOURCE [JSON]");
      System.exit(64);
    }
    Path source = Path.of(args[1]);
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    long start = System.nanoTime();
    String outcome = switch (args[0]) {
      case "xlsx", "csv" -> importFrom(source, args.length > 2 ? Path.of(args[2]) : null);
      case "stream" -> stream(source);
      case "read" -> read(source);
      default -> throw new IllegalArgumentException("unknown pass " + args[0]
          + "; the passes are xlsx, csv, stream and read");
    };
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(Locale.ROOT, "%s %s: %s in %.2f s; peak heap %.1f MiB of %.1f MiB%n",
        args[0], source, outcome, seconds, peak / (double) (1 << 20),
        Runtime.getRuntime().maxMemory() / (double) (1 << 20));
    if (!outcome.startsWith("ok")) {
      System.exit(1);
    }
  }

  private static String importFrom(Path source, Path expected) throws IOException {
    Path target = source.toAbsolutePath().resolveSibling(source.getFileName() + ".run.json");
    try {
      SheetsImport result = SheetsReader.create().importTo(source, target);
      if (!result.written()) {
        return result.errors() + " errors";
      }
      if (expected != null) {
        long mismatch = Files.mismatch(target, expected);
        if (mismatch >= 0) {
          return "differs from " + expected + " at byte " + mismatch;
        }
      }
      return "ok, " + Files.size(target) + " bytes of JSON"
          + (expected == null ? "" : ", the same as " + expected);
    } finally {
      Files.deleteIfExists(target);
    }
  }

  private static String stream(Path json) throws IOException {
    long[] problems = new long[1];
    int plans;
    try (PlanStream stream = ScapReader.create().stream(json, p -> problems[0]++)) {
      while (stream.hasNext()) {
        stream.next();
      }
      plans = stream.plansRead();
    }
    return problems[0] == 0 ? "ok, " + plans + " plans" : problems[0] + " problems";
  }

  private static String read(Path json) throws IOException {
    ReadResult result = ScapReader.withLimits(WHOLE).read(json);
    return result.isValid() ? "ok, " + result.document().plans().size() + " plans"
        : result.report().errors().size() + " errors";
  }
}
