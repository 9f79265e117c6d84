package dev.scap.analysis.timetable;

/** How a timetable's number of slots was decided. */
public enum Method {
  /** The exact search finished: no timetable of all the tables has fewer slots. */
  EXACT,
  /**
   * The heuristic, or an exact search stopped at its work limit: the best found, with a proven
   * lower bound beside it.
   */
  HEURISTIC
}
