package dev.scap.model.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of the format's properties: one sequence that agrees with the order of docs/FORMAT.md
 * inside every kind of object of format 1.0, and the order of each kind of object of an event,
 * so that sorting pointers by it gives document order.
 */
public final class PropertyOrder {

  /** Every property name of the format, in an order that each object's properties follow. */
  public static final List<String> NAMES = List.of(
      "scapVersion", "metadata", "taxonomies", "cities", "organizations", "plans",
      "id", "organization", "role", "city", "name", "label", "title", "description", "source",
      "license", "created", "notes", "kind", "country", "population", "location", "lat", "lon",
      "networks", "offers", "themes", "stage", "broader", "adopted", "period", "start", "end",
      "vision", "focusAreas", "theme", "priority", "challenges", "targets", "year", "cost",
      "amount", "currency", "supportNeeded", "support", "note", "unit", "baseline", "target",
      "targetYear", "projects", "partners", "indicators", "events", "venue", "address",
      "sessions", "date", "taxonomy", "tables", "number", "seats", "guests", "slot", "room",
      "extensions");

  /**
   * The properties of the objects of an event, whose order differs from {@link #NAMES}'s (an
   * event lists its organizations before its cities, a venue its name before its city), by the
   * path of the object with its indexes as {@code #}.
   */
  private static final Map<String, List<String>> EVENT_ORDERS = Map.of(
      "events/#", List.of("id", "name", "start", "end", "venue", "organizations", "cities",
          "sessions", "note", "extensions"),
      "events/#/venue", List.of("name", "address", "city", "country", "extensions"),
      "events/#/organizations/#", List.of("organization", "role", "extensions"),
      "events/#/sessions/#", List.of("id", "kind", "title", "description", "date", "taxonomy",
          "themes", "tables", "extensions"),
      "events/#/sessions/#/tables/#", List.of("number", "theme", "seats", "guests", "partners",
          "slot", "room", "extensions"),
      "events/#/sessions/#/tables/#/partners/#", List.of("organization", "note", "extensions"));

  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    for (int i = 0; i < NAMES.size(); i++) {
      RANK.put(NAMES.get(i), i);
    }
  }

  /** Orders JSON Pointers by document order: indexes by number, names by {@link #NAMES}. */
  public static final Comparator<String> POINTERS = PropertyOrder::comparePointers;

  private PropertyOrder() {}

  /**
   * Returns the rank of a property name.
   *
   * @param name the name
   * @return its place in {@link #NAMES}, or {@code NAMES.size()} for a name the format lacks
   */
  public static int rank(String name) {
    return RANK.getOrDefault(name, NAMES.size());
  }

  private static int comparePointers(String a, String b) {
    String[] as = a.split("/", -1);
    String[] bs = b.split("/", -1);
    for (int i = 1; i < Math.min(as.length, bs.length); i++) {
      List<String> order = as[1].equals("events") ? EVENT_ORDERS.get(path(as, i)) : null;
      int c = order != null ? compareIn(order, as[i], bs[i]) : compareSegments(as[i], bs[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(as.length, bs.length);
  }

  /**
   * Orders the segments of an event's object: its own properties in its order, then any other
   * segment (a name the object does not have) as {@link #compareSegments} does. One total order,
   * so that sorting by it never meets a cycle.
   */
  private static int compareIn(List<String> order, String a, String b) {
    int x = order.indexOf(a);
    int y = order.indexOf(b);
    if (x >= 0 && y >= 0) {
      return Integer.compare(x, y);
    }
    if (x >= 0 || y >= 0) {
      return x >= 0 ? -1 : 1;
    }
    return compareSegments(a, b);
  }

  /** The path of the object that holds segment {@code end}, its indexes as {@code #}. */
  private static String path(String[] segments, int end) {
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < end; i++) {
      path.append(i > 1 ? "/" : "").append(isIndex(segments[i]) ? "#" : segments[i]);
    }
    return path.toString();
  }

  private static int compareSegments(String a, String b) {
    boolean aIndex = isIndex(a);
    boolean bIndex = isIndex(b);
    if (aIndex && bIndex) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    if (aIndex != bIndex) {
      return aIndex ? -1 : 1;
    }
    int c = Integer.compare(rank(a), rank(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
