package dev.rightful.retention.internal;

import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.Table;
import dev.rightful.retention.Hold;
import dev.rightful.retention.RetentionException;
import dev.rightful.retention.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the SQL of a sweep for the tables of one company database: which rows are expired, which a
 * hold keeps, which other rows still refer to, and how to anonymize. Not thread-safe: one per
 * connection and sweep.
 */
public final class SweepSql {
  /*
   * Every predicate is two-valued (never NULL), because plans negate them inside NOT EXISTS: a
   * NULL start column, a NULL condition or a NULL reference must read as "no", not "unknown".
   * Hence start IS NOT NULL AND start <= ?, CASE WHEN condition THEN 1 ELSE 0 END = 1, and EXISTS
   * instead of IN. Subqueries use fresh aliases (r1, r2…) so no name is ever ambiguous; the
   * rule's condition stays unqualified and so reads the columns of the table that has the start
   * column, the innermost one.
   */
  private static final int MAX_DEPTH = 4;

  private final Connection connection;
  private final LocalDateTime asOf;
  private final Map<String, List<String>> heldValues = new LinkedHashMap<>();
  private final Map<String, TableShape> shapes = new HashMap<>();
  private int aliases;

  /**
   * @param asOf the sweep's instant in the company database's time zone
   * @param consumerHolds the consumer holds in force; table holds are the caller's to apply
   */
  public SweepSql(Connection connection, LocalDateTime asOf, List<Hold> consumerHolds)
      throws SQLException {
    this.connection = connection;
    this.asOf = asOf;
    for (Hold hold : consumerHolds) {
      if (hold.scope() == Hold.Scope.CONSUMER) {
        heldValues
            .computeIfAbsent(hold.identityKind().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(hold.identityValue());
      }
    }
  }

  /** The statements' building blocks for one target. */
  public record Statements(
      TableShape shape,
      TableShape.Column key,
      Sql expired,
      Optional<Sql> held,
      Sql candidate,
      Optional<Sql> anonymize) {}

  /**
   * The pieces for {@code target}, with columns qualified by the table's quoted name.
   *
   * @param earlier targets swept before this one: in a plan, a referring row that one of them
   *     deletes does not keep this table's row (it would be gone by then); pass an empty list for a
   *     real sweep, where those rows are already gone
   */
  public Statements statements(Target target, List<Target> earlier) throws SQLException {
    aliases = 0;
    TableShape shape = shape(target.table().name());
    String q = shape.quoted();
    TableShape.Column key = shape.column(target.table().primaryKey());
    Sql expired = expired(target, q);
    Optional<Sql> held = held(target.system(), target.table(), q, new HashSet<>(), 0);
    Sql candidate = candidate(target, q, earlier, 0);
    Optional<Sql> anonymize =
        target.deletes() ? Optional.empty() : Optional.of(setClause(target, shape));
    return new Statements(shape, key, expired, held, candidate, anonymize);
  }

  /** Rows past the rule's period (and, for anonymizing rules, not yet anonymized). */
  private Sql expired(Target target, String q) throws SQLException {
    Sql dated =
        target.startPath().isEmpty()
            ? anchor(target, shape(target.table().name()), q)
            : viaReferences(target, target.table(), 0, q);
    if (target.deletes()) {
      return dated;
    }
    return new Sql.Builder()
        .append(dated)
        .append(" AND ")
        .append(notAnonymized(target, shape(target.table().name()), q))
        .build();
  }

  private Sql anchor(Target target, TableShape shape, String q) {
    String start = q + "." + shape.column(target.rule().start()).quoted();
    Sql.Builder sql =
        new Sql.Builder()
            .append("(" + start + " IS NOT NULL AND " + start + " <= ")
            .param(asOf.minus(target.rule().period()))
            .append(")");
    String condition = target.rule().condition();
    if (condition != null && !condition.isBlank()) {
      sql.append(" AND CASE WHEN (" + condition + ") THEN 1 ELSE 0 END = 1");
    }
    return sql.build();
  }

  /** Dates a row by the table its references lead to: payment_cards by accounts.closed_at. */
  private Sql viaReferences(Target target, Table table, int step, String q) throws SQLException {
    Reference reference = target.startPath().get(step);
    TableShape here = shape(table.name());
    String parentName = reference.toTable();
    TableShape parent = shape(parentName);
    String alias = alias();
    Sql.Builder sql =
        new Sql.Builder()
            .append("EXISTS (SELECT 1 FROM " + parent.quoted() + " " + alias + " WHERE ")
            .append(alias + "." + parent.column(reference.toColumn()).quoted())
            .append(" = " + q + "." + here.column(reference.fromColumn()).quoted() + " AND ");
    if (step + 1 == target.startPath().size()) {
      sql.append(anchor(target, parent, alias));
    } else {
      Table next = target.system().findTable(parentName).orElseThrow();
      sql.append(viaReferences(target, next, step + 1, alias));
    }
    return sql.append(")").build();
  }

  private Sql notAnonymized(Target target, TableShape shape, String q) {
    String key = q + "." + shape.column(target.table().primaryKey()).quoted();
    List<Sql> parts = new ArrayList<>();
    for (String field : target.anonymizedFields()) {
      TableShape.Column column = shape.column(field);
      String c = q + "." + column.quoted();
      parts.add(
          Sql.of(
              column.nullable()
                  ? c + " IS NOT NULL"
                  : c + " <> " + anonymousValue(target, shape, column, key)));
    }
    return new Sql.Builder().append("(").append(Sql.join(" OR ", parts)).append(")").build();
  }

  private Sql setClause(Target target, TableShape shape) {
    String key = shape.quoted() + "." + shape.column(target.table().primaryKey()).quoted();
    List<Sql> parts = new ArrayList<>();
    for (String field : target.anonymizedFields()) {
      TableShape.Column column = shape.column(field);
      String value = column.nullable() ? "NULL" : anonymousValue(target, shape, column, key);
      parts.add(Sql.of(column.quoted() + " = " + value));
    }
    return Sql.join(", ", parts);
  }

  /**
   * What a NOT NULL column becomes: '' for text (or a value made from the key when the column is
   * unique), 0 for numbers; nullable columns become NULL. Other NOT NULL columns cannot be
   * anonymized without inventing data: the rule must delete, or the column allow NULL.
   */
  private static String anonymousValue(
      Target target, TableShape shape, TableShape.Column column, String key) {
    if (column.isText()) {
      return shape.uniqueColumns().contains(column.name().toLowerCase(Locale.ROOT))
          ? "CONCAT('anonymized-', " + key + ")"
          : "''";
    } else if (column.isNumber()) {
      return "0";
    }
    throw new RetentionException(
        target.rule().id()
            + ": cannot anonymize "
            + shape.name()
            + "."
            + column.name()
            + " ("
            + column.typeName()
            + ", NOT NULL); make it nullable or delete the rows");
  }

  /**
   * Rows a consumer hold keeps: an identity field of a held kind matches, or a reference leads to
   * such a row (an invoice of an account of a held customer). Empty when no hold can reach the
   * table.
   */
  private Optional<Sql> held(
      DataSystem system, Table table, String q, Set<String> visited, int depth)
      throws SQLException {
    if (heldValues.isEmpty()) {
      return Optional.empty();
    }
    visited.add(table.name());
    TableShape shape = shape(table.name());
    List<Sql> parts = new ArrayList<>();
    for (Field field : table.fields()) {
      if (field.identity() == null) {
        continue;
      }
      List<String> values = heldValues.get(field.identity().toLowerCase(Locale.ROOT));
      if (values == null) {
        continue;
      }
      String column = q + "." + shape.column(field.name()).quoted();
      String compared =
          switch (Hold.Matching.of(field.identity())) {
            case EMAIL -> "LOWER(" + column + ")";
            case PHONE -> Hold.Matching.separatorsRemoved(column);
            case EXACT -> column;
          };
      Sql.Builder sql =
          new Sql.Builder().append("(" + column + " IS NOT NULL AND " + compared + " IN (");
      for (int i = 0; i < values.size(); i++) {
        sql.append(i == 0 ? "" : ", ").param(values.get(i));
      }
      parts.add(sql.append("))").build());
    }
    if (depth < MAX_DEPTH) {
      for (Reference reference : system.graph().parents(table.name())) {
        String parentName = reference.toTable();
        if (visited.contains(parentName)) {
          continue;
        }
        Optional<Table> parent = system.findTable(parentName);
        if (parent.isEmpty()) {
          continue;
        }
        String alias = alias();
        Optional<Sql> parentHeld =
            held(system, parent.get(), alias, new HashSet<>(visited), depth + 1);
        if (parentHeld.isPresent()) {
          TableShape parentShape = shape(parentName);
          parts.add(
              new Sql.Builder()
                  .append("EXISTS (SELECT 1 FROM " + parentShape.quoted() + " " + alias)
                  .append(
                      " WHERE " + alias + "." + parentShape.column(reference.toColumn()).quoted())
                  .append(" = " + q + "." + shape.column(reference.fromColumn()).quoted() + " AND ")
                  .append(parentHeld.get())
                  .append(")")
                  .build());
        }
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Sql.Builder().append("(").append(Sql.join(" OR ", parts)).append(")").build());
  }

  /** Expired, not held and, for deletions, not referred to by a row that stays. */
  private Sql candidate(Target target, String q, List<Target> earlier, int depth)
      throws SQLException {
    Sql.Builder sql = new Sql.Builder().append(expired(target, q));
    Optional<Sql> held = held(target.system(), target.table(), q, new HashSet<>(), 0);
    held.ifPresent(h -> sql.append(" AND NOT ").append(h));
    if (target.deletes()) {
      TableShape shape = shape(target.table().name());
      for (TableShape.ForeignKey key : shape.referencedBy()) {
        sql.append(" AND ").append(notReferred(target, q, key, earlier, depth));
      }
    }
    return sql.build();
  }

  private Sql notReferred(
      Target target, String q, TableShape.ForeignKey key, List<Target> earlier, int depth)
      throws SQLException {
    String alias = alias();
    Sql.Builder sql =
        new Sql.Builder().append("NOT EXISTS (SELECT 1 FROM " + key.childTable() + " " + alias);
    for (int i = 0; i < key.childColumns().size(); i++) {
      sql.append(i == 0 ? " WHERE " : " AND ")
          .append(
              alias
                  + "."
                  + key.childColumns().get(i)
                  + " = "
                  + q
                  + "."
                  + key.parentColumns().get(i));
    }
    // In a plan, a referring row that an earlier target deletes will be gone by then.
    List<Sql> gone = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (Target child : earlier) {
        if (child.deletes()
            && child.system().id().equals(target.system().id())
            && child.table().name().equalsIgnoreCase(key.childName())) {
          gone.add(candidate(child, alias, earlier, depth + 1));
        }
      }
    }
    if (!gone.isEmpty()) {
      sql.append(" AND NOT (").append(Sql.join(" OR ", gone)).append(")");
    }
    return sql.append(")").build();
  }

  private String alias() {
    return "r" + ++aliases;
  }

  private TableShape shape(String table) throws SQLException {
    TableShape shape = shapes.get(table);
    if (shape == null) {
      shape = TableShape.read(connection, table);
      shapes.put(table, shape);
    }
    return shape;
  }
}
