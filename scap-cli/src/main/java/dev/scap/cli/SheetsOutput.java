package dev.scap.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o} of the commands that write a workbook or a folder of CSV files. */
final class SheetsOutput {

  /** A write to the workbook or folder. */
  interface Write {
    void to(Path output) throws IOException;
  }

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Required: the workbook (.xlsx), written atomically, or the folder of CSV files, "
          + "created if missing.")
  Path output;

  /**
   * Refuses a missing or unfit {@code -o}, exit 2, before any work.
   *
   * @param command the command's name, for the message
   */
  void check(String command) {
    OutputName.checkSheets(command, output);
  }

  /** Writes, or fails with exit code 2 and the reason in one line. */
  void write(Write write) {
    try {
      write.to(output);
    } catch (IOException e) {
      throw CliException.failure("cannot write " + output + ": " + Input.reason(e), e);
    }
  }
}
