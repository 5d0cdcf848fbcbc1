package dev.rightful.fulfil.connector.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The SQL types of a table's columns, read once from JDBC metadata. Not thread-safe. */
final class TableColumns {
  private TableColumns() {}

  static Map<String, Integer> read(Connection connection, String table) throws SQLException {
    Map<String, Integer> types = new HashMap<>();
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet rows =
          connection
              .getMetaData()
              .getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
        while (rows.next()) {
          types.put(
              rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE"));
        }
      }
      if (!types.isEmpty()) {
        break;
      }
    }
    return types;
  }
}
