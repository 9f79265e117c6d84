package dev.scap.sheets.internal;

import dev.scap.sheets.internal.Sheets.Column;
import dev.scap.sheets.internal.Sheets.Kind;
import dev.scap.sheets.internal.Sheets.Sheet;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * One sheet's rows flattened from a {@link DocumentTree} as docs/SHEETS.md says: its headers
 * (the layout's columns, then the extension columns found in its objects) and each object's
 * cells. A cell is {@code null} (empty), a {@link String}, a {@link BigDecimal} (a number) or a
 * {@link LocalDate}. Immutable once made.
 */
public final class SheetRows {

  /** What receives each row's cells. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * Receives one row.
     *
     * @param cells the cells in the order of the headers
     * @throws IOException if writing fails
     */
    void row(Object[] cells) throws IOException;
  }

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** An extension column: the nested object it sits in ({@code ""} for the row's own), key. */
  private record Extension(String header, String nested, String key) {}

  private final Sheet sheet;
  private final List<Extension> extensions;

  private SheetRows(Sheet sheet, List<Extension> extensions) {
    this.sheet = sheet;
    this.extensions = List.copyOf(extensions);
  }

  /**
   * Finds every sheet's extension columns in one reading of the document: the union of the
   * keys of its objects' extensions, each object's in its own order where the objects agree.
   *
   * @param tree the document
   * @return each sheet's rows, ready to write, in the layout's order
   * @throws IOException if the document cannot be read
   */
  public static Map<Sheet, SheetRows> of(DocumentTree tree) throws IOException {
    Map<Sheet, List<Extension>> found = new LinkedHashMap<>();
    Map<Sheet, DocumentTree.Visitor> visitors = new LinkedHashMap<>();
    for (Sheet sheet : Sheets.ALL) {
      List<Extension> extensions = new ArrayList<>();
      found.put(sheet, extensions);
      visitors.put(sheet, (parents, object) -> {
        collect(object, "", extensions);
        for (String prefix : sheet.nested()) {
          String name = prefix.substring(0, prefix.length() - 1);
          if (object.get(name) instanceof Map<?, ?> nested) {
            collect(nested, name, extensions);
          }
        }
      });
    }
    tree.forEach(visitors);
    Map<Sheet, SheetRows> rows = new LinkedHashMap<>();
    found.forEach((sheet, extensions) ->
        rows.put(sheet, new SheetRows(sheet, extensions)));
    return rows;
  }

  /**
   * Adds an object's extension keys to the columns found so far. A key not yet found goes right
   * after the key that precedes it in this object (or before the first of its followers already
   * found), not at the end: so that where objects agree on an order of their keys, each reads
   * back with its keys in its own order, and a document exported and imported is the same to
   * the byte.
   */
  private static void collect(Map<?, ?> object, String nested, List<Extension> found) {
    if (!(object.get("extensions") instanceof Map<?, ?> map)) {
      return;
    }
    List<Extension> own = new ArrayList<>();
    for (Object key : map.keySet()) {
      String header = (nested.isEmpty() ? "" : nested + ".") + Sheets.EXTENSION_PREFIX + key;
      own.add(new Extension(header, nested, (String) key));
    }
    for (int i = 0; i < own.size(); i++) {
      Extension extension = own.get(i);
      if (found.contains(extension)) {
        continue;
      }
      int at = found.size();
      if (i > 0) {
        at = found.indexOf(own.get(i - 1)) + 1;
      } else {
        for (int j = 1; j < own.size(); j++) {
          int next = found.indexOf(own.get(j));
          if (next >= 0) {
            at = next;
            break;
          }
        }
      }
      found.add(at, extension);
    }
  }

  /**
   * Returns the headers: parent columns, the object's columns, then extension columns.
   *
   * @return the headers in order
   */
  public List<String> headers() {
    List<String> headers = new ArrayList<>();
    sheet.allColumns().forEach(c -> headers.add(c.header()));
    extensions.forEach(e -> headers.add(e.header()));
    return headers;
  }

  /**
   * Returns the layout's columns; the extension columns follow them and are text.
   *
   * @return the sheet's columns
   */
  public List<Column> columns() {
    return sheet.allColumns();
  }

  /**
   * Writes the rows of every object of the sheet.
   *
   * @param tree the document
   * @param sink what receives each row
   * @throws IOException if reading or writing fails, or an object holds a property that no
   *     column takes (which would be lost)
   */
  public void write(DocumentTree tree, RowSink sink) throws IOException {
    List<Column> parentColumns = sheet.parentColumns();
    List<Column> columns = sheet.columns();
    Set<String> children = childProperties();
    tree.forEach(sheet, (parents, object) -> {
      checkCovered(object, children);
      Object[] cells = new Object[parentColumns.size() + columns.size() + extensions.size()];
      int i = 0;
      // A project's partners name their project alone, not the plan above it too.
      int skipped = parents.size() - parentColumns.size();
      for (int p = 0; p < parentColumns.size(); p++) {
        cells[i++] = encode(parents.get(skipped + p), parentColumns.get(p).kind());
      }
      for (Column column : columns) {
        cells[i++] = encode(at(object, column.path()), column.kind());
      }
      for (Extension extension : extensions) {
        Object holder = extension.nested().isEmpty() ? object : object.get(extension.nested());
        Object value = holder instanceof Map<?, ?> map && map.get("extensions") instanceof Map<?, ?>
            ext ? ext.get(extension.key()) : null;
        cells[i++] = value == null ? null : extensionCell(value);
      }
      sink.row(cells);
    });
  }

  private Set<String> childProperties() {
    Set<String> children = new LinkedHashSet<>();
    if (sheet.single()) {
      children.addAll(List.of("taxonomies", "cities", "organizations", "plans", "events"));
      return children;
    }
    for (Sheet other : Sheets.ALL) {
      if (!other.single() && other.path().startsWith(sheet.path() + "/")
          && other.path().split("/").length == sheet.path().split("/").length + 2) {
        children.add(other.property());
      }
    }
    return children;
  }

  private void checkCovered(Map<String, Object> object, Set<String> children)
      throws IOException {
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      String name = entry.getKey();
      if (name.equals("extensions") || children.contains(name)) {
        continue;
      }
      boolean whole = false;
      Set<String> inner = new LinkedHashSet<>();
      for (Column column : sheet.columns()) {
        if (column.path().get(0).equals(name)) {
          if (column.path().size() == 1) {
            whole = true;
          } else {
            inner.add(column.path().get(1));
          }
        }
      }
      if (whole) {
        continue;
      }
      if (inner.isEmpty() || !(entry.getValue() instanceof Map<?, ?> nested)) {
        throw new IOException("sheet " + sheet.name() + " has no column for the property '"
            + name + "'");
      }
      if (!sheet.nested().contains(name + ".")) {
        inner.remove("extensions");
      } else {
        inner.add("extensions");
      }
      for (Object key : nested.keySet()) {
        if (!inner.contains(key)) {
          throw new IOException("sheet " + sheet.name() + " has no column for the property '"
              + name + "." + key + "'");
        }
      }
    }
  }

  private static Object at(Map<String, Object> object, List<String> path) {
    Object value = object;
    for (String step : path) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(step);
    }
    return value;
  }

  /**
   * Encodes a JSON value as the cell of a column of a kind, as docs/SHEETS.md's "Cells" says;
   * a value not of the column's kind becomes its JSON text, so that nothing is lost.
   *
   * @param value the JSON value, {@code null} when absent
   * @param kind the column's kind
   * @return the cell, {@code null} for an empty one
   */
  public static Object encode(Object value, Kind kind) {
    if (value == null) {
      return null;
    }
    switch (kind) {
      case TEXT:
      case ID:
        return value instanceof String s ? text(s) : json(value);
      case INTEGER:
      case DECIMAL:
        return value instanceof BigDecimal ? value : json(value);
      case DATE:
        if (value instanceof String s) {
          try {
            LocalDate date = LocalDate.parse(s);
            return date.toString().equals(s) ? date : text(s);
          } catch (DateTimeParseException e) {
            return text(s);
          }
        }
        return json(value);
      case ID_LIST:
        return idList(value);
      case TEXT_LIST:
        return textList(value);
      default:
        throw new IllegalArgumentException("kind " + kind);
    }
  }

  /**
   * Encodes a text: as it is, unless it is empty or begins and ends with {@code "}, then as a
   * JSON string.
   *
   * @param text the text
   * @return the cell's text
   */
  public static String text(String text) {
    return text.isEmpty() || (text.startsWith("\"") && text.endsWith("\"")) || !xmlSafe(text)
        ? json(text) : text;
  }

  /**
   * Tells whether a text can stand in a workbook's XML as it is: a control character other
   * than tab, line feed and carriage return, an unpaired surrogate, U+FFFE or U+FFFF cannot
   * (FastExcel drops them), and a CSV file's UTF-8 cannot hold an unpaired surrogate either.
   * Such a text is written as JSON, which escapes them.
   *
   * @param text the text
   * @return whether every character can be written as it is
   */
  static boolean xmlSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static Object idList(Object value) {
    if (!(value instanceof List<?> list)) {
      return json(value);
    }
    if (list.isEmpty()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s) || s.isEmpty() || s.contains(",") || !s.strip().equals(s)) {
        return json(value);
      }
      items.add(s);
    }
    return String.join(", ", items);
  }

  private static Object textList(Object value) {
    if (!(value instanceof List<?> list)) {
      return json(value);
    }
    if (list.isEmpty()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s) || s.isBlank() || !xmlSafe(s) || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0 || !s.strip().equals(s)) {
        return json(value);
      }
      items.add(s);
    }
    String plain = String.join("\n", items);
    return plain.startsWith("[") || plain.startsWith("\"") ? json(value) : plain;
  }

  /**
   * Encodes an extension's value: a text as it is unless it would read as JSON, any other
   * value as its JSON text.
   *
   * @param value the JSON value
   * @return the cell's text
   */
  public static String extensionCell(Object value) {
    if (value instanceof String s) {
      return s.isEmpty() || !xmlSafe(s) || readsAsJson(s) ? json(s) : s;
    }
    return json(value);
  }

  private static boolean readsAsJson(String text) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  /**
   * Writes a JSON value as compact JSON text.
   *
   * @param value the value of a {@link DocumentTree}
   * @return its JSON text
   */
  public static String json(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(generator, value);
    }
    String json = out.toString();
    if (xmlSafe(json)) {
      return json;
    }
    // Jackson escapes control characters but passes U+FFFE, U+FFFF and lone surrogates on.
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1));
      if (paired) {
        safe.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        safe.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  private static void write(JsonGenerator generator, Object value) {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else {
      generator.writeNull();
    }
  }
}
