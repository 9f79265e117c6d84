package dev.scap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds the smallest heap in which each workbook operation of {@link WorkbookLibraries}
 * completes: runs it in a child JVM with a given {@code -Xmx} and halves the interval between
 * a heap that failed and one that sufficed until they are less than 8 MiB or 10 % apart. Not a
 * JMH benchmark.
 *
 * <pre>{@code
 * java -cp scap-bench/target/benchmarks.jar dev.scap.bench.WorkbookHeapRun ROWS [OPERATION...]
 * }</pre>
 *
 * <p>Writes the workbook of {@code ROWS} rows with FastExcel to a temporary file first, then
 * searches each operation named (default: all but {@code poiUserModelRead}), from 16 MiB to
 * 4 GiB. A child that runs out of heap exits at once ({@code -XX:+ExitOnOutOfMemoryError}); one
 * that takes more than ten minutes counts as failed. Prints, for each operation, the smallest
 * heap that sufficed and the seconds it took there and with 4 GiB.
 */
public final class WorkbookHeapRun {

  private static final List<String> OPERATIONS = List.of("fastexcelRead", "poiEventRead",
      "fastexcelWrite", "poiStreamingWrite", "poiUserModelRead");
  private static final int LOWEST = 16;
  private static final int HIGHEST = 4096;

  private WorkbookHeapRun() {}

  /**
   * Searches, or, as a child, runs one operation once.
   *
   * @param args {@code ROWS [OPERATION...]}, or {@code --child OPERATION FILE ROWS}
   * @throws IOException if the workbook cannot be written or read
   * @throws InterruptedException if interrupted while waiting for a child
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 4 && args[0].equals("--child")) {
      run(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
      return;
    }
    if (args.length < 1) {
      System.err.println("usage: WorkbookHeapRun ROWS [OPERATION...]");
      System.exit(64);
    }
    int rows = Integer.parseInt(args[0]);
    List<String> operations = args.length > 1
        ? List.of(args).subList(1, args.length) : OPERATIONS.subList(0, 4);
    Path file = Files.createTempFile("scap-heap-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        WorkbookLibraries.fastexcelWrite(rows, out);
      }
      System.out.printf(Locale.ROOT, "workbook: %d rows, %d bytes (%.1f MB)%n", rows,
          Files.size(file), Files.size(file) / 1e6);
      for (String operation : operations) {
        search(operation, file, rows);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void search(String operation, Path file, int rows)
      throws IOException, InterruptedException {
    double roomy = child(operation, file, rows, HIGHEST);
    if (roomy < 0) {
      System.out.printf(Locale.ROOT, "%-18s fails even with -Xmx%dm%n", operation, HIGHEST);
      return;
    }
    int failed = LOWEST / 2;
    int sufficed = HIGHEST;
    double seconds = roomy;
    int probe = LOWEST;
    while (sufficed - failed > Math.max(8, sufficed / 10)) {
      double took = child(operation, file, rows, probe);
      System.out.printf(Locale.ROOT, "  %-18s -Xmx%dm: %s%n", operation, probe,
          took < 0 ? "failed" : String.format(Locale.ROOT, "%.1f s", took));
      if (took < 0) {
        failed = probe;
      } else {
        sufficed = probe;
        seconds = took;
      }
      // Doubling from the bottom finds small needs in few runs; then bisect.
      probe = sufficed == HIGHEST && probe * 2 < HIGHEST ? probe * 2 : (failed + sufficed) / 2;
    }
    // Below the lowest heap tried nothing was run: say so rather than name a failure.
    String below = failed < LOWEST ? "nothing smaller tried"
        : String.format(Locale.ROOT, "-Xmx%dm failed", failed);
    System.out.printf(Locale.ROOT,
        "%-18s smallest heap -Xmx%dm (%.1f s there, %.1f s with -Xmx%dm; %s)%n",
        operation, sufficed, seconds, roomy, HIGHEST, below);
  }

  private static double child(String operation, Path file, int rows, int megabytes)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + megabytes + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WorkbookHeapRun.class.getName());
    command.add("--child");
    command.add(operation);
    command.add(file.toString());
    command.add(Integer.toString(rows));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      return -1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return process.exitValue() == 0 ? seconds : -1;
  }

  private static void run(String operation, Path file, int rows) throws IOException {
    long[] checksum = {0};
    long expected = (rows + 1L) * WorkbookLibraries.COLUMNS;
    long cells = switch (operation) {
      case "fastexcelRead" -> WorkbookLibraries.fastexcelRead(file,
          value -> checksum[0] += value.hashCode());
      case "poiEventRead" -> WorkbookLibraries.poiEventRead(file,
          value -> checksum[0] += value.hashCode());
      case "poiUserModelRead" -> WorkbookLibraries.poiUserModelRead(file,
          value -> checksum[0] += value.hashCode());
      case "fastexcelWrite" -> {
        WorkbookLibraries.fastexcelWrite(rows, OutputStream.nullOutputStream());
        yield expected;
      }
      case "poiStreamingWrite" -> {
        WorkbookLibraries.poiStreamingWrite(rows, OutputStream.nullOutputStream());
        yield expected;
      }
      default -> throw new IllegalArgumentException("unknown operation: " + operation);
    };
    if (cells != expected) {
      System.err.println(operation + " read " + cells + " cells, expected " + expected);
      System.exit(1);
    }
    System.out.println(operation + " " + cells + " cells, checksum " + checksum[0]);
  }
}
