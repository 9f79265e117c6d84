package dev.scap.bench;

import dev.scap.io.PlanStream;
import dev.scap.io.ScapReader;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.Plan;
import dev.scap.model.validation.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Streams a generated document larger than the heap, plan by plan, validating as it goes, and
 * tells how much heap that took. Not a JMH benchmark: one pass, timed by the wall clock.
 *
 * <pre>{@code
 * java -Xmx256m -cp scap-bench/target/benchmarks.jar dev.scap.bench.StreamingRun \
 *     FILE [MEBIBYTES [PROJECTS]]
 * }</pre>
 *
 * <p>If {@code FILE} does not exist, a document of about {@code MEBIBYTES} MiB (default 1024)
 * is first written to it with {@link SyntheticDocuments#write(Path)}, with {@code PROJECTS}
 * projects per plan on average (default 20); an existing file is read as it is. Peak heap is
 * measured from the start of streaming, after the file is written.
 */
public final class StreamingRun {

  private static final int THEMES = 64;
  private static final int SAMPLE_CITIES = 2000;

  private StreamingRun() {}

  /**
   * Runs: writes the document if needed, streams it and prints what it found.
   *
   * @param args the file, then optionally its size in MiB and the mean projects per plan
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: StreamingRun FILE [MEBIBYTES [PROJECTS]]");
      System.exit(64);
    }
    Path file = Path.of(args[0]);
    long target = (args.length > 1 ? Long.parseLong(args[1]) : 1024) << 20;
    int projects = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    if (Files.exists(file)) {
      System.out.println("reading the existing " + file);
    } else {
      generate(file, target, projects);
    }
    stream(file);
  }

  private static void generate(Path file, long target, int projects) throws IOException {
    Counter sample = new Counter();
    SyntheticDocuments.of(SAMPLE_CITIES, THEMES, projects, ReadBenchmark.SEED).write(sample);
    int cities = (int) Math.max(1, Math.round((double) target * SAMPLE_CITIES / sample.bytes));
    SyntheticDocuments settings = SyntheticDocuments.of(cities, THEMES, projects,
        ReadBenchmark.SEED);
    System.out.printf(Locale.ROOT, "writing %s: %d cities, %d themes, %d projects a plan%n",
        file, cities, THEMES, projects);
    long start = System.nanoTime();
    settings.write(file);
    System.out.printf(Locale.ROOT, "written in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static void stream(Path file) throws IOException {
    long size = Files.size(file);
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    Problems problems = new Problems();
    long projects = 0;
    long afterGc = 0;
    long start = System.nanoTime();
    int plans;
    try (PlanStream stream = ScapReader.create().stream(file, problems::add)) {
      while (stream.hasNext()) {
        Plan plan = stream.next();
        projects += plan.projects().size();
        if ((stream.plansRead() & 255) == 0) {
          afterGc = Math.max(afterGc, usedAfterGc(heap));
        }
      }
      plans = stream.plansRead();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    afterGc = Math.max(afterGc, usedAfterGc(heap));
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    String xmx = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("(no -Xmx)");

    System.out.printf(Locale.ROOT, "file:        %s, %d bytes (%.1f MiB)%n", file, size,
        size / (double) (1 << 20));
    System.out.printf(Locale.ROOT, "plans:       %d (%d projects)%n", plans, projects);
    System.out.printf(Locale.ROOT, "problems:    %d (%d errors)%n", problems.count,
        problems.errors);
    System.out.printf(Locale.ROOT, "elapsed:     %.2f s, %.1f MB/s%n", seconds,
        size / 1e6 / seconds);
    System.out.printf(Locale.ROOT, "peak heap:   %.1f MiB used (sum of the heap pools' peaks "
        + "while streaming); at most %.1f MiB live after a GC%n", peak / (double) (1 << 20),
        afterGc / (double) (1 << 20));
    System.out.printf(Locale.ROOT, "max heap:    %s (Runtime.maxMemory %.1f MiB)%n", xmx,
        Runtime.getRuntime().maxMemory() / (double) (1 << 20));
    if (problems.count > 0) {
      System.exit(1);
    }
  }

  /** The heap in use just after the latest collection of each heap pool, summed. */
  private static long usedAfterGc(List<MemoryPoolMXBean> heap) {
    long used = 0;
    for (MemoryPoolMXBean pool : heap) {
      MemoryUsage usage = pool.getCollectionUsage();
      used += usage == null ? 0 : usage.getUsed();
    }
    return used;
  }

  /** Counts the problems, printing the first few. */
  private static final class Problems {
    long count;
    long errors;

    void add(Problem problem) {
      if (count < 10) {
        System.out.println("problem: " + problem);
      }
      count++;
      if (problem.isError()) {
        errors++;
      }
    }
  }

  /** Counts the bytes written to it, and drops them. */
  private static final class Counter extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
