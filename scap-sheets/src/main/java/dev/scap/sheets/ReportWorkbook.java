package dev.scap.sheets;

import dev.scap.io.AtomicFiles;
import dev.scap.report.Report;
import dev.scap.report.ReportCsv;
import dev.scap.report.internal.Unclosed;
import dev.scap.sheets.internal.ReportSheets;
import dev.scap.sheets.internal.ReportSheets.ReportSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a workbook (XLSX) for people: one sheet per table of {@link ReportCsv}, with the
 * same rows, a first {@code Summary} sheet holding the summary and then the stamp. Beside each
 * column of ids comes a column of names ({@code city_name} beside {@code city},
 * {@code theme_label} beside {@code theme}, {@code organization_name} beside
 * {@code organization}, where the table has none yet); the weights are a matrix with the cities
 * down and the themes' labels across. Scores, weights, counts, slots and seats are number cells
 * holding the very digits that the CSV prints; the header rows are bold and frozen, with an
 * auto-filter; columns are as wide as their text, within bounds. No formula is written.
 * Stateless and thread-safe.
 */
public final class ReportWorkbook {

  private static final double NARROWEST = 6;
  private static final double WIDEST = 60;

  private ReportWorkbook() {}

  /**
   * Writes a report's workbook to a file atomically: into a temporary file of the same folder,
   * then moved over the target, which is left untouched if writing fails.
   *
   * @param report the report
   * @param target the file to write
   * @throws IOException if the file cannot be written or moved
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(Report report, Path target) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(target, "target");
    List<ReportSheet> sheets = ReportSheets.of(report);
    AtomicFiles.write(target, out -> write(sheets, out));
  }

  /**
   * Writes a report's workbook to a stream, which is left open.
   *
   * @param report the report
   * @param out where to write it
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(Report report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    write(ReportSheets.of(report), out);
  }

  private static void write(List<ReportSheet> sheets, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(new Unclosed(out), "scap", null);
    for (ReportSheet sheet : sheets) {
      Worksheet worksheet = workbook.newWorksheet(sheet.name());
      List<List<Object>> rows = sheet.rows();
      int columns = Math.max(1, sheet.columns());
      double[] widths = new double[columns];
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          String text;
          if (value instanceof BigDecimal number) {
            worksheet.value(r, c, number);
            text = number.toString();
          } else {
            text = (String) value;
            if (!text.isEmpty()) {
              worksheet.value(r, c, text);
            }
          }
          widths[c] = Math.max(widths[c], text.length());
        }
      }
      for (int header : sheet.headers()) {
        int cells = rows.get(header).size();
        if (cells > 0) {
          worksheet.range(header, 0, header, cells - 1).style().bold().set();
        }
      }
      if (!rows.isEmpty()) {
        worksheet.freezePane(sheet.frozenColumns(), 1);
        worksheet.setAutoFilter(0, 0, Math.max(0, rows.get(0).size() - 1));
      }
      for (int c = 0; c < columns; c++) {
        worksheet.width(c, Math.min(WIDEST, Math.max(NARROWEST, widths[c] + 2)));
      }
      worksheet.finish();
    }
    workbook.finish();
    out.flush();
  }
}
