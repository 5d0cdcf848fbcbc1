package dev.rightful.journeys;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.demo.DemoDatabase;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The example company's database on the real PostgreSQL or MariaDB of this machine, loaded fresh
 * with the demo data, and read by the journeys with their own SQL: never through Rightful's code,
 * so a journey sees what is really in the company's tables.
 */
final class CompanyDatabase implements AutoCloseable {
  private final String name;
  private final String url;
  private final String user;
  private final HikariDataSource pool;

  private CompanyDatabase(String name, String url, String user) {
    this.name = name;
    this.url = url;
    this.user = user;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(2);
    this.pool = new HikariDataSource(config);
    DemoDatabase.of(Repo.exampleMap().resolve("db")).load(pool, true);
  }

  static CompanyDatabase open(String kind) {
    return switch (kind) {
      case "postgresql" ->
          new CompanyDatabase(kind, Postgres.freshSchema("journeys_company"), Postgres.USER);
      case "mariadb" -> mariadb();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static CompanyDatabase mariadb() {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:3306/?sslMode=disable", "root", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS journeys_company");
      s.execute("CREATE DATABASE journeys_company CHARACTER SET utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at 127.0.0.1:3306 is required: " + e, e);
    }
    return new CompanyDatabase(
        "mariadb", "jdbc:mariadb://127.0.0.1:3306/journeys_company?sslMode=disable", "root");
  }

  String name() {
    return name;
  }

  /** Where Rightful reaches this database (every JDBC system of the example map). */
  CompanyDatabases.Target target() {
    return new CompanyDatabases.Target(url, user, "");
  }

  void execute(String sql, Object... params) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The first column of every row {@code sql} selects, as text (null stays null). */
  List<String> column(String sql, Object... params) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      List<String> out = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          out.add(rows.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long count(String sql, Object... params) {
    return Long.parseLong(column(sql, params).get(0));
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return name;
  }
}
