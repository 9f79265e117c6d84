package dev.scap.cli;

import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapFormatException;
import dev.scap.io.ScapReader;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ValidationReport;
import dev.scap.sheets.SheetLimits;
import dev.scap.sheets.SheetProblem;
import dev.scap.sheets.SheetsReadResult;
import dev.scap.sheets.SheetsReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a command's document comes from: a file, standard input, or the built-in dataset.
 * The first bytes of a stream are kept as they are read ({@code seen}), to tell what a
 * document that is not JSON looks like, since standard input or a pipe cannot be read twice.
 */
record Input(String name, Path file, ByteArrayOutputStream seen) {

  /**
   * A document read whole takes about this many times its size in heap: its bytes and the
   * objects read from them. Measured: 144 MiB of heap is the least that validates or formats
   * a synthetic document of 77 MB; the rest leaves room for the analyses.
   */
  static final int HEAP_FACTOR = 3;

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
      return new Input(BUILT_IN, null, new ByteArrayOutputStream());
    }
    if (argument.equals("-")) {
      return new Input("<stdin>", null, new ByteArrayOutputStream());
    }
    return new Input(argument, Path.of(argument), new ByteArrayOutputStream());
  }

  boolean isBuiltIn() {
    return file == null && name.equals(BUILT_IN);
  }

  boolean isStandardInput() {
    return file == null && !isBuiltIn();
  }

  /** Standard input, buffered once so that its first bytes can be looked at and read again. */
  private static BufferedInputStream stdin;

  /** What {@link #stdin} buffers: another stream, as {@code System.setIn} sets, is wrapped. */
  private static InputStream stdinSource;

  static synchronized InputStream stdin() {
    if (stdin == null || stdinSource != System.in) {
      stdinSource = System.in;
      stdin = new BufferedInputStream(System.in, 1 << 16);
    }
    return stdin;
  }

  /**
   * Whether the input is read as sheets rather than JSON: a folder (of CSV files); a file that
   * is a workbook by its first bytes or its name ({@link SheetsReader#isSheets}), or an Excel
   * 97-2003 workbook, which the sheets reader refuses with its own words; standard input that
   * starts with a zip's bytes.
   */
  boolean isSheets() {
    if (isBuiltIn()) {
      return false;
    }
    if (isStandardInput()) {
      InputStream in = stdin();
      try {
        in.mark(8);
        byte[] head = in.readNBytes(4);
        in.reset();
        return NotJson.isZip(head);
      } catch (IOException e) {
        return false;
      }
    }
    if (SheetsReader.isSheets(file)) {
      return true;
    }
    String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      return true;
    }
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return NotJson.isOle(in.readNBytes(4));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads the input as a workbook or a folder of CSV files, or fails with exit code 2 if it
   * cannot be read, or is a folder without a CSV file.
   *
   * @param limits the reader's limits
   */
  SheetsReadResult readSheets(SheetLimits limits) {
    SheetsReader reader = SheetsReader.withLimits(limits);
    try {
      if (isStandardInput()) {
        return reader.read(stdin(), name);
      }
      checkFolder();
      return reader.read(file);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** Fails with exit code 2 if the input is a folder that holds no CSV file. */
  void checkFolder() {
    if (file == null || !Files.isDirectory(file)) {
      return;
    }
    try (Stream<Path> files = Files.list(file)) {
      if (files.noneMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
          .endsWith(".csv"))) {
        throw CliException.failure("cannot read " + name + ": it is a folder with no CSV file; "
            + SHEETS_LAYOUT, null);
      }
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** What scap reads as sheets, and where to see it. */
  static final String SHEETS_LAYOUT = "scap reads a workbook (.xlsx) or a folder of CSV files "
      + "in the layout of docs/SHEETS.md ('scap template -o DIR' shows it)";

  /** Reads the document with all its problems, or fails with exit code 2 if unreadable. */
  ReadResult read(ScapReader reader) {
    if (isBuiltIn()) {
      return reader.read(Datasets.json(Datasets.ASCN).orElseThrow());
    }
    try {
      if (isStandardInput()) {
        return reader.read(withinHeap(stdin()));
      }
      if (!Files.isRegularFile(file)) {
        // A device or a pipe: its size is not known beforehand.
        try (InputStream in = Files.newInputStream(file)) {
          return reader.read(withinHeap(in));
        }
      }
      checkHeap(Files.size(file), reader.limits().maxDocumentBytes());
      return reader.read(file);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** Reads the document's bytes, or fails with exit code 2 if unreadable. */
  byte[] bytes() {
    if (isBuiltIn()) {
      return Datasets.json(Datasets.ASCN).orElseThrow().getBytes(StandardCharsets.UTF_8);
    }
    // One byte past the limit, for the reader to say that the document goes past it.
    int most = (int) Math.min(ScapReader.create().limits().maxDocumentBytes() + 1,
        Integer.MAX_VALUE - 8);
    try {
      if (isStandardInput()) {
        return withinHeap(stdin()).readNBytes(most);
      }
      if (Files.isRegularFile(file)) {
        checkHeap(Files.size(file), most - 1);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return withinHeap(in).readNBytes(most);
      }
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /**
   * Whether a document of {@code size} bytes can be read whole in this JVM's heap.
   *
   * @param size the document's size in bytes
   */
  static boolean fitsHeap(long size) {
    return size <= heap() / HEAP_FACTOR;
  }

  /**
   * Fails with exit code 3 if a file of {@code size} bytes, within the document size limit,
   * cannot be read whole in this JVM's heap: one line, naming the heap and what to give it.
   */
  private void checkHeap(long size, long limit) {
    if (size <= limit && !fitsHeap(size)) {
      throw CliException.resources("cannot read " + name + ": reading its " + mebibytes(size)
          + " whole needs a heap of about " + mebibytes(HEAP_FACTOR * size) + ", and this "
          + "JVM has " + mebibytes(heap()) + "; " + moreHeap(HEAP_FACTOR * size));
    }
  }

  /**
   * The stream, which fails with exit code 2 as soon as more of it has been read than this
   * JVM's heap can hold as one document, whatever the document size limit: so that even a
   * stream that never ends gives one clear line instead of running out of memory.
   */
  private InputStream withinHeap(InputStream in) {
    long most = heap() / HEAP_FACTOR;
    long limit = ScapReader.create().limits().maxDocumentBytes();
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && seen.size() < NotJson.HEAD) {
          seen.write(b);
        }
        count(b < 0 ? -1 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && seen.size() < NotJson.HEAD) {
          seen.write(buffer, offset, Math.min(n, NotJson.HEAD - seen.size()));
        }
        count(n);
        return n;
      }

      private void count(int n) {
        if (n > 0) {
          read += n;
          if (read > most && read <= limit) {
            throw CliException.resources("cannot read " + name + ": it is larger than "
                + mebibytes(most) + ", the most that this JVM's heap of " + mebibytes(heap())
                + " can read whole; " + moreHeap(HEAP_FACTOR * (limit + 1)));
          }
        }
      }
    };
  }

  /** What to do for a heap of about {@code needed} bytes. */
  static String moreHeap(long needed) {
    long mib = Long.highestOneBit(Math.max(1, (needed >> 20) - 1)) << 1;
    String size = mib >= 1024 ? (mib >> 10) + "g" : mib + "m";
    return "give java more heap with -Xmx" + size + " (or JAVA_TOOL_OPTIONS=-Xmx" + size + ")";
  }

  private static long heap() {
    return Runtime.getRuntime().maxMemory();
  }

  private static String mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1 >> 20) + " MiB";
  }

  /**
   * The first bytes of the document, to tell what it looks like: a file's, read again; those
   * read so far of standard input, a device or a pipe; none of the built-in dataset, or of a
   * file that cannot be read again.
   */
  byte[] head() {
    if (file == null || !Files.isRegularFile(file)) {
      return seen.toByteArray();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(NotJson.HEAD);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** The failure, exit code 2, of a document that cannot be read. */
  CliException cannotRead(IOException e) {
    return CliException.failure("cannot read " + name + ": "
        + (file != null && Files.isDirectory(file) ? "it is a folder" : reason(e)), e);
  }

  /**
   * Why a file could not be read or written, in words: a {@link FileSystemException}'s message
   * is often no more than the file's name.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException taken && taken.getFile() != null) {
      return taken.getFile() + " already exists and is not a folder";
    }
    if (e instanceof FileSystemException failure) {
      return failure.getReason() != null ? failure.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
    if (isSheets()) {
      return validSheets(printer, quiet).document();
    }
    return valid(() -> read(reader), printer, quiet).document();
  }

  /**
   * Reads a workbook or a CSV folder that a command needs valid: prints its problems at their
   * cells as validate does and fails with exit code 1 if it has errors; prints warnings unless
   * quiet.
   *
   * @return the document and its validation report (of the document, without places)
   */
  ReadResult validSheets(Problems printer, boolean quiet) {
    SheetsReadResult result = readSheets(SheetLimits.DEFAULTS);
    if (result.document().isEmpty()) {
      result.problems().forEach(p -> printer.print(p, false));
      long errors = result.errors();
      throw CliException.invalid(name + " is invalid: " + Math.max(1, errors) + " error(s)");
    }
    if (!quiet) {
      result.problems().forEach(p -> printer.print(p, false));
    }
    List<dev.scap.model.validation.Problem> problems = result.problems().stream()
        .map(SheetProblem::problem).toList();
    return new ReadResult(result.document().get(), new ValidationReport(problems));
  }

  /**
   * Hands each problem of the workbook or CSV folder to {@code found}, as validate does.
   *
   * @param maxProblems the most problems to hold
   * @param found what takes each problem
   */
  void sheetProblems(int maxProblems, Consumer<SheetProblem> found) {
    readSheets(sheetLimits(maxProblems)).problems().forEach(found);
  }

  /**
   * The sheets reader's limits for a command that prints up to {@code maxProblems} problems:
   * it holds at least as many as it does by default, so that the count of the rest is right.
   */
  static SheetLimits sheetLimits(int maxProblems) {
    return SheetLimits.DEFAULTS.withMaxProblems(
        Math.max(maxProblems, SheetLimits.DEFAULTS.maxProblems()));
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
    return valid(reading, printer, quiet, this::head);
  }

  /**
   * As {@link #valid(Reading, Problems, boolean)}, with the document's first bytes, to say what
   * a document that does not begin as JSON looks like.
   */
  ReadResult valid(Reading reading, Problems printer, boolean quiet,
      Supplier<byte[]> start) {
    ReadResult result;
    try {
      result = reading.read();
    } catch (ScapFormatException e) {
      printer.print(name, e.problem(), false);
      throw CliException.invalid(name + " is not a readable SCAP document"
          + (NotJson.isAtStart(e.problem()) ? NotJson.hint(start.get()) : ""));
    } catch (IOException e) {
      throw cannotRead(e);
    }
    if (result.report().hasErrors()) {
      result.report().problems().forEach(p -> printer.print(name, p, false));
      throw CliException.invalid(name + " is invalid: " + (result.report().errors().size()
          + result.report().omittedErrors()) + " error(s)");
    }
    if (!quiet) {
      result.report().warnings().forEach(p -> printer.print(name, p, false));
    }
    return result;
  }

}
