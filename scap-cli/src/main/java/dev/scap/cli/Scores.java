package dev.scap.cli;

/** Scores as docs/CLI.md wants them: printed so that parsing them gives back the same double. */
final class Scores {

  private Scores() {}

  static String format(double score) {
    return Double.toString(score);
  }
}
