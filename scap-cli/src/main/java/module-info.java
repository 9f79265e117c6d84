/** The scap command line. */
module dev.scap.cli {
  requires dev.scap.io;
  requires dev.scap.analysis;
  requires dev.scap.report;
  requires dev.scap.sheets;
  requires info.picocli;
  requires tools.jackson.core;
  requires java.logging;
  requires java.management;
  requires jdk.management;
  requires org.apache.commons.csv;

  opens dev.scap.cli to info.picocli;
}
