/** The scap command line. */
module dev.scap.cli {
  requires dev.scap.analysis;
  requires info.picocli;

  opens dev.scap.cli to info.picocli;
}
