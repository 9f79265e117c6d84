package dev.scap.cli;

import dev.scap.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where a command writes: standard output, or a file written atomically. */
final class Output {

  private Output() {}

  /**
   * Writes a command's output.
   *
   * @param file the {@code -o} path, or {@code null} for standard output
   * @param root the command line, whose standard output is used
   * @param content what writes the bytes
   */
  static void write(Path file, ScapCommand root, AtomicFiles.Content content) {
    try {
      if (file == null) {
        root.spec.commandLine().getOut().flush();
        OutputStream out = new BufferedOutputStream(root.stdout, 1 << 16);
        content.writeTo(out);
        out.flush();
      } else {
        AtomicFiles.write(file, content);
      }
    } catch (IOException e) {
      throw CliException.failure("cannot write " + (file == null ? "standard output" : file)
          + ": " + Input.reason(e), e);
    }
  }
}
