/** Theme overlap, peer groups, roundtable plans and their timetables, partner matching. */
@SuppressWarnings("module") // dev.scap.report is built after this module
module dev.scap.analysis {
  requires transitive dev.scap.model;

  exports dev.scap.analysis.overlap;
  exports dev.scap.analysis.grouping;
  exports dev.scap.analysis.roundtable;
  exports dev.scap.analysis.partner;
  exports dev.scap.analysis.event;
  exports dev.scap.analysis.timetable;
  // The JSON of every city's peers is written from the top-k's indexes.
  exports dev.scap.analysis.internal.peers to dev.scap.report;
}
