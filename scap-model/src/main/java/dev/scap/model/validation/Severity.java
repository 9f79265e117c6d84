package dev.scap.model.validation;

/** How serious a problem is. */
public enum Severity {
  /** The document breaks a rule of the format and is invalid. */
  ERROR,
  /** The document is valid, but something in it is probably not what was meant. */
  WARNING;

  /**
   * Returns the severity as the command line prints it.
   *
   * @return {@code "error"} or {@code "warning"}
   */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
