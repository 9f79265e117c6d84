package dev.scap.io;

import dev.scap.io.internal.Columns;
import dev.scap.io.internal.DocumentParser;
import dev.scap.io.internal.Encodings;
import dev.scap.io.internal.EarlyProblems;
import dev.scap.io.internal.FirstProblems;
import dev.scap.io.internal.Json;
import dev.scap.io.internal.Locator;
import dev.scap.io.internal.Recording;
import dev.scap.model.ScapDocument;
import dev.scap.model.internal.DocumentValidation;
import dev.scap.model.internal.PropertyOrder;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ValidationReport;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads SCAP documents from JSON, reporting every problem of the format and of the model at
 * once, each with its JSON Pointer, line and column.
 *
 * <p>Text that is not JSON, goes past a {@link ReadLimits limit}, is not an object, or is of a
 * format version this library cannot read stops reading with a {@link ScapFormatException}.
 * Anything else is a problem in the {@link ReadResult}. Input is UTF-8; a leading byte-order
 * mark is skipped. Bytes in UTF-16 or UTF-32, told by a byte-order mark or by the zero bytes
 * among the first four, and a second byte-order mark, are a syntax error at line 1, column 1.
 *
 * <p>A whole read holds the first {@link ReadLimits#maxProblems() maxProblems} problems in
 * document order (10,000 by default, some 200 bytes of heap each) and counts the rest in
 * {@link ValidationReport#omitted()}: the problems of the format past the limit are never held,
 * those of the model only while the document is checked, as the document itself is. Its time
 * grows in proportion to the size of the document and the number of problems. To see every
 * problem, {@link #stream(Path, Consumer) stream} the document and keep what is wanted of
 * those handed over.
 *
 * <p>A whole read checks each plan by its constraints as soon as it is read, on the workers of
 * the common fork-join pool, while the calling thread reads on; where the taxonomies, cities
 * and organizations come before the plans, as they do in the canonical order, the workers also
 * check each plan by the rules across objects (references, repeated ids), in document order.
 * The calling thread checks the rest. With the pool's parallelism set to 0, the calling thread
 * does all the work. The problems are the same either way.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScapReader {

  private static final Comparator<Problem> ORDER = Comparator
      .comparingInt((Problem p) -> p.hasLocation() ? p.line() : Integer.MAX_VALUE)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::pointer, PropertyOrder.POINTERS)
      .thenComparing(Problem::rule)
      .thenComparing(Problem::message);

  /** Two byte-order marks, in UTF-8. */
  private static final byte[] BOMS = "\uFEFF\uFEFF".getBytes(StandardCharsets.UTF_8);

  private static final ScapReader DEFAULT = new ScapReader(ReadLimits.DEFAULTS);

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final JsonFactory streamingFactory;

  private ScapReader(ReadLimits limits) {
    this.limits = limits;
    this.factory = Json.factory(limits, false);
    this.streamingFactory = Json.factory(limits, true);
  }

  /**
   * Returns a reader with the default limits.
   *
   * @return the reader
   */
  public static ScapReader create() {
    return DEFAULT;
  }

  /**
   * Returns a reader with the given limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public static ScapReader withLimits(ReadLimits limits) {
    return new ScapReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns this reader's limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document from a file. A regular file is parsed as it is read, without its bytes in
   * memory, which are read again, whole, only where problems are to be placed (a file that
   * changes meanwhile may then have them placed on its new bytes). A file that is not a
   * regular file, such as a device or a named pipe, whose size is not known beforehand, is read
   * as {@link #read(InputStream)} reads a stream: against the limits as it arrives.
   *
   * @param file the file
   * @return the document and its problems
   * @throws IOException if the file cannot be read
   * @throws ScapFormatException if reading cannot go on
   */
  public ReadResult read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    }
    fits(Files.size(file));
    // Parsed as it is read, a quarter of a megabyte at a time: the whole file is read into
    // memory only where problems are to be placed, most documents having none. Jackson counts
    // the bytes against the document size limit, should the file grow meanwhile.
    InputStream in = new BufferedInputStream(open(file), READ_STEP);
    int bom;
    try {
      bom = skipBom(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    Bytes whole = new Bytes(file);
    boolean[] parsed = {false};
    Supplier<JsonParser> source = () -> {
      if (!parsed[0]) {
        parsed[0] = true;
        return factory.createParser(ObjectReadContext.empty(), in);
      }
      byte[] bytes = whole.get();
      return factory.createParser(ObjectReadContext.empty(), bytes, bom, bytes.length - bom);
    };
    try {
      return read(source, problems -> inCharacters(problems,
          () -> new Columns(whole.get(), bom, whole.get().length)));
    } catch (ScapFormatException e) {
      byte[] bytes = whole.read();
      throw placed(e, bytes, bom, bytes.length);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A regular file's bytes, read whole on first use, as a problem is placed. */
  private final class Bytes {
    private final Path file;
    private byte[] bytes;

    Bytes(Path file) {
      this.file = file;
    }

    byte[] read() throws IOException {
      if (bytes == null) {
        bytes = readAll(file);
      }
      return bytes;
    }

    byte[] get() {
      try {
        return read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Opens a file: on the default file system as a {@link FileInputStream}, which, as
   * {@link Files#readAllBytes} does, ignores the thread's interrupt.
   */
  private static InputStream open(Path file) throws IOException {
    return file.getFileSystem() == FileSystems.getDefault()
        ? new FileInputStream(file.toFile()) : Files.newInputStream(file);
  }

  /**
   * Reads a whole regular file into an array of its size, to place problems in it, a quarter
   * of a megabyte at a time: {@link Files#readAllBytes} has a direct buffer the size of the
   * file made for one read, and copies it (30 ms against 50 ms for a file of 38 MB). As it
   * does, a read on the default file system ignores the thread's interrupt. A file that grows
   * or shrinks while it is read is read to its end.
   */
  private byte[] readAll(Path file) throws IOException {
    try (InputStream in = open(file)) {
      long size = Files.size(file);
      fits(size);
      byte[] bytes = new byte[(int) size];
      int length = 0;
      while (true) {
        if (length == bytes.length) {
          // the end, unless the file grew since its size was taken
          int next = in.read();
          if (next < 0) {
            return bytes;
          }
          fits(length + 1L);
          long room = Math.min(Recording.MAX_ARRAY, limits.maxDocumentBytes() + 1);
          bytes = Arrays.copyOf(bytes, (int) Math.min(room, Math.max(2L * length, 1 << 16)));
          bytes[length++] = (byte) next;
          continue;
        }
        int read = in.read(bytes, length, Math.min(READ_STEP, bytes.length - length));
        if (read < 0) {
          return Arrays.copyOf(bytes, length);
        }
        length += read;
        fits(length);
      }
    }
  }

  /** What a file is read by at a time: large enough for few reads, small for the cache. */
  private static final int READ_STEP = 1 << 18;

  /** Throws unless a document of this many bytes is within the limit and fits in an array. */
  private void fits(long size) {
    if (size > limits.maxDocumentBytes()) {
      throw tooLarge(size);
    }
    if (size > Recording.MAX_ARRAY) {
      throw largerThanAnArray();
    }
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, to its end. The stream is not closed. The
   * document is parsed as it arrives, its bytes kept to place its problems, so that a stream
   * that is not JSON, nests too deep or goes past a limit stops reading as soon as it does,
   * even a stream that never ends.
   *
   * @param in the stream
   * @return the document and its problems
   * @throws IOException if the stream cannot be read
   * @throws ScapFormatException if reading cannot go on
   */
  public ReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    skipBom(buffered);
    // One byte past the limit tells that the document goes past it.
    Recording recording = new Recording(buffered, limits.maxDocumentBytes(), read ->
        read > limits.maxDocumentBytes() ? tooLarge(read) : largerThanAnArray());
    boolean[] parsed = {false};
    Supplier<JsonParser> source = () -> {
      if (!parsed[0]) {
        parsed[0] = true;
        return factory.createParser(ObjectReadContext.empty(), recording);
      }
      return factory.createParser(ObjectReadContext.empty(), recording.bytes(), 0,
          recording.length());
    };
    try {
      return read(source, problems -> inCharacters(problems,
          () -> new Columns(recording.bytes(), 0, recording.length())));
    } catch (ScapFormatException e) {
      throw placed(e, recording.bytes(), 0, recording.length());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The problems, their columns counted in characters if any needs it. */
  private static List<Problem> inCharacters(List<Problem> problems, Supplier<Columns> columns) {
    for (Problem problem : problems) {
      if (problem.hasLocation() && problem.column() > 1) {
        return columns.get().inCharacters(problems);
      }
    }
    return problems;
  }

  /**
   * What stopped the reading of a document's bytes ({@code bytes} from {@code offset} to
   * {@code end}), placed in them: broken UTF-8 on its character, anything else with its column
   * counted in characters.
   */
  private static ScapFormatException placed(ScapFormatException e, byte[] bytes, int offset,
      int end) {
    Problem cut = Encodings.cutCharacter(e.problem(), bytes, offset, end);
    Problem problem = cut.message().startsWith("Invalid UTF-8")
        ? Encodings.placeMalformed(cut, bytes, offset, end, 1)
        : inCharacters(List.of(cut), () -> new Columns(bytes, offset, end)).get(0);
    return new ScapFormatException(problem, e.getCause());
  }

  /**
   * Reads a document from characters, to their end. The reader is not closed.
   *
   * @param in the characters
   * @return the document and its problems
   * @throws IOException if the characters cannot be read
   * @throws ScapFormatException if reading cannot go on
   */
  public ReadResult read(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1 << 16];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
      if (text.length() > limits.maxDocumentBytes()) {
        throw tooLarge(text.length());
      }
    }
    return read(text.toString());
  }

  /**
   * Reads a document from a string.
   *
   * @param json the JSON text
   * @return the document and its problems
   * @throws ScapFormatException if reading cannot go on
   */
  public ReadResult read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentBytes()) {
      throw tooLarge(json.length());
    }
    if (json.startsWith("\uFEFF\uFEFF")) {
      Encodings.requireUtf8(BOMS, BOMS.length);  // the same error as for bytes
    }
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    return parse(() -> factory.createParser(ObjectReadContext.empty(), text), (Columns) null);
  }

  /**
   * Opens a document to be read plan by plan, in memory that does not grow with the number of
   * plans. The document size limit applies only if set below its default. Problems go to
   * {@code problems} as they are found, placed exactly at their line and column (columns are
   * counted in characters by reading the problem's part of the file again, in bytes for a part
   * over 64 MiB, such as a header that large).
   *
   * @param file the file
   * @param problems receives each problem found
   * @return the open stream, positioned before the first plan; close it
   * @throws IOException if the file cannot be read
   * @throws ScapFormatException if reading cannot go on
   */
  public PlanStream stream(Path file, Consumer<Problem> problems) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      int bom = skipBom(in);
      return new PlanStream(streamingFactory, in, file, bom, limits, problems);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens a document to be read plan by plan from a stream of UTF-8 bytes. As
   * {@link #stream(Path, Consumer)}, except that a problem found by the model's validation is
   * placed at the start of its plan (or of the document, for the header), since the stream
   * cannot be read twice, and columns count bytes on a line with non-ASCII text before the
   * problem. Closing the plan stream closes {@code in}.
   *
   * @param in the stream
   * @param problems receives each problem found
   * @return the open stream, positioned before the first plan; close it
   * @throws IOException if the stream cannot be read
   * @throws ScapFormatException if reading cannot go on
   */
  public PlanStream stream(InputStream in, Consumer<Problem> problems) throws IOException {
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    skipBom(buffered);
    return new PlanStream(streamingFactory, buffered, null, 0, limits, problems);
  }

  private static int skipBom(InputStream in) throws IOException {
    in.mark(7);
    byte[] head = in.readNBytes(7);
    Encodings.requireUtf8(head, head.length);
    int bom = Encodings.bomLength(head, head.length);
    in.reset();
    in.skipNBytes(bom);
    return bom;
  }

  /**
   * Reads and validates a document.
   *
   * @param columns for a source of bytes, turns Jackson's byte columns into character columns;
   *     {@code null} for a source of characters
   */
  private ReadResult parse(Supplier<JsonParser> source, Columns columns) {
    try {
      return read(source, columns == null ? problems -> problems : columns::inCharacters);
    } catch (ScapFormatException e) {
      if (columns == null) {
        throw e;
      }
      throw new ScapFormatException(columns.inCharacters(List.of(e.problem())).get(0),
          e.getCause());
    }
  }

  private ReadResult read(Supplier<JsonParser> source,
      java.util.function.UnaryOperator<List<Problem>> inCharacters) {
    ScapDocument document;
    // The format's problems have their places when found, in bytes for a source of bytes:
    // their order is already that of the places in characters.
    FirstProblems found = new FirstProblems(limits.maxProblems(), ORDER);
    JsonParser parser = null;
    // The plans are checked by their constraints while the rest of the document is read; their
    // problems that repeat one of the format's are left out, and of the others only those
    // that can still be among the first are held.
    EarlyProblems model = new EarlyProblems(limits.maxProblems());
    Set<String> flagged = DocumentParser.flags();
    DocumentValidation validation = new DocumentValidation(problem -> {
      if (!DocumentParser.isFlagged(problem.pointer(), flagged)) {
        model.accept(problem);
      }
    });
    boolean read = false;
    try (JsonParser p = source.get()) {
      parser = p;
      DocumentParser reader = new DocumentParser(p, limits, found, flagged);
      document = reader.readDocument(validation::header, validation::plan);
      read = true;
    } catch (JacksonIOException e) {
      // The source failed, not its text: a stream being read as it arrives.
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw Json.translate(e, parser);
    } finally {
      if (!read) {
        validation.cancel();  // the plans read so far are checked no further
      }
    }
    validation.finish(document, pointer -> DocumentParser.isFlagged(pointer, flagged));
    // The model's problems held are placed to be ordered among the format's; only the first
    // in document order are kept.
    Locator.place(model.held(), source).forEach(found);
    found.omit(model.omitted(), model.omittedErrors());
    List<Problem> placed = new ArrayList<>(Locator.place(found.kept(), source));
    // In the order of their places, the columns of problems sharing a line are counted in one
    // pass over it; counting keeps that order, so sorting again only checks it.
    placed.sort(ORDER);
    placed = new ArrayList<>(inCharacters.apply(placed));
    placed.sort(ORDER);
    return new ReadResult(document,
        new ValidationReport(placed, found.omitted(), found.omittedErrors()));
  }

  private static ScapFormatException largerThanAnArray() {
    return new ScapFormatException(FormatRule.LIMIT_EXCEEDED.at("", "the document is larger "
        + "than the largest array this JVM holds, " + Recording.MAX_ARRAY + " bytes", 0, 0),
        null);
  }

  private ScapFormatException tooLarge(long size) {
    return new ScapFormatException(FormatRule.LIMIT_EXCEEDED.at("", "the document is larger "
        + "than the limit of " + limits.maxDocumentBytes() + " bytes"
        + (size > limits.maxDocumentBytes() ? " (at least " + size + ")" : ""), 0, 0), null);
  }
}
