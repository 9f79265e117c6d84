package dev.scap.sheets.internal;

import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * A document's canonical JSON kept in a temporary file and read again for each sheet, so that
 * writing a large document holds one top-level object (one plan, one event) as a tree at a time
 * instead of the whole document twice. A JSON object becomes a {@link LinkedHashMap}, an array
 * an {@link ArrayList}, a number a {@link BigDecimal}, {@code null} the value {@link #NULL}.
 * Not thread-safe; close it to remove the file.
 */
public final class DocumentTree implements AutoCloseable {

  /** The JSON {@code null}, told apart from an absent property. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** The top-level properties that are lists of objects, each the rows of sheets. */
  private static final Set<String> LISTS =
      Set.of("taxonomies", "cities", "organizations", "plans", "events");

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
          .maxNestingDepth(Integer.MAX_VALUE).build())
      .build();

  /** What receives each object of a sheet. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Receives one object.
     *
     * @param parents the values of its parent columns, outermost first
     * @param object the object
     * @throws IOException if writing its row fails
     */
    void visit(List<Object> parents, Map<String, Object> object) throws IOException;
  }

  private final Path file;

  private DocumentTree(Path file) {
    this.file = file;
  }

  /**
   * Writes a document's canonical JSON to a temporary file.
   *
   * @param document the document
   * @return the tree, to be closed
   * @throws IOException if the file cannot be written
   */
  public static DocumentTree of(ScapDocument document) throws IOException {
    Path file = Files.createTempFile("scap-sheets-", ".json");
    try {
      ScapWriter.canonical().write(document, file);
      return new DocumentTree(file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * Visits every object of a sheet in document order: the children of a parent in the order of
   * its list, parents in theirs.
   *
   * @param sheet the sheet
   * @param visitor what receives each object
   * @throws IOException if the file cannot be read or the visitor fails
   */
  public void forEach(Sheets.Sheet sheet, Visitor visitor) throws IOException {
    Map<Sheets.Sheet, Visitor> visitors = new LinkedHashMap<>();
    visitors.put(sheet, visitor);
    forEach(visitors);
  }

  /**
   * Visits every object of several sheets in one reading of the document, each sheet's objects
   * in document order.
   *
   * @param visitors what receives each object, by sheet
   * @throws IOException if the file cannot be read or a visitor fails
   */
  public void forEach(Map<Sheets.Sheet, Visitor> visitors) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      parser.nextToken();
      Map<String, Object> root = new LinkedHashMap<>();
      Set<String> unread = new java.util.HashSet<>();
      visitors.keySet().forEach(sheet -> unread.add(sheet.path().split("/")[0]));
      // Only the document's own row needs what follows the last list a visitor wants.
      while ((visitors.containsKey(Sheets.DOCUMENT) || !unread.isEmpty())
          && parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        unread.remove(name);
        if (!LISTS.contains(name)) {
          root.put(name, value(parser));
          continue;
        }
        List<Map.Entry<String[], Visitor>> wanted = new ArrayList<>();
        for (Map.Entry<Sheets.Sheet, Visitor> entry : visitors.entrySet()) {
          String[] steps = entry.getKey().path().split("/");
          if (!entry.getKey().single() && steps[0].equals(name)) {
            wanted.add(Map.entry(steps, entry.getValue()));
          }
        }
        if (wanted.isEmpty() || parser.currentToken() != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          Object item = value(parser);
          for (Map.Entry<String[], Visitor> each : wanted) {
            walk(item, each.getKey(), 2, new ArrayList<>(), each.getValue());
          }
        }
      }
      Visitor document = visitors.get(Sheets.DOCUMENT);
      if (document != null) {
        document.visit(List.of(), root);
      }
    }
  }

  private static void walk(Object item, String[] steps, int next, List<Object> parents,
      Visitor visitor) throws IOException {
    if (!(item instanceof Map<?, ?> map)) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) map;
    if (next >= steps.length) {
      visitor.visit(List.copyOf(parents), object);
      return;
    }
    Object children = object.get(steps[next]);
    if (!(children instanceof List<?> list)) {
      return;
    }
    Object key = object.containsKey("id") ? object.get("id") : object.get("number");
    parents.add(key == null ? NULL : key);
    for (Object child : list) {
      walk(child, steps, next + 2, parents, visitor);
    }
    parents.remove(parents.size() - 1);
  }

  private static Object value(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, value(parser));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser));
        }
        return list;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return NULL;
    }
  }

  /** Removes the temporary file. */
  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
