package dev.rightful.retention;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables a sweep goes through, derived from the data map's retention rules, in the order that
 * lets foreign keys hold: a table that refers to another comes first (payment cards before
 * accounts, accounts before customers). Stateless.
 */
public final class Targets {
  private Targets() {}

  /**
   * The rules' targets in sweep order, and the rules a sweep cannot apply (with why).
   *
   * @param targets rule and table pairs, children before the tables they refer to
   * @param unswept one line per rule or table left out: no tables, or not a JDBC database
   */
  public record Resolved(List<Target> targets, List<String> unswept) {
    public Resolved {
      targets = List.copyOf(targets);
      unswept = List.copyOf(unswept);
    }
  }

  /**
   * Resolves every rule of the map. Fails on a rule the engine cannot apply safely: a condition
   * with a statement separator or a comment, a table whose start column cannot be found on it or
   * along its references, or an anonymizing rule with no field of the table to anonymize.
   */
  public static Resolved resolve(DataMap map) {
    List<Target> targets = new ArrayList<>();
    List<String> unswept = new ArrayList<>();
    for (RetentionRule rule : map.retention()) {
      checkCondition(rule);
      if (rule.tables().isEmpty()) {
        unswept.add(rule.id() + ": names no table (kept case by case, under legal holds)");
        continue;
      }
      for (String name : rule.tables()) {
        String[] parts = name.split("\\.", 2);
        DataSystem system =
            map.findSystem(parts[0])
                .orElseThrow(() -> new RetentionException(rule.id() + ": no system " + parts[0]));
        Table table =
            parts.length < 2
                ? null
                : system
                    .findTable(parts[1])
                    .orElseThrow(() -> new RetentionException(rule.id() + ": no table " + name));
        if (table == null) {
          throw new RetentionException(rule.id() + ": write tables as system.table, not " + name);
        }
        if (!"jdbc".equals(system.connector())) {
          unswept.add(
              rule.id() + ": " + name + " is not in a JDBC database; apply the rule by hand");
          continue;
        }
        targets.add(target(rule, system, table));
      }
    }
    return new Resolved(inSweepOrder(targets), unswept);
  }

  private static Target target(RetentionRule rule, DataSystem system, Table table) {
    String where = rule.id() + " on " + system.id() + "." + table.name();
    if (table.primaryKey() == null || table.primaryKey().contains(",")) {
      throw new RetentionException(where + ": the table needs a single-column primaryKey");
    }
    if (rule.start() == null) {
      throw new RetentionException(where + ": the rule has no start column");
    }
    List<Reference> path =
        system
            .graph()
            .pathToColumn(table.name(), rule.start())
            .orElseThrow(
                () ->
                    new RetentionException(
                        where
                            + ": start column '"
                            + rule.start()
                            + "' is neither a field of the table nor of a table it references"));
    Target target = new Target(rule, system, table, path);
    if (!target.deletes() && target.anonymizedFields().isEmpty()) {
      throw new RetentionException(where + ": none of the fields to anonymize is in the table");
    }
    return target;
  }

  /** Rejects what could end the statement or hide text from review; the rest is reviewed SQL. */
  static void checkCondition(RetentionRule rule) {
    String condition = rule.condition();
    if (condition == null) {
      return;
    }
    for (String forbidden : List.of(";", "--", "/*", "*/", "#")) {
      if (condition.contains(forbidden)) {
        throw new RetentionException(
            "retention rule '"
                + rule.id()
                + "': the condition may not contain '"
                + forbidden
                + "'; write one SQL expression, such as status = 'closed'");
      }
    }
  }

  /**
   * Orders tables so that one that refers to another target table comes first, keeping the map's
   * order otherwise; within a table, rules keep the map's order. A cycle keeps the map's order.
   */
  private static List<Target> inSweepOrder(List<Target> targets) {
    Map<String, List<Target>> byTable = new LinkedHashMap<>();
    for (Target target : targets) {
      byTable.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(target);
    }
    List<String> pending = new ArrayList<>(byTable.keySet());
    List<Target> ordered = new ArrayList<>();
    while (!pending.isEmpty()) {
      String next =
          pending.stream()
              .filter(name -> pending.stream().noneMatch(other -> refersTo(byTable, other, name)))
              .findFirst()
              .orElse(pending.get(0));
      pending.remove(next);
      ordered.addAll(byTable.get(next));
    }
    return ordered;
  }

  private static boolean refersTo(Map<String, List<Target>> byTable, String child, String parent) {
    if (child.equals(parent)) {
      return false;
    }
    Target childTarget = byTable.get(child).get(0);
    Target parentTarget = byTable.get(parent).get(0);
    return childTarget.system().id().equals(parentTarget.system().id())
        && childTarget
            .system()
            .graph()
            .refersTo(childTarget.table().name(), parentTarget.table().name());
  }
}
