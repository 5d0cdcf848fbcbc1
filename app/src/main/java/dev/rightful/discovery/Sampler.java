package dev.rightful.discovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Reads a bounded sample of a table, never the whole of it: on PostgreSQL a {@code TABLESAMPLE
 * SYSTEM} of a few pages sized from the planner's row estimate, on MariaDB and H2 short runs of
 * rows from random points of an integer primary key, and otherwise the first rows; always with a
 * {@code LIMIT}. Values come back as text.
 */
final class Sampler {
  /** The database, as far as sampling SQL differs. */
  enum Dialect {
    POSTGRESQL,
    MARIADB,
    H2,
    OTHER;

    static Dialect of(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.contains("maria") || product.contains("mysql")) {
        return MARIADB;
      }
      return product.contains("h2") ? H2 : OTHER;
    }
  }

  /** The rows read: one list of text values (nulls left out) per column, and how they were read. */
  record Sample(List<List<String>> values, int rows, String method) {}

  // Random key runs read this many starting points; a run is the sample size over them.
  private static final int RUNS = 10;
  // A table estimated under this many times the sample size is read from its start with a LIMIT.
  private static final int SMALL = 10;

  private final Connection connection;
  private final Dialect dialect;
  private final String quote;

  Sampler(Connection connection) throws SQLException {
    this.connection = connection;
    this.dialect = Dialect.of(connection);
    String q = connection.getMetaData().getIdentifierQuoteString();
    this.quote = q == null || q.isBlank() ? "\"" : q.strip();
  }

  Dialect dialect() {
    return dialect;
  }

  Sample sample(Catalog.Table table, List<Catalog.Column> columns, int size, int timeoutSeconds)
      throws SQLException {
    List<List<String>> values = new ArrayList<>();
    columns.forEach(c -> values.add(new ArrayList<>()));
    if (columns.isEmpty() || size <= 0) {
      return new Sample(values, 0, "none");
    }
    String select =
        "SELECT "
            + columns.stream().map(c -> quoted(c.name())).collect(Collectors.joining(", "))
            + " FROM "
            + quoted(table.name());
    int rows = 0;
    String method;
    if (dialect == Dialect.POSTGRESQL) {
      double estimate = postgresEstimate(table.name());
      if (estimate > (double) SMALL * size) {
        // SYSTEM picks whole pages: ask for five times the rows wanted, then cut with LIMIT.
        double percent = Math.min(100, Math.max(0.0001, 100.0 * 5 * size / estimate));
        method = "tablesample-system";
        rows =
            read(
                select
                    + " TABLESAMPLE SYSTEM ("
                    + String.format(Locale.ROOT, "%.4f", percent)
                    + ") LIMIT "
                    + size,
                List.of(),
                values,
                timeoutSeconds);
        if (rows < size / 2) {
          clear(values);
          method = "limit";
          rows = read(select + " LIMIT " + size, List.of(), values, timeoutSeconds);
        }
      } else {
        method = "limit";
        rows = read(select + " LIMIT " + size, List.of(), values, timeoutSeconds);
      }
    } else if (dialect == Dialect.OTHER) {
      method = "max-rows";
      rows = read(select, List.of(), values, timeoutSeconds, size);
    } else {
      long[] range = integerKeyRange(table, timeoutSeconds);
      if (range != null && range[1] - range[0] + 1 > (long) SMALL * size) {
        method = "random-key-runs";
        String key = quoted(table.primaryKey().get(0));
        int run = Math.max(1, size / RUNS);
        for (int i = 0; i < RUNS && rows < size; i++) {
          long from = ThreadLocalRandom.current().nextLong(range[0], range[1] + 1);
          rows +=
              read(
                  select + " WHERE " + key + " >= ? ORDER BY " + key + " LIMIT " + run,
                  List.of(from),
                  values,
                  timeoutSeconds);
        }
      } else {
        method = "limit";
        rows = read(select + " LIMIT " + size, List.of(), values, timeoutSeconds);
      }
    }
    return new Sample(values, rows, method);
  }

  private double postgresEstimate(String table) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT c.reltuples FROM pg_class c WHERE c.oid ="
                + " to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getDouble(1) : -1;
      }
    }
  }

  /** The lowest and highest value of a one-column integer primary key, read from its index. */
  private long[] integerKeyRange(Catalog.Table table, int timeoutSeconds) throws SQLException {
    if (table.primaryKey().size() != 1) {
      return null;
    }
    String key = table.primaryKey().get(0);
    boolean integer =
        table
            .find(key)
            .map(
                c ->
                    c.jdbcType() == java.sql.Types.INTEGER
                        || c.jdbcType() == java.sql.Types.BIGINT
                        || c.jdbcType() == java.sql.Types.SMALLINT)
            .orElse(false);
    if (!integer) {
      return null;
    }
    try (Statement s = connection.createStatement()) {
      s.setQueryTimeout(timeoutSeconds);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT MIN("
                  + quoted(key)
                  + "), MAX("
                  + quoted(key)
                  + ") FROM "
                  + quoted(table.name()))) {
        if (!rs.next() || rs.getObject(1) == null) {
          return null;
        }
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  private int read(String sql, List<Object> params, List<List<String>> values, int timeout)
      throws SQLException {
    return read(sql, params, values, timeout, 0);
  }

  private int read(
      String sql, List<Object> params, List<List<String>> values, int timeout, int maxRows)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setQueryTimeout(Math.max(1, timeout));
      if (maxRows > 0) {
        s.setMaxRows(maxRows);
      }
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      int rows = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows++;
          for (int c = 0; c < values.size(); c++) {
            String v = rs.getString(c + 1);
            if (v != null) {
              values.get(c).add(v);
            }
          }
        }
      }
      return rows;
    }
  }

  private static void clear(List<List<String>> values) {
    values.forEach(List::clear);
  }

  private String quoted(String name) {
    return quote + name.replace(quote, quote + quote) + quote;
  }
}
