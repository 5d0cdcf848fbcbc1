package dev.rightful.discovery;

import dev.rightful.discovery.classify.ColumnClassifier;
import dev.rightful.discovery.classify.ColumnSample;
import dev.rightful.discovery.classify.ColumnType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans one database: reads its catalog, samples each table (bounded, {@link Sampler}) over a
 * read-only connection, and classifies every column. The sampled values are dropped table by table
 * once classified; the result holds verdicts and counts only.
 */
public final class Scanner {
  /**
   * How much to read: rows per table, the time the whole scan may take, the day ages count from.
   */
  public record Limits(int sampleRows, int maxSeconds, LocalDate today) {}

  /** Told before each table: the n-th of m. */
  public interface Progress {
    void table(int n, int of, String name);
  }

  private Scanner() {}

  /**
   * Connects to {@code url} read-only: the driver is told ({@code setReadOnly}) and, on PostgreSQL
   * and MariaDB, the transaction itself is {@code READ ONLY}, so a mistake here cannot write.
   */
  public static Connection connect(String url, String user, String password) throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    try {
      connection.setReadOnly(true);
      Sampler.Dialect dialect = Sampler.Dialect.of(connection);
      if (dialect == Sampler.Dialect.POSTGRESQL || dialect == Sampler.Dialect.MARIADB) {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
          s.execute("SET TRANSACTION READ ONLY");
        }
      }
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  public static ScanResult scan(
      String system, Connection connection, Limits limits, Progress progress) throws SQLException {
    long start = System.nanoTime();
    long deadline = start + limits.maxSeconds() * 1_000_000_000L;
    Catalog catalog = CatalogReader.read(connection);
    long catalogNanos = System.nanoTime() - start;
    long samplingNanos = 0;
    long classifyingNanos = 0;
    Sampler sampler = new Sampler(connection);
    ColumnClassifier classifier = new ColumnClassifier(limits.today());
    List<ScanResult.ScannedTable> tables = new ArrayList<>();
    List<String> notSampled = new ArrayList<>();
    int n = 0;
    for (Catalog.Table table : catalog.tables()) {
      progress.table(++n, catalog.tables().size(), table.name());
      List<Catalog.Column> readable =
          table.columns().stream()
              .filter(c -> ColumnType.ofJdbc(c.jdbcType()) != ColumnType.BINARY)
              .toList();
      long left = (deadline - System.nanoTime()) / 1_000_000_000L;
      Sampler.Sample sample;
      long sampling = System.nanoTime();
      if (left >= 1) {
        sample = sampler.sample(table, readable, limits.sampleRows(), (int) left);
      } else {
        notSampled.add(table.name());
        sample = sampler.sample(table, readable, 0, 1);
      }
      long classifying = System.nanoTime();
      samplingNanos += classifying - sampling;
      List<ScanResult.ScannedColumn> columns = new ArrayList<>();
      for (Catalog.Column column : table.columns()) {
        int index = readable.indexOf(column);
        List<String> values = index < 0 ? List.of() : sample.values().get(index);
        List<String> siblings =
            table.columnNames().stream().filter(c -> !c.equals(column.name())).toList();
        ColumnSample input =
            new ColumnSample(
                table.name(),
                column.name(),
                ColumnType.ofJdbc(column.jdbcType()),
                siblings,
                values);
        columns.add(new ScanResult.ScannedColumn(column, classifier.classify(input)));
      }
      classifyingNanos += System.nanoTime() - classifying;
      tables.add(new ScanResult.ScannedTable(table, sample.rows(), sample.method(), columns));
    }
    if (!connection.getAutoCommit()) {
      connection.rollback();
    }
    return new ScanResult(
        system,
        sampler.dialect().name().toLowerCase(java.util.Locale.ROOT),
        tables,
        notSampled,
        (System.nanoTime() - start) / 1_000_000,
        new ScanResult.Timing(
            catalogNanos / 1_000_000, samplingNanos / 1_000_000, classifyingNanos / 1_000_000));
  }
}
