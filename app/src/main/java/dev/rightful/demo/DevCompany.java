package dev.rightful.demo;

import dev.rightful.systems.CompanyDatabases;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The demo company database start-dev runs against: an H2 file database beside Rightful's own,
 * loaded from {@code examples/<company>/db} on first start and kept across restarts, so that
 * deletions made in a walkthrough stay deleted.
 */
public final class DevCompany {
  private DevCompany() {}

  public static String url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("company")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
        // Durable commits, as Rightful's own database (Database.H2_DURABLE_COMMITS): a deletion
        // reported done must not come back after a crash.
        + ";WRITE_DELAY=0";
  }

  /** Loads the demo data if the database is new; returns how to reach it. */
  public static CompanyDatabases.Target ensureLoaded(Path dataDir, Path sqlDirectory) {
    String url = url(dataDir);
    DemoDatabase demo = DemoDatabase.of(sqlDirectory);
    try (var connection = DriverManager.getConnection(url, "sa", "")) {
      if (demo.presentTables(connection).isEmpty()) {
        demo.load(connection, false);
      }
    } catch (SQLException e) {
      throw new DemoDatabaseException(
          "cannot open the demo company database " + url + ": " + e.getMessage(), e);
    }
    return new CompanyDatabases.Target(url, "sa", "");
  }
}
