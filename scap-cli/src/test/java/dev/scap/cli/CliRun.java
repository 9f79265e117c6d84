package dev.scap.cli;

import dev.scap.model.ScapDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

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
      int code = ScapCommand.execute(ScapCommand.commandLine(out, err, args), args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(original);
    }
  }

  /**
   * Runs {@code roundtables} or {@code report} on a document built in Java, as if it had been
   * read from FILE: for documents the reader cannot yet give, such as ones with events.
   */
  static synchronized CliRun withDocument(ScapDocument document, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine commandLine = ScapCommand.commandLine(out, err, args);
    commandLine.setExecutionStrategy(parsed -> {
      CommandLine command = parsed.subcommand().commandSpec().commandLine();
      try {
        if (command.getCommand() instanceof RoundtablesCommand roundtables) {
          return roundtables.run(document);
        }
        if (command.getCommand() instanceof ReportCommand report) {
          return report.run(document);
        }
      } catch (RuntimeException e) {
        throw new CommandLine.ExecutionException(command, e.getMessage(), e);
      }
      throw new IllegalArgumentException("not a command that plans roundtables: " + args[0]);
    });
    int code = ScapCommand.execute(commandLine, args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
