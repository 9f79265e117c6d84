package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.io.Datasets;
import dev.scap.model.ScapDocument;
import dev.scap.sheets.internal.Sheets;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsWriterTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden CSV files from the writer. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "small");

  private static final String ADVICE = "; if the change is intended, rewrite the golden files "
      + "by running the tests with -Dscap.regenerate=true and review their diff";

  private static final ScapDocument ASCN = Datasets.ascn();

  private final SheetsWriter writer = SheetsWriter.create();

  @TempDir
  Path folder;

  @Test
  void writesEverySheetWithTheLayoutsHeadersThenExtensionColumns() throws IOException {
    Path file = folder.resolve("ascn.xlsx");
    writer.write(ASCN, file);
    Map<String, List<List<Cell>>> sheets = SheetsWriterFiles.workbook(file);
    assertThat(sheets.keySet()).containsExactlyElementsOf(
        Sheets.ALL.stream().map(Sheets.Sheet::name).toList());
    for (Sheets.Sheet sheet : Sheets.ALL) {
      List<String> headers = sheets.get(sheet.name()).get(0).stream().map(Cell::getText).toList();
      List<String> layout = sheet.allColumns().stream().map(Sheets.Column::header).toList();
      assertThat(headers.subList(0, layout.size())).as(sheet.name()).isEqualTo(layout);
      assertThat(headers.subList(layout.size(), headers.size())).as(sheet.name())
          .allMatch(h -> h.matches("([a-zA-Z]+\\.)?ext\\..+"));
    }
  }

  @Test
  void writesOneRowPerObjectOfTheDatasetInAWorkbookAndInCsvFiles() throws IOException {
    Path file = folder.resolve("ascn.xlsx");
    Path csv = folder.resolve("ascn");
    writer.write(ASCN, file);
    writer.write(ASCN, csv);
    Map<String, Integer> counts = SheetsWriterFiles.counts(ASCN);
    assertThat(counts.get("Projects")).isPositive();
    Map<String, List<List<Cell>>> sheets = SheetsWriterFiles.workbook(file);
    Map<String, List<CSVRecord>> files = SheetsWriterFiles.csv(csv);
    for (Sheets.Sheet sheet : Sheets.ALL) {
      assertThat(sheets.get(sheet.name()).size() - 1).as(sheet.name())
          .isEqualTo(counts.get(sheet.name()));
      assertThat(files.get(sheet.file()).size() - 1).as(sheet.file())
          .isEqualTo(counts.get(sheet.name()));
    }
    assertThat(sheets.get("Cities").get(1).get(1).getText())
        .isEqualTo(ASCN.cities().get(0).name());
  }

  @Test
  void writesEachCellByItsColumnsKind() throws IOException {
    Path file = folder.resolve("small.xlsx");
    writer.write(SheetsWriterFiles.small(), file);
    Map<String, List<List<Cell>>> sheets = SheetsWriterFiles.workbook(file);

    List<String> cityHeaders = texts(sheets.get("Cities").get(0));
    assertThat(cityHeaders).containsExactly("id", "name", "country", "population",
        "location.lat", "location.lon", "networks", "ext.source-page", "ext.tags", "ext.text",
        "ext.looks", "location.ext.geocoder");
    List<Cell> penh = sheets.get("Cities").get(1);
    assertThat(penh.get(1).getText()).isEqualTo("Phnom Penh");
    assertThat(penh.get(3).getType()).isEqualTo(CellType.NUMBER);
    assertThat(penh.get(3).getRawValue()).isEqualTo("2129371");
    assertThat(penh.get(4).getRawValue()).isEqualTo("11.5564");
    assertThat(penh.get(6).getText()).isEqualTo("ascn, wego");
    assertThat(texts(penh).subList(7, 12)).containsExactly("12", "[\"a\",\"b\"]",
        "plain, with comma", "\"true\"", "osm");
    assertThat(sheets.get("Cities").get(2).get(1).getText()).isEqualTo("Huế");

    List<Cell> project = sheets.get("Projects").get(1);
    assertThat(texts(sheets.get("Projects").get(0)).subList(0, 10)).containsExactly("plan", "id",
        "title", "description", "themes", "stage", "start", "end", "cost.amount",
        "cost.currency");
    assertThat(project.get(0).getText()).isEqualTo("pp-2018");
    assertThat(project.get(8).getType()).isEqualTo(CellType.NUMBER);
    assertThat(project.get(8).getRawValue()).isEqualTo("1234567.891");
    assertThat(project.get(8).asNumber()).isEqualByComparingTo(new BigDecimal("1234567.891"));
    assertThat(project.get(4).getText()).isEqualTo("energy, buildings");
    assertThat(project.get(6).getType()).isEqualTo(CellType.NUMBER);
    assertThat(project.get(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(project.get(6).asDate().toLocalDate()).isEqualTo(LocalDate.of(2019, 1, 1));

    List<List<Cell>> focus = sheets.get("Focus areas");
    assertThat(focus.get(1).get(3).getText()).isEqualTo("floods\nheat");
    assertThat(focus.get(2).get(3).getText()).isEqualTo("[\"one\\ntwo\",\"three\"]");
    assertThat(sheets.get("Plan partners").get(1).get(4).getText()).isEqualTo("\"\"");

    List<Cell> document = sheets.get("Document").get(1);
    assertThat(texts(sheets.get("Document").get(0))).containsExactly("scapVersion",
        "metadata.title", "metadata.description", "metadata.source", "metadata.license",
        "metadata.created", "metadata.notes", "ext.batch", "metadata.ext.editor");
    assertThat(document.get(0).getText()).isEqualTo("1.1");
    assertThat(document.get(6).getText()).isEqualTo("\"\\\"quoted\\\"\"");
    assertThat(document.get(7).getText()).isEqualTo("7");
    assertThat(document.get(8).getText()).isEqualTo("kim");

    List<Cell> invited = sheets.get("Table partners").get(1);
    assertThat(texts(invited).subList(0, 2)).containsExactly("summit", "rt");
    assertThat(invited.get(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(invited.get(2).getRawValue()).isEqualTo("1");
    assertThat(invited.get(3).getText()).isEqualTo("adb");
  }

  @Test
  void keepsCharactersThatAWorkbooksXmlCannotHoldAsJsonEscapes() throws IOException {
    String json = Files.readString(Path.of("src", "test", "resources", "golden", "small.json"))
        .replace("\"A city\\nfor all\"", "\"bell\\u0007 and \\uffff\"")
        .replace("\"floods\"", "\"tab\\tand\\u0001\"")
        .replace("\"kim\"", "\"\\ud800\"");
    ScapDocument document = dev.scap.io.ScapReader.create().read(json).document();
    assertThat(document.plans().get(0).vision()).isEqualTo("bell\u0007 and \uffff");
    Path file = folder.resolve("controls.xlsx");
    writer.write(document, file);
    Map<String, List<List<Cell>>> sheets = SheetsWriterFiles.workbook(file);
    assertThat(sheets.get("Plans").get(1).get(6).getText())
        .isEqualTo("\"bell\\u0007 and \\uffff\"");
    assertThat(sheets.get("Focus areas").get(1).get(3).getText())
        .isEqualTo("[\"tab\\tand\\u0001\",\"heat\"]");
    assertThat(sheets.get("Document").get(1).get(8).getText()).isEqualTo("\"\\ud800\"");
  }

  @Test
  void writesTextsInlineSoThatTheWorkbookHasNoSharedStrings() throws IOException {
    Path file = folder.resolve("ascn.xlsx");
    writer.write(ASCN, file);
    String sharedStrings = SheetsWriterFiles.part(file, "xl/sharedStrings.xml");
    if (sharedStrings != null) {
      assertThat(sharedStrings).doesNotContain("<si>");
    }
    String cities = SheetsWriterFiles.part(file, "xl/worksheets/sheet4.xml");
    assertThat(cities).contains("t=\"inlineStr\"").doesNotContain("t=\"s\"")
        .doesNotContain("<f>").doesNotContain("mergeCell");
    assertThat(cities).contains("<pane").contains("ySplit=\"1\"").contains("state=\"frozen\"");
  }

  @Test
  void writesTheGoldenCsvFolderOfASmallDocument() throws IOException {
    Path csv = folder.resolve("small");
    writer.write(SheetsWriterFiles.small(), csv);
    for (Sheets.Sheet sheet : Sheets.ALL) {
      byte[] written = Files.readAllBytes(csv.resolve(sheet.file()));
      Path golden = GOLDEN.resolve(sheet.file());
      if (REGENERATE) {
        Files.createDirectories(GOLDEN);
        Files.write(golden, written);
      }
      assertThat(new String(written, StandardCharsets.UTF_8)).as(sheet.file() + ADVICE)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.list(csv)) {
      assertThat(files).hasSize(Sheets.ALL.size());
    }
  }

  @Test
  void writesCsvAsUtf8WithoutAByteOrderMark() throws IOException {
    Path csv = folder.resolve("small");
    writer.write(SheetsWriterFiles.small(), csv);
    byte[] cities = Files.readAllBytes(csv.resolve("cities.csv"));
    assertThat(new String(cities, 0, 3, StandardCharsets.UTF_8)).isEqualTo("id,");
    assertThat(new String(cities, StandardCharsets.UTF_8)).contains("Huế").contains("\r\n");
  }

  @Test
  void writesAWorkbookForAnyCaseOfXlsxAndAFolderOtherwise() throws IOException {
    Path upper = folder.resolve("PLANS.XLSX");
    writer.write(SheetsWriterFiles.small(), upper);
    assertThat(Files.isRegularFile(upper)).isTrue();
    try (ReadableWorkbook workbook = new ReadableWorkbook(upper.toFile())) {
      assertThat(workbook.getSheets().count()).isEqualTo(Sheets.ALL.size());
    }
    Path nested = folder.resolve("a").resolve("b.csv");
    writer.write(SheetsWriterFiles.small(), nested);
    assertThat(Files.isDirectory(nested)).isTrue();
    assertThat(nested.resolve("projects.csv")).isRegularFile();
  }

  @Test
  void writesAWorkbookToAStreamAndLeavesItOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    writer.writeWorkbook(SheetsWriterFiles.small(), out);
    assertThat(closed[0]).isFalse();
    try (ReadableWorkbook workbook = new ReadableWorkbook(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(workbook.findSheet("Projects").orElseThrow().read()).hasSize(3);
    }
  }

  @Test
  void aFailingWorkbookWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path file = folder.resolve("plans.xlsx");
    writer.write(SheetsWriterFiles.small(), file);
    byte[] old = Files.readAllBytes(file);
    // An interrupted thread's file channels refuse to write: the write fails halfway.
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> writer.write(ASCN, file)).isInstanceOf(IOException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(old);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFailingCsvWriteLeavesTheOldFilesWholeAndNoTemporaryFolder() throws IOException {
    Path csv = folder.resolve("plans");
    writer.write(SheetsWriterFiles.small(), csv);
    byte[] old = Files.readAllBytes(csv.resolve("document.csv"));
    Files.delete(csv.resolve("projects.csv"));
    Files.createDirectories(csv.resolve("projects.csv").resolve("inside"));
    assertThatThrownBy(() -> writer.write(ASCN, csv)).isInstanceOf(IOException.class)
        .hasMessageContaining("projects.csv").hasMessageContaining("not a file");
    assertThat(Files.readAllBytes(csv.resolve("document.csv"))).isEqualTo(old);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(csv);
    }
  }

  @Test
  void refusesToWriteCsvFilesOverAFile() throws IOException {
    Path file = folder.resolve("plans.csv");
    Files.writeString(file, "old");
    assertThatThrownBy(() -> writer.write(ASCN, file)).isInstanceOf(IOException.class)
        .hasMessageContaining("is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("old");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> writer.write(null, folder.resolve("x.xlsx")))
        .isInstanceOf(NullPointerException.class).hasMessage("document");
    assertThatThrownBy(() -> writer.write(ASCN, null))
        .isInstanceOf(NullPointerException.class).hasMessage("target");
    assertThatThrownBy(() -> writer.writeWorkbook(ASCN, null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> writer.writeTemplate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("target");
  }

  private static List<String> texts(List<Cell> row) {
    return row.stream().map(c -> c == null ? null : c.getText()).toList();
  }
}
