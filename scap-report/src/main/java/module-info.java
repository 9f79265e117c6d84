/**
 * Renderers of scap's analysis results: the report of a document in HTML, Markdown, JSON and
 * CSV, and the public JSON form of each analysis's results.
 */
@SuppressWarnings("module") // dev.scap.sheets is built after this module
module dev.scap.report {
  requires transitive dev.scap.analysis;
  requires transitive dev.scap.io;
  requires transitive tools.jackson.core;
  requires org.apache.commons.csv;

  exports dev.scap.report;
  // The workbook module writes through the same stream that a writer may close.
  exports dev.scap.report.internal to dev.scap.sheets;
}
