package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.Lookup;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.TableStep;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.requests.Correction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A connector for a relational database reached over JDBC: PostgreSQL and MariaDB/MySQL are tested,
 * any JDBC URL may be configured. Every statement is set-based (one per table per batch of at most
 * {@value #BATCH} keys), identifiers are quoted with the driver's quote string, and every value is
 * bound. Thread-safe.
 */
public final class JdbcConnector implements Connector {
  /*
   * find() walks the plan in rounds. In a round each table is queried once with the keys that are
   * new since its last query: identifiers, and key values found in the tables its lookups name.
   * After each table, identifiers are learnt from its rows (a customer row gives the phone that
   * finds the consumer's calls), but only from a table with a single column of that identity kind:
   * a call record's callee is not the caller's phone. The walk stops when a round queries nothing.
   *
   * A round runs in passes. A pass takes, in plan order, every step whose inputs are final: no
   * table before it that it takes keys from, or that may teach it identifiers, is still waiting or
   * unanswered. Their selects go to the database together (SelectGroup: one round trip on
   * PostgreSQL), then identifiers are learnt from their rows. The walk is a fixpoint, so the rows
   * found do not depend on this schedule; the schedule is the same on every database, so are the
   * statements.
   */
  static final int BATCH = 500;
  private static final int MAX_ROUNDS = 6;

  private final DataSource dataSource;
  private final Map<String, Map<String, Integer>> types = new ConcurrentHashMap<>();

  public JdbcConnector(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Found find(SystemPlan plan, Identity identity) {
    return find(plan, identity, false);
  }

  @Override
  public Found findForErasure(SystemPlan plan, Identity identity) {
    return find(plan, identity, true);
  }

  private Found find(SystemPlan plan, Identity identity, boolean erasure) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      Sql sql = new Sql(connection.getMetaData().getIdentifierQuoteString());
      Map<String, Map<Object, Map<String, Object>>> rows = new LinkedHashMap<>();
      plan.steps().forEach(step -> rows.put(step.table().name(), new LinkedHashMap<>()));
      Map<String, Set<Object>> ids = new HashMap<>();
      identity.values().forEach((kind, values) -> ids.put(kind, new LinkedHashSet<>(values)));
      Map<String, Set<Object>> queried = new HashMap<>();
      SelectGroup group = new SelectGroup(connection, sql);
      List<TableStep> steps = plan.steps();
      int statements = 0;
      for (int round = 0; round < MAX_ROUNDS; round++) {
        boolean ran = false;
        // By position in the plan: which steps still wait this round, which are in the pass.
        boolean[] waiting = new boolean[steps.size()];
        Arrays.fill(waiting, true);
        int left = steps.size();
        while (left > 0) {
          // One pass: every step whose inputs are final goes into the group, then it is sent.
          boolean[] selected = new boolean[steps.size()];
          for (int at = 0; at < steps.size(); at++) {
            TableStep step = steps.get(at);
            if (!waiting[at] || waitsOn(steps, at, waiting, selected)) {
              continue;
            }
            waiting[at] = false;
            left--;
            if (erasure && step.keptOnly()) {
              continue; // counted after the erasure: retained()
            }
            List<Batch> batches = fresh(connection, step, ids, rows, queried);
            if (batches.isEmpty()) {
              continue;
            }
            ran = true;
            List<String> read =
                erasure
                    ? step.erasureColumns()
                    : step.table().fields().stream().map(Field::name).toList();
            for (Batch batch : batches) {
              statements += group.add(step.table(), read, batch, rows);
            }
            selected[at] = true;
          }
          statements += group.send(rows);
          for (int at = 0; at < steps.size(); at++) {
            if (selected[at]) {
              learn(steps.get(at).table(), rows.get(steps.get(at).table().name()).values(), ids);
            }
          }
        }
        if (!ran) {
          break;
        }
      }
      Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
      rows.forEach((table, byKey) -> tables.put(table, List.copyOf(byKey.values())));
      return new Found(plan.system().id(), tables, statements);
    } catch (SQLException e) {
      throw new SystemUnavailable(plan.system().id(), e);
    }
  }

  /**
   * Whether {@code step} must wait for a table before it in the plan: one still waiting in this
   * round, or one selected in this pass and not yet answered, whose rows it takes keys from or
   * which may teach it new identifiers. The first waiting step never waits, so every pass makes
   * progress.
   */
  private static boolean waitsOn(
      List<TableStep> steps, int at, boolean[] waiting, boolean[] selected) {
    for (int earlier = 0; earlier < at; earlier++) {
      if (!waiting[earlier] && !selected[earlier]) {
        continue;
      }
      TableStep before = steps.get(earlier);
      for (Lookup lookup : steps.get(at).lookups()) {
        boolean needs =
            lookup.kind() == Lookup.Kind.IDENTITY
                ? before.teachesNew(lookup.source())
                : before.table().name().equals(lookup.source());
        if (needs) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The values each lookup of {@code step} binds that {@code queried} has not seen yet (recorded
   * there now), coerced to the column's type, in batches: empty when there is nothing new.
   */
  private List<Batch> fresh(
      Connection connection,
      TableStep step,
      Map<String, Set<Object>> ids,
      Map<String, Map<Object, Map<String, Object>>> rows,
      Map<String, Set<Object>> queried)
      throws SQLException {
    Map<String, Integer> columnTypes = types(connection, step.table());
    List<String> columns = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (Lookup lookup : step.lookups()) {
      Set<Object> done =
          queried.computeIfAbsent(
              step.table().name() + "|" + lookup.column() + "|" + lookup.kind(),
              k -> new HashSet<>());
      List<Object> fresh = new ArrayList<>();
      for (Object value : sources(lookup, ids, rows)) {
        Object bound = Values.coerce(value, columnTypes.get(lookup.column()));
        if (bound != null && done.add(bound)) {
          fresh.add(bound);
        }
      }
      if (!fresh.isEmpty()) {
        columns.add(lookup.column());
        values.add(fresh);
      }
    }
    return Batch.split(columns, values, BATCH);
  }

  private static List<Object> sources(
      Lookup lookup,
      Map<String, Set<Object>> ids,
      Map<String, Map<Object, Map<String, Object>>> rows) {
    if (lookup.kind() == Lookup.Kind.IDENTITY) {
      return new ArrayList<>(ids.getOrDefault(lookup.source(), Set.of()));
    }
    List<Object> values = new ArrayList<>();
    for (Map<String, Object> row : rows.getOrDefault(lookup.source(), Map.of()).values()) {
      Object value = row.get(lookup.sourceColumn());
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private static void learn(
      Table table, Iterable<Map<String, Object>> rows, Map<String, Set<Object>> ids) {
    Map<String, List<Field>> byKind = new HashMap<>();
    for (Field field : table.fields()) {
      if (field.identity() != null) {
        byKind.computeIfAbsent(field.identity(), k -> new ArrayList<>()).add(field);
      }
    }
    byKind.forEach(
        (kind, fields) -> {
          if (fields.size() == 1) {
            for (Map<String, Object> row : rows) {
              Object value = row.get(fields.get(0).name());
              if (value != null) {
                ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(value);
              }
            }
          }
        });
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
          for (List<Object> chunk : Batch.chunks(keys(connection, table, rows), BATCH)) {
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
                keys(connection, table, found.rows(table.name())),
                types(connection, table))
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
        learn(step.table(), byKey.values(), ids);
      }
      Map<String, Map<Object, Map<String, Object>>> counted = new LinkedHashMap<>();
      SelectGroup group =
          new SelectGroup(connection, new Sql(connection.getMetaData().getIdentifierQuoteString()));
      for (TableStep step : unread) {
        counted.put(step.table().name(), new LinkedHashMap<>());
        for (Batch batch : fresh(connection, step, ids, rows, new HashMap<>())) {
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
            for (List<Object> chunk : Batch.chunks(keys(connection, table, rows), BATCH)) {
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

  private List<Object> keys(Connection connection, Table table, List<Map<String, Object>> rows)
      throws SQLException {
    if (table.primaryKey() == null) {
      throw new IllegalStateException(
          "table '" + table.name() + "' has no primaryKey: fulfilment cannot change its rows");
    }
    Integer type = types(connection, table).get(table.primaryKey());
    List<Object> keys = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      keys.add(Values.coerce(row.get(table.primaryKey()), type));
    }
    return keys;
  }

  private Map<String, Integer> types(Connection connection, Table table) throws SQLException {
    Map<String, Integer> known = types.get(table.name());
    if (known == null) {
      known = TableColumns.read(connection, table.name());
      types.put(table.name(), known);
    }
    return known;
  }
}
