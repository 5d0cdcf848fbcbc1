package dev.rightful.fulfil;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.Table;
import dev.rightful.datamap.TableGraph;
import dev.rightful.fulfil.connector.StatementPreview;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    TableGraph graph = system.graph();
    Map<String, List<Lookup>> lookups = new LinkedHashMap<>();
    for (Table table : system.tables()) {
      for (Field field : table.fields()) {
        if (field.identity() != null) {
          lookups
              .computeIfAbsent(table.name(), t -> new ArrayList<>())
              .add(new Lookup(field.name(), Lookup.Kind.IDENTITY, field.identity(), null));
        }
      }
    }
    Set<String> reached = graph.reachableFromIdentities();
    // Downward lookups between reached tables, then upward ones for what is still out of reach.
    for (Reference reference : graph.references()) {
      if (reached.contains(reference.toTable()) && reached.contains(reference.fromTable())) {
        lookups
            .computeIfAbsent(reference.fromTable(), t -> new ArrayList<>())
            .add(
                new Lookup(
                    reference.fromColumn(),
                    Lookup.Kind.CHILD_OF,
                    reference.toTable(),
                    reference.toColumn()));
      }
    }
    for (Reference reference : graph.references()) {
      if (reached.contains(reference.fromTable()) && !reached.contains(reference.toTable())) {
        lookups
            .computeIfAbsent(reference.toTable(), t -> new ArrayList<>())
            .add(
                new Lookup(
                    reference.toColumn(),
                    Lookup.Kind.PARENT_OF,
                    reference.fromTable(),
                    reference.fromColumn()));
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
    StatementPreview preview = StatementPreview.of(system);
    List<TableStep> steps = new ArrayList<>();
    for (String name : graph.parentsFirst(lookups.keySet())) {
      Table table = system.findTable(name).orElseThrow();
      List<Lookup> found = lookups.get(table.name());
      Set<String> readByOthers = sources.getOrDefault(table.name(), Set.of());
      List<String> erasure = erasureColumns(table, readByOthers);
      steps.add(
          new TableStep(
              table,
              found,
              preview.select(table, table.fields().stream().map(Field::name).toList(), found),
              erasure,
              preview.select(table, erasure, found),
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
}
