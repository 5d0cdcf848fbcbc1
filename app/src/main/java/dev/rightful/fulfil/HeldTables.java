package dev.rightful.fulfil;

import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.datamap.TableGraph;
import dev.rightful.retention.Hold;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of one system whose rows legal holds keep from a deletion: every table when a hold is
 * on the consumer (by an identifier given or found in this system), else each held table and the
 * tables it refers to, so that no kept row is left pointing at an erased one. Immutable.
 */
record HeldTables(Set<String> tables) {
  HeldTables {
    tables = Set.copyOf(tables);
  }

  /**
   * @param holds the holds in force for this consumer ({@code Holds.activeFor})
   */
  static HeldTables of(SystemPlan plan, List<Hold> holds) {
    String system = plan.system().id();
    Set<String> held = new LinkedHashSet<>();
    for (Hold hold : holds) {
      if (hold.scope() == Hold.Scope.CONSUMER) {
        plan.steps().forEach(step -> held.add(step.table().name()));
        return new HeldTables(held);
      }
    }
    // The planned tables' own graph: a hold's closure stops at a table the plan does not reach.
    TableGraph planned = TableGraph.of(plan.steps().stream().map(TableStep::table).toList());
    held.addAll(
        planned.closure(
            holds.stream()
                .filter(hold -> hold.systemId().equals(system))
                .map(Hold::tableName)
                .toList()));
    return new HeldTables(held);
  }

  /**
   * Every identifier the consumer is known by in this system: those the request gave, and those the
   * identity columns of the rows found hold.
   */
  static Map<String, Set<Object>> identifiers(SystemPlan plan, Found found, Identity identity) {
    Map<String, Set<Object>> known = new HashMap<>();
    identity.values().forEach((kind, values) -> known.put(kind, new LinkedHashSet<>(values)));
    for (TableStep step : plan.steps()) {
      for (Field field : step.table().fields()) {
        if (field.identity() == null) {
          continue;
        }
        for (Map<String, Object> row : found.rows(step.table().name())) {
          Object value = row.get(field.name());
          if (value != null) {
            known.computeIfAbsent(field.identity(), k -> new LinkedHashSet<>()).add(value);
          }
        }
      }
    }
    return known;
  }

  boolean keeps(String table) {
    return tables.contains(table);
  }

  /** The plan with each held table retained: erasure skips it and the proof does not count it. */
  SystemPlan applyTo(SystemPlan plan) {
    if (tables.isEmpty()) {
      return plan;
    }
    return new SystemPlan(
        plan.system(),
        plan.steps().stream()
            .map(step -> keeps(step.table().name()) ? retained(step) : step)
            .toList());
  }

  private static TableStep retained(TableStep step) {
    Table table = step.table();
    if (table.onDelete() == Table.OnDelete.RETAIN) {
      return step;
    }
    Table kept =
        new Table(
            table.name(),
            table.description(),
            table.primaryKey(),
            table.timeColumn(),
            table.fields(),
            Table.OnDelete.RETAIN,
            null,
            table.location());
    return new TableStep(
        kept,
        step.lookups(),
        step.statement(),
        step.erasureColumns(),
        step.erasureStatement(),
        false);
  }
}
