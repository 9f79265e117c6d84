package dev.scap.bench;

import dev.scap.io.PlanStream;
import dev.scap.io.ReadLimits;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.sheets.SheetsImport;
import dev.scap.sheets.SheetsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Importing a workbook, and a folder of CSV files, of a document into its JSON, against scap's
 * JSON reader of the same document, streamed plan by plan (the same bounded memory as the
 * import) and whole in memory. Each operation is one pass of minutes: single-shot time. Every
 * benchmark counts the document's canonical JSON in {@link Megabytes}, which JMH reports only
 * in its other modes; in single-shot mode MB/s is the JSON's size over the time, whatever form
 * the document was read from.
 *
 * <p>The three forms are made beforehand by {@link WorkbookDocuments} into {@code folder}. The
 * imports and the stream run in forks with a 512 MiB heap; reading in memory needs more (its
 * own {@code @Fork}). After each iteration of an import, the JSON it wrote is compared with the
 * document's JSON, byte for byte, so that an import that does less fails the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ImportBenchmark {

  /** The default limits but the size: a whole read stops past 512 MiB by default. */
  private static final ReadLimits WHOLE =
      ReadLimits.DEFAULTS.withMaxDocumentBytes(Long.MAX_VALUE);

  /** The number of cities of the document, as given to {@link WorkbookDocuments}. */
  @Param("142000")
  public int cities;

  /** The folder where {@link WorkbookDocuments} wrote the document's three forms. */
  @Param("/tmp/scap-import")
  public String folder;

  private Path json;
  private Path workbook;
  private Path csv;
  private Path imported;
  private long jsonBytes;

  /** Creates the state; JMH calls it. */
  public ImportBenchmark() {}

  /**
   * Finds the document's forms and prints their sizes.
   *
   * @throws IOException if a form is missing or cannot be read
   */
  @Setup(Level.Trial)
  public void locate() throws IOException {
    Path dir = Path.of(folder);
    json = WorkbookDocuments.json(dir, cities);
    workbook = WorkbookDocuments.workbook(dir, cities);
    csv = WorkbookDocuments.csvFolder(dir, cities);
    for (Path form : new Path[] {json, workbook, csv}) {
      if (!Files.exists(form)) {
        throw new IllegalStateException(form + " is missing; write it first with "
            + "java -Xmx12g -cp benchmarks.jar dev.scap.bench.WorkbookDocuments " + cities
            + " " + ReadBenchmark.SEED + " " + folder);
      }
    }
    jsonBytes = Files.size(json);
    imported = dir.resolve("scap-" + cities + "-imported.json");
    System.out.println("# json: " + jsonBytes + " bytes; xlsx: " + Files.size(workbook)
        + " bytes; csv: " + WorkbookDocuments.sizeOf(csv) + " bytes");
  }

  /**
   * Checks that the latest import wrote the document's JSON, byte for byte, and removes it.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if the import wrote other bytes
   */
  @TearDown(Level.Iteration)
  public void checkImported() throws IOException {
    if (Files.exists(imported)) {
      long mismatch = Files.mismatch(imported, json);
      Files.delete(imported);
      if (mismatch >= 0) {
        throw new IllegalStateException("the import differs from " + json + " at byte "
            + mismatch);
      }
    }
  }

  /**
   * Imports the workbook into a JSON file.
   *
   * @param megabytes the throughput counter
   * @return the import's problems
   * @throws IOException if a file cannot be read or written
   */
  @Benchmark
  public SheetsImport importWorkbook(Megabytes megabytes) throws IOException {
    return importFrom(workbook, megabytes);
  }

  /**
   * Imports the CSV folder into a JSON file.
   *
   * @param megabytes the throughput counter
   * @return the import's problems
   * @throws IOException if a file cannot be read or written
   */
  @Benchmark
  public SheetsImport importCsv(Megabytes megabytes) throws IOException {
    return importFrom(csv, megabytes);
  }

  /**
   * Streams the JSON plan by plan with every check, as the import validates what it writes.
   *
   * @param megabytes the throughput counter
   * @param blackhole where each plan goes
   * @return the number of problems found
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long streamJson(Megabytes megabytes, Blackhole blackhole) throws IOException {
    AtomicLong problems = new AtomicLong();
    try (PlanStream stream = ScapReader.create().stream(json, p -> problems.incrementAndGet())) {
      while (stream.hasNext()) {
        blackhole.consume(stream.next());
      }
    }
    megabytes.add(jsonBytes);
    if (problems.get() > 0) {
      throw new IllegalStateException(problems.get() + " problems in " + json);
    }
    return problems.get();
  }

  /**
   * Reads the JSON whole into memory with every check; the heap this needs is set in its fork.
   *
   * @param megabytes the throughput counter
   * @return the result
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
  public ReadResult readJson(Megabytes megabytes) throws IOException {
    ReadResult result = ScapReader.withLimits(WHOLE).read(json);
    megabytes.add(jsonBytes);
    if (!result.isValid()) {
      throw new IllegalStateException(json + " has " + result.report().errors().size()
          + " errors");
    }
    return result;
  }

  private SheetsImport importFrom(Path source, Megabytes megabytes) throws IOException {
    SheetsImport result = SheetsReader.create().importTo(source, imported);
    megabytes.add(jsonBytes);
    if (!result.written()) {
      throw new IllegalStateException(result.errors() + " errors importing " + source);
    }
    return result;
  }
}
