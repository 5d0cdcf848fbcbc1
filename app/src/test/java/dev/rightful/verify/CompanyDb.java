package dev.rightful.verify;

import dev.rightful.demo.DemoDatabase;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The Net2Phone demo company database, loaded fresh into one of the real servers of this machine
 * (PostgreSQL, MariaDB) or into H2 in either of its modes. A missing server fails the test.
 */
enum CompanyDb {
  POSTGRESQL,
  MARIADB,
  H2,
  /** H2 in its own mode: names are stored in upper case, the data map writes them in lower case. */
  H2_UPPER_CASE;

  private static final DemoDatabase DEMO =
      DemoDatabase.of(Repo.root().resolve("examples/net2phone/db"));

  /** Loads the demo into a fresh schema or database named {@code name}; returns how to reach it. */
  CompanyDatabases.Target load(String name) {
    CompanyDatabases.Target target =
        switch (this) {
          case POSTGRESQL ->
              new CompanyDatabases.Target(Postgres.freshSchema(name), "postgres", "");
          case MARIADB -> mariadb(name);
          case H2 ->
              new CompanyDatabases.Target(
                  "jdbc:h2:mem:"
                      + name
                      + UUID.randomUUID()
                      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                  "sa",
                  "");
          case H2_UPPER_CASE ->
              new CompanyDatabases.Target(
                  "jdbc:h2:mem:" + name + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        };
    try (Connection connection =
        DriverManager.getConnection(target.url(), target.user(), target.password())) {
      DEMO.load(connection, true);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot load the demo into " + this + ": " + e.getMessage(), e);
    }
    return target;
  }

  private static CompanyDatabases.Target mariadb(String name) {
    String server = "jdbc:mariadb://127.0.0.1:3306/?sslMode=disable";
    try (Connection connection = DriverManager.getConnection(server, "root", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "MariaDB at 127.0.0.1:3306 is required: " + e.getMessage(), e);
    }
    return new CompanyDatabases.Target(
        "jdbc:mariadb://127.0.0.1:3306/" + name + "?sslMode=disable", "root", "");
  }
}
