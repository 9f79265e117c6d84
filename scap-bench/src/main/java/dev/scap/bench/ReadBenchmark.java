package dev.scap.bench;

import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ScapDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectReader;

/**
 * Reading a generated document: scap's reader, with every check of the format and the model and
 * the line and column of each problem, against plain Jackson databind reading the same bytes
 * into the same records without any check. The {@code :megabytes} secondary result is the
 * throughput in MB/s (see {@link Megabytes}).
 *
 * <p>The document is made once per trial by {@link SyntheticDocuments} from the parameters;
 * the defaults give about 100 MB. Setup checks that scap finds the document valid and that the
 * baseline reads a document equal to scap's, so that both do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ReadBenchmark {

  /** The seed of every generated document. */
  static final long SEED = 20_261_127L;

  /** The number of cities of the document; 22000 gives about 100 MB. */
  @Param("22000")
  public int cities;

  /** The number of themes in the document's taxonomy. */
  @Param("64")
  public int themes;

  /** The mean number of projects per plan. */
  @Param("5")
  public int projects;

  private byte[] document;
  private final ScapReader scap = ScapReader.create();
  private final ObjectReader jackson = PlainDatabind.mapper().readerFor(ScapDocument.class);

  /** Creates the state; JMH calls it. */
  public ReadBenchmark() {}

  /**
   * Generates the document and checks that both readers read the same valid document from it.
   *
   * @throws IOException never: the document is in memory
   * @throws IllegalStateException if scap finds a problem, or the readers disagree
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    SyntheticDocuments.of(cities, themes, projects, SEED).write(out);
    document = out.toByteArray();
    ReadResult result = scapReadAndValidate();
    if (!result.report().problems().isEmpty()) {
      throw new IllegalStateException("the generated document has problems: "
          + result.report().problems().subList(0, Math.min(5, result.report().problems().size())));
    }
    if (!jacksonDatabindRead().equals(result.document())) {
      throw new IllegalStateException("plain databind read another document than scap");
    }
    System.out.printf(Locale.ROOT, "%n# document: %d bytes (%.1f MB), %d plans, %d projects%n",
        document.length, document.length / 1e6, result.document().plans().size(),
        result.document().projects().count());
  }

  /**
   * Reads and validates the document with scap.
   *
   * @param result receives the document and its report
   * @param counter counts the bytes read
   * @throws IOException never: the document is in memory
   */
  @Benchmark
  public void scapReadAndValidate(Blackhole result, Megabytes counter) throws IOException {
    ReadResult read = scapReadAndValidate();
    result.consume(read.document());
    result.consume(read.report());
    counter.add(document.length);
  }

  /**
   * Reads the document into the model's records with plain Jackson databind, without checks.
   *
   * @param result receives the document
   * @param counter counts the bytes read
   */
  @Benchmark
  public void jacksonDatabindRead(Blackhole result, Megabytes counter) {
    result.consume(jacksonDatabindRead());
    counter.add(document.length);
  }

  private ReadResult scapReadAndValidate() throws IOException {
    return scap.read(new ByteArrayInputStream(document));
  }

  private ScapDocument jacksonDatabindRead() {
    return jackson.readValue(new ByteArrayInputStream(document));
  }
}
