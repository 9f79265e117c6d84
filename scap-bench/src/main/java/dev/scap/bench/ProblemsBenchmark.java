package dev.scap.bench;

import dev.scap.io.ReadLimits;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.model.ScapDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Reading a document with very many problems, to show that the time grows with their number
 * and no faster: {@code problems} cities, each with an invalid country code, all on one line
 * of a minified document, and no taxonomy (one problem more). Every problem goes through all
 * that a problem costs: Bean Validation, its pointer, its line, its column counted in
 * characters, sorting. Plain Jackson databind reading the same bytes into the same records,
 * without any check, is the baseline of the same run.
 *
 * <p>Setup checks that scap reports one problem per city, and one more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ProblemsBenchmark {

  /** The number of cities with an invalid country, hence of problems (one more). */
  @Param({"1000", "10000", "100000", "1000000"})
  public int problems;

  private byte[] document;
  /** Holds every problem: the reader's default cap would keep only the first 10,000. */
  private final ScapReader scap =
      ScapReader.withLimits(ReadLimits.DEFAULTS.withMaxProblems(Integer.MAX_VALUE));
  private final ObjectReader jackson = PlainDatabind.mapper().readerFor(ScapDocument.class);

  /** Creates the state; JMH calls it. */
  public ProblemsBenchmark() {}

  /**
   * Generates the document and checks the problems scap finds in it.
   *
   * @throws IOException never: the document is in memory
   * @throws IllegalStateException if scap finds another number of problems
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    StringBuilder json = new StringBuilder(problems * 48 + 64)
        .append("{\"scapVersion\":\"1.0\",\"cities\":[");
    for (int i = 0; i < problems; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i)
          .append("\",\"name\":\"City\",\"country\":\"XX\"}");
    }
    document = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    int found = scapReadAndValidate().report().problems().size();
    if (found != problems + 1) {
      throw new IllegalStateException(found + " problems instead of " + (problems + 1));
    }
    System.out.printf(Locale.ROOT, "%n# document: %d bytes, %d problems%n", document.length,
        found);
  }

  /**
   * Reads and validates the document with scap, keeping every problem.
   *
   * @param result receives the document and its report
   * @throws IOException never: the document is in memory
   */
  @Benchmark
  public void scapReadAndValidate(Blackhole result) throws IOException {
    ReadResult read = scapReadAndValidate();
    result.consume(read.document());
    result.consume(read.report());
  }

  /**
   * Reads the document into the model's records with plain Jackson databind, without checks.
   *
   * @param result receives the document
   */
  @Benchmark
  public void jacksonDatabindRead(Blackhole result) {
    result.consume(jackson.readValue(new ByteArrayInputStream(document)));
  }

  private ReadResult scapReadAndValidate() throws IOException {
    return scap.read(new ByteArrayInputStream(document));
  }
}
