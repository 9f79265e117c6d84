package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsReaderLayoutTest {

  @TempDir
  Path folder;

  /** A workbook built sheet by sheet, each a list of rows; a row a list of cells. */
  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  private final Map<String, BiConsumer<Worksheet, Void>> extras = new LinkedHashMap<>();

  private SheetsReaderLayoutTest sheet(String name, List<?>... rows) {
    List<List<Object>> list = new ArrayList<>();
    for (List<?> row : rows) {
      list.add(new ArrayList<>(row));
    }
    sheets.put(name, list);
    return this;
  }

  private SheetsReaderLayoutTest valid() {
    sheet("Document", List.of("scapVersion"), List.of("1.1"));
    sheet("Taxonomies", List.of("id", "name"), List.of("t", "T"));
    sheet("Themes", List.of("taxonomy", "id", "label"), List.of("t", "buildings", "B"));
    sheet("Cities", List.of("id", "name", "country"), List.of("phnom-penh", "Phnom Penh", "KH"),
        List.of("hanoi", "Hanoi", "VN"));
    return this;
  }

  private Path write() throws IOException {
    Path file = folder.resolve("plans.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "scap-test", "1.0");
      for (var entry : sheets.entrySet()) {
        Worksheet sheet = workbook.newWorksheet(entry.getKey());
        List<List<Object>> rows = entry.getValue();
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object cell = rows.get(r).get(c);
            if (cell instanceof BigDecimal number) {
              sheet.value(r, c, number);
            } else if (cell instanceof String text && !text.isEmpty()) {
              sheet.value(r, c, text);
            }
          }
        }
        BiConsumer<Worksheet, Void> extra = extras.get(entry.getKey());
        if (extra != null) {
          extra.accept(sheet, null);
        }
        sheet.finish();
      }
      workbook.finish();
    }
    return file;
  }

  private SheetsReadResult read() throws IOException {
    return SheetsReader.create().read(write());
  }

  private static List<String> lines(SheetsReadResult result) {
    return result.problems().stream().map(SheetProblem::toString).toList();
  }

  private static List<String> places(SheetsReadResult result, String rule) {
    return result.problems().stream().filter(p -> p.problem().rule().equals(rule))
        .map(p -> p.place().substring(p.place().indexOf(':') + 1)).toList();
  }

  @Test
  void readsAValidWorkbookWithoutProblems() throws IOException {
    SheetsReadResult result = valid().read();

    assertThat(lines(result)).isEmpty();
    assertThat(result.document()).isPresent();
    assertThat(result.document().get().cities()).hasSize(2);
  }

  @Test
  void reportsAnUnknownHeaderWithTheNearestOne() throws IOException {
    valid().sheet("Cities", List.of("id", "name", "country", "popluation"),
        List.of("hanoi", "Hanoi", "VN", new BigDecimal(8000000)));

    SheetsReadResult result = read();

    assertThat(places(result, "unknown-property")).containsExactly("Cities!D1");
    assertThat(result.problems().get(0).problem().message()).contains("\"population\"");
    assertThat(result.document()).isEmpty();
  }

  @Test
  void reportsADuplicateHeaderAtItsSecondColumn() throws IOException {
    valid().sheet("Cities", List.of("id", "name", "country", "name"),
        List.of("hanoi", "Hanoi", "VN", "Ha Noi"));

    assertThat(places(read(), "duplicate-property")).containsExactly("Cities!D1");
  }

  @Test
  void reportsAMissingRequiredColumnOnceAndNotForEachRow() throws IOException {
    valid().sheet("Cities", List.of("id", "name"), List.of("hanoi", "Hanoi"),
        List.of("hue", "Hue"));

    SheetsReadResult result = read();

    assertThat(places(result, "missing-property")).containsExactly("Cities!A1");
    assertThat(result.problems().get(0).problem().message()).contains("\"country\"");
  }

  @Test
  void reportsAChildRowWhoseParentIsNotThere() throws IOException {
    valid().sheet("Plans", List.of("id", "city", "title"), List.of("hanoi-2020", "hanoi", "P"))
        .sheet("Focus areas", List.of("plan", "theme"), List.of("hanoi-2020", "buildings"),
            List.of("no-such-plan", "buildings"));

    SheetsReadResult result = read();

    assertThat(places(result, "unknown-reference")).contains("Focus areas!A3");
    assertThat(lines(result)).anyMatch(line -> line.contains("\"no-such-plan\""));
  }

  @Test
  void readsANumberFormattedAsADateAsThatDay() throws IOException {
    valid().sheet("Document", List.of("scapVersion", "metadata.created"),
        List.of("1.1", new BigDecimal(43466)));
    extras.put("Document", (sheet, none) -> sheet.style(1, 1).format("yyyy-mm-dd").set());

    SheetsReadResult result = read();

    assertThat(lines(result)).isEmpty();
    assertThat(result.document().get().metadata().created()).isEqualTo(LocalDate.of(2019, 1, 1));
  }

  @Test
  void refusesANumberNotFormattedAsADateInADateColumn() throws IOException {
    valid().sheet("Document", List.of("scapVersion", "metadata.created"),
        List.of("1.1", new BigDecimal(43466)));

    assertThat(places(read(), "invalid-date")).containsExactly("Document!B2");
  }

  @Test
  void refusesAFormulaAtItsCell() throws IOException {
    valid();
    extras.put("Cities", (sheet, none) -> sheet.formula(2, 3, "1000*2"));
    sheets.get("Cities").set(0, List.of("id", "name", "country", "population"));

    assertThat(places(read(), "formula-cell")).containsExactly("Cities!D3");
  }

  @Test
  void refusesMergedCellsAtTheirFirstCell() throws IOException {
    valid();
    extras.put("Cities", (sheet, none) -> sheet.range(2, 0, 2, 1).merge());

    assertThat(places(read(), "merged-cell")).containsExactly("Cities!A3");
  }

  @Test
  void warnsOfAnEmptyRowAndReadsTheRowsAfterIt() throws IOException {
    valid().sheet("Cities", List.of("id", "name", "country"), List.of("hanoi", "Hanoi", "VN"),
        List.of(), List.of("hue", "Hue", "VN"));

    SheetsReadResult result = read();

    assertThat(places(result, "empty-row")).containsExactly("Cities!A3");
    assertThat(result.isValid()).isTrue();
    assertThat(result.document().get().cities()).hasSize(2);
  }

  @Test
  void warnsOfAnUnknownSheetAndIgnoresTheTemplatesOwn() throws IOException {
    valid().sheet("Notes", List.of("x")).sheet("Lists", List.of("x")).sheet("About",
        List.of("x"));

    SheetsReadResult result = read();

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.place()).endsWith("plans.xlsx:Notes");
      assertThat(p.problem().rule()).isEqualTo("unknown-sheet");
    });
    assertThat(result.document()).isPresent();
  }

  @Test
  void refusesASecondDocumentRow() throws IOException {
    valid().sheet("Document", List.of("scapVersion"), List.of("1.1"), List.of("1.0"));

    assertThat(places(read(), "too-many-documents")).containsExactly("Document!A3");
  }

  @Test
  void reportsAMissingDocumentSheetOnceForTheWholeWorkbook() throws IOException {
    valid();
    sheets.remove("Document");

    SheetsReadResult result = read();

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.sheet()).isEmpty();
      assertThat(p.problem().rule()).isEqualTo("required");
      assertThat(p.problem().pointer()).isEqualTo("/scapVersion");
      assertThat(p.problem().message()).contains("no Document sheet");
    });
  }

  @Test
  void keepsAWrongKindAsTypedForTheFormatsRuleAtItsCell() throws IOException {
    valid().sheet("Cities", List.of("id", "name", "country", "population"),
        List.of("hanoi", "Hanoi", "VN", "many"));

    SheetsReadResult result = read();

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("wrong-type");
      assertThat(p.problem().pointer()).isEqualTo("/cities/0/population");
      assertThat(p.cell()).isEqualTo("D2");
    });
  }

  @Test
  void refusesAnExcel97Workbook() throws IOException {
    Path file = folder.resolve("old.xls");
    Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});

    assertRefused(file, "not-a-workbook", "Excel 97-2003");
  }

  @Test
  void refusesACsvFileRenamedAsAWorkbook() throws IOException {
    Path file = folder.resolve("cities.xlsx");
    Files.writeString(file, "id,name,country\nhanoi,Hanoi,VN\n", StandardCharsets.UTF_8);

    assertRefused(file, "not-a-workbook", "not a zip");
  }

  @Test
  void refusesAZipOfSomethingElse() throws IOException {
    Path file = folder.resolve("photos.xlsx");
    zip(file, Map.of("photo.txt", "not a workbook".getBytes(StandardCharsets.UTF_8)));

    assertRefused(file, "not-a-workbook", "not an XLSX workbook");
  }

  @Test
  void refusesAnOpenDocumentSpreadsheetSayingWhatItIs() throws IOException {
    Path file = folder.resolve("plans.ods");
    zip(file, Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"
        .getBytes(StandardCharsets.US_ASCII),
        "content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8)));

    assertRefused(file, "not-a-workbook", "OpenDocument spreadsheet (.ods)");
  }

  @Test
  void refusesAWorkbookWithMacros() throws IOException {
    Path file = folder.resolve("macros.xlsx");
    zip(file, Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
        "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
        "xl/vbaProject.bin", new byte[] {1, 2, 3}));

    assertRefused(file, "unsafe-workbook", "macros");
  }

  @Test
  void refusesAWorkbookLinkedToOtherFiles() throws IOException {
    Path file = folder.resolve("links.xlsx");
    zip(file, Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
        "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
        "xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(
            StandardCharsets.UTF_8)));

    assertRefused(file, "unsafe-workbook", "links");
  }

  @Test
  void refusesAPartThatInflatesTooMuch() throws IOException {
    Path file = folder.resolve("bomb.xlsx");
    zip(file, Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
        "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
        "xl/media/zeros.bin", new byte[50 << 20]));

    assertRefused(file, "limit-exceeded", "times its compressed size");
  }

  @Test
  void stopsAtTheRowLimit() throws IOException {
    Path file = valid().write();

    SheetsReadResult result = SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxRows(2))
        .read(file);

    assertThat(places(result, "limit-exceeded")).containsExactly("Cities!3");
  }

  @Test
  void stopsAtTheCellLengthLimit() throws IOException {
    valid().sheets.get("Cities").add(List.of("hcmc", "Thanh pho Ho Chi Minh", "VN"));
    Path file = write();

    SheetsReadResult result = SheetsReader.withLimits(SheetLimits.DEFAULTS
        .withMaxCellLength(12)).read(file);

    assertThat(places(result, "limit-exceeded")).containsExactly("Cities!B4");
  }

  @Test
  void refusesSharedStringsPastTheirLimit() throws IOException {
    Path file = valid().write();

    SheetsReadResult result = SheetsReader.withLimits(SheetLimits.DEFAULTS
        .withMaxSharedStringsBytes(64)).read(file);

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("limit-exceeded");
      assertThat(p.problem().message()).contains("shared strings");
    });
  }

  @Test
  void placesEveryProblemOnOneLineWithItsCell() throws IOException {
    valid().sheet("Cities", List.of("id", "name", "country", "population"),
        List.of("hanoi", "Hanoi", "VN", "many"));

    SheetsReadResult result = read();

    assertThat(lines(result)).singleElement().satisfies(line -> assertThat(line)
        .endsWith("plans.xlsx:Cities!D2: " + result.problems().get(0).problem().severity()
            .label() + " wrong-type /cities/0/population: "
            + result.problems().get(0).problem().message()));
  }

  private void assertRefused(Path file, String rule, String words) throws IOException {
    SheetsReadResult result = SheetsReader.create().read(file);
    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      Problem problem = p.problem();
      assertThat(problem.rule()).isEqualTo(rule);
      assertThat(problem.message()).contains(words);
      assertThat(p.sheet()).isEmpty();
      assertThat(p.toString()).doesNotContain("\n").doesNotContain("Exception");
    });
  }

  private static void zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
  }
}
