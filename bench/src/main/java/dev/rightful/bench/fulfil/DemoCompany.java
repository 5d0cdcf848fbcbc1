package dev.rightful.bench.fulfil;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The generated demo company database the fulfilment benchmarks run against ({@code rightful
 * demo-data}, PostgreSQL schema or MariaDB database {@code bench_demo}), and the consumers they
 * use. Deletion is destructive, so every deletion takes consumers no earlier run took: a cursor
 * kept in the database ({@code bench_cursor}) hands out consumer numbers once, spread over the
 * whole id range ({@code c × 7919 mod N + 1}, a bijection when N is not a multiple of 7919) so that
 * consecutive consumers do not share cached pages.
 */
enum DemoCompany {
  POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_demo", "postgres"),
  MARIADB("jdbc:mariadb://127.0.0.1:3306/bench_demo?sslMode=disable", "root");

  final String url;
  final String user;

  DemoCompany(String url, String user) {
    this.url = url;
    this.user = user;
  }

  static DemoCompany of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** A small pool, as Rightful's CompanyDatabases makes one per system. */
  HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  /** The number of consumers generated (customer ids run from 1 to it). */
  static long consumers(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT MAX(id) FROM customers")) {
      rows.next();
      long n = rows.getLong(1);
      if (n < 100_000) {
        throw new IllegalStateException(
            "bench_demo holds " + n + " consumers; generate it first (bench/fulfilment.sh)");
      }
      return n;
    }
  }

  /** Reserves {@code count} consumers no earlier run used; returns the first cursor value. */
  static long reserve(Connection connection, long count, long consumers) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS bench_cursor (id INT PRIMARY KEY, next_cursor BIGINT)");
      connection.commit();
      statement.executeUpdate(
          "INSERT INTO bench_cursor (id, next_cursor) SELECT 1, 0 FROM customers WHERE id = 1"
              + " AND NOT EXISTS (SELECT 1 FROM bench_cursor)");
      long first;
      try (var rows =
          statement.executeQuery("SELECT next_cursor FROM bench_cursor WHERE id = 1 FOR UPDATE")) {
        rows.next();
        first = rows.getLong(1);
      }
      if (first + count > consumers) {
        throw new IllegalStateException(
            "every generated consumer has been used; regenerate the data (demo-data --replace)"
                + " and drop bench_cursor");
      }
      statement.executeUpdate(
          "UPDATE bench_cursor SET next_cursor = " + (first + count) + " WHERE id = 1");
      connection.commit();
      return first;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The consumer a cursor value stands for. */
  static long consumer(long cursor, long consumers) {
    return cursor * 7919 % consumers + 1;
  }

  /** The example data map, from the repository root (the working directory or -Dbench.repo). */
  static DataMap map() {
    Path root = Path.of(System.getProperty("bench.repo", "")).toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("examples/net2phone"))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new IllegalStateException("run from the repository root (examples/net2phone)");
    }
    return DataMapLoader.load(root.resolve("examples/net2phone")).orThrow();
  }
}
