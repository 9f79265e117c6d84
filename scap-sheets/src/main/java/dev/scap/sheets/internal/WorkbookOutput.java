package dev.scap.sheets.internal;

import dev.scap.model.Coded;
import dev.scap.model.EventRole;
import dev.scap.model.OrganizationKind;
import dev.scap.model.PartnerRole;
import dev.scap.model.SessionKind;
import dev.scap.model.Stage;
import dev.scap.model.SupportType;
import dev.scap.report.internal.Unclosed;
import dev.scap.sheets.Layout;
import dev.scap.sheets.internal.Sheets.Column;
import dev.scap.sheets.internal.Sheets.Kind;
import dev.scap.sheets.internal.Sheets.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the sheets of a document as an XLSX workbook with FastExcel, streaming each sheet's
 * rows out as they come. Every text is an inline string (in the cell, not in the workbook's
 * shared strings table), so that a reader of a large workbook need not hold a table of every
 * text in memory. Dates are number cells formatted {@code yyyy-mm-dd}. The template adds a note
 * on each header, the {@code About} sheet, the hidden {@code Lists} sheet and drop-down lists.
 */
public final class WorkbookOutput {

  /** The rows of a template that a drop-down list covers, after the headers. */
  public static final int DROP_DOWN_ROWS = 1000;

  /** The name of the template's sheet of code lists. */
  public static final String LISTS = "Lists";

  /** The name of the template's sheet that describes the columns. */
  public static final String ABOUT = "About";

  /** Rows written between two flushes of a sheet to the stream. */
  private static final int FLUSH_EVERY = 1024;

  /** The first day that Excel's 1900 date system counts without its leap-year bug. */
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);

  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private static final String DATE_FORMAT = "yyyy-mm-dd";

  private WorkbookOutput() {}

  /**
   * Writes a document's sheets, or the template's, to a stream, which is left open.
   *
   * @param tree the document
   * @param template whether to add the template's notes, lists and {@code About} sheet
   * @param out where to write
   * @throws IOException if reading or writing fails, or a sheet has more rows than a
   *     workbook can hold
   */
  public static void write(DocumentTree tree, boolean template, OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(new Unclosed(out), "scap", Layout.VERSION);
    List<Worksheet> sheets = new ArrayList<>();
    for (Sheet sheet : Sheets.ALL) {
      sheets.add(workbook.newWorksheet(sheet.name()));
    }
    Worksheet about = template ? workbook.newWorksheet(ABOUT) : null;
    Worksheet lists = template ? workbook.newWorksheet(LISTS) : null;
    Map<List<String>, Range> ranges = template ? lists(lists) : Map.of();
    Map<Sheet, SheetRows> all = SheetRows.of(tree);
    for (int s = 0; s < Sheets.ALL.size(); s++) {
      Sheet sheet = Sheets.ALL.get(s);
      SheetRows rows = all.get(sheet);
      Worksheet worksheet = sheets.get(s);
      List<String> headers = rows.headers();
      header(worksheet, headers, rows.columns());
      if (template) {
        describe(worksheet, rows.columns(), ranges);
      }
      int[] row = {0};
      rows.write(tree, cells -> {
        row[0]++;
        if (row[0] >= Worksheet.MAX_ROWS) {
          throw new IOException("sheet " + sheet.name() + " would have more rows than a "
              + "workbook holds (" + (Worksheet.MAX_ROWS - 1) + "): write a CSV folder instead");
        }
        for (int c = 0; c < cells.length; c++) {
          cell(worksheet, row[0], c, cells[c]);
        }
        if (row[0] % FLUSH_EVERY == 0) {
          worksheet.flush();
        }
      });
      worksheet.finish();
    }
    if (template) {
      about(about);
      lists.finish();
    }
    workbook.finish();
  }

  private static void header(Worksheet worksheet, List<String> headers, List<Column> columns) {
    for (int c = 0; c < headers.size(); c++) {
      worksheet.inlineString(0, c, headers.get(c));
      worksheet.style(0, c).bold().set();
      Kind kind = c < columns.size() ? columns.get(c).kind() : Kind.TEXT;
      worksheet.width(c, Math.max(headers.get(c).length() + 4, width(kind)));
    }
    worksheet.freezePane(0, 1);
  }

  private static int width(Kind kind) {
    switch (kind) {
      case TEXT:
        return 40;
      case TEXT_LIST:
      case ID_LIST:
        return 30;
      case ID:
        return 18;
      default:
        return 12;
    }
  }

  private static void cell(Worksheet worksheet, int row, int column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String text) {
      worksheet.inlineString(row, column, text);
    } else if (value instanceof BigDecimal number) {
      worksheet.value(row, column, number);
    } else if (value instanceof LocalDate date) {
      if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
        worksheet.inlineString(row, column, date.toString());
      } else {
        worksheet.value(row, column, date);
        worksheet.style(row, column).format(DATE_FORMAT).set();
      }
    } else {
      throw new IllegalArgumentException("cell " + value.getClass());
    }
  }

  /** Writes the code lists, one a column, and returns each list's range of values. */
  private static Map<List<String>, Range> lists(Worksheet lists) {
    Map<List<String>, String> known = new LinkedHashMap<>();
    known.put(codes(Stage.values()), "stages");
    known.put(codes(OrganizationKind.values()), "organization kinds");
    known.put(codes(SupportType.values()), "support types");
    known.put(codes(PartnerRole.values()), "partner roles");
    known.put(codes(EventRole.values()), "event roles");
    known.put(codes(SessionKind.values()), "session kinds");
    known.put(Sheets.builtInThemes(), "themes");
    Map<List<String>, String> names = new LinkedHashMap<>();
    for (Sheet sheet : Sheets.ALL) {
      for (Column column : sheet.allColumns()) {
        if (!column.codes().isEmpty()) {
          names.putIfAbsent(column.codes(),
              known.getOrDefault(column.codes(), sheet.name() + " " + column.header()));
        }
      }
    }
    Map<List<String>, Range> ranges = new LinkedHashMap<>();
    int c = 0;
    for (Map.Entry<List<String>, String> list : names.entrySet()) {
      lists.inlineString(0, c, list.getValue());
      lists.style(0, c).bold().set();
      lists.width(c, Math.max(list.getValue().length() + 4, 18));
      for (int r = 0; r < list.getKey().size(); r++) {
        lists.inlineString(r + 1, c, list.getKey().get(r));
      }
      ranges.put(list.getKey(), lists.range(1, c, list.getKey().size(), c));
      c++;
    }
    lists.setVisibilityState(VisibilityState.HIDDEN);
    return ranges;
  }

  private static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }

  private static void describe(Worksheet worksheet, List<Column> columns,
      Map<List<String>, Range> ranges) {
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      worksheet.comment(0, c, whatToType(column, true));
      if (column.kind() == Kind.ID && !column.codes().isEmpty()) {
        // A theme may come from a taxonomy of the document's own, so only a code is refused.
        boolean themes = column.codes().equals(Sheets.builtInThemes());
        worksheet.range(1, c, DROP_DOWN_ROWS, c).validateWithList(ranges.get(column.codes()))
            .allowBlank(true).showErrorMessage(true)
            .errorStyle(themes ? DataValidationErrorStyle.WARNING : DataValidationErrorStyle.STOP)
            .errorTitle(themes ? "Not a built-in theme" : "Not in the list")
            .error(themes ? "Not a theme of the built-in taxonomies: keep it only if it is a "
                + "theme of the sheet Themes." : "Choose a value from the list.");
      }
    }
  }

  /**
   * Says what to type in a column: its description and, for a column of codes, the codes.
   *
   * @param column the column
   * @param required whether to say that it is required
   * @return the text of its note
   */
  public static String whatToType(Column column, boolean required) {
    StringBuilder text = new StringBuilder();
    if (required && column.required()) {
      text.append("Required. ");
    }
    text.append(Character.toUpperCase(column.description().charAt(0)))
        .append(column.description().substring(1)).append('.');
    if (!column.codes().isEmpty() && !column.codes().equals(Sheets.builtInThemes())) {
      text.append(" One of: ").append(String.join(", ", column.codes())).append('.');
    } else if (!column.codes().isEmpty()) {
      text.append(" A theme of the sheet Themes.");
    }
    return text.toString();
  }

  private static void about(Worksheet about) throws IOException {
    String[] headers = {"sheet", "column", "required", "what to type"};
    for (int c = 0; c < headers.length; c++) {
      about.inlineString(0, c, headers[c]);
      about.style(0, c).bold().set();
    }
    about.width(0, 22);
    about.width(1, 24);
    about.width(2, 10);
    about.width(3, 100);
    about.freezePane(0, 1);
    int row = 1;
    for (Sheet sheet : Sheets.ALL) {
      for (Column column : sheet.allColumns()) {
        about.inlineString(row, 0, sheet.name());
        about.inlineString(row, 1, column.header());
        about.inlineString(row, 2, column.required() ? "yes" : "no");
        about.inlineString(row, 3, whatToType(column, false));
        row++;
      }
    }
    about.inlineString(row + 1, 0, "Layout " + Layout.VERSION + " of docs/SHEETS.md. "
        + "Extensions: a column headed ext. and a key (location.ext. and a key for a nested "
        + "object) holds free JSON or text.");
    about.finish();
  }

}
