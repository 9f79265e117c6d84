package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.sheets.internal.Sheets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

  @TempDir
  static Path folder;

  private static Path template;

  @BeforeAll
  static void writeTemplate() throws IOException {
    template = folder.resolve("template.xlsx");
    SheetsWriter.create().writeTemplate(template);
  }

  @Test
  void holdsEveryDataSheetThenAboutAndAHiddenLists() throws IOException {
    List<String> names = new ArrayList<>(Sheets.ALL.stream().map(Sheets.Sheet::name).toList());
    names.add("About");
    names.add("Lists");
    try (ReadableWorkbook workbook = new ReadableWorkbook(template.toFile())) {
      assertThat(workbook.getSheets().map(s -> s.getName()).toList()).isEqualTo(names);
      assertThat(workbook.findSheet("Lists").orElseThrow().getVisibility())
          .isEqualTo(SheetVisibility.HIDDEN);
      assertThat(workbook.findSheet("Projects").orElseThrow().getVisibility())
          .isEqualTo(SheetVisibility.VISIBLE);
    }
  }

  @Test
  void holdsTheDocumentRowAndTheBuiltInTaxonomiesAndNothingElse() throws IOException {
    Map<String, List<List<Cell>>> sheets = SheetsWriterFiles.workbook(template);
    assertThat(sheets.get("Document")).hasSize(2);
    assertThat(sheets.get("Document").get(1).get(0).getText()).isEqualTo("1.1");
    assertThat(sheets.get("Taxonomies")).hasSize(1 + BuiltInTaxonomies.all().size());
    assertThat(sheets.get("Taxonomies").get(1).get(0).getText())
        .isEqualTo(BuiltInTaxonomies.all().get(0).id().value());
    assertThat(sheets.get("Themes")).hasSize(1 + Sheets.builtInThemes().size());
    for (Sheets.Sheet sheet : Sheets.ALL) {
      List<String> headers = sheets.get(sheet.name()).get(0).stream().map(Cell::getText)
          .toList();
      assertThat(headers).as(sheet.name()).isEqualTo(
          sheet.allColumns().stream().map(Sheets.Column::header).toList());
      if (!List.of("Document", "Taxonomies", "Themes").contains(sheet.name())) {
        assertThat(sheets.get(sheet.name())).as(sheet.name()).hasSize(1);
      }
    }
  }

  @Test
  void describesEveryColumnInTheAboutSheet() throws IOException {
    List<List<Cell>> about = SheetsWriterFiles.workbook(template).get("About");
    int columns = Sheets.ALL.stream().mapToInt(s -> s.allColumns().size()).sum();
    assertThat(about.get(0).stream().map(Cell::getText).toList())
        .containsExactly("sheet", "column", "required", "what to type");
    List<String> stage = about.stream().filter(r -> r.size() > 3
        && r.get(0).getText().equals("Projects") && r.get(1).getText().equals("stage"))
        .findFirst().orElseThrow().stream().map(Cell::getText).toList();
    assertThat(stage.get(2)).isEqualTo("no");
    assertThat(stage.get(3)).contains("idea, concept, feasibility-study");
    List<String> support = about.stream().filter(r -> r.size() > 3
        && r.get(0).getText().equals("Projects") && r.get(1).getText().equals("supportNeeded"))
        .findFirst().orElseThrow().stream().map(Cell::getText).toList();
    assertThat(support.get(3)).contains("financing").contains("technical-assistance");
    assertThat(about.stream().filter(r -> r.size() > 3 && !r.get(0).getText().equals("sheet")))
        .hasSize(columns);
  }

  @Test
  void putsANoteOnEveryHeader() throws IOException {
    int projects = Sheets.ALL.indexOf(Sheets.PROJECTS) + 1;
    String sheet = SheetsWriterFiles.part(template, "xl/worksheets/sheet" + projects + ".xml");
    assertThat(sheet).contains("legacyDrawing");
    String comments = SheetsWriterFiles.parts(template).stream()
        .filter(p -> p.startsWith("xl/comments")).map(p -> {
          try {
            return SheetsWriterFiles.part(template, p);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).reduce("", String::concat);
    for (Sheets.Sheet each : Sheets.ALL) {
      for (Sheets.Column column : each.allColumns()) {
        String first = column.description().substring(1, Math.min(20,
            column.description().length())).replace("\"", "&quot;").replace("'", "&apos;");
        assertThat(comments).as(each.name() + " " + column.header()).contains(first);
      }
    }
    assertThat(comments).contains("Required.").contains("One of: idea, concept");
  }

  @Test
  void offersADropDownOnEveryColumnOfOneCodeFromTheListsSheet() throws IOException {
    for (Sheets.Sheet each : Sheets.ALL) {
      String xml = SheetsWriterFiles.part(template,
          "xl/worksheets/sheet" + (Sheets.ALL.indexOf(each) + 1) + ".xml");
      List<String> validated = new ArrayList<>();
      Matcher matcher = Pattern.compile("<dataValidation sqref=\"([A-Z]+)2:\\1" 
          + (1 + 1000) + "\" type=\"list\"[^>]*><formula1>'Lists'!\\$[A-Z]+\\$2:\\$[A-Z]+\\$\\d+"
          + "</formula1>").matcher(xml);
      while (matcher.find()) {
        validated.add(matcher.group(1));
      }
      List<String> expected = new ArrayList<>();
      List<Sheets.Column> columns = each.allColumns();
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).kind() == Sheets.Kind.ID && !columns.get(c).codes().isEmpty()) {
          expected.add(String.valueOf((char) ('A' + c)));
        }
      }
      assertThat(validated).as(each.name()).isEqualTo(expected);
    }
    String projects = SheetsWriterFiles.part(template,
        "xl/worksheets/sheet" + (Sheets.ALL.indexOf(Sheets.PROJECTS) + 1) + ".xml");
    assertThat(projects).contains("sqref=\"F2:F1001\"").doesNotContain("sqref=\"K2")
        .contains("showDropDown=\"false\"").contains("errorStyle=\"stop\"");
    String tables = SheetsWriterFiles.part(template,
        "xl/worksheets/sheet" + (Sheets.ALL.indexOf(Sheets.TABLES) + 1) + ".xml");
    assertThat(tables).contains("sqref=\"D2:D1001\"").contains("errorStyle=\"warning\"");
    assertThat(SheetsWriterFiles.part(template, "xl/workbook.xml"))
        .containsPattern("<sheet name=\"Lists\"[^>]*state=\"hidden\"");
  }

  @Test
  void listsEveryCodeListAndTheBuiltInThemes() throws IOException {
    List<List<Cell>> lists = SheetsWriterFiles.workbook(template).get("Lists");
    List<String> themes = new ArrayList<>();
    int column = lists.get(0).stream().map(Cell::getText).toList().indexOf("themes");
    for (List<Cell> row : lists.subList(1, lists.size())) {
      if (row.size() > column && row.get(column) != null) {
        themes.add(row.get(column).getText());
      }
    }
    assertThat(themes).isEqualTo(Sheets.builtInThemes());
    assertThat(lists.get(0).stream().map(Cell::getText).toList())
        .containsExactly("organization kinds", "support types", "themes", "partner roles",
            "stages", "event roles", "session kinds");
  }

  @Test
  void aTemplateFolderHoldsTheCsvFilesWithTheirHeadersAndTheTaxonomies() throws IOException {
    Path csv = folder.resolve("template");
    SheetsWriter.create().writeTemplate(csv);
    Map<String, List<CSVRecord>> files = SheetsWriterFiles.csv(csv);
    for (Sheets.Sheet sheet : Sheets.ALL) {
      assertThat(files.get(sheet.file()).get(0).toList()).as(sheet.file())
          .isEqualTo(sheet.allColumns().stream().map(Sheets.Column::header).toList());
    }
    assertThat(files.get("document.csv")).hasSize(2);
    assertThat(files.get("document.csv").get(1).get(0)).isEqualTo("1.1");
    assertThat(files.get("themes.csv")).hasSize(1 + Sheets.builtInThemes().size());
    assertThat(files.get("projects.csv")).hasSize(1);
  }
}
