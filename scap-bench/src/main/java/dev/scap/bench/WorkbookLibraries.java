package dev.scap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The same work done with FastExcel and with Apache POI, for {@link WorkbookLibraryBenchmark}
 * and {@link WorkbookHeapRun}: rows shaped like scap's Projects sheet, written and read back.
 *
 * <p>Each row has eight cells: a project id, its plan's id, a title, a description of three to
 * five sentences, a comma list of themes, an amount with two decimals (a number cell), and start
 * and end dates (number cells formatted {@code yyyy-mm-dd}). Rows are made from a seeded random
 * source as they are written, so that no writer holds them all and both write the same values.
 * Every reader passes each cell's value, as its library gives it, to a consumer and counts the
 * cells. Stateless.
 */
final class WorkbookLibraries {

  /** The seed of the rows. */
  static final long SEED = 20261127L;

  /** The cells in each row, header included. */
  static final int COLUMNS = 8;

  private static final String[] HEADER = {
    "id", "plan", "title", "description", "themes", "budget", "start", "end"
  };

  private static final String[] WORDS = {
    "city", "energy", "mobility", "district", "heating", "sensor", "network", "citizens",
    "platform", "data", "lighting", "water", "waste", "transport", "buildings", "solar", "grid",
    "pilot", "public", "digital", "services", "open", "climate", "housing", "school", "health",
    "parking", "traffic", "bicycle", "tram", "emissions", "retrofit", "storage", "air", "quality",
    "monitoring", "participation", "budget", "tender", "procurement", "innovation", "campus"
  };

  private static final String[] THEMES = {
    "mobility", "energy", "buildings", "governance", "environment", "economy", "living",
    "people", "water", "waste", "safety", "health", "education", "tourism", "ict", "culture"
  };

  private static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);
  private static final int FLUSH_EVERY = 2048;
  private static final int SXSSF_WINDOW = 100;

  private WorkbookLibraries() {}

  /**
   * Writes the header and {@code rows} rows with FastExcel's writer, flushing the sheet every
   * {@value #FLUSH_EVERY} rows as its documentation advises for large sheets.
   *
   * @param rows the number of rows after the header
   * @param out where the workbook goes; left open
   * @throws IOException if {@code out} fails
   */
  static void fastexcelWrite(int rows, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "scap", "1.0");
    Worksheet sheet = workbook.newWorksheet("Projects");
    for (int c = 0; c < COLUMNS; c++) {
      sheet.value(0, c, HEADER[c]);
    }
    ProjectRow row = new ProjectRow(new SplittableRandom(SEED));
    for (int r = 1; r <= rows; r++) {
      row.next(r);
      sheet.value(r, 0, row.id);
      sheet.value(r, 1, row.plan);
      sheet.value(r, 2, row.title);
      sheet.value(r, 3, row.description);
      sheet.value(r, 4, row.themes);
      sheet.value(r, 5, row.budget);
      sheet.value(r, 6, row.start);
      sheet.style(r, 6).format("yyyy-mm-dd").set();
      sheet.value(r, 7, row.end);
      sheet.style(r, 7).format("yyyy-mm-dd").set();
      if (r % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    }
    workbook.finish();
  }

  /**
   * Writes the same rows with POI's streaming {@code SXSSFWorkbook}: a window of
   * {@value #SXSSF_WINDOW} rows in memory, the rest flushed to a temporary file, which
   * {@code close} deletes.
   *
   * @param rows the number of rows after the header
   * @param out where the workbook goes; left open
   * @throws IOException if {@code out} or the temporary file fails
   */
  static void poiStreamingWrite(int rows, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(SXSSF_WINDOW);
    try {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      SXSSFSheet sheet = workbook.createSheet("Projects");
      SXSSFRow header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      ProjectRow row = new ProjectRow(new SplittableRandom(SEED));
      for (int r = 1; r <= rows; r++) {
        row.next(r);
        SXSSFRow cells = sheet.createRow(r);
        cells.createCell(0).setCellValue(row.id);
        cells.createCell(1).setCellValue(row.plan);
        cells.createCell(2).setCellValue(row.title);
        cells.createCell(3).setCellValue(row.description);
        cells.createCell(4).setCellValue(row.themes);
        cells.createCell(5).setCellValue(row.budget.doubleValue());
        org.apache.poi.ss.usermodel.Cell start = cells.createCell(6);
        start.setCellValue(row.start);
        start.setCellStyle(date);
        org.apache.poi.ss.usermodel.Cell end = cells.createCell(7);
        end.setCellValue(row.end);
        end.setCellStyle(date);
      }
      workbook.write(out);
    } finally {
      // Since POI 5.0, close also deletes the temporary file.
      workbook.close();
    }
  }

  /**
   * Reads every cell of every sheet with FastExcel's reader, streaming rows.
   *
   * @param file the workbook
   * @param sink takes each cell's value ({@code String}, {@code BigDecimal} or {@code Boolean})
   * @return the number of cells read
   * @throws IOException if the file cannot be read
   */
  static long fastexcelRead(Path file, Consumer<Object> sink) throws IOException {
    long cells = 0;
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      Iterator<Sheet> sheets = workbook.getSheets().iterator();
      while (sheets.hasNext()) {
        try (var rows = sheets.next().openStream()) {
          Iterator<Row> it = rows.iterator();
          while (it.hasNext()) {
            for (Cell cell : it.next()) {
              if (cell != null) {
                sink.accept(cell.getValue());
                cells++;
              }
            }
          }
        }
      }
    }
    return cells;
  }

  /**
   * Reads every cell of every sheet with POI's event API, the way POI advises for large files:
   * {@code XSSFReader} over the package opened read-only, a {@code ReadOnlySharedStringsTable},
   * and a SAX parse of each sheet through {@code XSSFSheetXMLHandler}, which gives each cell as
   * text formatted by a {@code DataFormatter}.
   *
   * @param file the workbook
   * @param sink takes each cell's formatted text
   * @return the number of cells read
   * @throws IOException if the file cannot be read or parsed
   */
  static long poiEventRead(Path file, Consumer<Object> sink) throws IOException {
    long[] cells = {0};
    XSSFSheetXMLHandler.SheetContentsHandler contents =
        new XSSFSheetXMLHandler.SheetContentsHandler() {
          @Override
          public void startRow(int rowNum) {
            // nothing to do at a row's start
          }

          @Override
          public void endRow(int rowNum) {
            // nothing to do at a row's end
          }

          @Override
          public void cell(String reference, String formattedValue, XSSFComment comment) {
            sink.accept(formattedValue);
            cells[0]++;
          }
        };
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, contents,
              new DataFormatter(), false));
          xml.parse(new InputSource(in));
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException(e);
    }
    return cells[0];
  }

  /**
   * Reads every cell of every sheet with POI's user model, {@code XSSFWorkbook}, which builds
   * the whole workbook in memory first.
   *
   * @param file the workbook
   * @param sink takes each cell's value ({@code String} or {@code Double})
   * @return the number of cells read
   * @throws IOException if the file cannot be read
   */
  static long poiUserModelRead(Path file, Consumer<Object> sink) throws IOException {
    long cells = 0;
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            switch (cell.getCellType()) {
              case NUMERIC -> sink.accept(cell.getNumericCellValue());
              case BOOLEAN -> sink.accept(cell.getBooleanCellValue());
              default -> sink.accept(cell.getStringCellValue());
            }
            cells++;
          }
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
    return cells;
  }

  /** One row's values, made again for each row so that nothing holds all rows. */
  private static final class ProjectRow {
    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder(1024);
    String id;
    String plan;
    String title;
    String description;
    String themes;
    BigDecimal budget;
    LocalDate start;
    LocalDate end;

    ProjectRow(SplittableRandom random) {
      this.random = random;
    }

    void next(int r) {
      id = "project-" + r;
      plan = "plan-" + (r / 5 + 1);
      title = words(3 + random.nextInt(5), true);
      text.setLength(0);
      int sentences = 3 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        text.append(words(8 + random.nextInt(12), true)).append('.');
      }
      description = text.toString();
      text.setLength(0);
      int count = 1 + random.nextInt(4);
      for (int t = 0; t < count; t++) {
        if (t > 0) {
          text.append(", ");
        }
        text.append(THEMES[random.nextInt(THEMES.length)]);
      }
      themes = text.toString();
      budget = BigDecimal.valueOf(random.nextLong(100_000, 500_000_000L), 2);
      start = EPOCH.plusDays(random.nextInt(2000));
      end = start.plusDays(90 + random.nextInt(1500));
    }

    private String words(int count, boolean capital) {
      StringBuilder words = new StringBuilder(count * 8);
      for (int w = 0; w < count; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        if (w > 0) {
          words.append(' ');
          words.append(word);
        } else if (capital) {
          words.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        } else {
          words.append(word);
        }
      }
      return words.toString();
    }
  }
}
