package dev.scap.sheets;

import dev.scap.io.AtomicFiles;
import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.ScapDocument;
import dev.scap.sheets.internal.CsvOutput;
import dev.scap.sheets.internal.DocumentTree;
import dev.scap.sheets.internal.WorkbookOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes SCAP documents as workbooks (XLSX) or folders of CSV files in the layout of
 * {@code docs/SHEETS.md}, without loss: every property of every object has a column or a sheet,
 * and extensions have columns of their own. Also writes the template, the empty workbook that
 * a city fills in. Immutable and thread-safe.
 */
public final class SheetsWriter {

  private SheetsWriter() {}

  /**
   * Returns a writer.
   *
   * @return the writer
   */
  public static SheetsWriter create() {
    return new SheetsWriter();
  }

  /**
   * Writes a document to a file or a folder, atomically: a path ending {@code .xlsx} (in any
   * case) gets a workbook, written to a temporary file of the same folder and then moved over
   * the target; any other path is a folder (created if absent) that gets one CSV file per sheet,
   * written to a temporary folder beside it and then moved into it. A failure leaves the old
   * file, or the folder's old files, whole.
   *
   * @param document the document
   * @param target the workbook's file or the CSV files' folder
   * @throws IOException if writing fails, or a sheet has more rows than a workbook holds
   * @throws NullPointerException if an argument is {@code null}
   */
  public void write(ScapDocument document, Path target) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(target, "target");
    write(document, target, false);
  }

  /**
   * Writes a document as a workbook to a stream, such as a web response, and leaves the
   * stream open.
   *
   * @param document the document
   * @param out where to write
   * @throws IOException if writing fails, or a sheet has more rows than a workbook holds
   * @throws NullPointerException if an argument is {@code null}
   */
  public void writeWorkbook(ScapDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try (DocumentTree tree = DocumentTree.of(document)) {
      WorkbookOutput.write(tree, false, out);
    }
  }

  /**
   * Writes the template of {@code docs/SHEETS.md}: every sheet with its headers, the
   * {@code Document} row with {@code scapVersion} 1.1, the built-in taxonomies and their themes.
   * A workbook ({@code .xlsx}) also gets a note on each header, the {@code About} sheet, and
   * drop-down lists from the hidden {@code Lists} sheet on the columns of one code or theme; a
   * folder gets the CSV files. Written atomically, as {@link #write(ScapDocument, Path)}.
   *
   * @param target the workbook's file or the CSV files' folder
   * @throws IOException if writing fails
   * @throws NullPointerException if {@code target} is {@code null}
   */
  public void writeTemplate(Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    ScapDocument template = ScapDocument.builder().scapVersion(ScapDocument.FORMAT_VERSION)
        .taxonomies(BuiltInTaxonomies.all()).build();
    write(template, target, true);
  }

  private static void write(ScapDocument document, Path target, boolean template)
      throws IOException {
    if (isWorkbook(target)) {
      AtomicFiles.write(target, out -> {
        try (DocumentTree tree = DocumentTree.of(document)) {
          WorkbookOutput.write(tree, template, out);
        }
      });
    } else {
      CsvOutput.write(document, target);
    }
  }

  private static boolean isWorkbook(Path target) {
    Path name = target.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }
}
