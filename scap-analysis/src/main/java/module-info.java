/** Theme overlap between cities, peer groups, roundtable plans and partner matching. */
module dev.scap.analysis {
  requires transitive dev.scap.io;

  exports dev.scap.analysis.overlap;
}
