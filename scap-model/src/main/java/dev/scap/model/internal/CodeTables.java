package dev.scap.model.internal;

import dev.scap.model.Coded;
import java.util.HashMap;
import java.util.Map;

/** The constants of each code list by their code, computed once per list. */
public final class CodeTables {

  private static final ClassValue<Map<String, Object>> TABLES = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> table = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        table.put(((Coded) constant).code(), constant);
      }
      return Map.copyOf(table);
    }
  };

  private CodeTables() {}

  /**
   * Returns the constants of a code list by code.
   *
   * @param type an enum that implements {@link Coded}
   * @return its constants by code
   */
  public static Map<String, Object> of(Class<?> type) {
    return TABLES.get(type);
  }
}
