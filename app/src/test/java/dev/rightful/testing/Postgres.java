package dev.rightful.testing;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server on this machine (127.0.0.1:5432, trust auth, database {@code test}), with a
 * fresh schema per caller so parallel test classes do not collide. Never skipped: a missing server
 * fails the test.
 */
public final class Postgres {
  public static final String USER = "postgres";
  private static final String BASE = "jdbc:postgresql://127.0.0.1:5432/test";

  private Postgres() {}

  /** Drops and recreates {@code schema}; returns a JDBC URL whose default schema it is. */
  public static String freshSchema(String schema) {
    try (var connection = DriverManager.getConnection(BASE, USER, "");
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at 127.0.0.1:5432 is required: " + e.getMessage(), e);
    }
    return BASE + "?currentSchema=" + schema;
  }
}
