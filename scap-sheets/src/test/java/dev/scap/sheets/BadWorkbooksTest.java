package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad workbooks and CSV folders: each case spoils one thing of a small valid
 * document and names every problem it expects, with its place and rule. A case runs as a
 * workbook and, where the layout allows, as the same rows in a CSV folder, whose places are
 * the same rows and columns written {@code file.csv:row:column}.
 */
class BadWorkbooksTest {

  @TempDir
  Path root;

  /** The current case's own folder: the cases of the factory share the test's root. */
  private Path folder;

  /** Where a case runs. */
  enum Form { XLSX, CSV }

  /** A place in both forms: a sheet (or none, for the whole), a row and a column from 1. */
  record Place(String sheet, int row, int column) {

    static Place at(String sheet, String cell) {
      int i = 0;
      int column = 0;
      while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
        column = column * 26 + cell.charAt(i++) - 'A' + 1;
      }
      return new Place(sheet, Integer.parseInt(cell.substring(i)), column);
    }

    String in(Form form) {
      if (sheet.isEmpty()) {
        return form == Form.XLSX ? "plans.xlsx" : "data";
      }
      if (form == Form.XLSX) {
        return "plans.xlsx:" + sheet + (row == 0 ? ""
            : "!" + (column == 0 ? "" : SheetProblem.letters(column)) + row);
      }
      String file = "data/" + file(sheet);
      return row == 0 ? file : file + ":" + row + (column == 0 ? "" : ":" + column);
    }
  }

  /** One expected problem: where, which rule, and a text its message must hold. */
  record Expected(Place place, String rule, String names) {}

  /** A spoiled workbook: its change to the valid book, what it gives, and its forms. */
  record Case(String name, Consumer<Book> change, List<Expected> expected, List<Form> forms) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A workbook as rows of cells by sheet, the headers first; a cell a String, a BigDecimal or
   * null. Changes address cells as a spreadsheet does ({@code "D3"}).
   */
  static final class Book {
    final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    final Map<String, Consumer<Worksheet>> extras = new LinkedHashMap<>();
    final Map<String, byte[]> rawCsv = new LinkedHashMap<>();

    Book sheet(String name, Object[]... rows) {
      List<List<Object>> list = new ArrayList<>();
      for (Object[] row : rows) {
        list.add(new ArrayList<>(Arrays.asList(row)));
      }
      sheets.put(name, list);
      return this;
    }

    Book set(String sheet, String cell, Object value) {
      Place place = Place.at(sheet, cell);
      List<List<Object>> rows = sheets.get(sheet);
      while (rows.size() < place.row()) {
        rows.add(new ArrayList<>());
      }
      List<Object> row = rows.get(place.row() - 1);
      while (row.size() < place.column()) {
        row.add(null);
      }
      row.set(place.column() - 1, value);
      return this;
    }

    Book add(String sheet, Object... cells) {
      sheets.get(sheet).add(new ArrayList<>(Arrays.asList(cells)));
      return this;
    }

    Book insert(String sheet, int row, Object... cells) {
      sheets.get(sheet).add(row - 1, new ArrayList<>(Arrays.asList(cells)));
      return this;
    }

    Book deleteColumn(String sheet, int column) {
      for (List<Object> row : sheets.get(sheet)) {
        if (row.size() >= column) {
          row.remove(column - 1);
        }
      }
      return this;
    }
  }

  private static BigDecimal n(String digits) {
    return new BigDecimal(digits);
  }

  private static Object[] r(Object... cells) {
    return cells;
  }

  /** A small document with a plan, its projects and partners, and an event's table. */
  static Book valid() {
    return new Book()
        .sheet("Document", r("scapVersion"), r("1.1"))
        .sheet("Taxonomies", r("id", "name"), r("t", "Themes"))
        .sheet("Themes", r("taxonomy", "id", "label"), r("t", "buildings", "Buildings"),
            r("t", "mobility", "Mobility"), r("t", "energy", "Energy"))
        .sheet("Cities", r("id", "name", "country", "population"),
            r("hanoi", "Hanoi", "VN", n("8000000")), r("hue", "Hue", "VN", null))
        .sheet("Organizations", r("id", "name", "kind"),
            r("adb", "Asian Development Bank", "multilateral-development-bank"))
        .sheet("Plans", r("id", "city", "title", "adopted", "period.start", "period.end"),
            r("hanoi-2020", "hanoi", "Hanoi plan", "2020-01-15", n("2020"), n("2025")))
        .sheet("Focus areas", r("plan", "theme", "priority"),
            r("hanoi-2020", "buildings", n("1")), r("hanoi-2020", "mobility", n("2")))
        .sheet("Projects", r("plan", "id", "title", "themes", "stage", "start", "end",
            "cost.amount", "cost.currency"), r("hanoi-2020", "green-roofs", "Green roofs",
            "buildings", "pilot", "2020-03-01", "2021-12-31", n("12000"), "USD"))
        .sheet("Project partners", r("project", "organization", "role"),
            r("green-roofs", "adb", "funder"))
        .sheet("Events", r("id", "name", "start", "end", "cities"),
            r("summit", "Summit", "2019-11-21", "2019-11-22", "hanoi, hue"))
        .sheet("Sessions", r("event", "id", "kind", "title", "taxonomy", "themes"),
            r("summit", "tables", "roundtable", "Roundtables", "t", "buildings, mobility"))
        .sheet("Tables", r("event", "session", "number", "theme", "guests"),
            r("summit", "tables", n("1"), "buildings", "hanoi"));
  }

  private static final List<Form> BOTH = List.of(Form.XLSX, Form.CSV);
  private static final List<Form> XLSX = List.of(Form.XLSX);
  private static final List<Form> CSV = List.of(Form.CSV);

  private static Case of(String name, Consumer<Book> change, List<Form> forms,
      Expected... expected) {
    return new Case(name, change, List.of(expected), forms);
  }

  private static Expected at(String sheet, String cell, String rule, String names) {
    return new Expected(Place.at(sheet, cell), rule, names);
  }

  private static Expected onSheet(String sheet, String rule, String names) {
    return new Expected(new Place(sheet, 0, 0), rule, names);
  }

  static List<Case> cases() {
    return List.of(
        // the format's references
        of("a project's theme that no taxonomy holds",
            b -> b.set("Projects", "D2", "energy-saving"), BOTH,
            at("Projects", "D2", "unknown-reference", "energy-saving")),
        of("a partner organization that is not in Organizations",
            b -> b.set("Project partners", "B2", "world-bank"), BOTH,
            at("Project partners", "B2", "unknown-reference", "world-bank")),
        of("a plan's city that is not in Cities",
            b -> b.set("Plans", "B2", "saigon"), BOTH,
            at("Plans", "B2", "unknown-reference", "saigon")),
        of("a table's guest that is not in Cities",
            b -> b.set("Tables", "E2", "da-nang"), BOTH,
            at("Tables", "E2", "unknown-reference", "da-nang")),
        of("two cities with one id",
            b -> b.add("Cities", "hanoi", "Ha Noi", "VN"), BOTH,
            at("Cities", "A4", "duplicate-id", "hanoi")),
        of("two projects of different plans with one id",
            b -> b.add("Plans", "hue-2021", "hue", "Hue plan")
                .add("Focus areas", "hue-2021", "energy")
                .add("Projects", "hue-2021", "green-roofs", "Hue's green roofs", "energy"),
            BOTH, at("Projects", "B3", "duplicate-id", "green-roofs")),
        // the format's values
        of("a plan's period ending before it starts",
            b -> b.set("Plans", "F2", n("2019")), BOTH,
            at("Plans", "F2", "invalid-period", "2019")),
        of("a project ending before it starts",
            b -> b.set("Projects", "G2", "2019-12-31"), BOTH,
            at("Projects", "G2", "invalid-period", "2019-12-31")),
        of("an unknown stage", b -> b.set("Projects", "E2", "piloting"), BOTH,
            at("Projects", "E2", "invalid-code", "piloting")),
        of("an unknown kind of organization", b -> b.set("Organizations", "C2", "bank"), BOTH,
            at("Organizations", "C2", "invalid-code", "bank")),
        of("an unknown partner role", b -> b.set("Project partners", "C2", "donor"), BOTH,
            at("Project partners", "C2", "invalid-code", "donor")),
        of("an id with spaces and capitals",
            b -> b.add("Cities", "Da Nang", "Da Nang", "VN"), BOTH,
            at("Cities", "A4", "invalid-identifier", "Da Nang")),
        of("a country by name instead of its code",
            b -> b.set("Cities", "C3", "Vietnam"), BOTH,
            at("Cities", "C3", "invalid-country", "Vietnam")),
        of("a date typed as day/month/year text",
            b -> b.set("Plans", "D2", "15/01/2020"), BOTH,
            at("Plans", "D2", "invalid-date", "15/01/2020")),
        of("a date typed as a number without a date format",
            b -> b.set("Plans", "D2", n("43845")), BOTH,
            at("Plans", "D2", "invalid-date", "43845")),
        of("text in an integer column", b -> b.set("Cities", "D2", "about 8 million"), BOTH,
            at("Cities", "D2", "wrong-type", "about 8 million")),
        of("a decimal priority", b -> b.set("Focus areas", "C3", n("1.5")), BOTH,
            at("Focus areas", "C3", "wrong-type", "1.5")),
        of("a blank required name", b -> b.set("Cities", "B3", null), BOTH,
            at("Cities", "B3", "required", "name")),
        of("a table numbered 0", b -> b.set("Tables", "C2", n("0")), BOTH,
            at("Tables", "C2", "out-of-range", "0")),
        of("a plan's theme in two focus areas",
            b -> b.add("Focus areas", "hanoi-2020", "buildings", n("3")), BOTH,
            at("Focus areas", "B4", "duplicate-focus-area", "buildings")),
        of("two focus areas of one priority",
            b -> b.add("Focus areas", "hanoi-2020", "energy", n("1")), BOTH,
            at("Focus areas", "C4", "duplicate-priority", "1")),
        // the layout's own rules
        of("no Document sheet", b -> b.sheets.remove("Document"), BOTH,
            new Expected(new Place("", 0, 0), "required", "scapVersion")),
        of("a misspelt header", b -> b.set("Cities", "D1", "populaton"), BOTH,
            at("Cities", "D1", "unknown-property", "populaton")),
        of("a header twice", b -> b.set("Cities", "E1", "country").set("Cities", "E2", "VN"),
            BOTH, at("Cities", "E1", "duplicate-property", "country")),
        of("a required column left out", b -> b.deleteColumn("Projects", 3), BOTH,
            at("Projects", "A1", "missing-property", "title")),
        of("a formula", b -> b.extras.put("Cities", s -> s.formula(2, 3, "4000000*2")), XLSX,
            at("Cities", "D3", "formula-cell", "4000000*2")),
        // a refused value is said once, at its cell, not again as a required one missing
        of("a formula in a required column",
            b -> b.extras.put("Cities", s -> s.formula(2, 1, "UPPER(\"hue\")")), XLSX,
            at("Cities", "B3", "formula-cell", "UPPER")),
        of("an event's start typed as a number without a date format",
            b -> b.set("Events", "C2", n("43790")), BOTH,
            at("Events", "C2", "invalid-date", "43790")),
        of("merged cells", b -> b.extras.put("Projects", s -> s.range(1, 2, 1, 3).merge()),
            XLSX, at("Projects", "C2", "merged-cell", "C2:D2")),
        of("an empty row between cities", b -> b.insert("Cities", 3), BOTH,
            at("Cities", "A3", "empty-row", "")),
        of("a sheet not in the layout", b -> b.sheet("Notes", r("note"), r("call ADB")),
            XLSX, onSheet("Notes", "unknown-sheet", "Notes")),
        of("a file not in the layout", b -> b.sheet("Notes", r("note"), r("call ADB")),
            CSV, onSheet("Notes", "unknown-sheet", "notes.csv")),
        of("two Document rows", b -> b.add("Document", "1.0"), BOTH,
            at("Document", "A3", "too-many-documents", "")),
        of("a partner of a project that is not there",
            b -> b.add("Project partners", "blue-roofs", "adb", "funder"), BOTH,
            at("Project partners", "A3", "unknown-reference", "blue-roofs")),
        of("a CSV file in Windows-1252", b -> b.rawCsv.put("Cities",
            "id,name,country\r\nhue,Hu\u00e9,VN\r\nhanoi,Hanoi,VN\r\n".getBytes(
                StandardCharsets.ISO_8859_1)), CSV,
            new Expected(new Place("Cities", 2, 0), "not-a-workbook", "line 2"),
            // the file is not read, so the cities that other files name are unknown too
            at("Plans", "B2", "unknown-reference", "hanoi"),
            at("Events", "E2", "unknown-reference", "hanoi"),
            at("Events", "E2", "unknown-reference", "hue"),
            at("Tables", "E2", "unknown-reference", "hanoi")),
        of("a plans.csv in Windows-1252", b -> b.rawCsv.put("Plans",
            "id,city,title\r\nhanoi-2020,hanoi,Hu\u00e9's plan\r\n".getBytes(
                StandardCharsets.ISO_8859_1)), CSV,
            // the rows of its plan, and their rows in turn, are not said to belong to nothing
            new Expected(new Place("Plans", 2, 0), "not-a-workbook", "line 2")),
        of("a CSV record with a stray quote", b -> b.rawCsv.put("Cities",
            "id,name,country\r\nhanoi,Hanoi,VN\r\nhue,\"Hue,VN\r\n".getBytes(
                StandardCharsets.UTF_8)), CSV,
            new Expected(new Place("Cities", 3, 0), "not-a-workbook", "line 3"),
            // the lines before it are read, the record it opens is not
            at("Events", "E2", "unknown-reference", "hue")));
  }

  @TestFactory
  Stream<DynamicTest> reportsEachProblemWithItsRuleAtItsPlace() {
    return cases().stream().flatMap(c -> c.forms().stream().map(form -> DynamicTest.dynamicTest(
        c.name() + " (" + form + ")", () -> check(c, form))));
  }

  @Test
  void theCorpusHoldsAtLeastThirtyCasesAndEachRunsInBothFormsWhereTheLayoutAllows() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(cases().stream().filter(c -> c.forms().size() == 2)).hasSizeGreaterThan(25);
  }

  @Test
  void reportsEveryProblemOfAWorkbookAtOnceSortedByPlace() throws IOException {
    folder = root;
    Book book = valid().set("Projects", "E2", "piloting").set("Cities", "D2", "many")
        .set("Plans", "B2", "saigon").set("Organizations", "C2", "bank")
        .set("Cities", "C3", "Vietnam").set("Tables", "C2", n("0"));

    for (Form form : BOTH) {
      SheetsReadResult result = read(book, form);

      assertThat(result.problems()).extracting(p -> relative(p) + " " + p.problem().rule())
          .containsExactly(
              Place.at("Cities", "D2").in(form) + " wrong-type",
              Place.at("Cities", "C3").in(form) + " invalid-country",
              Place.at("Organizations", "C2").in(form) + " invalid-code",
              Place.at("Plans", "B2").in(form) + " unknown-reference",
              Place.at("Projects", "E2").in(form) + " invalid-code",
              Place.at("Tables", "C2").in(form) + " out-of-range");
      assertThat(result.document()).isEmpty();
    }
  }

  @Test
  void theValidBookReadsWithoutProblemsInBothForms() throws IOException {
    folder = root;
    for (Form form : BOTH) {
      SheetsReadResult result = read(valid(), form);

      assertThat(result.problems()).isEmpty();
      assertThat(result.document()).hasValueSatisfying(d -> {
        assertThat(d.plans().get(0).projects().get(0).partners()).hasSize(1);
        assertThat(d.events().get(0).sessions().get(0).tables()).hasSize(1);
      });
    }
  }

  private void check(Case c, Form form) throws IOException {
    folder = Files.createTempDirectory(root, "case");
    Book book = valid();
    c.change().accept(book);

    SheetsReadResult result = read(book, form);

    assertThat(result.problems()).extracting(p -> relative(p) + " " + p.problem().rule())
        .containsExactlyElementsOf(c.expected().stream()
            .map(e -> e.place().in(form) + " " + e.rule()).toList());
    for (int i = 0; i < c.expected().size(); i++) {
      SheetProblem problem = result.problems().get(i);
      assertThat(problem.toString()).doesNotContain("\n").doesNotContain("\r")
          .doesNotContain("Exception");
      assertThat(problem.problem().message()).contains(c.expected().get(i).names());
    }
    boolean errors = c.expected().stream().anyMatch(e -> !e.rule().equals("empty-row")
        && !e.rule().equals("unknown-sheet"));
    assertThat(result.document().isEmpty()).isEqualTo(errors);
    if (!errors) {
      assertThat(result.document().get().cities()).hasSize(2);
    }
  }

  private String relative(SheetProblem problem) {
    return problem.place().replace(folder + "/", "");
  }

  private SheetsReadResult read(Book book, Form form) throws IOException {
    Path target = form == Form.XLSX ? writeWorkbook(book) : writeCsv(book);
    return SheetsReader.create().read(target);
  }

  private Path writeWorkbook(Book book) throws IOException {
    Path file = folder.resolve("plans.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "scap-test", "1.0");
      for (var entry : book.sheets.entrySet()) {
        Worksheet sheet = workbook.newWorksheet(entry.getKey());
        List<List<Object>> rows = entry.getValue();
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object cell = rows.get(r).get(c);
            if (cell instanceof BigDecimal number) {
              sheet.value(r, c, number);
            } else if (cell != null) {
              sheet.value(r, c, (String) cell);
            }
          }
        }
        Consumer<Worksheet> extra = book.extras.get(entry.getKey());
        if (extra != null) {
          extra.accept(sheet);
        }
        sheet.finish();
      }
      workbook.finish();
    }
    return file;
  }

  private Path writeCsv(Book book) throws IOException {
    Path data = folder.resolve("data");
    Files.createDirectories(data);
    for (var entry : book.sheets.entrySet()) {
      byte[] raw = book.rawCsv.get(entry.getKey());
      if (raw != null) {
        Files.write(data.resolve(file(entry.getKey())), raw);
        continue;
      }
      StringWriter text = new StringWriter();
      for (List<Object> row : entry.getValue()) {
        List<String> fields = new ArrayList<>();
        for (Object cell : row) {
          fields.add(cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString()
              : (String) cell);
        }
        SheetsFixture.record(text, fields);
      }
      Files.writeString(data.resolve(file(entry.getKey())), text.toString(),
          StandardCharsets.UTF_8);
    }
    return data;
  }

  private static String file(String sheet) {
    return dev.scap.sheets.internal.Sheets.byName(sheet)
        .map(dev.scap.sheets.internal.Sheets.Sheet::file)
        .orElse(sheet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".csv");
  }
}
