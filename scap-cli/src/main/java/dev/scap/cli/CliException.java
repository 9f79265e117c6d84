package dev.scap.cli;

/** An error that ends a command with one clear line and an exit code. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  static CliException failure(String message, Throwable cause) {
    return new CliException(ScapCommand.FAILURE, message, cause);
  }

  static CliException resources(String message) {
    return new CliException(ScapCommand.RESOURCES, message, null);
  }

  static CliException invalid(String message) {
    return new CliException(ScapCommand.INVALID, message, null);
  }

  int exitCode() {
    return exitCode;
  }
}
