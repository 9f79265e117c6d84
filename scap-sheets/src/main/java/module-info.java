/**
 * SCAP documents as spreadsheets: a workbook (XLSX) or a folder of CSV files in one layout,
 * read with every problem placed at its cell and written without loss; the template that a
 * city fills in; the report of a document as a workbook.
 */
module dev.scap.sheets {
  requires transitive dev.scap.io;
  requires transitive dev.scap.report;
  requires tools.jackson.core;
  requires org.apache.commons.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires java.xml;

  exports dev.scap.sheets;
}
