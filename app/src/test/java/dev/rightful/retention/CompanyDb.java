package dev.rightful.retention;

import dev.rightful.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A company database for the tests, loaded with the Net2Phone demo data: the real PostgreSQL and
 * MariaDB servers of this machine, or H2 the way start-dev runs it, each a {@link TestDatabase} of
 * its own (unique name, dropped when the test JVM exits). A missing server fails the test.
 */
enum CompanyDb {
  POSTGRESQL,
  MARIADB,
  H2;

  private TestDatabase database;

  /** The database with the demo tables dropped and loaded again. */
  DataSource fresh() {
    database().loadDemo();
    return dataSource();
  }

  /** A lookup of the data map's one system, for {@link RetentionSweeper}. */
  java.util.function.Function<String, Optional<DataSource>> systems() {
    DataSource dataSource = dataSource();
    return id -> id.equals("company_db") ? Optional.of(dataSource) : Optional.empty();
  }

  DataSource dataSource() {
    return database().dataSource();
  }

  private synchronized TestDatabase database() {
    if (database == null) {
      database = TestDatabase.create(TestDatabase.Kind.valueOf(name()), "retention_company");
    }
    return database;
  }

  /** Rows in a table. */
  long count(String table) {
    return count(table, "1 = 1");
  }

  /** Rows in a table that meet {@code where}. */
  long count(String table, String where) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs statements, such as extra rows a test needs. */
  void execute(String... sql) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String one : sql) {
        statement.execute(one);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
