package dev.rightful.retention.internal;

import dev.rightful.retention.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements that sweep one target in one company database: counts, the next batch of keys
 * (keyset pagination on the primary key), and applying a batch in its own short transaction. Not
 * thread-safe: it uses one connection.
 */
public final class TableSweep {
  /** A batch applied: rows changed, rows a foreign key kept, and how long its locks were held. */
  public record Applied(int rows, int blocked, long nanos) {}

  private final Connection connection;
  private final Target target;
  private final SweepSql.Statements sql;
  private final String table;
  private final String key;

  public TableSweep(Connection connection, Target target, SweepSql.Statements sql) {
    this.connection = connection;
    this.target = target;
    this.sql = sql;
    this.table = sql.shape().quoted();
    this.key = table + "." + sql.key().quoted();
  }

  public SweepSql.Statements statements() {
    return sql;
  }

  /** Rows past their period. */
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

  /** Rows the sweep would change now. */
  public long countCandidates() throws SQLException {
    return count(sql.candidate());
  }

  /** Candidates with a key in {@code (after, upTo]}; {@code after} null means from the start. */
  public long countBetween(Object after, Object upTo) throws SQLException {
    return count(range(after, upTo).append(sql.candidate()).build());
  }

  /** Up to {@code limit} candidate keys after {@code after}, in key order. */
  public List<Object> keys(Object after, int limit) throws SQLException {
    Sql.Builder query = new Sql.Builder().append("SELECT " + key + " FROM " + table + " WHERE ");
    if (after != null) {
      query.append(key + " > ").param(after).append(" AND ");
    }
    query.append(sql.candidate()).append(" ORDER BY " + key + " LIMIT " + limit);
    List<Object> keys = new ArrayList<>(Math.min(limit, 10_000));
    try (PreparedStatement statement = query.build().prepare(connection);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        keys.add(read(rs));
      }
    }
    return keys;
  }

  /**
   * Deletes or anonymizes the candidates with a key in {@code (after, upTo]} in one transaction.
   * The condition is checked again under the transaction's locks, so a row that stopped being due
   * (a new hold, a new reference) stays. When a foreign key added since the batch was chosen
   * refuses the statement, the rows go one by one and the refused ones count as blocked.
   */
  public Applied apply(Object after, Object upTo, List<Object> keys) throws SQLException {
    Sql statement = change().append(range(after, upTo).append(sql.candidate()).build()).build();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    long began = System.nanoTime();
    try {
      int rows;
      try (PreparedStatement prepared = statement.prepare(connection)) {
        rows = prepared.executeUpdate();
      }
      connection.commit();
      return new Applied(rows, 0, System.nanoTime() - began);
    } catch (SQLException e) {
      connection.rollback();
      if (!isIntegrityViolation(e) || !target.deletes()) {
        throw e;
      }
      return oneByOne(keys, System.nanoTime() - began);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private Applied oneByOne(List<Object> keys, long nanos) throws SQLException {
    int rows = 0;
    int blocked = 0;
    long longest = nanos;
    for (Object one : keys) {
      Sql statement =
          change().append(key + " = ").param(one).append(" AND ").append(sql.candidate()).build();
      long began = System.nanoTime();
      try (PreparedStatement prepared = statement.prepare(connection)) {
        rows += prepared.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        if (!isIntegrityViolation(e)) {
          throw e;
        }
        blocked++;
      }
      longest = Math.max(longest, System.nanoTime() - began);
    }
    return new Applied(rows, blocked, longest);
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

  private Object read(ResultSet rs) throws SQLException {
    if (sql.key().isInteger()) {
      return rs.getLong(1);
    } else if (sql.key().isText()) {
      return rs.getString(1);
    }
    return rs.getObject(1);
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
