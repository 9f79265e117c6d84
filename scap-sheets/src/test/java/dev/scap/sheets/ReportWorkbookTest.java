package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ThemeId;
import dev.scap.report.Report;
import dev.scap.report.ReportCsv;
import dev.scap.report.ReportOptions;
import dev.scap.report.ReportStamp;
import dev.scap.sheets.internal.ReportSheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in dataset's report as a workbook, read back with FastExcel's reader and held
 * against the CSV tables of the same report.
 */
class ReportWorkbookTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden file from the writer. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "report-workbook.txt");

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private static Report report;
  private static Map<String, List<List<String>>> csv;
  private static byte[] workbook;
  private static Map<String, List<List<Cell>>> sheets;

  @BeforeAll
  static void writeTheBuiltInReport() throws IOException {
    String json = Datasets.json(Datasets.ASCN).orElseThrow();
    ReadResult read = ScapReader.create().read(json);
    ReportStamp stamp = ReportStamp.of(json.getBytes(StandardCharsets.UTF_8), "<ascn>",
        LocalDate.of(2026, 11, 27));
    // as scap report plans it with no option: the roundtables of the dataset's event
    SessionScope scope = EventPlanner.scope(read.document(), EventChoice.LATEST).orElseThrow();
    ReportOptions defaults = ReportOptions.defaults(stamp);
    RoundtableOptions seating = defaults.roundtables().withProfiles(
        defaults.roundtables().profiles().withWeighting(scope.defaultWeighting()));
    report = Report.of(read.document(), read.report(), defaults.withRoundtables(seating), scope);
    csv = new LinkedHashMap<>();
    ReportCsv.tables(report).forEach((file, text) -> csv.put(file, ReportSheets.parse(text)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(report, out);
    workbook = out.toByteArray();
    sheets = read(workbook);
  }

  @Test
  void hasTheSummaryFirstThenASheetForEachOtherTableInTheCsvOrder() {
    List<String> expected = new ArrayList<>();
    expected.add("Summary");
    csv.keySet().stream().filter(f -> !f.equals("summary.csv") && !f.equals("stamp.csv"))
        .map(f -> {
          String words = f.substring(0, f.length() - 4).replace('-', ' ');
          return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        })
        .forEach(expected::add);
    assertThat(sheets.keySet()).containsExactlyElementsOf(expected)
        .contains("Peers", "Shared themes", "Groups", "Roundtables", "Table partners",
            "Partners", "Weights", "Coverage", "Problems");
    assertThat(sheets.keySet()).allSatisfy(name -> {
      assertThat(name.length()).isLessThanOrEqualTo(31);
      assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
    });
  }

  @Test
  void summaryHoldsTheSummaryThenAnEmptyRowThenTheStamp() {
    List<List<String>> expected = new ArrayList<>(csv.get("summary.csv"));
    expected.add(List.of());
    expected.addAll(csv.get("stamp.csv"));
    assertSameRows("Summary", sheets.get("Summary"), expected);
  }

  @Test
  void everyOtherSheetHasTheCsvRowsWithNamesBesideIds() {
    int named = 0;
    for (Map.Entry<String, List<List<String>>> table : csv.entrySet()) {
      String file = table.getKey();
      if (file.equals("summary.csv") || file.equals("stamp.csv") || file.equals("weights.csv")
          || file.equals("heatmap.csv")) {
        continue;
      }
      List<List<Cell>> sheet = sheets.get(sheetName(file));
      List<String> header = texts(sheet.get(0));
      // The sheet's columns are the CSV's, each name column right after its id column.
      List<Integer> kept = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        Function<String, String> name = c == 0 ? null : nameOf(header.get(c - 1), header.get(c));
        if (name == null) {
          kept.add(c);
          continue;
        }
        named++;
        for (List<Cell> row : sheet.subList(1, sheet.size())) {
          String id = text(cell(row, c - 1));
          assertThat(text(cell(row, c))).as(file + " " + header.get(c) + " of " + id)
              .isEqualTo(id.isEmpty() ? "" : name.apply(id));
        }
      }
      List<List<Cell>> withoutNames = sheet.stream()
          .map(row -> kept.stream().map(c -> cell(row, c)).toList()).toList();
      assertSameRows(file, withoutNames, table.getValue());
    }
    assertThat(named).as("name columns").isGreaterThanOrEqualTo(8);
  }

  @Test
  void peersAndGroupsAndPartnersNameTheirCitiesAndOrganizations() {
    assertThat(texts(sheets.get("Peers").get(0)))
        .startsWith("city", "city_name", "peer", "peer_name", "score");
    assertThat(texts(sheets.get("Shared themes").get(0)))
        .startsWith("city", "city_name", "peer", "peer_name", "theme", "theme_label");
    assertThat(texts(sheets.get("Groups").get(0))).startsWith("city", "city_name", "group");
    assertThat(texts(sheets.get("Partners").get(0)))
        .startsWith("city", "city_name", "organization", "organization_name", "score");
    assertThat(texts(sheets.get("Roundtables").get(0)))
        .contains("theme_label", "city_name", "partner_name");
  }

  @Test
  void weightsAreAMatrixOfCitiesDownAndThemeLabelsAcross() {
    List<List<String>> expected = csv.get("weights.csv");
    List<List<Cell>> sheet = sheets.get("Weights");
    List<String> header = texts(sheet.get(0));
    List<String> labels = expected.get(0).subList(1, expected.get(0).size()).stream()
        .map(id -> report.themeLabel(ThemeId.of(id))).toList();
    assertThat(header.subList(0, 2)).containsExactly("city", "city_name");
    assertThat(header.subList(2, header.size())).containsExactlyElementsOf(labels);
    assertThat(sheet).hasSameSizeAs(expected);
    for (int r = 1; r < expected.size(); r++) {
      List<String> row = expected.get(r);
      List<Cell> cells = sheet.get(r);
      assertThat(text(cell(cells, 0))).isEqualTo(row.get(0));
      assertThat(text(cell(cells, 1))).isEqualTo(report.cityName(CityId.of(row.get(0))));
      for (int c = 1; c < row.size(); c++) {
        Cell weight = cell(cells, c + 1);
        assertThat(type(weight)).as("weight %s × %s", row.get(0), header.get(c + 1))
            .isEqualTo(CellType.NUMBER);
        assertThat(weight.asNumber()).isEqualByComparingTo(new BigDecimal(row.get(c)));
      }
    }
  }

  @Test
  void scoresCountsAndSlotsAreNumberCells() {
    assertColumnIsNumbers("Peers", "score");
    assertColumnIsNumbers("Groups", "group_size");
    assertColumnIsNumbers("Groups", "group_mean_similarity");
    assertColumnIsNumbers("Coverage", "count");
    assertColumnIsNumbers("Partners", "score");
    assertColumnIsNumbers("Roundtables", "table");
  }

  @Test
  void freezesTheHeaderAndFiltersItOnEverySheet() throws IOException {
    Map<String, String> xml = sheetXml(workbook);
    assertThat(xml).hasSize(sheets.size());
    assertThat(xml.values()).allSatisfy(sheet -> {
      assertThat(sheet).containsPattern("<pane [^>]*state=\"frozen\"");
      assertThat(sheet).containsPattern("<pane [^>]*ySplit=\"1\"");
      assertThat(sheet).contains("<autoFilter ");
      assertThat(sheet).doesNotContain("<f>");
    });
  }

  @Test
  void writesAFileThroughATemporaryOneInTheSameFolder(@TempDir Path folder)
      throws IOException {
    Path target = folder.resolve("report.xlsx");
    Files.writeString(target, "old");
    ReportWorkbook.write(report, target);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(read(Files.readAllBytes(target)).keySet())
        .containsExactlyElementsOf(sheets.keySet());
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ReportWorkbook.write(report, out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.size()).isPositive();
  }

  @Test
  void everyCellIsTheGoldenFile() throws IOException {
    StringBuilder dump = new StringBuilder();
    for (Map.Entry<String, List<List<Cell>>> sheet : sheets.entrySet()) {
      dump.append("## ").append(sheet.getKey()).append('\n');
      for (List<Cell> row : sheet.getValue()) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(type(cell) == CellType.EMPTY ? ""
              : type(cell) == CellType.NUMBER ? "#" + cell.getRawValue()
              : quote(cell.getText()));
        }
        dump.append(String.join(",", cells)).append('\n');
      }
    }
    if (REGENERATE) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, dump);
    }
    assertThat(Files.exists(GOLDEN)).as("no golden file " + GOLDEN
        + "; write it with -Dscap.regenerate=true and review it").isTrue();
    assertThat(dump.toString()).as("the workbook's cells differ from " + GOLDEN
        + "; if intended, rewrite it with -Dscap.regenerate=true and review the diff")
        .isEqualTo(Files.readString(GOLDEN));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"").replace("\n", "\\n") + "\"";
  }

  private static void assertColumnIsNumbers(String sheet, String column) {
    List<List<Cell>> rows = sheets.get(sheet);
    int c = texts(rows.get(0)).indexOf(column);
    assertThat(c).as(sheet + " has " + column).isNotNegative();
    List<Cell> cells = rows.subList(1, rows.size()).stream().map(row -> cell(row, c))
        .filter(cell -> type(cell) != CellType.EMPTY).toList();
    assertThat(cells).as(sheet + "." + column).isNotEmpty()
        .allSatisfy(cell -> assertThat(type(cell)).isEqualTo(CellType.NUMBER));
  }

  /** The id column's name function, if {@code column} is the names of {@code previous}. */
  private static Function<String, String> nameOf(String previous, String column) {
    if (column.equals(previous + "_name") && (previous.equals("city")
        || previous.equals("peer"))) {
      return id -> report.cityName(CityId.of(id));
    }
    if (column.equals("theme_label") && previous.equals("theme")) {
      return id -> report.themeLabel(ThemeId.of(id));
    }
    if (column.equals("organization_name") && previous.equals("organization")) {
      return id -> report.organizationName(OrganizationId.of(id));
    }
    return null;
  }

  /** Each CSV value is the cell's: the same text, or a number cell of the same number. */
  private static void assertSameRows(String table, List<List<Cell>> sheet,
      List<List<String>> expected) {
    assertThat(sheet).as(table + " rows").hasSameSizeAs(expected);
    for (int r = 0; r < expected.size(); r++) {
      List<String> row = expected.get(r);
      List<Cell> cells = sheet.get(r);
      for (int c = 0; c < Math.max(row.size(), cells.size()); c++) {
        String value = c < row.size() ? row.get(c) : "";
        Cell cell = cell(cells, c);
        String where = table + " row " + r + " column " + c;
        if (type(cell) == CellType.NUMBER) {
          assertThat(r).as(where + ": a number in a header").isPositive();
          assertThat(value).as(where).matches(NUMBER);
          assertThat(cell.asNumber()).as(where).isEqualByComparingTo(new BigDecimal(value));
        } else {
          assertThat(text(cell)).as(where).isEqualTo(value);
        }
      }
    }
  }

  /** The cell at a column, or {@code null} where the row has none. */
  private static Cell cell(List<Cell> row, int c) {
    return c < row.size() ? row.get(c) : null;
  }

  private static CellType type(Cell cell) {
    return cell == null ? CellType.EMPTY : cell.getType();
  }

  private static String text(Cell cell) {
    return type(cell) == CellType.EMPTY ? "" : cell.getText();
  }

  private static List<String> texts(List<Cell> row) {
    return row.stream().map(ReportWorkbookTest::text).toList();
  }

  private static String sheetName(String file) {
    String words = file.substring(0, file.length() - 4).replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Map<String, List<List<Cell>>> read(byte[] bytes) throws IOException {
    Map<String, List<List<Cell>>> read = new LinkedHashMap<>();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : book.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          while (rows.size() < row.getRowNum() - 1) {
            rows.add(List.of());
          }
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCell(c));
          }
          rows.add(cells);
        }
        read.put(sheet.getName(), rows);
      }
    }
    return read;
  }

  private static Map<String, String> sheetXml(byte[] bytes) throws IOException {
    // ZipFile, not ZipInputStream: the writer streams its entries with data descriptors.
    Path file = Files.createTempFile("report-", ".xlsx");
    try {
      Files.write(file, bytes);
      Map<String, String> xml = new LinkedHashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          if (entry.getName().startsWith("xl/worksheets/sheet")) {
            try (InputStream in = zip.getInputStream(entry)) {
              xml.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      }
      return xml;
    } finally {
      Files.delete(file);
    }
  }
}
