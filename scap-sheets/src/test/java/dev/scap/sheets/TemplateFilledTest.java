package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.ScapReader;
import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template filled in as a city's clerk would: the template's sheets kept as they are,
 * with rows typed below their headers (dates as date cells in the clerk's own date format),
 * and the CSV template filled by appending lines. Each imports to the document typed.
 */
class TemplateFilledTest {

  private static final String TRAFFIC = "traffic-safety";
  private static final String WASTE = "waste-wastewater";

  @TempDir
  Path folder;

  /** What the clerk types: sheet name to rows, each row header to value. */
  private final Map<String, List<Map<String, Object>>> typed = new LinkedHashMap<>();

  private void type(String sheet, Object... headersAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < headersAndValues.length; i += 2) {
      row.put((String) headersAndValues[i], headersAndValues[i + 1]);
    }
    typed.computeIfAbsent(sheet, s -> new ArrayList<>()).add(row);
  }

  /** A city, a bank, a plan of two focus areas, two projects with costs, and a partner. */
  private void typeAPlan(Object start, Object cost, String focusTheme) {
    type("Cities", "id", "da-nang", "name", "Da Nang", "country", "VN",
        "population", new BigDecimal("1134310"));
    type("Organizations", "id", "adb", "name", "Asian Development Bank",
        "kind", "multilateral-development-bank", "offers", "financing, technical-assistance");
    type("Plans", "id", "da-nang-2019", "city", "da-nang", "title", "Da Nang Smart City Action "
        + "Plan", "adopted", LocalDate.of(2019, 6, 1), "period.start", new BigDecimal("2019"),
        "period.end", new BigDecimal("2025"));
    type("Focus areas", "plan", "da-nang-2019", "theme", focusTheme,
        "priority", new BigDecimal("1"), "challenges", "congestion at peak hours\nroad deaths");
    type("Focus areas", "plan", "da-nang-2019", "theme", WASTE,
        "priority", new BigDecimal("2"));
    type("Projects", "plan", "da-nang-2019", "id", "dn-traffic-centre", "title",
        "Traffic control centre", "themes", TRAFFIC, "stage", "pilot", "start", start,
        "end", LocalDate.of(2021, 12, 31), "cost.amount", cost, "cost.currency", "USD",
        "supportNeeded", "financing");
    type("Projects", "plan", "da-nang-2019", "id", "dn-wastewater", "title",
        "Wastewater treatment plant", "themes", WASTE, "stage", "concept",
        "cost.amount", new BigDecimal("45000000.50"), "cost.currency", "USD");
    type("Project partners", "project", "dn-traffic-centre", "organization", "adb",
        "role", "funder", "support", "financing");
  }

  @Test
  void theBuiltInThemesHoldTheThemesTheClerkPicks() {
    assertThat(dev.scap.sheets.internal.Sheets.builtInThemes()).contains(TRAFFIC, WASTE);
  }

  @Test
  void aWorkbookTemplateFilledInImportsToTheDocumentTyped() throws IOException {
    typeAPlan(LocalDate.of(2019, 11, 21), new BigDecimal("12000"), TRAFFIC);
    Path workbook = fillWorkbookTemplate();
    Path json = folder.resolve("da-nang.json");

    SheetsImport imported = SheetsReader.create().importTo(workbook, json);

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.written()).isTrue();
    var read = ScapReader.create().read(json);
    assertThat(read.isValid()).isTrue();
    assertTyped(read.document());
  }

  @Test
  void aCsvTemplateFilledByAppendingLinesImportsToTheDocumentTyped() throws IOException {
    typeAPlan("2019-11-21", new BigDecimal("12000"), TRAFFIC);
    Path data = folder.resolve("data");
    SheetsWriter.create().writeTemplate(data);
    appendTyped(data);

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(result.problems()).isEmpty();
    assertTyped(result.document().orElseThrow());
  }

  @Test
  void reportsAClerksUsualMistakesEachAtItsCell() throws IOException {
    typeAPlan("21/11/2019", "$12,000", label(TRAFFIC));
    Path workbook = fillWorkbookTemplate();

    SheetsReadResult result = SheetsReader.create().read(workbook);

    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).extracting(p -> p.sheet() + "!" + p.cell() + " "
        + p.problem().rule()).containsExactly(
            "Focus areas!B2 invalid-identifier",
            "Focus areas!B2 unknown-reference",
            "Projects!E2 theme-outside-plan",
            "Projects!G2 invalid-date",
            "Projects!I2 wrong-type");
    assertThat(result.problems().get(0).problem().message()).contains(label(TRAFFIC));
    assertThat(result.problems().get(1).problem().message()).contains(label(TRAFFIC));
    assertThat(result.problems().get(2).isError()).isFalse();
    assertThat(result.problems().get(3).problem().message()).contains("21/11/2019");
    assertThat(result.problems().get(4).problem().message()).contains("$12,000");
    result.problems().forEach(p -> assertThat(p.toString()).doesNotContain("\n"));
    assertThat(result.problems().get(0).problem().message())
        .endsWith("; the theme labelled \"" + label(TRAFFIC) + "\" has the id " + TRAFFIC);
    assertThat(result.problems().get(3).problem().message())
        .endsWith("; type it as 2019-11-21, or as a date cell");
    assertThat(result.problems().get(4).problem().message()).endsWith("; type the number "
        + "alone, without a currency sign, thousands separators or %, and the currency in "
        + "cost.currency");
  }

  @Test
  void reportsTheSameMistakesInACsvFolderAtTheirLinesAndColumns() throws IOException {
    typeAPlan("21/11/2019", "$12,000", label(TRAFFIC));
    Path data = folder.resolve("data");
    SheetsWriter.create().writeTemplate(data);
    appendTyped(data);

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(result.problems()).extracting(p -> p.place().replace(folder + "/", "") + " "
        + p.problem().rule()).containsExactly(
            "data/focus-areas.csv:2:2 invalid-identifier",
            "data/focus-areas.csv:2:2 unknown-reference",
            "data/projects.csv:2:5 theme-outside-plan",
            "data/projects.csv:2:7 invalid-date",
            "data/projects.csv:2:9 wrong-type");
  }

  private static String label(String theme) {
    return BuiltInTaxonomies.all().stream().flatMap(t -> t.themes().stream())
        .filter(t -> t.id().value().equals(theme)).map(Theme::label).findFirst().orElseThrow();
  }

  private static void assertTyped(ScapDocument document) {
    assertThat(document.cities()).singleElement().satisfies(c -> {
      assertThat(c.id().value()).isEqualTo("da-nang");
      assertThat(c.population()).isEqualTo(1_134_310L);
    });
    assertThat(document.organizations()).singleElement().satisfies(o -> {
      assertThat(o.kind().code()).isEqualTo("multilateral-development-bank");
      assertThat(o.offers()).map(s -> s.code())
          .containsExactly("financing", "technical-assistance");
    });
    assertThat(document.taxonomies()).hasSize(BuiltInTaxonomies.all().size());
    Plan plan = document.plans().get(0);
    assertThat(document.plans()).hasSize(1);
    assertThat(plan.city().value()).isEqualTo("da-nang");
    assertThat(plan.adopted()).isEqualTo(LocalDate.of(2019, 6, 1));
    assertThat(plan.period().start()).isEqualTo(2019);
    assertThat(plan.period().end()).isEqualTo(2025);
    assertThat(plan.focusAreas()).extracting(f -> f.theme().value(), f -> f.priority())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TRAFFIC, 1),
            org.assertj.core.groups.Tuple.tuple(WASTE, 2));
    assertThat(plan.focusAreas().get(0).challenges())
        .containsExactly("congestion at peak hours", "road deaths");
    assertThat(plan.projects()).extracting(p -> p.id().value())
        .containsExactly("dn-traffic-centre", "dn-wastewater");
    Project centre = plan.projects().get(0);
    assertThat(centre.start()).isEqualTo(LocalDate.of(2019, 11, 21));
    assertThat(centre.end()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(centre.stage().code()).isEqualTo("pilot");
    assertThat(centre.cost().amount()).isEqualTo(new BigDecimal("12000"));
    assertThat(centre.cost().currency()).isEqualTo("USD");
    assertThat(centre.partners()).singleElement().satisfies(p -> {
      assertThat(p.organization().value()).isEqualTo("adb");
      assertThat(p.role().code()).isEqualTo("funder");
    });
    assertThat(plan.projects().get(1).cost().amount())
        .isEqualTo(new BigDecimal("45000000.50"));
  }

  /**
   * Writes the template, then writes it again as a clerk's spreadsheet saves it: every sheet
   * and cell of the template kept, and the typed rows below each sheet's headers.
   */
  private Path fillWorkbookTemplate() throws IOException {
    Path template = folder.resolve("template.xlsx");
    SheetsWriter.create().writeTemplate(template);
    Map<String, List<List<Cell>>> sheets = SheetsWriterFiles.workbook(template);
    Path filled = folder.resolve("da-nang.xlsx");
    try (OutputStream out = Files.newOutputStream(filled)) {
      Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
      for (var entry : sheets.entrySet()) {
        Worksheet sheet = workbook.newWorksheet(entry.getKey());
        List<List<Cell>> rows = entry.getValue();
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            Cell cell = rows.get(r).get(c);
            if (cell == null || cell.getType() == CellType.EMPTY) {
              continue;
            }
            if (cell.getType() == CellType.NUMBER) {
              sheet.value(r, c, (BigDecimal) cell.getValue());
            } else {
              sheet.value(r, c, cell.getText());
            }
          }
        }
        List<String> headers = rows.get(0).stream().map(Cell::getText).toList();
        int r = rows.size();
        for (Map<String, Object> row : typed.getOrDefault(entry.getKey(), List.of())) {
          for (var value : row.entrySet()) {
            int c = headers.indexOf(value.getKey());
            assertThat(c).as(entry.getKey() + " " + value.getKey()).isNotNegative();
            if (value.getValue() instanceof LocalDate date) {
              sheet.value(r, c, date);
              sheet.style(r, c).format("dd/mm/yyyy").set();
            } else if (value.getValue() instanceof BigDecimal number) {
              sheet.value(r, c, number);
            } else {
              sheet.value(r, c, (String) value.getValue());
            }
          }
          r++;
        }
        sheet.finish();
      }
      workbook.finish();
    }
    return filled;
  }

  /** Appends the typed rows to the CSV template's files, in the order of their headers. */
  private void appendTyped(Path data) throws IOException {
    for (var entry : typed.entrySet()) {
      String file = dev.scap.sheets.internal.Sheets.byName(entry.getKey()).orElseThrow().file();
      Path path = data.resolve(file);
      String first = Files.readAllLines(path, StandardCharsets.UTF_8).get(0);
      List<String> headers = List.of(first.split(","));
      StringWriter lines = new StringWriter();
      for (Map<String, Object> row : entry.getValue()) {
        List<String> fields = new ArrayList<>();
        for (String header : headers) {
          Object value = row.get(header);
          fields.add(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString()
              : value.toString());
        }
        SheetsFixture.record(lines, fields);
      }
      Files.writeString(path, lines.toString(), StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    }
  }
}
