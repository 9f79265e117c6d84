/** A conference secretariat's application, as a named module. */
module org.example.secretariat {
  requires transitive dev.scap.sheets;

  exports org.example.secretariat;
}
