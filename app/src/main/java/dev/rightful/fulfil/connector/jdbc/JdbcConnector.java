package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.TableStep;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.requests.Correction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A connector for a relational database reached over JDBC: PostgreSQL and MariaDB/MySQL are tested,
 * any JDBC URL may be configured. Every statement is set-based (one per table per batch of at most
 * {@value #BATCH} keys), identifiers are quoted with the driver's quote string, and every value is
 * bound. {@link RowWalk} finds a consumer's rows; this class erases, counts and corrects them.
 * Thread-safe.
 */
public final class JdbcConnector implements Connector {
  static final int BATCH = 500;

  private final DataSource dataSource;
  private final ColumnTypes types = new ColumnTypes();
  private final RowWalk walk;

  public JdbcConnector(DataSource dataSource) {
    this.dataSource = dataSource;
    this.walk = new RowWalk(dataSource, types);
  }

  @Override
  public Found find(SystemPlan plan, Identity identity) {
    return walk.find(plan, identity, false);
  }

  @Override
  public Found findForErasure(SystemPlan plan, Identity identity) {
    return walk.find(plan, identity, true);
  }

  @Override
  public Map<String, Integer> erase(SystemPlan plan, Found found, Anonymizer anonymizer) {
    Map<String, Integer> changed = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection.getMetaData().getIdentifierQuoteString());
      connection.setAutoCommit(false);
      try {
        // Children first, so that no foreign key is left pointing at a deleted row.
        List<TableStep> children = new ArrayList<>(plan.steps());
        Collections.reverse(children);
        List<Together.Statement> statements = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (TableStep step : children) {
          Table table = step.table();
          changed.put(table.name(), 0);
          List<Map<String, Object>> rows = found.rows(table.name());
          if (table.onDelete() == Table.OnDelete.RETAIN || rows.isEmpty()) {
            continue;
          }
          for (List<Object> chunk : Batch.chunks(types.keys(connection, table, rows), BATCH)) {
            Optional<Together.Statement> statement =
                table.onDelete() == Table.OnDelete.DELETE
                    ? Optional.of(Erasure.delete(sql, table, chunk))
                    : Erasure.anonymize(sql, plan, table, rows, chunk, anonymizer);
            statement.ifPresent(
                s -> {
                  statements.add(s);
                  tables.add(table.name());
                });
          }
        }
        List<Integer> counts = Together.updates(connection, statements);
        for (int i = 0; i < counts.size(); i++) {
          changed.merge(tables.get(i), counts.get(i), Integer::sum);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new SystemUnavailable(plan.system().id(), e);
    }
    return changed;
  }

  @Override
  public Map<String, Long> remaining(SystemPlan plan, Found found, Identity identity) {
    Map<String, Long> remaining = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      Sql sql = new Sql(connection.getMetaData().getIdentifierQuoteString());
      List<Together.Statement> counts = new ArrayList<>();
      List<String> tables = new ArrayList<>();
      for (TableStep step : plan.steps()) {
        Table table = step.table();
        if (table.onDelete() == Table.OnDelete.RETAIN) {
          continue;
        }
        remaining.put(table.name(), 0L);
        Erasure.remaining(
                sql,
                plan,
                table,
                found.rows(table.name()),
                identity,
                types.keys(connection, table, found.rows(table.name())),
                types.of(connection, table))
            .ifPresent(
                count -> {
                  counts.add(count);
                  tables.add(table.name());
                });
      }
      List<Long> numbers = Together.numbers(connection, counts);
      for (int i = 0; i < numbers.size(); i++) {
        remaining.put(tables.get(i), numbers.get(i));
      }
    } catch (SQLException e) {
      throw new SystemUnavailable(plan.system().id(), e);
    }
    return remaining;
  }

  @Override
  public Map<String, Long> retained(SystemPlan plan, Found found, Identity identity) {
    Map<String, Long> kept = new LinkedHashMap<>();
    List<TableStep> unread = new ArrayList<>();
    for (TableStep step : plan.steps()) {
      if (step.table().onDelete() != Table.OnDelete.RETAIN) {
        continue;
      }
      kept.put(step.table().name(), (long) found.rows(step.table().name()).size());
      if (step.keptOnly() && found.rows(step.table().name()).isEmpty()) {
        unread.add(step);
      }
    }
    if (unread.isEmpty()) {
      return kept;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      // What the walk knew at its end: the rows found and every identifier given or learnt.
      Map<String, Map<Object, Map<String, Object>>> rows = new LinkedHashMap<>();
      Map<String, Set<Object>> ids = new HashMap<>();
      identity.values().forEach((kind, values) -> ids.put(kind, new LinkedHashSet<>(values)));
      for (TableStep step : plan.steps()) {
        Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
        found.rows(step.table().name()).forEach(row -> byKey.put(byKey.size(), row));
        rows.put(step.table().name(), byKey);
        RowWalk.learn(step.table(), byKey.values(), ids);
      }
      Map<String, Map<Object, Map<String, Object>>> counted = new LinkedHashMap<>();
      SelectGroup group =
          new SelectGroup(connection, new Sql(connection.getMetaData().getIdentifierQuoteString()));
      for (TableStep step : unread) {
        counted.put(step.table().name(), new LinkedHashMap<>());
        for (Batch batch : walk.fresh(connection, step, ids, rows, new HashMap<>())) {
          group.add(step.table(), step.erasureColumns(), batch, counted);
        }
      }
      group.send(counted);
      counted.forEach((table, byKey) -> kept.put(table, (long) byKey.size()));
    } catch (SQLException e) {
      throw new SystemUnavailable(plan.system().id(), e);
    }
    return kept;
  }

  @Override
  public Map<String, Integer> correct(SystemPlan plan, Found found, List<Correction> corrections) {
    Map<String, Integer> changed = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection.getMetaData().getIdentifierQuoteString());
      connection.setAutoCommit(false);
      try {
        for (TableStep step : plan.steps()) {
          Table table = step.table();
          List<Map<String, Object>> rows = found.rows(table.name());
          for (Correction correction : corrections) {
            if (rows.isEmpty() || table.findField(correction.field()).isEmpty()) {
              continue;
            }
            int count = 0;
            for (List<Object> chunk : Batch.chunks(types.keys(connection, table, rows), BATCH)) {
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "UPDATE "
                          + sql.id(table.name())
                          + " SET "
                          + sql.id(correction.field())
                          + " = ? WHERE "
                          + sql.id(table.primaryKey())
                          + " IN ("
                          + Sql.marks(chunk.size())
                          + ")")) {
                update.setObject(1, correction.value());
                for (int i = 0; i < chunk.size(); i++) {
                  update.setObject(i + 2, chunk.get(i));
                }
                count += update.executeUpdate();
              }
            }
            changed.merge(table.name() + "." + correction.field(), count, Integer::sum);
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new SystemUnavailable(plan.system().id(), e);
    }
    return changed;
  }
}
