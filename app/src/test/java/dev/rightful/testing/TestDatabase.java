package dev.rightful.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.demo.DemoDatabase;
import dev.rightful.systems.CompanyDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database of the tests, with a name of its own: a schema on this machine's PostgreSQL
 * (127.0.0.1:5432, database {@code test}), a database on its MariaDB (127.0.0.1:3306, root), or an
 * in-memory H2. It serves as a company database (with the Net2Phone demo loaded by {@link
 * #loadDemo}) or as Rightful's own store. Closing it drops it; one the test leaves open is dropped
 * when the test JVM exits. A missing server fails the test, never skips it. Thread-safe.
 */
public final class TestDatabase implements AutoCloseable {
  /*
   * Names are the caller's purpose plus a random suffix (orders_3f9a1c2b), so two runs on one
   * machine, or two classes of one run, never drop each other's tables. A fixed name made parallel
   * runs collide: one run's DROP removed the tables another was reading.
   */

  /** Where a test database lives. */
  public enum Kind {
    POSTGRESQL,
    MARIADB,
    /** H2 as start-dev runs it: PostgreSQL mode, names in lower case. */
    H2,
    /** H2 in its own mode: names are stored in upper case, the data map writes them in lower. */
    H2_UPPER_CASE;

    /** The name tests print: {@code postgresql}, {@code mariadb}, {@code h2}… */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";
  private static final Set<TestDatabase> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> List.copyOf(OPEN).forEach(TestDatabase::dropAtExit), "drop-test-dbs"));
  }

  private final Kind kind;
  private final String name;
  private HikariDataSource pool;

  private TestDatabase(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /** Creates an empty database for {@code purpose} (letters, digits, underscores). */
  public static TestDatabase create(Kind kind, String purpose) {
    String name =
        purpose.toLowerCase(Locale.ROOT)
            + "_"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    TestDatabase database = new TestDatabase(kind, name);
    switch (kind) {
      case POSTGRESQL -> database.onServer("CREATE SCHEMA " + name);
      case MARIADB -> database.onServer("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
      default -> {}
    }
    OPEN.add(database);
    return database;
  }

  /** Creates a database for {@code purpose} and loads the Net2Phone demo company into it. */
  public static TestDatabase withDemo(Kind kind, String purpose) {
    return create(kind, purpose).loadDemo();
  }

  /** Loads the Net2Phone demo company (examples/net2phone/db), dropping its tables first. */
  public TestDatabase loadDemo() {
    try (Connection connection = connect()) {
      DemoDatabase.of(Repo.exampleMap().resolve("db")).load(connection, true);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the demo into " + this + ": " + e, e);
    }
    return this;
  }

  public Kind kind() {
    return kind;
  }

  /** The schema or database name, unique to this database. */
  public String name() {
    return name;
  }

  public String url() {
    return switch (kind) {
      case POSTGRESQL -> POSTGRES + "?currentSchema=" + name;
      case MARIADB -> MARIADB + name + "?sslMode=disable";
      case H2 ->
          "jdbc:h2:mem:"
              + name
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
      case H2_UPPER_CASE -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    };
  }

  public String user() {
    return switch (kind) {
      case POSTGRESQL -> "postgres";
      case MARIADB -> "root";
      case H2, H2_UPPER_CASE -> "sa";
    };
  }

  /** Where Rightful reaches this database, as a company database. */
  public CompanyDatabases.Target target() {
    return new CompanyDatabases.Target(url(), user(), "");
  }

  /** A new connection; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), "");
  }

  /** A data source without a pool: every connection is new. */
  public DataSource dataSource() {
    try {
      return switch (kind) {
        case POSTGRESQL -> {
          PGSimpleDataSource pg = new PGSimpleDataSource();
          pg.setUrl(url());
          pg.setUser(user());
          yield pg;
        }
        case MARIADB -> new MariaDbDataSource(url() + "&user=" + user());
        case H2, H2_UPPER_CASE -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL(url());
          h2.setUser(user());
          yield h2;
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A small connection pool over this database, made once and closed with it. */
  public synchronized HikariDataSource pool() {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url());
      config.setUsername(user());
      config.setPassword("");
      config.setMaximumPoolSize(3);
      pool = new HikariDataSource(config);
    }
    return pool;
  }

  /** Runs {@code statements}, one after the other. */
  public void script(String... statements) {
    try (Connection connection = pool().getConnection();
        Statement statement = connection.createStatement()) {
      for (String one : statements) {
        statement.execute(one);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Runs one statement with {@code params} bound in order. */
  public void execute(String sql, Object... params) {
    try (Connection connection = pool().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The first column of every row {@code sql} selects, as text (null stays null). */
  public List<String> column(String sql, Object... params) {
    try (Connection connection = pool().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      List<String> out = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          out.add(rows.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The first column of the first row {@code sql} selects, or null without a row. */
  public String text(String sql, Object... params) {
    List<String> values = column(sql, params);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The number a {@code SELECT COUNT(*)} query answers. */
  public long count(String sql, Object... params) {
    return Long.parseLong(column(sql, params).get(0));
  }

  /** Closes the pool and drops the schema or database (an H2 database is shut down). */
  @Override
  public void close() {
    if (!OPEN.remove(this)) {
      return;
    }
    synchronized (this) {
      if (pool != null) {
        pool.close();
        pool = null;
      }
    }
    switch (kind) {
      case POSTGRESQL -> onServer("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      case MARIADB -> onServer("DROP DATABASE IF EXISTS " + name);
      case H2, H2_UPPER_CASE -> shutdownH2();
    }
  }

  /** An in-memory H2 ends with the JVM; a server's schema or database is dropped if it can be. */
  private void dropAtExit() {
    if (kind == Kind.POSTGRESQL || kind == Kind.MARIADB) {
      try {
        close();
      } catch (RuntimeException e) {
        System.err.println("could not drop the test database " + name + ": " + e.getMessage());
      }
    }
  }

  @Override
  public String toString() {
    return kind.label();
  }

  private void shutdownH2() {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void onServer(String sql) {
    String server = kind == Kind.POSTGRESQL ? POSTGRES : MARIADB + "?sslMode=disable";
    try (Connection connection = DriverManager.getConnection(server, user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          kind.label() + " on 127.0.0.1 is required: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
  }
}
