package dev.rightful.discovery;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a database's catalog through JDBC {@link DatabaseMetaData}: the tables of the connection's
 * own schema (PostgreSQL's current schema, H2's) or database (MariaDB's catalog), with their
 * columns, primary keys, foreign keys and comments. Reads nothing but the catalog.
 */
final class CatalogReader {
  private CatalogReader() {}

  static Catalog read(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    // MariaDB names the database as catalog and has no schemas; PostgreSQL and H2 the reverse.
    if (meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("maria")
        || meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("mysql")) {
      schema = null;
    }
    List<String[]> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("REMARKS")});
      }
    }
    List<Catalog.Table> tables = new ArrayList<>();
    for (String[] name : names) {
      tables.add(table(meta, catalog, schema, name[0], name[1]));
    }
    return new Catalog(tables);
  }

  private static Catalog.Table table(
      DatabaseMetaData meta, String catalog, String schema, String table, String comment)
      throws SQLException {
    List<Catalog.Column> columns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
      while (rs.next()) {
        columns.add(
            new Catalog.Column(
                rs.getString("COLUMN_NAME"),
                rs.getString("TYPE_NAME"),
                rs.getInt("DATA_TYPE"),
                blankToNull(rs.getString("REMARKS"))));
      }
    }
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    List<Catalog.ForeignKey> foreignKeys = new ArrayList<>();
    try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        foreignKeys.add(
            new Catalog.ForeignKey(
                rs.getString("FKCOLUMN_NAME"),
                rs.getString("PKTABLE_NAME"),
                rs.getString("PKCOLUMN_NAME")));
      }
    }
    return new Catalog.Table(
        table, blankToNull(comment), columns, List.copyOf(key.values()), foreignKeys);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
