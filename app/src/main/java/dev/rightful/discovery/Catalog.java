package dev.rightful.discovery;

import java.util.List;
import java.util.Optional;

/**
 * What a database says about itself: its tables, their columns, keys, foreign keys and comments, as
 * {@link java.sql.DatabaseMetaData} reports them. Immutable.
 */
public record Catalog(List<Table> tables) {
  public Catalog {
    tables = List.copyOf(tables);
  }

  /** A table; names compare without regard to case (H2 stores them in upper case). */
  public Optional<Table> find(String name) {
    return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }

  /** A column, its SQL type name, {@link java.sql.Types} code and comment (or null). */
  public record Column(String name, String typeName, int jdbcType, String comment) {}

  /** A foreign key column: {@code column} holds values of {@code toTable.toColumn}. */
  public record ForeignKey(String column, String toTable, String toColumn) {}

  /** A table with its columns in order, its primary key columns and its foreign keys. */
  public record Table(
      String name,
      String comment,
      List<Column> columns,
      List<String> primaryKey,
      List<ForeignKey> foreignKeys) {
    public Table {
      columns = List.copyOf(columns);
      primaryKey = List.copyOf(primaryKey);
      foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<Column> find(String column) {
      return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
    }

    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }
  }
}
