package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.connector.Connector.Anonymizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The statements that delete and anonymize found rows, and the ones that check they did. */
final class Erasure {
  private Erasure() {}

  static Together.Statement delete(Sql sql, Table table, List<Object> keys) {
    return new Together.Statement(
        "DELETE FROM "
            + sql.id(table.name())
            + " WHERE "
            + sql.id(table.primaryKey())
            + " IN ("
            + Sql.marks(keys.size())
            + ")",
        List.copyOf(keys));
  }

  /** The columns anonymizing changes: PI columns not kept, never a key another table uses. */
  static List<Field> changed(SystemPlan plan, Table table) {
    Set<String> referenced = new LinkedHashSet<>();
    plan.system().graph().children(table.name()).forEach(r -> referenced.add(r.toColumn()));
    List<Field> changed = new ArrayList<>();
    for (Field field : table.fields()) {
      Field.OnDelete how = strategy(field);
      if (field.name().equals(table.primaryKey())
          || referenced.contains(field.name())
          || how == Field.OnDelete.KEEP) {
        continue;
      }
      changed.add(field);
    }
    return changed;
  }

  static Field.OnDelete strategy(Field field) {
    if (field.onDelete() != null) {
      return field.onDelete();
    }
    return field.holdsPersonalInformation() ? Field.OnDelete.NULL : Field.OnDelete.KEEP;
  }

  /**
   * One UPDATE per batch, empty when no column changes. A hashed column becomes {@code CASE col
   * WHEN old THEN hash ... ELSE col END}: the values were read by find(), and ELSE keeps an already
   * hashed value, so a rerun changes nothing.
   */
  static Optional<Together.Statement> anonymize(
      Sql sql,
      SystemPlan plan,
      Table table,
      List<Map<String, Object>> rows,
      List<Object> keys,
      Anonymizer anonymizer) {
    StringBuilder set = new StringBuilder();
    List<Object> values = new ArrayList<>();
    for (Field field : changed(plan, table)) {
      if (set.length() > 0) {
        set.append(", ");
      }
      String column = sql.id(field.name());
      switch (strategy(field)) {
        case NULL -> set.append(column).append(" = NULL");
        case PSEUDONYMIZE -> {
          set.append(column).append(" = ?");
          values.add(anonymizer.pseudonym());
        }
        case HASH -> {
          Set<Object> originals = new LinkedHashSet<>();
          rows.forEach(row -> originals.add(row.get(field.name())));
          originals.remove(null);
          if (originals.isEmpty()) {
            set.append(column).append(" = ").append(column);
            break;
          }
          set.append(column).append(" = CASE ").append(column);
          for (Object original : originals) {
            set.append(" WHEN ? THEN ?");
            values.add(original);
            values.add(anonymizer.hash(original));
          }
          set.append(" ELSE ").append(column).append(" END");
        }
        default -> throw new IllegalStateException("kept columns are not changed");
      }
    }
    if (set.length() == 0) {
      return Optional.empty();
    }
    values.addAll(keys);
    return Optional.of(
        new Together.Statement(
            "UPDATE "
                + sql.id(table.name())
                + " SET "
                + set
                + " WHERE "
                + sql.id(table.primaryKey())
                + " IN ("
                + Sql.marks(keys.size())
                + ")",
            values));
  }

  /**
   * Counts rows that still hold deletable data: found rows still present (deleted tables) or still
   * holding an original value in a changed column (anonymized tables), and any row at all whose
   * identity column still equals one of the consumer's identifiers. Empty when there is nothing to
   * look for.
   */
  static Optional<Together.Statement> remaining(
      Sql sql,
      SystemPlan plan,
      Table table,
      List<Map<String, Object>> rows,
      Identity identity,
      List<Object> keys,
      Map<String, Integer> types) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (!keys.isEmpty() && table.onDelete() == Table.OnDelete.DELETE) {
      conditions.add(sql.id(table.primaryKey()) + " IN (" + Sql.marks(keys.size()) + ")");
      values.addAll(keys);
    } else if (!keys.isEmpty()) {
      List<String> held = new ArrayList<>();
      for (Field field : changed(plan, table)) {
        Set<Object> originals = new LinkedHashSet<>();
        rows.forEach(
            row -> originals.add(Values.coerce(row.get(field.name()), types.get(field.name()))));
        originals.remove(null);
        if (strategy(field) == Field.OnDelete.NULL) {
          held.add(sql.id(field.name()) + " IS NOT NULL");
        } else if (!originals.isEmpty()) {
          held.add(sql.id(field.name()) + " IN (" + Sql.marks(originals.size()) + ")");
          values.addAll(originals);
        }
      }
      if (!held.isEmpty()) {
        conditions.add(
            "("
                + sql.id(table.primaryKey())
                + " IN ("
                + Sql.marks(keys.size())
                + ") AND ("
                + String.join(" OR ", held)
                + "))");
        // The key list comes first in the text, so it is bound before the originals.
        List<Object> reordered = new ArrayList<>(keys);
        reordered.addAll(values);
        values = reordered;
      }
    }
    List<Field> anonymized = changed(plan, table);
    for (Field field : table.fields()) {
      // An anonymized row keeps its key: a customer id there no longer points at a person.
      if (field.identity() == null
          || (table.onDelete() == Table.OnDelete.ANONYMIZE && !anonymized.contains(field))) {
        continue;
      }
      List<Object> ids = new ArrayList<>();
      for (Object id : identity.get(field.identity())) {
        Object bound = Values.coerce(id, types.get(field.name()));
        if (bound != null) {
          ids.add(bound);
        }
      }
      if (!ids.isEmpty()) {
        conditions.add(sql.id(field.name()) + " IN (" + Sql.marks(ids.size()) + ")");
        values.addAll(ids);
      }
    }
    if (conditions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Together.Statement(
            "SELECT COUNT(*) FROM "
                + sql.id(table.name())
                + " WHERE "
                + String.join(" OR ", conditions),
            values));
  }
}
