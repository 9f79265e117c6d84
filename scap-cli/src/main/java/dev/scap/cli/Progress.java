package dev.scap.cli;

import java.io.PrintWriter;

/** Progress of a long run on standard error, shown only when that is a terminal. */
final class Progress {

  private final PrintWriter err;
  private long lastShown;
  private boolean shown;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  static Progress onTerminal(ScapCommand root) {
    boolean terminal = System.console() != null && !root.quiet;
    return new Progress(terminal ? root.spec.commandLine().getErr() : null);
  }

  void plans(String name, int count) {
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown > 500_000_000L) {
      err.print("\r" + name + ": " + count + " plans read");
      err.flush();
      lastShown = now;
      shown = true;
    }
  }

  /**
   * Says what a long run is doing now, on one line that the next phase overwrites.
   *
   * @param what the phase, such as "reading plans.json"
   */
  void phase(String what) {
    if (err == null) {
      return;
    }
    err.print("\r\033[K" + what + "...");
    err.flush();
    shown = true;
  }

  void done() {
    if (err != null && shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
