package dev.rightful.bench.retention;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's company table, {@code bench_events}: web-event-like rows (id, e-mail, IP address,
 * time), nine in ten of them older than the retention period and interleaved with the recent ones,
 * generated set-based on the server ({@code generate_series} in PostgreSQL, the {@code seq_1_to_N}
 * sequence engine in MariaDB, a million rows per statement).
 */
enum BenchTable {
  POSTGRESQL(
      "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=retention_bench&user=postgres",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
  MARIADB(
      "jdbc:mariadb://127.0.0.1:3306/retention_bench?user=root&sslMode=disable",
      "jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable");

  /** Rows older than this (as of 2026-03-01 minus 13 months) are due. */
  static final String CUTOFF = "2025-02-01 00:00:00";

  static final int CHUNK = 1_000_000;

  final String url;
  private final String serverUrl;

  BenchTable(String url, String serverUrl) {
    this.url = url;
    this.serverUrl = serverUrl;
  }

  static BenchTable of(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /**
   * MariaDB only: waits until InnoDB's purge has caught up (history list length 0), that is until
   * the rows a DELETE marked are physically gone; returns false after {@code limitMillis}.
   * PostgreSQL's counterpart, VACUUM, is off on this server and left out of both methods alike.
   */
  boolean awaitPurge(long limitMillis) throws SQLException {
    if (this != MARIADB) {
      return true;
    }
    long until = System.currentTimeMillis() + limitMillis;
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      while (System.currentTimeMillis() < until) {
        try (java.sql.ResultSet rs =
            statement.executeQuery(
                "SELECT count FROM information_schema.INNODB_METRICS"
                    + " WHERE name = 'trx_rseg_history_len'")) {
          if (rs.next() && rs.getLong(1) == 0) {
            return true;
          }
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  /** Drops and fills {@code bench_events} with {@code rows} rows; every tenth is recent. */
  void load(long rows) throws SQLException {
    try (Connection server = DriverManager.getConnection(serverUrl);
        Statement statement = server.createStatement()) {
      statement.execute(
          this == POSTGRESQL
              ? "CREATE SCHEMA IF NOT EXISTS retention_bench"
              : "CREATE DATABASE IF NOT EXISTS retention_bench");
    }
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS bench_events");
      statement.execute(
          "CREATE TABLE bench_events (id BIGINT PRIMARY KEY, email VARCHAR(320) NOT NULL,"
              + " ip_address VARCHAR(45), occurred_at "
              + (this == POSTGRESQL ? "TIMESTAMP" : "DATETIME(6)")
              + " NOT NULL)"
              + (this == MARIADB ? " ENGINE=InnoDB" : ""));
      for (long from = 0; from < rows; from += CHUNK) {
        long count = Math.min(CHUNK, rows - from);
        statement.execute(this == POSTGRESQL ? postgres(from, count) : mariadb(from, count));
      }
      if (this == POSTGRESQL) {
        statement.execute("VACUUM ANALYZE bench_events");
        statement.execute("CHECKPOINT");
      } else {
        statement.execute("ANALYZE TABLE bench_events");
      }
    }
    awaitPurge(300_000); // the load's own undo, so that it does not run during the timed part
  }

  private static String postgres(long from, long count) {
    return "INSERT INTO bench_events SELECT g, 'user' || g || '@example.com',"
        + " '198.51.100.' || (g % 250), CASE WHEN g % 10 = 0 THEN TIMESTAMP '2026-02-01'"
        + " ELSE TIMESTAMP '2019-01-01' + (g % 100000) * INTERVAL '1 minute' END"
        + " FROM generate_series("
        + (from + 1)
        + ", "
        + (from + count)
        + ") g";
  }

  private static String mariadb(long from, long count) {
    String g = "(seq + " + from + ")";
    return "INSERT INTO bench_events SELECT "
        + g
        + ", CONCAT('user', "
        + g
        + ", '@example.com'), CONCAT('198.51.100.', "
        + g
        + " % 250), CASE WHEN "
        + g
        + " % 10 = 0 THEN TIMESTAMP '2026-02-01 00:00:00'"
        + " ELSE TIMESTAMP '2019-01-01 00:00:00' + INTERVAL ("
        + g
        + " % 100000) MINUTE END FROM seq_1_to_"
        + count;
  }

  long count(String where) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT COUNT(*) FROM bench_events WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
