/** Theme overlap, peer groups, roundtable plans and their timetables, partner matching. */
module dev.scap.analysis {
  requires transitive dev.scap.model;

  exports dev.scap.analysis.overlap;
  exports dev.scap.analysis.grouping;
  exports dev.scap.analysis.roundtable;
  exports dev.scap.analysis.partner;
  exports dev.scap.analysis.event;
  exports dev.scap.analysis.timetable;
}
