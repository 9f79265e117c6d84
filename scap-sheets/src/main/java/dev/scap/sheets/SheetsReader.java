package dev.scap.sheets;

import dev.scap.io.AtomicFiles;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.model.ScapDocument;
import dev.scap.sheets.internal.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads SCAP documents from workbooks (XLSX) and folders of CSV files in the layout of
 * {@code docs/SHEETS.md}, with every problem at its cell. Reading streams the rows and keeps
 * each sheet's decoded rows in a temporary file, so memory grows with the number of objects,
 * not with their text.
 *
 * <p>Immutable and thread-safe.
 */
public final class SheetsReader {

  private final SheetLimits limits;

  private SheetsReader(SheetLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns a reader with the default limits.
   *
   * @return the reader
   */
  public static SheetsReader create() {
    return new SheetsReader(SheetLimits.DEFAULTS);
  }

  /**
   * Returns a reader with other limits.
   *
   * @param limits the limits
   * @return the reader
   * @throws NullPointerException if {@code limits} is {@code null}
   */
  public static SheetsReader withLimits(SheetLimits limits) {
    return new SheetsReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns this reader's limits.
   *
   * @return the limits
   */
  public SheetLimits limits() {
    return limits;
  }

  /**
   * Tells whether a path is to be read as sheets rather than JSON: a folder (of CSV files), or
   * a file whose first bytes are a zip's or whose name ends with {@code .xlsx} in any case.
   *
   * @param path the path
   * @return whether it is a workbook or a folder
   * @throws NullPointerException if {@code path} is {@code null}
   */
  public static boolean isSheets(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return true;
    }
    Path name = path.getFileName();
    if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3
          && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads a workbook or a CSV folder into a document in memory.
   *
   * @param workbookOrFolder the workbook file or the folder of CSV files
   * @return the document, present when no error was found, and every problem
   * @throws IOException if the file or folder does not exist or cannot be read
   * @throws NullPointerException if {@code workbookOrFolder} is {@code null}
   */
  public SheetsReadResult read(Path workbookOrFolder) throws IOException {
    Objects.requireNonNull(workbookOrFolder, "workbookOrFolder");
    return read(workbookOrFolder, workbookOrFolder.toString());
  }

  /**
   * Reads a workbook from a stream, such as an upload, into a document in memory. The stream
   * is copied to a temporary file first (at most the file size limit) and left open.
   *
   * @param xlsx the workbook's bytes
   * @param name the workbook's name, used in the problems' places
   * @return the document, present when no error was found, and every problem
   * @throws IOException if the stream cannot be read or the temporary file written
   * @throws NullPointerException if an argument is {@code null}
   */
  public SheetsReadResult read(InputStream xlsx, String name) throws IOException {
    Objects.requireNonNull(xlsx, "xlsx");
    Objects.requireNonNull(name, "name");
    Path copy = Files.createTempFile("scap-upload", ".xlsx");
    try {
      try (var out = Files.newOutputStream(copy)) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = xlsx.read(buffer)) > 0) {
          total += n;
          if (total > limits.maxFileBytes()) {
            return new SheetsReadResult(Optional.empty(), java.util.List.of(new SheetProblem(
                dev.scap.model.validation.Problem.error("limit-exceeded", "",
                    "the workbook has more than " + limits.maxFileBytes()
                        + " bytes, the limit"), name, "", 0, 0, false)));
          }
          out.write(buffer, 0, n);
        }
      }
      return read(copy, name);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private SheetsReadResult read(Path source, String name) throws IOException {
    Path json = Files.createTempFile("scap-sheets", ".json");
    try {
      Importer.Outcome outcome = importer(source, name).run(source, json);
      if (outcome.hasErrors()) {
        return new SheetsReadResult(Optional.empty(), outcome.problems());
      }
      ReadResult result = ScapReader.create().read(json);
      Optional<ScapDocument> document = result.isValid() ? Optional.of(result.document())
          : Optional.empty();
      return new SheetsReadResult(document, outcome.problems());
    } finally {
      Files.deleteIfExists(json);
    }
  }

  /**
   * Imports a workbook or a CSV folder into a JSON file, streaming: the JSON file is written
   * (atomically) only when no error is found, in scap's canonical form.
   *
   * @param workbookOrFolder the workbook file or the folder of CSV files
   * @param json the JSON file to write
   * @return every problem, and whether the file was written
   * @throws IOException if a file cannot be read or written
   * @throws NullPointerException if an argument is {@code null}
   */
  public SheetsImport importTo(Path workbookOrFolder, Path json) throws IOException {
    Objects.requireNonNull(workbookOrFolder, "workbookOrFolder");
    Objects.requireNonNull(json, "json");
    Path target = json.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".scap-import", ".json");
    try {
      Importer.Outcome outcome = importer(workbookOrFolder, workbookOrFolder.toString())
          .run(workbookOrFolder, temp);
      if (outcome.hasErrors()) {
        return new SheetsImport(outcome.problems(), false);
      }
      AtomicFiles.write(target, out -> Files.copy(temp, out));
      return new SheetsImport(outcome.problems(), true);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Importer importer(Path source, String name) throws IOException {
    if (!Files.exists(source)) {
      throw new NoSuchFileException(source.toString());
    }
    return new Importer(limits, name, Files.isDirectory(source));
  }
}
