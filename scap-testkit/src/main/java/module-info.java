/**
 * Test support for scap and the tools built on it: jqwik arbitraries that generate valid SCAP
 * documents of any size, and a catalogue of mutations that each break one rule of the format.
 */
module dev.scap.testkit {
  requires transitive dev.scap.model;
  requires transitive net.jqwik.api;

  exports dev.scap.testkit;
}
