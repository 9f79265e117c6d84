/** Reading and writing SCAP documents as JSON. */
@SuppressWarnings("module") // dev.scap.sheets is built after this module
module dev.scap.io {
  requires transitive dev.scap.model;
  requires tools.jackson.core;

  exports dev.scap.io;
  // The workbook reader writes the JSON it reads with the canonical writer's own generator.
  exports dev.scap.io.internal to dev.scap.sheets;
}
