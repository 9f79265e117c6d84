package dev.scap.io.internal;

import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the line and column of the values that problems point at, by a second pass over the
 * source that descends only into the containers on the way to them. A pointer to a property
 * that is absent gets the place of the nearest object that holds it.
 */
public final class Locator {

  private Locator() {}

  /**
   * Places problems that have no location yet.
   *
   * @param problems the problems
   * @param source opens a new token stream over the same source
   * @return the problems, each with its line and column where the source has them
   */
  public static List<Problem> place(List<Problem> problems, Supplier<JsonParser> source) {
    return place(problems, source, "", 1, 1);
  }

  /**
   * Places problems that have no location yet, from a source that holds only a part of the
   * document: the value at {@code base}, which starts at {@code line} and {@code column}.
   *
   * @param problems the problems, all at or under {@code base}
   * @param source opens a new token stream over the part
   * @param base the pointer of the part in its document
   * @param line the line where the part starts in the document
   * @param column the column where the part starts in the document
   * @return the problems, each with its line and column where the part has them
   */
  public static List<Problem> place(List<Problem> problems, Supplier<JsonParser> source,
      String base, int line, int column) {
    Set<String> wanted = new HashSet<>();
    for (Problem problem : problems) {
      if (!problem.hasLocation() && problem.pointer().startsWith(base)) {
        // a pointer already wanted has its containers wanted too: problems share them
        for (String p = problem.pointer().substring(base.length());
            wanted.add(p) && !p.isEmpty(); p = parent(p)) {
        }
      }
    }
    if (wanted.isEmpty()) {
      return problems;
    }
    Map<String, int[]> found = find(wanted, source);
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      if (problem.hasLocation()) {
        placed.add(problem);
        continue;
      }
      int[] at = null;
      if (problem.pointer().startsWith(base)) {
        for (String p = problem.pointer().substring(base.length()); at == null; p = parent(p)) {
          at = found.get(p);
          if (p.isEmpty()) {
            break;
          }
        }
      }
      if (at == null) {
        placed.add(problem);
      } else {
        int atColumn = at[0] == 1 ? at[1] + column - 1 : at[1];
        placed.add(problem.at(at[0] + line - 1, atColumn));
      }
    }
    return placed;
  }

  private static Map<String, int[]> find(Set<String> wanted, Supplier<JsonParser> source) {
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser parser = source.get()) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isStructEnd() && parser.streamReadContext().inRoot()) {
          break;  // the source may hold more after the value: the rest of a document
        }
        if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
          continue;
        }
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        if (!wanted.contains(pointer)) {
          parser.skipChildren();
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        found.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
      }
    } catch (JacksonException e) {
      // The source may be broken past the values sought: a streamed document's header is
      // placed before its plans are read. What was found places the problems; the error is
      // the plan stream's to report, when it gets there.
    }
    return found;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
