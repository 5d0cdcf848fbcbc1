package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.Lookup;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.TableStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The JDBC connector's search for a consumer's rows: the plan's tables walked in rounds until no
 * table has new keys to query. Thread-safe: each search holds its state on the stack.
 */
final class RowWalk {
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
  private static final int MAX_ROUNDS = 6;

  private final DataSource dataSource;
  private final ColumnTypes types;

  RowWalk(DataSource dataSource, ColumnTypes types) {
    this.dataSource = dataSource;
    this.types = types;
  }

  /**
   * Every row of every planned table that belongs to the consumer; with {@code erasure}, only each
   * step's erasure columns, and no {@link TableStep#keptOnly} table.
   */
  Found find(SystemPlan plan, Identity identity, boolean erasure) {
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
  List<Batch> fresh(
      Connection connection,
      TableStep step,
      Map<String, Set<Object>> ids,
      Map<String, Map<Object, Map<String, Object>>> rows,
      Map<String, Set<Object>> queried)
      throws SQLException {
    Map<String, Integer> columnTypes = types.of(connection, step.table());
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
    return Batch.split(columns, values, JdbcConnector.BATCH);
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

  static void learn(Table table, Iterable<Map<String, Object>> rows, Map<String, Set<Object>> ids) {
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
}
