/** Theme overlap between cities, peer groups, roundtable plans and partner matching. */
@SuppressWarnings("module") // the module named below is built after this one
module dev.scap.analysis {
  requires transitive dev.scap.io;
  requires tools.jackson.core;

  exports dev.scap.analysis.overlap;
  exports dev.scap.analysis.grouping;
  exports dev.scap.analysis.roundtable;
  exports dev.scap.analysis.partner;
  exports dev.scap.analysis.report;
  exports dev.scap.analysis.internal to dev.scap.cli;
}
