package dev.scap.bench;

import dev.scap.io.ScapWriter;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ScapDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectWriter;

/**
 * Writing a document held in memory: scap's canonical writer against plain Jackson databind
 * writing the same records with the same mix-ins and a pretty printer set to the same layout,
 * both to a stream that drops the bytes. The {@code :megabytes} secondary result is the
 * throughput in MB/s (see {@link Megabytes}).
 *
 * <p>Setup checks that both write the same bytes, but for the final line feed that scap adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class WriteBenchmark {

  /** The number of cities of the document; 22000 gives about 100 MB. */
  @Param("22000")
  public int cities;

  /** The number of themes in the document's taxonomy. */
  @Param("64")
  public int themes;

  /** The mean number of projects per plan. */
  @Param("5")
  public int projects;

  private ScapDocument document;
  private long size;
  private final OutputStream sink = OutputStream.nullOutputStream();
  private final ScapWriter scap = ScapWriter.canonical();
  private final ObjectWriter jackson = PlainDatabind.mapper().writerFor(ScapDocument.class);

  /** Creates the state; JMH calls it. */
  public WriteBenchmark() {}

  /**
   * Generates the document and checks that both writers write the same bytes.
   *
   * @throws IOException never: the document is written to memory
   * @throws IllegalStateException if the writers disagree
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    document = SyntheticDocuments.of(cities, themes, projects, ReadBenchmark.SEED).generate();
    ByteArrayOutputStream canonical = new ByteArrayOutputStream(1 << 20);
    scap.write(document, canonical);
    ByteArrayOutputStream plain = new ByteArrayOutputStream(1 << 20);
    jackson.writeValue(plain, document);
    byte[] expected = canonical.toByteArray();
    byte[] actual = plain.toByteArray();
    if (!Arrays.equals(expected, 0, expected.length - 1, actual, 0, actual.length)) {
      throw new IllegalStateException("plain databind wrote other bytes than scap ("
          + actual.length + " bytes against " + expected.length + ", first difference at byte "
          + Arrays.mismatch(expected, actual) + ")");
    }
    size = expected.length;
    System.out.printf(Locale.ROOT, "%n# document: %d bytes (%.1f MB) when written%n", size,
        size / 1e6);
  }

  /**
   * Writes the document with scap's canonical writer.
   *
   * @param counter counts the bytes written
   * @throws IOException never: the bytes are dropped
   */
  @Benchmark
  public void scapWrite(Megabytes counter) throws IOException {
    scap.write(document, sink);
    counter.add(size);
  }

  /**
   * Writes the document with plain Jackson databind, pretty printed.
   *
   * @param counter counts the bytes written
   */
  @Benchmark
  public void jacksonDatabindWrite(Megabytes counter) {
    jackson.writeValue(sink, document);
    counter.add(size);
  }
}
