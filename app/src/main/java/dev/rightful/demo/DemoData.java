package dev.rightful.demo;

import dev.rightful.demo.DemoDatabase.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generates the demo company database at scale (a million consumers and more) in PostgreSQL or
 * MariaDB, for benchmarks and load tests: creates the demo schema, fills every table on the server
 * with {@code INSERT … SELECT} over a number series in chunks, then creates the schema's indexes
 * and refreshes the planner's statistics. The rows are described in {@link DemoRows}; they are the
 * same on every run and in both databases. Thread-safe (it keeps no state between runs).
 *
 * <pre>{@code
 * DemoData.Generated done =
 *     new DemoData(DemoDatabase.of(Path.of("examples/net2phone/db")))
 *         .generate(connection, new DemoData.Scale(1_000_000, 10), true, DemoData.Listener.NONE);
 * }</pre>
 */
public final class DemoData {
  /*
   * Speed: rows are made where they are stored (no row crosses the network), indexes are built once
   * over the loaded tables instead of row by row, and the session skips foreign-key checks while
   * loading (PostgreSQL: session_replication_role = replica, which needs a superuser and is skipped
   * otherwise; MariaDB: foreign_key_checks = 0). The keys hold by construction; DemoDataTest checks
   * them with anti-joins. MariaDB's schema declares its foreign keys inside CREATE TABLE, which
   * makes InnoDB index those columns during the load.
   */
  private static final Pattern CREATE_INDEX =
      Pattern.compile("CREATE\\s+(UNIQUE\\s+)?INDEX\\b", Pattern.CASE_INSENSITIVE);

  /** Rows per INSERT statement: large enough to be set-based, small enough to show progress. */
  static final long CHUNK = 500_000;

  private final DemoDatabase demo;

  public DemoData(DemoDatabase demo) {
    this.demo = demo;
  }

  /**
   * How much to generate.
   *
   * @param consumers customers (consumer {@code k} is customer {@code k}); at least 100
   * @param callsPerConsumer call records per consumer; at least 1
   */
  public record Scale(long consumers, int callsPerConsumer) {
    public Scale {
      if (consumers < 100 || consumers > 100_000_000L) {
        throw new IllegalArgumentException("consumers must be between 100 and 100,000,000");
      }
      if (callsPerConsumer < 1 || callsPerConsumer > 1000) {
        throw new IllegalArgumentException("calls per consumer must be between 1 and 1,000");
      }
    }

    /** The exact rows each table gets, parents first. */
    public Map<String, Long> rows() {
      return Collections.unmodifiableMap(DemoRows.counts(consumers, callsPerConsumer));
    }

    public long totalRows() {
      return rows().values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Consumer {@code k}'s email address in the generated data. */
  public static String email(long k) {
    return DemoPeople.email(k);
  }

  /** Consumer {@code k}'s phone number in the generated data (unique per consumer). */
  public static String phone(long k) {
    return DemoPeople.phone(k);
  }

  /** Told about each step as it goes; called from the generating thread. */
  public interface Listener {
    Listener NONE = new Listener() {};

    /** A step starts: a table's rows, or {@code indexes} (total = statements). */
    default void started(String step, long total) {}

    default void progressed(String step, long done, long total) {}

    default void finished(String step, long done, Duration took) {}
  }

  /** What a run made: rows per table, and the time of each step and of the whole. */
  public record Generated(
      Dialect dialect, Map<String, Long> rows, Map<String, Duration> took, Duration total) {
    public Generated {
      rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
      took = Collections.unmodifiableMap(new LinkedHashMap<>(took));
    }
  }

  /**
   * Creates the demo tables in the connection's current schema (PostgreSQL) or database (MariaDB)
   * and fills them. With {@code replace}, existing demo tables are dropped first; without it,
   * existing demo tables make it fail before changing anything.
   */
  public Generated generate(
      Connection connection, Scale scale, boolean replace, Listener listener) {
    long began = System.nanoTime();
    try {
      Dialect dialect = Dialect.of(connection.getMetaData());
      if (dialect == Dialect.H2) {
        throw new DemoDatabaseException("the demo data generator runs on PostgreSQL or MariaDB");
      }
      List<String> present = demo.presentTables(connection);
      if (!present.isEmpty() && !replace) {
        throw new DemoDatabaseException(
            "demo tables already exist: "
                + String.join(", ", present)
                + "; use replace to drop and generate them again");
      }
      connection.setAutoCommit(true);
      List<String> indexes = new ArrayList<>();
      Map<String, Duration> took = new LinkedHashMap<>();
      try (Statement statement = connection.createStatement()) {
        List<String> tables = demo.tables(dialect);
        for (int i = tables.size() - 1; i >= 0; i--) {
          statement.execute("DROP TABLE IF EXISTS " + tables.get(i));
        }
        for (SqlScript.Statement sql : demo.schema(dialect).statements()) {
          if (CREATE_INDEX.matcher(sql.sql()).lookingAt()) {
            indexes.add(sql.sql());
          } else {
            statement.execute(sql.sql());
          }
        }
        boolean checksOff = foreignKeyChecks(statement, dialect, false);
        DemoRows rows =
            new DemoRows(new DemoSql(dialect), scale.consumers(), scale.callsPerConsumer());
        for (Map.Entry<String, Long> table : scale.rows().entrySet()) {
          String name = table.getKey();
          took.put(name, fill(statement, rows, name, rows.range(name, table.getValue()), listener));
        }
        if (checksOff) {
          foreignKeyChecks(statement, dialect, true);
        }
        took.put("indexes", indexes(statement, dialect, indexes, scale.rows().keySet(), listener));
      }
      return new Generated(
          dialect, scale.rows(), took, Duration.ofNanos(System.nanoTime() - began));
    } catch (SQLException e) {
      throw new DemoDatabaseException("cannot generate the demo data: " + e.getMessage(), e);
    }
  }

  /** Inserts a table's rows in chunks of its number range; progress counts the range. */
  private static Duration fill(
      Statement statement, DemoRows rows, String table, long total, Listener listener)
      throws SQLException {
    long began = System.nanoTime();
    listener.started(table, total);
    for (long first = 1; first <= total; first += CHUNK) {
      long last = Math.min(total, first + CHUNK - 1);
      statement.executeUpdate(rows.insert(table, first, last));
      listener.progressed(table, last, total);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    listener.finished(table, total, took);
    return took;
  }

  /** Creates the schema's indexes over the loaded tables, then refreshes statistics. */
  private static Duration indexes(
      Statement statement,
      Dialect dialect,
      List<String> indexes,
      Iterable<String> tables,
      Listener listener)
      throws SQLException {
    long began = System.nanoTime();
    int steps = indexes.size() + 1;
    listener.started("indexes", steps);
    int done = 0;
    for (String index : indexes) {
      statement.execute(index);
      listener.progressed("indexes", ++done, steps);
    }
    for (String table : tables) {
      statement.execute(
          (dialect == Dialect.MARIADB ? "ANALYZE TABLE " : "ANALYZE ")
              + table.toLowerCase(Locale.ROOT));
    }
    listener.progressed("indexes", steps, steps);
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    listener.finished("indexes", steps, took);
    return took;
  }

  /** Turns the session's foreign-key checks off or on; false when the database refused. */
  private static boolean foreignKeyChecks(Statement statement, Dialect dialect, boolean on)
      throws SQLException {
    if (dialect == Dialect.MARIADB) {
      statement.execute("SET foreign_key_checks = " + (on ? 1 : 0));
      return true;
    }
    try {
      statement.execute("SET session_replication_role = " + (on ? "DEFAULT" : "replica"));
      if (!on) {
        // The generated rows can be regenerated: no need to wait for each chunk to reach disk.
        statement.execute("SET synchronous_commit = off");
      }
      return true;
    } catch (SQLException notSuperuser) {
      return false;
    }
  }
}
