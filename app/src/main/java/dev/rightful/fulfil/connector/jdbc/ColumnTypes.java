package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The column types of a company database's tables, read from its metadata on first use, so that
 * bound values match the columns (a key found as text binds as a number). Thread-safe.
 */
final class ColumnTypes {
  private final Map<String, Map<String, Integer>> types = new ConcurrentHashMap<>();

  /** The rows' primary keys, coerced to the key column's type. */
  List<Object> keys(Connection connection, Table table, List<Map<String, Object>> rows)
      throws SQLException {
    if (table.primaryKey() == null) {
      throw new IllegalStateException(
          "table '" + table.name() + "' has no primaryKey: fulfilment cannot change its rows");
    }
    Integer type = of(connection, table).get(table.primaryKey());
    List<Object> keys = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      keys.add(Values.coerce(row.get(table.primaryKey()), type));
    }
    return keys;
  }

  /** The JDBC type of each column of {@code table}, read once. */
  Map<String, Integer> of(Connection connection, Table table) throws SQLException {
    Map<String, Integer> known = types.get(table.name());
    if (known == null) {
      known = TableColumns.read(connection, table.name());
      types.put(table.name(), known);
    }
    return known;
  }
}
