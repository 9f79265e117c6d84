/** Reading and writing SCAP documents as JSON. */
@SuppressWarnings("module") // the modules named below are built after this one
module dev.scap.io {
  requires transitive dev.scap.model;
  requires tools.jackson.core;

  exports dev.scap.io;
  exports dev.scap.io.internal to dev.scap.analysis, dev.scap.cli;
}
