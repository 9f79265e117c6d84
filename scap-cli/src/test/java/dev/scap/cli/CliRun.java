package dev.scap.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in this JVM, with its output, errors and exit code. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withInput("", args);
  }

  static CliRun withInput(String stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static synchronized CliRun withInput(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream original = System.in;
    System.setIn(stdin);
    try {
      int code = ScapCommand.execute(ScapCommand.commandLine(out, err), args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(original);
    }
  }
}
