package dev.rightful.verify.internal;

import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.Table;
import dev.rightful.datamap.TableGraph;
import dev.rightful.verify.DataPointKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, from one company database, the values of the data-point columns in the rows of one
 * consumer: the rows whose email identity columns hold the consumer's address, and the rows that
 * reference them along the data map's {@code references}. One parameterized query per table. Not
 * thread-safe: one per search.
 */
public final class ConsumerRows {
  /*
   * The email address anchors the search: it is the identifier the consumer proved control of with
   * a one-time code. Rows found by an identifier the requester merely typed (a phone number) would
   * let someone match a stranger's record using their own confirmed address, so other identifiers
   * are compared, never searched by.
   *
   * From the anchors the search follows references from parent to child (customers.id ->
   * accounts.customer_id -> invoices.account_id), breadth first, querying each table once with an
   * IN list of the keys found so far; a table that two parents reference is queried when the first
   * is reached. Tables that hold no data point, and lead to none, are not queried.
   *
   * Values stay in memory for the comparison only; nothing here logs or keeps them.
   */
  private static final Logger log = LoggerFactory.getLogger(ConsumerRows.class);
  private static final int MAX_ROWS = 500;
  private static final int QUERY_TIMEOUT_SECONDS = 30;

  /** A value the business holds in a data-point column, with its kind. */
  public record Held(DataPointKind kind, String value) {
    @Override
    public String toString() {
      return "Held[" + kind.id() + "]"; // never the value
    }
  }

  /** What one database holds: whether the email found any row, and the data points' values. */
  public record Found(boolean anchored, List<Held> values) {}

  private record Row(Map<String, Object> keys, List<Held> values) {}

  /** A WHERE clause as SQL text with its parameters. */
  private record Where(List<String> conditions, List<Object> values) {
    static Where empty() {
      return new Where(new ArrayList<>(), new ArrayList<>());
    }
  }

  private final DataSystem system;
  private final TableGraph graph;
  private final Connection connection;
  private final SqlCatalog catalog;
  private final Set<String> useful;

  private ConsumerRows(DataSystem system, Connection connection) throws SQLException {
    this.system = system;
    this.graph = system.graph();
    this.connection = connection;
    this.catalog = new SqlCatalog(connection);
    this.useful = usefulTables(system);
  }

  /**
   * Finds the consumer whose email address, normalized, is {@code email} in {@code system} over
   * {@code connection}.
   */
  public static Found find(DataSystem system, Connection connection, String email)
      throws SQLException {
    return new ConsumerRows(system, connection).find(email);
  }

  private Found find(String email) throws SQLException {
    Map<String, List<Row>> found = new LinkedHashMap<>();
    Queue<Table> parents = new ArrayDeque<>();
    for (Table table : system.tables()) {
      if (!useful.contains(table.name())) {
        continue;
      }
      Optional<SqlCatalog.SqlTable> stored = stored(table);
      if (stored.isEmpty()) {
        continue;
      }
      Where where = Where.empty();
      for (Field field : table.fields()) {
        if ("email".equals(field.identity())) {
          stored
              .get()
              .column(field.name())
              .ifPresent(
                  column -> {
                    where.conditions().add("LOWER(TRIM(" + column + ")) = ?");
                    where.values().add(email);
                  });
        }
      }
      if (!where.conditions().isEmpty()) {
        found.put(table.name(), query(table, stored.get(), where));
        parents.add(table);
      }
    }
    boolean anchored = found.values().stream().anyMatch(rows -> !rows.isEmpty());
    while (!parents.isEmpty()) {
      Table parent = parents.poll();
      for (Table child : system.tables()) {
        if (found.containsKey(child.name()) || !useful.contains(child.name())) {
          continue;
        }
        Optional<List<Row>> rows = children(parent, found.get(parent.name()), child);
        if (rows.isPresent()) {
          found.put(child.name(), rows.get());
          parents.add(child);
        }
      }
    }
    List<Held> held = new ArrayList<>();
    found.values().forEach(rows -> rows.forEach(row -> held.addAll(row.values())));
    return new Found(anchored, held);
  }

  /** The child's rows that reference the parent's; empty when it references none of them. */
  private Optional<List<Row>> children(Table parent, List<Row> parentRows, Table child)
      throws SQLException {
    Where where = Where.empty();
    SqlCatalog.SqlTable stored = null;
    for (Reference reference : graph.parents(child.name())) {
      if (!reference.toTable().equals(parent.name())) {
        continue;
      }
      String parentColumn = reference.toColumn().toLowerCase(Locale.ROOT);
      Set<Object> keys = new LinkedHashSet<>();
      for (Row row : parentRows) {
        Object key = row.keys().get(parentColumn);
        if (key != null) {
          keys.add(key);
        }
      }
      if (keys.isEmpty()) {
        continue;
      }
      if (stored == null) {
        Optional<SqlCatalog.SqlTable> table = stored(child);
        if (table.isEmpty()) {
          return Optional.empty();
        }
        stored = table.get();
      }
      Optional<String> column = stored.column(reference.fromColumn());
      if (column.isPresent()) {
        where.conditions().add(column.get() + " IN (" + "?, ".repeat(keys.size() - 1) + "?)");
        where.values().addAll(keys);
      }
    }
    if (where.conditions().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(query(child, stored, where));
  }

  /** The table as stored, or empty (with a warning naming it) when the database lacks it. */
  private Optional<SqlCatalog.SqlTable> stored(Table table) throws SQLException {
    Optional<SqlCatalog.SqlTable> stored = catalog.table(table.name());
    if (stored.isEmpty()) {
      log.warn("system {}: no table {} in the database", system.id(), table.name());
    }
    return stored;
  }

  /** Selects the data-point columns and the keys that children reference, where any holds. */
  private List<Row> query(Table table, SqlCatalog.SqlTable stored, Where where)
      throws SQLException {
    Map<String, DataPointKind> points = new LinkedHashMap<>();
    for (Field field : table.fields()) {
      if (field.verification()) {
        DataPointKind.of(field).ifPresent(kind -> points.put(field.name(), kind));
      }
    }
    Set<String> keys = referencedColumns(table);
    Set<String> wanted = new LinkedHashSet<>(points.keySet());
    wanted.addAll(keys);
    List<String> names = new ArrayList<>();
    List<String> select = new ArrayList<>();
    for (String name : wanted) {
      Optional<String> column = stored.column(name);
      if (column.isPresent()) {
        names.add(name);
        select.add(column.get());
      } else {
        log.warn("system {}: no column {}.{} in the database", system.id(), table.name(), name);
      }
    }
    if (select.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT "
            + String.join(", ", select)
            + " FROM "
            + stored.name()
            + " WHERE "
            + String.join(" OR ", where.conditions());
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setMaxRows(MAX_ROWS);
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      for (int i = 0; i < where.values().size(); i++) {
        statement.setObject(i + 1, where.values().get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> rowKeys = new HashMap<>();
          List<Held> held = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (keys.contains(name)) {
              rowKeys.put(name.toLowerCase(Locale.ROOT), rs.getObject(i + 1));
            }
            DataPointKind kind = points.get(name);
            String text = kind == null ? null : rs.getString(i + 1);
            if (text != null) {
              held.add(new Held(kind, text));
            }
          }
          rows.add(new Row(rowKeys, held));
        }
      }
    }
    return rows;
  }

  /** The columns of {@code table} that other tables of the system reference. */
  private Set<String> referencedColumns(Table table) {
    Set<String> columns = new LinkedHashSet<>();
    graph.children(table.name()).forEach(reference -> columns.add(reference.toColumn()));
    return columns;
  }

  /** Tables that hold a comparable data point, or reference (transitively) one that does. */
  static Set<String> usefulTables(DataSystem system) {
    Set<String> holding = new LinkedHashSet<>();
    for (Table table : system.tables()) {
      if (table.fields().stream()
          .anyMatch(f -> f.verification() && DataPointKind.of(f).isPresent())) {
        holding.add(table.name());
      }
    }
    // A table leads to a data point when one of its children does, so the walk keeps the parents.
    return system.graph().closure(holding);
  }
}
