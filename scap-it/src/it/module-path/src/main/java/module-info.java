/** A conference organiser's application, as a named module. */
module org.example.conference {
  requires dev.scap.report;
}
