package dev.scap.cli;

import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapFormatException;
import dev.scap.io.ScapReader;
import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a command's document comes from: a file, standard input, or the built-in dataset. */
record Input(String name, Path file) {

  /** The name under which problems of the built-in dataset are printed. */
  static final String BUILT_IN = "<ascn>";

  /**
   * Resolves a command's FILE argument.
   *
   * @param argument the argument; {@code null} for the built-in dataset, {@code "-"} for
   *     standard input
   */
  static Input of(String argument) {
    if (argument == null) {
      return new Input(BUILT_IN, null);
    }
    if (argument.equals("-")) {
      return new Input("<stdin>", null);
    }
    return new Input(argument, Path.of(argument));
  }

  boolean isBuiltIn() {
    return file == null && name.equals(BUILT_IN);
  }

  boolean isStandardInput() {
    return file == null && !isBuiltIn();
  }

  /** Reads the document with all its problems, or fails with exit code 2 if unreadable. */
  ReadResult read(ScapReader reader) {
    if (isBuiltIn()) {
      return reader.read(Datasets.json(Datasets.ASCN).orElseThrow());
    }
    try {
      return isStandardInput() ? reader.read(System.in) : reader.read(file);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** Reads the document's bytes, or fails with exit code 2 if unreadable. */
  byte[] bytes() {
    if (isBuiltIn()) {
      return Datasets.json(Datasets.ASCN).orElseThrow().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return isStandardInput() ? System.in.readAllBytes() : Files.readAllBytes(file);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** The failure, exit code 2, of a document that cannot be read. */
  CliException cannotRead(IOException e) {
    return CliException.failure("cannot read " + name + ": "
        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()), e);
  }

  /**
   * Reads a document that a command needs valid, saying so on a terminal; see
   * {@link #readValid(ScapReader, Problems, boolean)}.
   */
  ScapDocument readValid(ScapCommand root, Progress progress) {
    progress.phase("reading " + name);
    try {
      return readValid(ScapReader.create(), new Problems(root.spec.commandLine().getErr()),
          root.quiet);
    } finally {
      progress.done();
    }
  }

  /** Reads the document, which a command needs valid: see {@link #valid}. */
  ScapDocument readValid(ScapReader reader, Problems printer, boolean quiet) {
    return valid(() -> read(reader), printer, quiet).document();
  }

  /** Reading that may fail on input and output. */
  @FunctionalInterface
  interface Reading {
    ReadResult read() throws IOException;
  }

  /**
   * Reads a document that a command needs valid: prints its problems as validate does and
   * fails with exit code 1 if it has errors; prints warnings unless quiet.
   */
  ReadResult valid(Reading reading, Problems printer, boolean quiet) {
    ReadResult result;
    try {
      result = reading.read();
    } catch (ScapFormatException e) {
      printer.print(name, e.problem(), false);
      throw CliException.invalid(name + " is not a readable SCAP document");
    } catch (IOException e) {
      throw cannotRead(e);
    }
    if (result.report().hasErrors()) {
      result.report().problems().forEach(p -> printer.print(name, p, false));
      throw CliException.invalid(name + " is invalid: " + result.report().errors().size()
          + " error(s)");
    }
    if (!quiet) {
      result.report().warnings().forEach(p -> printer.print(name, p, false));
    }
    return result;
  }

}
