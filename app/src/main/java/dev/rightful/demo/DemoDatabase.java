package dev.rightful.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The demo company database of an example: schema and seed files in one directory, loaded into a
 * PostgreSQL, MariaDB/MySQL or H2 database. Immutable and thread-safe; it reads the files on every
 * load.
 *
 * <p>The directory holds {@code schema-postgresql.sql} (which H2 also reads), {@code
 * schema-mariadb.sql} and a portable {@code seed.sql}; a {@code seed-<dialect>.sql} file, when
 * present, replaces {@code seed.sql} for that dialect. The dialect comes from the connection's
 * metadata.
 *
 * <pre>{@code
 * DemoDatabase demo = DemoDatabase.of(Path.of("examples/net2phone/db"));
 * DemoDatabase.Loaded loaded = demo.load(dataSource, true); // drop the demo tables, then load
 * }</pre>
 */
public final class DemoDatabase {
  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\b",
          Pattern.CASE_INSENSITIVE);

  private final Path directory;

  private DemoDatabase(Path directory) {
    this.directory = directory;
  }

  /** The demo database whose files are in {@code directory}, such as {@code examples/x/db}. */
  public static DemoDatabase of(Path directory) {
    return new DemoDatabase(directory);
  }

  /** A database the demo files are written for, told apart by the JDBC product name. */
  public enum Dialect {
    POSTGRESQL("postgresql"),
    /** MariaDB and MySQL, which share one schema file. */
    MARIADB("mariadb"),
    /** H2 reads the PostgreSQL schema unchanged, with or without MODE=PostgreSQL. */
    H2("postgresql");

    private final String fileSuffix;

    Dialect(String fileSuffix) {
      this.fileSuffix = fileSuffix;
    }

    /** The part of the file names that picks this dialect's files: {@code schema-<suffix>.sql}. */
    public String fileSuffix() {
      return fileSuffix;
    }

    /** The dialect of a connected database; fails for a product with no demo schema. */
    public static Dialect of(DatabaseMetaData metaData) throws SQLException {
      String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgresql")) {
        return POSTGRESQL;
      } else if (product.contains("mariadb") || product.contains("mysql")) {
        return MARIADB;
      } else if (product.equals("h2")) {
        return H2;
      }
      throw new DemoDatabaseException(
          "no demo schema for "
              + metaData.getDatabaseProductName()
              + ": the demo database loads into PostgreSQL, MariaDB, MySQL or H2");
    }
  }

  /**
   * What a load did.
   *
   * @param dialect the dialect read from the database
   * @param tables the tables created, in creation order (parents before the tables that refer to
   *     them)
   * @param rows the rows the seed inserted
   */
  public record Loaded(Dialect dialect, List<String> tables, int rows) {
    public Loaded {
      tables = List.copyOf(tables);
    }
  }

  public Path directory() {
    return directory;
  }

  /** The demo tables in the order the dialect's schema creates them. */
  public List<String> tables(Dialect dialect) {
    return tableNames(SqlScript.read(schemaFile(dialect), dialect));
  }

  /** Loads through one connection of {@code dataSource}; see {@link #load(Connection, boolean)}. */
  public Loaded load(DataSource dataSource, boolean reset) {
    try (Connection connection = dataSource.getConnection()) {
      return load(connection, reset);
    } catch (SQLException e) {
      throw new DemoDatabaseException("cannot connect to load the demo database: " + e, e);
    }
  }

  /**
   * Creates the demo tables in the connection's current schema and inserts the seed rows, in one
   * transaction. With {@code reset}, the demo tables are dropped first, children before parents, so
   * loading again gives the same rows; without it, loading over existing demo tables fails before
   * changing anything. PostgreSQL and H2 roll a failed load back entirely; MariaDB commits each
   * CREATE TABLE at once, so after a failed load there, load again with {@code reset}.
   */
  public Loaded load(Connection connection, boolean reset) {
    try {
      Dialect dialect = Dialect.of(connection.getMetaData());
      SqlScript schema = SqlScript.read(schemaFile(dialect), dialect);
      SqlScript seed = SqlScript.read(seedFile(dialect), dialect);
      List<String> tables = tableNames(schema);
      if (!reset) {
        List<String> present = presentTables(connection, tables);
        if (!present.isEmpty()) {
          throw new DemoDatabaseException(
              "demo tables already exist: "
                  + String.join(", ", present)
                  + "; load with reset to replace them");
        }
      }
      return inTransaction(
          connection,
          () -> {
            try (Statement statement = connection.createStatement()) {
              if (reset) {
                for (String table : reversed(tables)) {
                  statement.execute("DROP TABLE IF EXISTS " + table);
                }
              }
              run(statement, schema);
              return new Loaded(dialect, tables, run(statement, seed));
            }
          });
    } catch (SQLException e) {
      throw new DemoDatabaseException("cannot load the demo database: " + e.getMessage(), e);
    }
  }

  /** The demo tables that exist in the connection's current schema, in creation order. */
  public List<String> presentTables(Connection connection) {
    try {
      Dialect dialect = Dialect.of(connection.getMetaData());
      return presentTables(connection, tables(dialect));
    } catch (SQLException e) {
      throw new DemoDatabaseException("cannot read the database's tables: " + e.getMessage(), e);
    }
  }

  /** The dialect's schema script, for the generator to run in its own order. */
  SqlScript schema(Dialect dialect) {
    return SqlScript.read(schemaFile(dialect), dialect);
  }

  private Path schemaFile(Dialect dialect) {
    return directory.resolve("schema-" + dialect.fileSuffix() + ".sql");
  }

  private Path seedFile(Dialect dialect) {
    Path own = directory.resolve("seed-" + dialect.fileSuffix() + ".sql");
    return Files.exists(own) ? own : directory.resolve("seed.sql");
  }

  private static List<String> tableNames(SqlScript schema) {
    List<String> tables = new ArrayList<>();
    for (SqlScript.Statement statement : schema.statements()) {
      Matcher matcher = CREATE_TABLE.matcher(statement.sql());
      if (matcher.lookingAt()) {
        tables.add(matcher.group(1));
      }
    }
    if (tables.isEmpty()) {
      throw new DemoDatabaseException(schema.file() + ": no CREATE TABLE statement");
    }
    return List.copyOf(tables);
  }

  private static List<String> presentTables(Connection connection, List<String> tables)
      throws SQLException {
    // Listing the current schema and comparing names without case sidesteps the dialects'
    // different identifier case (H2 upper-cases unless DATABASE_TO_LOWER) and LIKE patterns.
    List<String> existing = new ArrayList<>();
    try (ResultSet rows =
        connection
            .getMetaData()
            .getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
      while (rows.next()) {
        existing.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables.stream()
        .filter(table -> existing.stream().anyMatch(table::equalsIgnoreCase))
        .toList();
  }

  /** Runs every statement of a script; returns the rows its statements changed. */
  private static int run(Statement statement, SqlScript script) {
    int rows = 0;
    for (SqlScript.Statement sql : script.statements()) {
      try {
        if (!statement.execute(sql.sql())) {
          rows += Math.max(0, statement.getUpdateCount());
        }
      } catch (SQLException e) {
        throw new DemoDatabaseException(
            script.file() + ":" + sql.line() + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  private static List<String> reversed(List<String> tables) {
    List<String> copy = new ArrayList<>(tables);
    Collections.reverse(copy);
    return copy;
  }

  /** Work that may fail with a {@link SQLException}. */
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
