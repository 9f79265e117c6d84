package dev.scap.sheets.internal;

import dev.scap.model.ScapDocument;
import dev.scap.sheets.internal.Sheets.Sheet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the sheets of a document as a folder of CSV files: UTF-8 without a byte order mark,
 * RFC 4180 (commas, CRLF, quotes where needed), one file per sheet. The files are written to a
 * temporary folder beside the target and then moved into it one by one, so that a failure while
 * writing leaves the folder's old files whole.
 */
public final class CsvOutput {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CsvOutput() {}

  /**
   * Writes a document's sheets into a folder, created if absent.
   *
   * @param document the document
   * @param folder the folder
   * @throws IOException if reading or writing fails, or the folder holds something other than
   *     a file by the name of a sheet's file
   */
  public static void write(ScapDocument document, Path folder) throws IOException {
    Path target = folder.toAbsolutePath();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("cannot write CSV files into the root folder " + target);
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException(target + " is a file, not a folder: CSV files go into a folder, a "
          + "workbook into a file ending .xlsx");
    }
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    try {
      try (DocumentTree tree = DocumentTree.of(document)) {
        Map<Sheet, SheetRows> all = SheetRows.of(tree);
        for (Sheet sheet : Sheets.ALL) {
          writeSheet(tree, all.get(sheet), temporary.resolve(sheet.file()));
        }
      }
      Files.createDirectories(target);
      for (Sheet sheet : Sheets.ALL) {
        Path file = target.resolve(sheet.file());
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
            && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException(file + " is not a file: cannot write " + sheet.name()
              + " there");
        }
      }
      for (Sheet sheet : Sheets.ALL) {
        move(temporary.resolve(sheet.file()), target.resolve(sheet.file()));
      }
    } finally {
      try (Stream<Path> left = Files.list(temporary)) {
        for (Path file : (Iterable<Path>) left::iterator) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(temporary);
    }
  }

  private static void writeSheet(DocumentTree tree, SheetRows rows, Path file)
      throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
        StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(rows.headers());
      rows.write(tree, cells -> {
        for (Object cell : cells) {
          printer.print(text(cell));
        }
        printer.println();
      });
    }
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    return cell instanceof BigDecimal number ? number.toPlainString() : cell.toString();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
