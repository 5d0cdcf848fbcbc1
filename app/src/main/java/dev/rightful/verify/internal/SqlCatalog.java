package dev.rightful.verify.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of one company database as its JDBC metadata describes them: the stored spelling of
 * each table and column name, quoted with the database's own quote character, so that a data map
 * written in lower case works on PostgreSQL, MariaDB and H2 alike (H2 stores unquoted names in
 * upper case). Not thread-safe: one per connection.
 */
public final class SqlCatalog {
  private final DatabaseMetaData meta;
  private final String catalog;
  private final String schema;
  private final String quote;

  /** A table as stored: its quoted name and its quoted columns by lower-case name. */
  public record SqlTable(String name, Map<String, String> columns) {
    public Optional<String> column(String mapName) {
      return Optional.ofNullable(columns.get(mapName.toLowerCase(Locale.ROOT)));
    }
  }

  public SqlCatalog(Connection connection) throws SQLException {
    this.meta = connection.getMetaData();
    this.catalog = connection.getCatalog();
    this.schema = connection.getSchema();
    String q = meta.getIdentifierQuoteString();
    this.quote = q == null || q.isBlank() ? "" : q.strip();
  }

  /** The table the data map calls {@code mapName}; empty when the database has no such table. */
  public Optional<SqlTable> table(String mapName) throws SQLException {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(mapName);
    spellings.add(mapName.toLowerCase(Locale.ROOT));
    spellings.add(mapName.toUpperCase(Locale.ROOT));
    for (String spelling : spellings) {
      String stored = null;
      Map<String, String> columns = new HashMap<>();
      try (ResultSet rs = meta.getColumns(catalog, schema, spelling, "%")) {
        while (rs.next()) {
          String tableName = rs.getString("TABLE_NAME");
          // The name is a LIKE pattern ('_' matches any character): keep the exact table only.
          if (!tableName.equalsIgnoreCase(mapName)) {
            continue;
          }
          stored = tableName;
          String column = rs.getString("COLUMN_NAME");
          columns.put(column.toLowerCase(Locale.ROOT), quote(column));
        }
      }
      if (stored != null) {
        return Optional.of(new SqlTable(quote(stored), Map.copyOf(columns)));
      }
    }
    return Optional.empty();
  }

  private String quote(String identifier) {
    return quote.isEmpty() ? identifier : quote + identifier.replace(quote, quote + quote) + quote;
  }
}
