package dev.scap.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the megabytes (10⁶ bytes) of JSON that a benchmark read or wrote. JMH divides the count
 * by the iteration's time like an operation count, so the secondary result
 * {@code :megabytes}, printed in {@code ops/s}, is the throughput in MB/s.
 *
 * <p>One per benchmark thread; not thread-safe.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Megabytes {

  /** The megabytes processed in the current iteration. */
  public double megabytes;

  /** Creates a counter at zero. */
  public Megabytes() {}

  /** Starts each iteration at zero. */
  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
  }

  /**
   * Counts one pass over a document.
   *
   * @param bytes the document's size in bytes
   */
  void add(long bytes) {
    megabytes += bytes / 1e6;
  }
}
