package dev.rightful.bench.retention;

import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Location;
import dev.rightful.datamap.Policies;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Table;
import dev.rightful.retention.RetentionSweeper;
import dev.rightful.retention.SweepListener;
import dev.rightful.retention.SweepRecorder;
import dev.rightful.retention.SweepReport;
import dev.rightful.store.Database;
import dev.rightful.systems.CompanyDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A retention sweep of {@code rows} rows against its baseline, one raw {@code DELETE … WHERE} of
 * the same rows, in the same run: each (database, method) pair gets a freshly loaded table ({@link
 * BenchTable}, nine in ten rows due) in its own fork, and one timed shot. The sweep is the real
 * {@link RetentionSweeper} with its default settings (adaptive batches aimed at 250 ms), its
 * counts, and its progress records in a PostgreSQL Rightful database. The longest lock (the raw
 * statement, or the sweep's longest batch transaction) and the rows removed are appended to {@code
 * -Dretention.locks} as JSON lines.
 *
 * <p>Run from the repository root with {@code bench/retention-sweep.sh} (rounds of one database at
 * a time, so that each raw delete and its sweep run back to back on a shared machine), or for one
 * round: {@code java -Dretention.locks=bench/results/retention-locks.jsonl -jar
 * bench/target/benchmarks.jar RetentionSweepBenchmark -p database=postgresql -rf json -rff
 * bench/results/retention-sweep.json}. Add {@code -p rows=100000} for a quick check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RetentionSweepBenchmark {
  static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
  static final Location HERE = new Location(Path.of("RetentionSweepBenchmark.java"), 1, 1);

  @Param({"postgresql", "mariadb"})
  public String database;

  @Param({"raw-delete", "sweep"})
  public String method;

  @Param({"10000000"})
  public long rows;

  private BenchTable table;
  private static final long WARM_UP_ROWS = 200_000;

  private RetentionSweeper sweeper;
  private CompanyDatabases company;
  private Database rightful;
  private long due;
  private long removed;
  private Duration longestLock;
  private Duration took;
  private long began;

  @Setup(Level.Trial)
  public void load() throws SQLException {
    table = BenchTable.of(database);
    // One untimed run on a small table first, for both methods alike: a daily sweep runs in a
    // server that has swept before, so class loading and compilation are not what is measured.
    table.load(WARM_UP_ROWS);
    sweeper = sweeper();
    remove();
    table.load(rows);
    due = table.count("occurred_at <= '" + BenchTable.CUTOFF + "'");
    sweeper = sweeper();
  }

  /** Baseline and subject: remove the due rows; returns how many went. */
  @Benchmark
  public long remove() throws SQLException {
    began = System.nanoTime();
    if (method.equals("raw-delete")) {
      try (Connection connection = table.connect();
          Statement statement = connection.createStatement()) {
        long statementBegan = System.nanoTime();
        removed =
            statement.executeUpdate(
                "DELETE FROM bench_events WHERE occurred_at <= '" + BenchTable.CUTOFF + "'");
        longestLock = Duration.ofNanos(System.nanoTime() - statementBegan);
      }
    } else {
      SweepReport report =
          sweeper
              .run(
                  SweepReport.Trigger.COMMAND,
                  AS_OF,
                  Boolean.getBoolean("retention.trace") ? trace(began) : SweepListener.NONE)
              .orElseThrow();
      removed = report.done();
      longestLock = report.longestBatch();
    }
    took = Duration.ofNanos(System.nanoTime() - began);
    return removed;
  }

  @TearDown(Level.Trial)
  public void check() throws SQLException, IOException {
    // The time until the deleted rows are physically gone, for MariaDB, where a DELETE returns
    // before InnoDB's purge has done that part of its work; -1 when purge did not catch up.
    double purgedSeconds = took.toNanos() / 1e9;
    if (table == BenchTable.MARIADB) {
      purgedSeconds = table.awaitPurge(600_000) ? (System.nanoTime() - began) / 1e9 : -1;
    }
    closeStores();
    long left = table.count("1 = 1");
    if (removed != due || left != rows - due) {
      throw new IllegalStateException(
          method + " removed " + removed + " of " + due + " due rows; " + left + " left");
    }
    String line =
        String.format(
            Locale.ROOT,
            "{\"database\":\"%s\",\"method\":\"%s\",\"rows\":%d,\"removed\":%d,"
                + "\"seconds\":%.3f,\"purgedSeconds\":%.3f,\"longestLockMs\":%d}%n",
            database,
            method,
            rows,
            removed,
            took.toNanos() / 1e9,
            purgedSeconds,
            longestLock.toMillis());
    System.out.print("RESULT " + line);
    String file = System.getProperty("retention.locks");
    if (file != null) {
      Files.writeString(Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  /** With {@code -Dretention.trace=true}: when each batch committed, to see where time goes. */
  private static SweepListener trace(long began) {
    return new SweepListener() {
      private long last = began;

      @Override
      public void started(dev.rightful.retention.Target target) {
        mark("started");
      }

      @Override
      public void committed(dev.rightful.retention.Target target, int rows) {
        mark("batch " + rows);
      }

      @Override
      public void finished(
          dev.rightful.retention.Target target, dev.rightful.retention.TargetOutcome outcome) {
        mark("finished");
      }

      private void mark(String what) {
        long now = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "TRACE %7.1f ms (+%6.1f) %s%n",
            (now - began) / 1e6,
            (now - last) / 1e6,
            what);
        last = now;
      }
    };
  }

  /**
   * The sweeper as the application wires it: the company database through {@link CompanyDatabases}'
   * pool, Rightful's own through {@link Database}'s pool.
   */
  private RetentionSweeper sweeper() throws SQLException {
    closeStores();
    company =
        CompanyDatabases.resolve(
            map(), Map.of(), new CompanyDatabases.Target(table.url, null, null));
    rightful = rightful();
    return new RetentionSweeper(
        map(),
        company::find,
        rightful.jdbi(),
        // A fixed bench key: the benchmark places no consumer holds, so nothing is sealed.
        new CryptoPiProtection(
            Keys.parse(Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'))),
        SweepRecorder.NONE,
        Clock.fixed(AS_OF, ZoneOffset.UTC),
        RetentionSweeper.Settings.defaults("bench"));
  }

  private void closeStores() {
    if (company != null) {
      company.close();
    }
    if (rightful != null) {
      rightful.close();
    }
  }

  /**
   * A fresh, migrated Rightful database in the PostgreSQL schema {@code retention_bench_rightful}.
   */
  private static Database rightful() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS retention_bench_rightful CASCADE");
      statement.execute("CREATE SCHEMA retention_bench_rightful");
    }
    return Database.open(
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=retention_bench_rightful",
        "postgres",
        "",
        2);
  }

  /** One system, one table, one rule: web events kept 13 months. */
  static DataMap map() {
    Field id = new Field("id", Set.of(), null, false, null, null, null, null, HERE);
    Field email = new Field("email", Set.of(), "email", false, null, null, null, null, HERE);
    Field time = new Field("occurred_at", Set.of(), null, false, null, null, null, null, HERE);
    Table events =
        new Table(
            "bench_events", null, "id", "occurred_at", List.of(id, email, time), null, null, HERE);
    DataSystem system =
        new DataSystem(
            "bench_db",
            "Benchmark database",
            "jdbc",
            null,
            null,
            null,
            null,
            null,
            List.of(events),
            HERE);
    RetentionRule rule =
        new RetentionRule(
            "web-events",
            "Website activity",
            null,
            Set.of(),
            List.of("bench_db.bench_events"),
            Period.ofMonths(13),
            "occurred_at",
            null,
            RetentionRule.Action.DELETE,
            List.of(),
            "Website analytics",
            HERE);
    return new DataMap(
        Path.of("."),
        null,
        null,
        new Policies.Methods(List.of(), List.of(), List.of(), HERE),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(system),
        List.of(rule),
        new Policies.Minors(false, true),
        List.of(),
        null);
  }
}
