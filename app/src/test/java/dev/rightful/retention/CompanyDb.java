package dev.rightful.retention;

import dev.rightful.demo.DemoDatabase;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A company database for the tests, loaded with the Net2Phone demo data: the real PostgreSQL
 * (schema {@code retention_test}) and MariaDB (database {@code retention_test}) servers of this
 * machine, or H2 the way start-dev runs it. A missing server fails the test.
 */
enum CompanyDb {
  POSTGRESQL,
  MARIADB,
  H2;

  static final String NAME = "retention_test";
  private static final String H2_URL =
      "jdbc:h2:mem:retention-company-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private DataSource source;

  /** The database with the demo tables dropped and loaded again. */
  DataSource fresh() {
    DataSource dataSource = dataSource();
    DemoDatabase.of(Repo.exampleMap().resolve("db")).load(dataSource, true);
    return dataSource;
  }

  /** A lookup of the data map's one system, for {@link RetentionSweeper}. */
  java.util.function.Function<String, Optional<DataSource>> systems() {
    DataSource dataSource = dataSource();
    return id -> id.equals("company_db") ? Optional.of(dataSource) : Optional.empty();
  }

  synchronized DataSource dataSource() {
    if (source == null) {
      source = create();
    }
    return source;
  }

  String url() {
    return switch (this) {
      case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + NAME;
      case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/" + NAME + "?user=root&sslMode=disable";
      case H2 -> H2_URL;
    };
  }

  String user() {
    return switch (this) {
      case POSTGRESQL -> "postgres";
      case MARIADB -> "root";
      case H2 -> "sa";
    };
  }

  private DataSource create() {
    try {
      switch (this) {
        case POSTGRESQL -> {
          Postgres.freshSchema(NAME);
          PGSimpleDataSource pg = new PGSimpleDataSource();
          pg.setUrl(url());
          pg.setUser(user());
          return pg;
        }
        case MARIADB -> {
          try (Connection connection =
                  DriverManager.getConnection(
                      "jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable");
              Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + NAME + " CHARACTER SET utf8mb4");
          }
          return new MariaDbDataSource(url());
        }
        default -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL(url());
          h2.setUser(user());
          return h2;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(this + " is required for the retention tests: " + e, e);
    }
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
