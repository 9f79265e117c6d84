/** Reading and writing SCAP documents as JSON. */
module dev.scap.io {
  requires transitive dev.scap.model;
  requires tools.jackson.core;

  exports dev.scap.io;
}
