package dev.scap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a run on standard error, once it has taken more than a second: what it is doing
 * and for how long. On a terminal, one line redrawn in place and cleared at the end; elsewhere
 * (with {@code --progress always}), one plain line for each phase. Thread-safe: a ticker thread
 * redraws the line while the command works.
 */
final class Progress {

  /** When progress is shown. */
  enum When {
    /** When standard error is a terminal. */
    AUTO,
    /** Always, as plain lines where standard error is not a terminal. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /** Runs shorter than this show nothing. */
  static final long DELAY_NANOS = 1_000_000_000L;
  private static final long TICK_MILLIS = 250;

  private final PrintWriter err;
  private final boolean terminal;
  /** Whether standard output is a terminal too, where output written to it would be drawn. */
  private final boolean outputTerminal;
  private final LongSupplier clock;
  private final long start;
  private String phase;
  private String count = "";
  /** The phase last written as a plain line. */
  private String written;
  private boolean shown;
  private Thread ticker;

  Progress(PrintWriter err, boolean terminal, LongSupplier clock) {
    this(err, terminal, false, clock);
  }

  Progress(PrintWriter err, boolean terminal, boolean outputTerminal, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.outputTerminal = outputTerminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /**
   * The progress of a command, as its options and standard error allow.
   *
   * @param root the command line's options, which keep the progress so that an error clears
   *     its line
   * @return the progress; it shows nothing if it should not
   */
  static Progress onTerminal(ScapCommand root) {
    boolean terminal = isTerminal(2);
    boolean show = !root.quiet && (root.progress == When.ALWAYS
        || root.progress == When.AUTO && terminal);
    Progress progress = new Progress(show ? root.spec.commandLine().getErr() : null, terminal,
        terminal && isTerminal(1), System::nanoTime);
    root.running = progress;
    return progress;
  }

  /**
   * Whether a standard stream is a terminal: where the system says, else as the JVM guesses.
   *
   * @param descriptor 1 for standard output, 2 for standard error
   */
  static boolean isTerminal(int descriptor) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Counts the plans read so far of a document read plan by plan.
   *
   * @param name the document's name
   * @param read the plans read
   */
  synchronized void plans(String name, int read) {
    if (err == null) {
      return;
    }
    if (phase == null) {
      phase("reading " + name);
    }
    count = String.format(Locale.ROOT, ", %,d plans", read);
  }

  /**
   * Says what the run is doing now.
   *
   * @param what the phase, such as "reading plans.json"
   */
  synchronized void phase(String what) {
    if (err == null) {
      return;
    }
    phase = what;
    count = "";
    if (ticker == null) {
      ticker = new Thread(this::tickUntilDone, "scap-progress");
      ticker.setDaemon(true);
      ticker.start();
    }
    tick();
  }

  /**
   * Says that the run writes its output, to a file or to standard output; shows nothing while
   * it writes to standard output on the terminal that the line is drawn on, where the line
   * would be drawn into the output.
   *
   * @param file the file, or {@code null} for standard output
   */
  synchronized void writing(Path file) {
    if (file == null && terminal && outputTerminal) {
      done();
      return;
    }
    phase("writing " + (file == null ? "the output" : file));
  }

  private void tickUntilDone() {
    try {
      while (true) {
        Thread.sleep(TICK_MILLIS);
        synchronized (this) {
          if (ticker != Thread.currentThread()) {
            return;
          }
          tick();
        }
      }
    } catch (InterruptedException e) {
      // done
    }
  }

  /** Shows the phase, if the run has taken long enough. */
  synchronized void tick() {
    if (err == null || phase == null) {
      return;
    }
    long elapsed = clock.getAsLong() - start;
    if (elapsed < DELAY_NANOS) {
      return;
    }
    String seconds = String.format(Locale.ROOT, "%.1f s", elapsed / 1e9);
    if (terminal) {
      err.print("\r\033[Kscap: " + phase + count + " (" + seconds + ")");
      shown = true;
    } else if (!phase.equals(written)) {
      err.println("scap: " + seconds + ": " + phase);
      written = phase;
    }
    err.flush();
  }

  /** Ends the current phase: clears the line on a terminal, and stops redrawing it. */
  synchronized void done() {
    if (err == null) {
      return;
    }
    if (ticker != null) {
      ticker.interrupt();
      ticker = null;
    }
    phase = null;
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
