package dev.rightful.retention.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A company table as its database describes it: the real spelling of its name and columns, how to
 * quote them, which columns are nullable or unique, and the foreign keys of other tables that refer
 * to it. Read from JDBC metadata, so identifiers are never pasted from the map unchecked.
 * Immutable.
 *
 * @param quoted the table name, quoted for SQL
 * @param columns by lower-case name
 * @param uniqueColumns lower-case names of columns with a single-column unique index
 * @param referencedBy foreign keys of other tables (or this one) that point at this table
 */
public record TableShape(
    String name,
    String quoted,
    Map<String, Column> columns,
    Set<String> uniqueColumns,
    List<ForeignKey> referencedBy) {

  /** One column: its real name, quoted name and JDBC type. */
  public record Column(
      String name, String quoted, int jdbcType, String typeName, boolean nullable) {
    public boolean isText() {
      return switch (jdbcType) {
        case Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.CLOB,
            Types.NCLOB ->
            true;
        default -> false;
      };
    }

    public boolean isNumber() {
      return switch (jdbcType) {
        case Types.TINYINT,
            Types.SMALLINT,
            Types.INTEGER,
            Types.BIGINT,
            Types.NUMERIC,
            Types.DECIMAL,
            Types.REAL,
            Types.FLOAT,
            Types.DOUBLE ->
            true;
        default -> false;
      };
    }

    public boolean isInteger() {
      return jdbcType == Types.TINYINT
          || jdbcType == Types.SMALLINT
          || jdbcType == Types.INTEGER
          || jdbcType == Types.BIGINT;
    }
  }

  /**
   * A foreign key from table {@code childName} to this table: {@code childColumns[i]} refers to
   * {@code parentColumns[i]}. Names are real; {@code childTable} and the columns are quoted.
   */
  public record ForeignKey(
      String childName, String childTable, List<String> childColumns, List<String> parentColumns) {
    public ForeignKey {
      childColumns = List.copyOf(childColumns);
      parentColumns = List.copyOf(parentColumns);
    }

    ForeignKey plus(ForeignKey next) {
      List<String> children = new ArrayList<>(childColumns);
      children.addAll(next.childColumns());
      List<String> parents = new ArrayList<>(parentColumns);
      parents.addAll(next.parentColumns());
      return new ForeignKey(childName, childTable, children, parents);
    }
  }

  public TableShape {
    columns = Map.copyOf(columns);
    uniqueColumns = Set.copyOf(uniqueColumns);
    referencedBy = List.copyOf(referencedBy);
  }

  /** The column a data map field names, matched without case. */
  public Column column(String field) {
    Column column = columns.get(field.toLowerCase(Locale.ROOT));
    if (column == null) {
      throw new IllegalArgumentException("table " + name + " has no column " + field);
    }
    return column;
  }

  public Optional<Column> findColumn(String field) {
    return Optional.ofNullable(columns.get(field.toLowerCase(Locale.ROOT)));
  }

  /**
   * Reads a table of the connection's current catalog and schema; the name matches without case.
   */
  public static TableShape read(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String quote = meta.getIdentifierQuoteString().strip();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    String real = realName(meta, catalog, schema, table);
    Map<String, Column> columns = new LinkedHashMap<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, real, null)) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME");
        columns.put(
            name.toLowerCase(Locale.ROOT),
            new Column(
                name,
                quote(quote, name),
                rs.getInt("DATA_TYPE"),
                rs.getString("TYPE_NAME"),
                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
      }
    }
    Set<String> unique = new HashSet<>();
    Map<String, List<String>> indexColumns = new LinkedHashMap<>();
    try (ResultSet rs = meta.getIndexInfo(catalog, schema, real, true, true)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        String column = rs.getString("COLUMN_NAME");
        if (index != null && column != null) {
          indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
        }
      }
    }
    indexColumns.values().stream()
        .filter(cols -> cols.size() == 1)
        .forEach(cols -> unique.add(cols.get(0).toLowerCase(Locale.ROOT)));
    Map<String, ForeignKey> keys = new LinkedHashMap<>();
    try (ResultSet rs = meta.getExportedKeys(catalog, schema, real)) {
      while (rs.next()) {
        String child = rs.getString("FKTABLE_NAME");
        ForeignKey column =
            new ForeignKey(
                child,
                quote(quote, child),
                List.of(quote(quote, rs.getString("FKCOLUMN_NAME"))),
                List.of(quote(quote, rs.getString("PKCOLUMN_NAME"))));
        keys.merge(child + "/" + rs.getString("FK_NAME"), column, ForeignKey::plus);
      }
    }
    return new TableShape(real, quote(quote, real), columns, unique, List.copyOf(keys.values()));
  }

  private static String realName(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    try (ResultSet rs = meta.getTables(catalog, schema, null, new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (name.equalsIgnoreCase(table)) {
          return name;
        }
      }
    }
    throw new SQLException("the company database has no table " + table + " in its current schema");
  }

  private static String quote(String quote, String identifier) {
    if (quote.isEmpty()) {
      return identifier;
    }
    return quote + identifier.replace(quote, quote + quote) + quote;
  }
}
