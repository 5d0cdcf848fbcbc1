package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Selects that do not depend on one another, sent to the database together: on PostgreSQL as one
 * multi-statement text in a single round trip, elsewhere one by one. Not thread-safe: one per find.
 */
final class SelectGroup {
  /*
   * Why: a consumer's rows are spread over a dozen tables, and on a local PostgreSQL each statement
   * costs a round trip of 0.2-0.3 ms, more than the reading itself. The walk (JdbcConnector.find)
   * puts in one group the steps of a pass, whose inputs are all known, so grouping changes when
   * statements are sent, never which. Together sends a group in one round trip where the driver
   * allows it (PgJDBC); MariaDB's driver would need allowMultiQueries on the company's URL, which
   * Rightful does not set, so there each select is sent as it is added.
   */

  /** Values bound in one round trip at most: far below PostgreSQL's 65,535 per message. */
  private static final int MAX_VALUES = 5_000;

  private record Select(Table table, List<String> read, Batch batch) {}

  private final Connection connection;
  private final Sql sql;
  // Whether add() may wait for more: only where Together sends a group in one round trip.
  private final boolean together;
  private final List<Select> pending = new ArrayList<>();
  private int values;

  SelectGroup(Connection connection, Sql sql) throws SQLException {
    this.connection = connection;
    this.sql = sql;
    this.together = Together.supported(connection);
  }

  /** Adds a select; sends the group first when it is full. Returns the statements sent. */
  int add(
      Table table,
      List<String> read,
      Batch batch,
      Map<String, Map<Object, Map<String, Object>>> rows)
      throws SQLException {
    int count = batch.counts().stream().mapToInt(Integer::intValue).sum();
    int sent = 0;
    if (!pending.isEmpty() && values + count > MAX_VALUES) {
      sent = send(rows);
    }
    pending.add(new Select(table, read, batch));
    values += count;
    return sent + (together ? 0 : send(rows));
  }

  /** Sends what is pending; the rows found go into {@code rows}. Returns the statements sent. */
  int send(Map<String, Map<Object, Map<String, Object>>> rows) throws SQLException {
    List<Select> selects = List.copyOf(pending);
    pending.clear();
    values = 0;
    List<Together.Statement> statements = new ArrayList<>();
    for (Select select : selects) {
      statements.add(new Together.Statement(text(select), select.batch().all()));
    }
    Together.queries(
        connection, statements, (index, result) -> collect(selects.get(index), result, rows));
    return selects.size();
  }

  private String text(Select select) {
    return sql.select(
        select.table(), select.read(), select.batch().columns(), select.batch().counts());
  }

  private static void collect(
      Select select, ResultSet result, Map<String, Map<Object, Map<String, Object>>> rows)
      throws SQLException {
    Table table = select.table();
    Map<Object, Map<String, Object>> into = rows.get(table.name());
    while (result.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < select.read().size(); i++) {
        row.put(select.read().get(i), Values.normalize(result.getObject(i + 1)));
      }
      Object key = table.primaryKey() == null ? row : row.get(table.primaryKey());
      into.putIfAbsent(key, row);
    }
  }
}
