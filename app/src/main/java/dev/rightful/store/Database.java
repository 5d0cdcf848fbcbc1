package dev.rightful.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Rightful's own database: a connection pool, its Flyway migrations, and a JDBI handle. Runs on
 * PostgreSQL in production and on an H2 file database (PostgreSQL mode) in start-dev. Thread-safe.
 */
public final class Database implements AutoCloseable {
  /** How long a caller waits for a connection before the database counts as unavailable. */
  public static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);

  private static final Duration VALIDATION_WAIT = Duration.ofSeconds(1);
  private static final Duration STATEMENT_SILENCE = Duration.ofSeconds(15);

  /*
   * Rate limits get a small pool of their own on PostgreSQL: every public POST takes from one or two
   * buckets before its own transaction, and sharing the main pool made 64 busy clients queue three
   * times per request. A bucket's state is not worth waiting for the disk: those connections commit
   * without waiting for the WAL flush, so a crash may forget the last fraction of a second of takes,
   * which only ever lets a sender through a few more times.
   */
  private static final int LIMITS_POOL_SIZE = 4;

  private final HikariDataSource dataSource;
  private final HikariDataSource limits;
  private final Jdbi jdbi;
  private final GroupCommit commits;

  private Database(HikariDataSource dataSource, HikariDataSource limits) {
    this.dataSource = dataSource;
    this.limits = limits;
    this.jdbi = Jdbi.create(dataSource);
    this.commits = new GroupCommit(jdbi, "rightful");
  }

  /** Opens the pool and migrates the schema to the latest version. */
  public static Database open(String url, String user, String password, int poolSize) {
    // Migrations on their own connection, free of the pool's timeouts: an index built on a large
    // table may take longer than a request's statement ever should.
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    HikariDataSource main = new HikariDataSource(pool(url, user, password, poolSize, "rightful"));
    if (!url.startsWith("jdbc:postgresql:")) {
      return new Database(main, null);
    }
    HikariConfig limits = pool(url, user, password, LIMITS_POOL_SIZE, "rightful-limits");
    limits.setConnectionInitSql("SET synchronous_commit = off");
    try {
      return new Database(main, new HikariDataSource(limits));
    } catch (RuntimeException e) {
      main.close();
      throw e;
    }
  }

  private static HikariConfig pool(
      String url, String user, String password, int size, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setPoolName(name);
    // When the database stops answering, callers are told in seconds, not after Hikari's 30 s:
    // a request waits at most CONNECTION_WAIT for a connection and is then answered 503.
    config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
    config.setValidationTimeout(VALIDATION_WAIT.toMillis());
    if (url.startsWith("jdbc:postgresql:")) {
      // A new connection to a host that accepts and then stays silent gives up as quickly; a
      // statement on a connection whose database went silent gives up after STATEMENT_SILENCE
      // (statements are chunked, so none legitimately waits that long for a reply).
      config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_WAIT.toSeconds()));
      config.addDataSourceProperty("loginTimeout", String.valueOf(CONNECTION_WAIT.toSeconds()));
      config.addDataSourceProperty("socketTimeout", String.valueOf(STATEMENT_SILENCE.toSeconds()));
    }
    return config;
  }

  /** Applies the migrations under {@code db/migration}; safe to run on every start. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  /**
   * Makes every commit of an H2 file database durable. By default H2's MVStore writes committed
   * changes to the file from a background thread up to 500 ms later, so a request answered 201 was
   * lost when the process died (issue 13: 22 of 104 after {@code kill -9}). With {@code
   * WRITE_DELAY=0} a commit writes its changes to the file before it returns. H2 does not fsync
   * each commit, so this holds when the process is killed, not when the machine loses power: a
   * production database is PostgreSQL ({@code start}).
   */
  public static final String H2_DURABLE_COMMITS = ";WRITE_DELAY=0";

  /** The JDBC URL of the embedded H2 file database start-dev keeps under {@code dataDir}. */
  public static String embeddedUrl(java.nio.file.Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("rightful")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
        + H2_DURABLE_COMMITS;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Transactions committed together with whoever else is waiting: intake's ({@link GroupCommit}).
   */
  public GroupCommit groupCommit() {
    return commits;
  }

  /** The pool for rate-limit buckets: its own on PostgreSQL (see above), else the main one. */
  public DataSource limitsDataSource() {
    return limits == null ? dataSource : limits;
  }

  /** Whether the database answers a trivial query: the readiness probe. */
  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) VALIDATION_WAIT.toSeconds());
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Whether {@code failure} (or a cause of it) is the database being unavailable (no connection
   * within {@link #CONNECTION_WAIT}), as opposed to an error in what was asked of it.
   */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    commits.close();
    if (limits != null) {
      limits.close();
    }
    dataSource.close();
  }
}
