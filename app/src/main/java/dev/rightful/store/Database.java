package dev.rightful.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Rightful's own database: a connection pool, its Flyway migrations, and a JDBI handle. Runs on
 * PostgreSQL in production and on an H2 file database (PostgreSQL mode) in start-dev. Thread-safe.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Opens the pool and migrates the schema to the latest version. */
  public static Database open(String url, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setPoolName("rightful");
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      migrate(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource);
  }

  /** Applies the migrations under {@code db/migration}; safe to run on every start. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  /** The JDBC URL of the embedded H2 file database start-dev keeps under {@code dataDir}. */
  public static String embeddedUrl(java.nio.file.Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("rightful")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Whether the database answers a trivial query: the readiness probe. */
  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
