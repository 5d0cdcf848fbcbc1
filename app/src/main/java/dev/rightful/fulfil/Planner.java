package dev.rightful.fulfil;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.connector.jdbc.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a request's {@link Plan} from the data map: for every system, the tables that hold the
 * consumer's personal information, how each is reached, in an order where parents come first.
 * Stateless and thread-safe.
 */
public final class Planner {
  /*
   * The walk follows references downwards, from the table a foreign key points at to the table
   * holding it (customers -> accounts -> invoices): a child row belongs to the consumer whose parent
   * row it hangs under. Upwards (a call record's account) is not safe in general: a call the
   * consumer received may sit under someone else's account. A table that no identity reaches
   * downwards is reached upwards only, from the keys its found children hold, and nothing is walked
   * down from it. The validator already rejects a table that neither direction reaches.
   */

  public Plan plan(DataMap map) {
    List<SystemPlan> systems = new ArrayList<>();
    for (DataSystem system : map.systems()) {
      systems.add(new SystemPlan(system, steps(system)));
    }
    return new Plan(systems);
  }

  private static List<TableStep> steps(DataSystem system) {
    Map<String, List<Lookup>> lookups = new LinkedHashMap<>();
    Set<String> reached = new LinkedHashSet<>();
    for (Table table : system.tables()) {
      for (Field field : table.fields()) {
        if (field.identity() != null) {
          lookups
              .computeIfAbsent(table.name(), t -> new ArrayList<>())
              .add(new Lookup(field.name(), Lookup.Kind.IDENTITY, field.identity(), null));
          reached.add(table.name());
        }
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Table table : system.tables()) {
        for (Field field : table.fields()) {
          String[] target = target(field);
          if (target != null && reached.contains(target[0]) && reached.add(table.name())) {
            grew = true;
          }
        }
      }
    }
    // Downward lookups between reached tables, then upward ones for what is still out of reach.
    for (Table table : system.tables()) {
      for (Field field : table.fields()) {
        String[] target = target(field);
        if (target != null && reached.contains(target[0]) && reached.contains(table.name())) {
          lookups
              .computeIfAbsent(table.name(), t -> new ArrayList<>())
              .add(new Lookup(field.name(), Lookup.Kind.CHILD_OF, target[0], target[1]));
        }
      }
    }
    for (Table table : system.tables()) {
      for (Field field : table.fields()) {
        String[] target = target(field);
        if (target != null && reached.contains(table.name()) && !reached.contains(target[0])) {
          lookups
              .computeIfAbsent(target[0], t -> new ArrayList<>())
              .add(new Lookup(target[1], Lookup.Kind.PARENT_OF, table.name(), field.name()));
        }
      }
    }
    // The columns other tables' lookups read from each table: a deletion must read them too.
    Map<String, Set<String>> sources = new HashMap<>();
    lookups.values().stream()
        .flatMap(List::stream)
        .filter(lookup -> lookup.kind() != Lookup.Kind.IDENTITY)
        .forEach(
            lookup ->
                sources
                    .computeIfAbsent(lookup.source(), t -> new HashSet<>())
                    .add(lookup.sourceColumn()));
    List<TableStep> steps = new ArrayList<>();
    for (Table table : order(system, lookups.keySet())) {
      List<Lookup> found = lookups.get(table.name());
      Set<String> readByOthers = sources.getOrDefault(table.name(), Set.of());
      List<String> erasure = erasureColumns(table, readByOthers);
      steps.add(
          new TableStep(
              table,
              found,
              Sql.ansi().select(table, found),
              erasure,
              Sql.ansi().select(table, erasure, found),
              table.onDelete() == Table.OnDelete.RETAIN
                  && readByOthers.isEmpty()
                  && table.fields().stream()
                      .map(Field::identity)
                      .filter(java.util.Objects::nonNull)
                      .noneMatch(kind -> TableStep.teachesNew(table, found, kind))));
    }
    return steps;
  }

  /*
   * A deletion reads less than an access: the primary key (what it erases and later proves gone),
   * the columns other tables are found by, and the identity columns that teach the walk new
   * identifiers (a customer's phone finds their calls). An anonymized table is read whole, because
   * hashing needs the original values and the proof checks them. A retained table that leads to no
   * other and teaches no identifier (invoices) is not read before the erasure at all: nothing is
   * done to it, and the rows it keeps are counted afterwards, with the proof, for the certificate. Reading only this is what
   * keeps a deletion near the cost of hand-written SQL (docs/benchmarks.md).
   */
  private static List<String> erasureColumns(Table table, Set<String> readByOthers) {
    return table.fields().stream()
        .filter(
            field ->
                table.onDelete() == Table.OnDelete.ANONYMIZE
                    || field.name().equals(table.primaryKey())
                    || field.identity() != null
                    || readByOthers.contains(field.name()))
        .map(Field::name)
        .toList();
  }

  /** Parents before children (Kahn's algorithm); tables on a cycle keep the map's order. */
  private static List<Table> order(DataSystem system, Set<String> planned) {
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Table table : system.tables()) {
        if (!planned.contains(table.name()) || placed.contains(table.name())) {
          continue;
        }
        boolean ready =
            table.fields().stream()
                .map(Planner::target)
                .filter(t -> t != null && planned.contains(t[0]) && !t[0].equals(table.name()))
                .allMatch(t -> placed.contains(t[0]));
        if (ready) {
          ordered.add(table);
          placed.add(table.name());
          progress = true;
        }
      }
    }
    for (Table table : system.tables()) {
      if (planned.contains(table.name()) && placed.add(table.name())) {
        ordered.add(table);
      }
    }
    return ordered;
  }

  private static String[] target(Field field) {
    return field.references() == null ? null : field.references().split("\\.", 2);
  }
}
