package dev.scap.cli;

import dev.scap.io.AtomicFiles;
import dev.scap.report.OutputFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/** Where a command writes: standard output, or a file written atomically. */
final class Output {

  private Output() {}

  /**
   * The renderers' format of a command's {@code --format}, whose values are the lower-case
   * names of the renderers' ones.
   *
   * @param format the option's value
   * @return the format
   */
  static OutputFormat format(Enum<?> format) {
    return OutputFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
  }

  /**
   * Writes a command's output, saying so on the progress line meanwhile (a large output takes
   * seconds of its own).
   *
   * @param file the {@code -o} path, or {@code null} for standard output
   * @param root the command line, whose standard output is used
   * @param progress the command's progress, whose phase ends with the writing
   * @param content what writes the bytes
   */
  static void write(Path file, ScapCommand root, Progress progress,
      AtomicFiles.Content content) {
    progress.writing(file);
    try {
      write(file, root, content);
    } finally {
      progress.done();
    }
  }

  /**
   * Writes a command's output, or one of its files.
   *
   * @param file the path, or {@code null} for standard output
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
