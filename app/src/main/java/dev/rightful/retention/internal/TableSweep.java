package dev.rightful.retention.internal;

import dev.rightful.retention.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements that sweep one target in one company database: counts, the key ranges a sweep
 * walks (keyset pagination on the primary key), and applying a range in its own short transaction.
 * Not thread-safe: it uses one connection.
 */
public final class TableSweep {
  /** Called inside a batch's transaction, after its statement and before its commit. */
  @FunctionalInterface
  public interface BeforeCommit {
    void rows(int rows);
  }

  /**
   * A batch: rows changed, how long its transaction (and so its locks) lasted, whether a foreign
   * key refused it (then nothing changed), and whether {@link BeforeCommit} ran before that.
   */
  public record Applied(int rows, long nanos, boolean refused, boolean recorded) {}

  /** The smallest and largest key when the sweep began, to tell how far through it is. */
  public record Bounds(Object min, Object max) {
    /** The share of the key range up to {@code key}, for integer keys; NaN otherwise. */
    public double fraction(Object key) {
      if (!(min instanceof Long low) || !(max instanceof Long high) || !(key instanceof Long at)) {
        return Double.NaN;
      }
      return high.equals(low) ? 1 : Math.min(1, Math.max(0, (double) (at - low) / (high - low)));
    }
  }

  private final Connection connection;
  private final Target target;
  private final SweepSql.Statements sql;
  private final String table;
  private final String key;
  private final boolean bitmapRanges;
  private Long knownLast;

  public TableSweep(Connection connection, Target target, SweepSql.Statements sql)
      throws SQLException {
    this.connection = connection;
    this.target = target;
    this.sql = sql;
    this.table = sql.shape().quoted();
    this.key = table + "." + sql.key().quoted();
    this.bitmapRanges =
        !mayKeepRows()
            && connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
  }

  /** Rows past their period (for anonymizing rules: not yet anonymized). */
  public long countExpired() throws SQLException {
    return count(sql.expired());
  }

  /** Expired rows a consumer hold keeps (0 when no hold reaches the table). */
  public long countHeld() throws SQLException {
    if (sql.held().isEmpty()) {
      return 0;
    }
    return count(
        new Sql.Builder().append(sql.expired()).append(" AND ").append(sql.held().get()).build());
  }

  /**
   * Whether an expired row may stay: a hold reaches the table, or another table refers to it. When
   * not, every expired row is due, and what stays after a sweep needs no counting.
   */
  public boolean mayKeepRows() {
    return sql.held().isPresent() || (target.deletes() && !sql.shape().referencedBy().isEmpty());
  }

  /** Rows the sweep would change now: {@code expired} when no row {@link #mayKeepRows}. */
  public long countCandidates(long expired) throws SQLException {
    return mayKeepRows() ? count(sql.candidate()) : expired;
  }

  /** Candidates with a key in {@code (after, upTo]}; {@code after} null means from the start. */
  public long countBetween(Object after, Object upTo) throws SQLException {
    return count(range(after, upTo).append(sql.candidate()).build());
  }

  public Bounds bounds() throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT MIN(" + key + "), MAX(" + key + ") FROM " + table);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return new Bounds(read(rs, 1), read(rs, 2));
    }
  }

  /**
   * The upper key of the next range of about {@code span} keys after {@code after}; null when no
   * key is after {@code after}. Integer keys are counted in key values ({@code after + span}, so no
   * row is read); other keys through the primary key index ({@code span} keys further on). Due rows
   * are thus read once, by the batch's own statement.
   */
  public Object upperKey(Object after, int span) throws SQLException {
    if (!sql.key().isInteger()) {
      Object upper = firstKey(after, " ORDER BY " + key + " LIMIT 1 OFFSET " + (span - 1));
      return upper != null ? upper : lastKey(after);
    }
    if (after == null) {
      Object first = firstKey(null, " ORDER BY " + key + " LIMIT 1");
      if (first == null) {
        return null;
      }
      after = (Long) first - 1;
    }
    long from = (Long) after;
    if (knownLast == null || from >= knownLast) {
      // Past the last key seen: look again, for rows added since.
      knownLast = (Long) lastKey(from);
      if (knownLast == null) {
        return null;
      }
    }
    return from >= knownLast - span ? knownLast : from + span;
  }

  /** Up to {@code limit} candidate keys after {@code after}, in key order. */
  public List<Object> keys(Object after, int limit) throws SQLException {
    return keys(after, null, limit);
  }

  /**
   * Deletes or anonymizes the candidates with a key in {@code (after, upTo]} in one transaction,
   * calling {@code beforeCommit} with the rows changed just before the commit. The condition is
   * checked again under the transaction's locks, so a row that stopped being due since the sweep
   * began (a new hold, a new reference) stays. A foreign key that refuses the statement rolls it
   * back and is reported as {@link Applied#refused}.
   */
  public Applied apply(Object after, Object upTo, BeforeCommit beforeCommit) throws SQLException {
    Sql statement = change().append(range(after, upTo).append(sql.candidate()).build()).build();
    // Left off for the rest of the step: switching per batch costs MariaDB a round trip each way.
    if (connection.getAutoCommit()) {
      connection.setAutoCommit(false);
    }
    long began = System.nanoTime();
    boolean recorded = false;
    try {
      if (bitmapRanges) {
        preferBitmapScan();
      }
      int rows;
      try (PreparedStatement prepared = statement.prepare(connection)) {
        rows = prepared.executeUpdate();
      }
      beforeCommit.rows(rows);
      recorded = true;
      connection.commit();
      return new Applied(rows, System.nanoTime() - began, false, true);
    } catch (SQLException e) {
      connection.rollback();
      if (isIntegrityViolation(e) && target.deletes()) {
        return new Applied(0, System.nanoTime() - began, true, recorded);
      }
      throw e;
    } catch (RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /**
   * A batch's key range covers hundreds of thousands of rows laid out in key order; PostgreSQL's
   * plain index scan visits them tuple by tuple, its bitmap heap scan page by page, which measured
   * about 15 % faster (docs/benchmarks.md, Retention). Only for a statement without subqueries,
   * whose plan the setting cannot otherwise change; LOCAL ends with the batch's transaction.
   */
  private void preferBitmapScan() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL enable_indexscan = off");
    }
  }

  /** The candidate keys in {@code (after, upTo]}, for going one row at a time. */
  public List<Object> keysBetween(Object after, Object upTo) throws SQLException {
    return keys(after, upTo, Integer.MAX_VALUE);
  }

  /** A few candidate keys, as text, for a dry run. */
  public List<String> sample(int limit) throws SQLException {
    return keys(null, limit).stream().map(TableSweep::encode).toList();
  }

  /** A key as progress records store it. */
  public static String encode(Object key) {
    return key == null ? null : key.toString();
  }

  /** A stored key back in the type the key column binds. */
  public Object decode(String text) {
    if (text == null) {
      return null;
    } else if (sql.key().isInteger()) {
      return Long.parseLong(text);
    } else if ("uuid".equalsIgnoreCase(sql.key().typeName())) {
      return UUID.fromString(text);
    }
    return text;
  }

  private List<Object> keys(Object after, Object upTo, int limit) throws SQLException {
    Sql.Builder query = new Sql.Builder().append("SELECT " + key + " FROM " + table + " WHERE ");
    if (upTo != null) {
      query.append(range(after, upTo).build());
    } else if (after != null) {
      query.append(key + " > ").param(after).append(" AND ");
    }
    query.append(sql.candidate()).append(" ORDER BY " + key);
    if (limit != Integer.MAX_VALUE) {
      query.append(" LIMIT " + limit);
    }
    List<Object> keys = new ArrayList<>();
    try (PreparedStatement statement = query.build().prepare(connection);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        keys.add(read(rs, 1));
      }
    }
    return keys;
  }

  private Object firstKey(Object after, String tail) throws SQLException {
    Sql.Builder query = new Sql.Builder().append("SELECT " + key + " FROM " + table);
    if (after != null) {
      query.append(" WHERE " + key + " > ").param(after);
    }
    try (PreparedStatement statement = query.append(tail).build().prepare(connection);
        ResultSet rs = statement.executeQuery()) {
      return rs.next() ? read(rs, 1) : null;
    }
  }

  private Object lastKey(Object after) throws SQLException {
    Sql.Builder query = new Sql.Builder().append("SELECT MAX(" + key + ") FROM " + table);
    if (after != null) {
      query.append(" WHERE " + key + " > ").param(after);
    }
    try (PreparedStatement statement = query.build().prepare(connection);
        ResultSet rs = statement.executeQuery()) {
      return rs.next() ? read(rs, 1) : null;
    }
  }

  private Object read(ResultSet rs, int column) throws SQLException {
    Object value;
    if (sql.key().isInteger()) {
      value = rs.getLong(column);
    } else if (sql.key().isText()) {
      value = rs.getString(column);
    } else {
      value = rs.getObject(column);
    }
    return rs.wasNull() ? null : value;
  }

  private Sql.Builder change() {
    return sql.anonymize()
        .map(set -> new Sql.Builder().append("UPDATE " + table + " SET ").append(set))
        .orElseGet(() -> new Sql.Builder().append("DELETE FROM " + table))
        .append(" WHERE ");
  }

  private Sql.Builder range(Object after, Object upTo) {
    Sql.Builder range = new Sql.Builder();
    if (after != null) {
      range.append(key + " > ").param(after).append(" AND ");
    }
    return range.append(key + " <= ").param(upTo).append(" AND ");
  }

  private long count(Sql where) throws SQLException {
    Sql query =
        new Sql.Builder().append("SELECT COUNT(*) FROM " + table + " WHERE ").append(where).build();
    try (PreparedStatement statement = query.prepare(connection);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean isIntegrityViolation(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }
}
