package dev.rightful.fulfil;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consumer's rows found in one system, table by table in plan order, each row a map from column
 * to value (strings, longs, decimals, ISO date-times), and how many statements found them.
 * Immutable.
 */
public record Found(String system, Map<String, List<Map<String, Object>>> tables, int statements) {
  public Found {
    tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
  }

  public List<Map<String, Object>> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  public int rowCount() {
    return tables.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public String toString() {
    return "Found[" + system + ", rows=" + rowCount() + "]";
  }
}
