package dev.scap.sheets;

import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import dev.scap.sheets.internal.Sheets;
import dev.scap.sheets.internal.Sheets.Column;
import dev.scap.sheets.internal.Sheets.Kind;
import dev.scap.sheets.internal.Sheets.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a document as a workbook or CSV folder by following docs/SHEETS.md on the document's
 * canonical JSON, independently of the library's writer: the tests' way to make sheets.
 */
final class SheetsFixture {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** One sheet's headers and rows, each cell a String, a BigDecimal or null. */
  record Table(Sheet sheet, List<String> headers, List<List<Object>> rows) {}

  private SheetsFixture() {}

  static List<Table> tables(ScapDocument document) {
    JsonNode root = MAPPER.readTree(ScapWriter.canonical().toJson(document));
    List<Table> tables = new ArrayList<>();
    for (Sheet sheet : Sheets.ALL) {
      List<Map<String, Object>> rows = new ArrayList<>();
      if (sheet.single()) {
        rows.add(row(sheet, root, List.of()));
      } else {
        walk(sheet, root, List.of(sheet.path().split("/")), 0, new ArrayList<>(), rows);
      }
      if (rows.isEmpty()) {
        continue;
      }
      Set<String> headers = new LinkedHashSet<>();
      for (Column column : sheet.allColumns()) {
        if (column.required() || rows.stream().anyMatch(r -> r.containsKey(column.header()))) {
          headers.add(column.header());
        }
      }
      rows.forEach(r -> headers.addAll(r.keySet()));
      List<List<Object>> cells = new ArrayList<>();
      for (Map<String, Object> r : rows) {
        List<Object> line = new ArrayList<>();
        headers.forEach(h -> line.add(r.get(h)));
        cells.add(line);
      }
      tables.add(new Table(sheet, List.copyOf(headers), cells));
    }
    return tables;
  }

  private static void walk(Sheet sheet, JsonNode node, List<String> steps, int i,
      List<JsonNode> ancestors, List<Map<String, Object>> rows) {
    JsonNode list = node.get(steps.get(i));
    if (list == null) {
      return;
    }
    for (JsonNode item : list) {
      if (i + 2 >= steps.size()) {
        rows.add(row(sheet, item, ancestors));
      } else {
        List<JsonNode> deeper = new ArrayList<>(ancestors);
        deeper.add(item);
        walk(sheet, item, steps, i + 2, deeper, rows);
      }
    }
  }

  private static Map<String, Object> row(Sheet sheet, JsonNode object, List<JsonNode> ancestors) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < sheet.parentColumns().size(); i++) {
      JsonNode parent = ancestors.get(ancestors.size() - sheet.parents().size() + i);
      String key = sheet.parents().get(i) == Sheets.TABLES ? "number" : "id";
      row.put(sheet.parentColumns().get(i).header(), cell(Kind.ID, parent.get(key)));
    }
    for (Column column : sheet.columns()) {
      JsonNode value = object;
      for (String step : column.path()) {
        value = value == null ? null : value.get(step);
      }
      if (value != null) {
        row.put(column.header(), cell(column.kind(), value));
      }
    }
    extensions(row, "", object.get("extensions"));
    for (String nested : sheet.nested()) {
      JsonNode inner = object.get(nested.substring(0, nested.length() - 1));
      if (inner != null) {
        extensions(row, nested, inner.get("extensions"));
      }
    }
    return row;
  }

  private static void extensions(Map<String, Object> row, String prefix, JsonNode extensions) {
    if (extensions == null) {
      return;
    }
    for (var entry : extensions.properties()) {
      JsonNode value = entry.getValue();
      Object cell;
      if (value.isString()) {
        String text = value.stringValue();
        cell = readsAsJson(text) ? MAPPER.writeValueAsString(text) : text;
      } else {
        cell = MAPPER.writeValueAsString(value);
      }
      row.put(prefix + Sheets.EXTENSION_PREFIX + entry.getKey(), cell);
    }
  }

  private static boolean readsAsJson(String text) {
    if (text.isEmpty() || text.startsWith("\"") && text.endsWith("\"")) {
      return true;
    }
    try {
      MAPPER.readTree(text.strip());
      return !text.strip().isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Object cell(Kind kind, JsonNode value) {
    return switch (kind) {
      case INTEGER, DECIMAL -> value.isNumber() ? value.decimalValue() : text(value.asString());
      case ID_LIST -> {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asString()));
        yield String.join(", ", items);
      }
      case TEXT_LIST -> {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asString()));
        String plain = String.join("\n", items);
        boolean json = items.stream().anyMatch(s -> s.isEmpty() || s.contains("\n")
            || s.contains("\r")) || plain.strip().startsWith("[");
        yield json ? MAPPER.writeValueAsString(items) : plain;
      }
      default -> value.isNumber() ? value.decimalValue().toPlainString()
          : text(value.asString());
    };
  }

  private static String text(String text) {
    return text.isEmpty() || text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? MAPPER.writeValueAsString(text) : text;
  }

  /** Writes tables as a workbook, one sheet each. */
  static void writeWorkbook(List<Table> tables, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "scap-test", "1.0");
      for (Table table : tables) {
        Worksheet sheet = workbook.newWorksheet(table.sheet().name());
        for (int c = 0; c < table.headers().size(); c++) {
          sheet.value(0, c, table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
          List<Object> row = table.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            Object cell = row.get(c);
            if (cell instanceof BigDecimal number) {
              sheet.value(r + 1, c, number);
            } else if (cell != null) {
              sheet.value(r + 1, c, (String) cell);
            }
          }
        }
        sheet.finish();
      }
      workbook.finish();
    }
  }

  /** Writes a document as a workbook. */
  static void writeWorkbook(ScapDocument document, Path file) throws IOException {
    writeWorkbook(tables(document), file);
  }

  /** Writes tables as a folder of CSV files. */
  static void writeCsv(List<Table> tables, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Table table : tables) {
      try (Writer out = Files.newBufferedWriter(folder.resolve(table.sheet().file()),
          StandardCharsets.UTF_8)) {
        record(out, new ArrayList<>(table.headers()));
        for (List<Object> row : table.rows()) {
          List<String> line = new ArrayList<>();
          for (Object cell : row) {
            line.add(cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString()
                : (String) cell);
          }
          record(out, line);
        }
      }
    }
  }

  /** Writes one CSV record as RFC 4180 says, quoting every field that needs it. */
  static void record(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      if (i > 0) {
        out.write(',');
      }
      if (field.contains(",") || field.contains("\"") || field.contains("\n")
          || field.contains("\r")) {
        out.write('"' + field.replace("\"", "\"\"") + '"');
      } else {
        out.write(field);
      }
    }
    out.write("\r\n");
  }

  /** Writes a document as a folder of CSV files. */
  static void writeCsv(ScapDocument document, Path folder) throws IOException {
    writeCsv(tables(document), folder);
  }
}
