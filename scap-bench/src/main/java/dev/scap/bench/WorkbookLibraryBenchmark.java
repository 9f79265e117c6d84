package dev.scap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * FastExcel against Apache POI on one generated workbook of rows shaped like scap's Projects
 * sheet (see {@link WorkbookLibraries}): reading every cell with FastExcel's reader, with POI's
 * event API and with POI's user model, and writing the same rows with FastExcel's writer and
 * POI's {@code SXSSFWorkbook}. Each operation is one whole workbook, timed once
 * ({@code SingleShotTime}).
 *
 * <p>The trial's setup writes the workbook to a temporary file with FastExcel's writer and
 * checks that each reader sees all its cells; the file is deleted at the trial's end. Writers
 * write to a stream that drops the bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class WorkbookLibraryBenchmark {

  /** The rows of the workbook after its header; 610000 give about 100 MB. */
  @Param("610000")
  public int rows;

  private Path file;
  private final OutputStream sink = OutputStream.nullOutputStream();

  /** Creates the state; JMH calls it. */
  public WorkbookLibraryBenchmark() {}

  /**
   * Writes the workbook and checks that the readers see every cell.
   *
   * @throws IOException if the temporary file cannot be written or read
   * @throws IllegalStateException if a reader misses cells
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    file = Files.createTempFile("scap-bench-", ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookLibraries.fastexcelWrite(rows, out);
    }
    long expected = (rows + 1L) * WorkbookLibraries.COLUMNS;
    long fastexcel = WorkbookLibraries.fastexcelRead(file, value -> { });
    long poi = WorkbookLibraries.poiEventRead(file, value -> { });
    if (fastexcel != expected || poi != expected) {
      throw new IllegalStateException("expected " + expected + " cells, FastExcel read "
          + fastexcel + " and POI " + poi);
    }
    long size = Files.size(file);
    System.out.printf(Locale.ROOT, "%n# workbook: %d rows, %d bytes (%.1f MB)%n", rows, size,
        size / 1e6);
  }

  /**
   * Deletes the workbook.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads every cell with FastExcel's reader.
   *
   * @param blackhole takes each value
   * @return the number of cells
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long fastexcelRead(Blackhole blackhole) throws IOException {
    return WorkbookLibraries.fastexcelRead(file, blackhole::consume);
  }

  /**
   * Reads every cell with POI's event API ({@code XSSFReader}, {@code XSSFSheetXMLHandler}).
   *
   * @param blackhole takes each value
   * @return the number of cells
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long poiEventRead(Blackhole blackhole) throws IOException {
    return WorkbookLibraries.poiEventRead(file, blackhole::consume);
  }

  /**
   * Reads every cell with POI's user model ({@code XSSFWorkbook}); run it at a smaller size,
   * since the whole workbook is built in memory.
   *
   * @param blackhole takes each value
   * @return the number of cells
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long poiUserModelRead(Blackhole blackhole) throws IOException {
    return WorkbookLibraries.poiUserModelRead(file, blackhole::consume);
  }

  /**
   * Writes the rows with FastExcel's writer.
   *
   * @throws IOException never: the bytes are dropped
   */
  @Benchmark
  public void fastexcelWrite() throws IOException {
    WorkbookLibraries.fastexcelWrite(rows, sink);
  }

  /**
   * Writes the rows with POI's {@code SXSSFWorkbook}.
   *
   * @throws IOException if its temporary file fails
   */
  @Benchmark
  public void poiStreamingWrite() throws IOException {
    WorkbookLibraries.poiStreamingWrite(rows, sink);
  }
}
