/**
 * Renderers of scap's analysis results: the report of a document in HTML, Markdown, JSON and
 * CSV, and the public JSON form of each analysis's results.
 */
module dev.scap.report {
  requires transitive dev.scap.analysis;
  requires transitive dev.scap.io;
  requires transitive tools.jackson.core;
  requires org.apache.commons.csv;

  exports dev.scap.report;
}
