package dev.scap.sheets;

import dev.scap.io.ScapReader;
import dev.scap.model.Event;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** What the writer's tests read back: workbooks and CSV folders as rows of cells. */
final class SheetsWriterFiles {

  private SheetsWriterFiles() {}

  /** Reads every sheet of a workbook: sheet name to rows, each row its cells by column. */
  static Map<String, List<List<Cell>>> workbook(Path file) throws IOException {
    Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCell(c));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getName(), rows);
      }
    }
    return sheets;
  }

  /** Reads every CSV file of a folder: file name to records. */
  static Map<String, List<CSVRecord>> csv(Path folder) throws IOException {
    Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
    for (dev.scap.sheets.internal.Sheets.Sheet sheet : dev.scap.sheets.internal.Sheets.ALL) {
      try (Reader in = Files.newBufferedReader(folder.resolve(sheet.file()),
          StandardCharsets.UTF_8)) {
        files.put(sheet.file(), CSVFormat.RFC4180.parse(in).getRecords());
      }
    }
    return files;
  }

  /** Returns the text of one part of a workbook. */
  static String part(Path workbook, String name) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Returns the names of a workbook's parts. */
  static List<String> parts(Path workbook) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }

  /** Reads the small document of the golden tests. */
  static ScapDocument small() throws IOException {
    return ScapReader.create().read(Path.of("src", "test", "resources", "golden", "small.json"))
        .document();
  }

  /** Counts the objects of each sheet's kind in a document, in the layout's order. */
  static Map<String, Integer> counts(ScapDocument document) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("Document", 1);
    counts.put("Taxonomies", document.taxonomies().size());
    counts.put("Themes", document.taxonomies().stream().mapToInt(t -> t.themes().size()).sum());
    counts.put("Cities", document.cities().size());
    counts.put("Organizations", document.organizations().size());
    List<Plan> plans = document.plans();
    List<Project> projects = plans.stream().flatMap(p -> p.projects().stream()).toList();
    counts.put("Plans", plans.size());
    counts.put("Focus areas", plans.stream().mapToInt(p -> p.focusAreas().size()).sum());
    counts.put("Targets", plans.stream().mapToInt(p -> p.targets().size()).sum());
    counts.put("Plan partners", plans.stream().mapToInt(p -> p.partners().size()).sum());
    counts.put("Projects", projects.size());
    counts.put("Project partners", projects.stream().mapToInt(p -> p.partners().size()).sum());
    counts.put("Indicators", projects.stream().mapToInt(p -> p.indicators().size()).sum());
    List<Event> events = document.events();
    List<Session> sessions = events.stream().flatMap(e -> e.sessions().stream()).toList();
    List<SeatedTable> tables = sessions.stream().flatMap(s -> s.tables().stream()).toList();
    counts.put("Events", events.size());
    counts.put("Event organizations", events.stream().mapToInt(e -> e.organizations().size())
        .sum());
    counts.put("Sessions", sessions.size());
    counts.put("Tables", tables.size());
    counts.put("Table partners", tables.stream().mapToInt(t -> t.partners().size()).sum());
    return counts;
  }
}
