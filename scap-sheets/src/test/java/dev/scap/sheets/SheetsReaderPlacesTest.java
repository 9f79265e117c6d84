package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.sheets.SheetsFixture.Table;
import dev.scap.sheets.internal.Sheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class SheetsReaderPlacesTest {

  /** A required column of each sheet that no other row refers to. */
  private static final Map<String, String> BLANKED = Map.ofEntries(
      Map.entry("Document", "scapVersion"), Map.entry("Taxonomies", "name"),
      Map.entry("Themes", "label"), Map.entry("Cities", "name"),
      Map.entry("Organizations", "name"), Map.entry("Plans", "title"),
      Map.entry("Focus areas", "theme"), Map.entry("Targets", "description"),
      Map.entry("Plan partners", "role"), Map.entry("Projects", "title"),
      Map.entry("Project partners", "role"), Map.entry("Indicators", "name"),
      Map.entry("Events", "name"), Map.entry("Event organizations", "role"),
      Map.entry("Sessions", "title"), Map.entry("Tables", "theme"),
      Map.entry("Table partners", "organization"));

  @TempDir
  Path folder;

  /**
   * For each sheet of the ASCN dataset, with every sheet's rows in reverse order (so that
   * child rows are not grouped by parent), blanks a required cell of the last row and expects
   * the format's problem at that very cell.
   */
  @TestFactory
  Stream<DynamicTest> placesAProblemOfEachSheetAtItsCell() {
    List<Table> tables = SheetsFixture.tables(Datasets.ascn());
    return tables.stream().map(table -> DynamicTest.dynamicTest(table.sheet().name(), () -> {
      String header = BLANKED.get(table.sheet().name());
      int column = table.headers().indexOf(header);
      List<Table> changed = new ArrayList<>();
      for (Table other : tables) {
        List<List<Object>> rows = new ArrayList<>(other.rows());
        Collections.reverse(rows);
        if (other == table) {
          List<Object> last = new ArrayList<>(rows.get(rows.size() - 1));
          last.set(column, null);
          rows.set(rows.size() - 1, last);
        }
        changed.add(new Table(other.sheet(), other.headers(), rows));
      }
      Path workbook = Files.createTempFile(folder, "places", ".xlsx");
      SheetsFixture.writeWorkbook(changed, workbook);

      SheetsReadResult result = SheetsReader.create().read(workbook);

      String cell = SheetProblem.letters(column + 1) + (table.rows().size() + 1);
      assertThat(result.problems()).filteredOn(p -> p.problem().rule().equals("required"))
          .singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo(table.sheet().name());
            assertThat(p.cell()).isEqualTo(cell);
            assertThat(p.problem().pointer()).endsWith("/" + header);
          });
    }));
  }

  @Test
  void theDatasetCoversTheSheetsOfPlans() {
    List<String> names = SheetsFixture.tables(Datasets.ascn()).stream()
        .map(t -> t.sheet().name()).toList();

    assertThat(names).contains(Sheets.DOCUMENT.name(), Sheets.PLANS.name(),
        Sheets.PROJECTS.name(), Sheets.FOCUS_AREAS.name());
  }

  @Test
  void placesTheProblemsOfTheWholeWorkbookAndOfASheetWithoutACell() throws IOException {
    Path workbook = folder.resolve("plans.xlsx");
    List<Table> tables = new ArrayList<>(SheetsFixture.tables(Datasets.ascn()));
    tables.removeIf(t -> t.sheet() == Sheets.TAXONOMIES || t.sheet() == Sheets.THEMES);
    SheetsFixture.writeWorkbook(tables, workbook);

    SheetsReadResult result = SheetsReader.create().read(workbook);

    assertThat(result.problems()).filteredOn(p -> p.problem().pointer().equals("/taxonomies"))
        .singleElement().satisfies(p -> assertThat(p.place()).isEqualTo(workbook.toString()));
  }
}
