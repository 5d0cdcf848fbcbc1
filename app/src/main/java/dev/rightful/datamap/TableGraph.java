package dev.rightful.datamap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * The reference graph of one system's tables: each {@link Reference} an edge from a child table
 * (the one holding the foreign key) to its parent. Everything that walks the map's references
 * (planning, holds, retention, verification, validation) asks this graph. Immutable and
 * thread-safe; building one is linear in the fields.
 */
public final class TableGraph {
  /*
   * Orders and sets follow the map: tables in the order the map lists them, a table's references in
   * the order of its fields. Every walk below is deterministic for a given map, so a plan, a sweep
   * order or a problem list does not change from one run to the next.
   */
  private final List<Table> tables;
  private final List<Reference> references;
  private final Map<String, List<Reference>> parents = new LinkedHashMap<>();
  private final Map<String, List<Reference>> children = new LinkedHashMap<>();

  private TableGraph(List<Table> tables) {
    this.tables = List.copyOf(tables);
    List<Reference> all = new ArrayList<>();
    for (Table table : this.tables) {
      for (Field field : table.fields()) {
        Reference reference = field.references();
        if (reference != null) {
          all.add(reference);
          parents.computeIfAbsent(table.name(), t -> new ArrayList<>()).add(reference);
          children.computeIfAbsent(reference.toTable(), t -> new ArrayList<>()).add(reference);
        }
      }
    }
    this.references = List.copyOf(all);
  }

  /** The graph of {@code tables}: a system's, or a subset such as the tables a plan reaches. */
  public static TableGraph of(List<Table> tables) {
    return new TableGraph(tables);
  }

  /** Every reference, in the map's order. */
  public List<Reference> references() {
    return references;
  }

  /** The references {@code table} holds, to the tables it hangs under, in its fields' order. */
  public List<Reference> parents(String table) {
    return List.copyOf(parents.getOrDefault(table, List.of()));
  }

  /** The references other tables (or the table itself) hold to {@code table}, in map order. */
  public List<Reference> children(String table) {
    return List.copyOf(children.getOrDefault(table, List.of()));
  }

  /** Whether {@code child} holds a reference to a different table {@code parent}. */
  public boolean refersTo(String child, String parent) {
    return !child.equals(parent)
        && parents.getOrDefault(child, List.of()).stream()
            .anyMatch(r -> r.toTable().equals(parent));
  }

  /** The tables with an identity field: where a request's identifiers find the consumer. */
  public Set<String> identityTables() {
    Set<String> found = new LinkedHashSet<>();
    for (Table table : tables) {
      if (table.fields().stream().anyMatch(f -> f.identity() != null)) {
        found.add(table.name());
      }
    }
    return found;
  }

  /**
   * The identity tables and every table that hangs under one, following references downwards only
   * (customers -> accounts -> invoices): the rows a request can safely attribute to the consumer.
   */
  public Set<String> reachableFromIdentities() {
    return grow(identityTables(), false);
  }

  /**
   * The tables linked to an identity table by references followed either way: the validator's test
   * that every table holding personal information can be reached at all.
   */
  public Set<String> connectedToIdentities() {
    return grow(identityTables(), true);
  }

  private Set<String> grow(Set<String> start, boolean upwardsToo) {
    Set<String> reached = new LinkedHashSet<>(start);
    Queue<String> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      String table = todo.poll();
      for (Reference child : children.getOrDefault(table, List.of())) {
        if (reached.add(child.fromTable())) {
          todo.add(child.fromTable());
        }
      }
      if (upwardsToo) {
        for (Reference parent : parents.getOrDefault(table, List.of())) {
          if (reached.add(parent.toTable())) {
            todo.add(parent.toTable());
          }
        }
      }
    }
    return reached;
  }

  /**
   * The tables {@code start} names (those of this graph) and every table they refer to,
   * transitively: what a legal hold keeps so that no kept row points at an erased one.
   */
  public Set<String> closure(Collection<String> start) {
    Set<String> known = names();
    Set<String> closed = new LinkedHashSet<>();
    Queue<String> todo = new ArrayDeque<>();
    start.stream().filter(known::contains).forEach(todo::add);
    while (!todo.isEmpty()) {
      String table = todo.poll();
      if (closed.add(table)) {
        for (Reference parent : parents.getOrDefault(table, List.of())) {
          if (known.contains(parent.toTable())) {
            todo.add(parent.toTable());
          }
        }
      }
    }
    return closed;
  }

  /**
   * {@code tables} with every table before the tables that refer to it (customers, accounts,
   * invoices): the order in which keys found in a parent are known before its children are queried.
   * Tables are placed in passes over the map's order; tables on a cycle keep it.
   */
  public List<String> parentsFirst(Collection<String> tables) {
    Set<String> planned = new HashSet<>(tables);
    Set<String> placed = new LinkedHashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Table table : this.tables) {
        String name = table.name();
        if (!planned.contains(name) || placed.contains(name)) {
          continue;
        }
        boolean ready =
            parents.getOrDefault(name, List.of()).stream()
                .map(Reference::toTable)
                .filter(parent -> planned.contains(parent) && !parent.equals(name))
                .allMatch(placed::contains);
        if (ready) {
          placed.add(name);
          progress = true;
        }
      }
    }
    for (Table table : this.tables) {
      if (planned.contains(table.name())) {
        placed.add(table.name());
      }
    }
    return List.copyOf(placed);
  }

  /**
   * {@code tables} with every table before the tables it refers to, the order deletions run in so
   * that foreign keys hold: the reverse of {@link #parentsFirst}.
   */
  public List<String> childrenFirst(Collection<String> tables) {
    List<String> order = new ArrayList<>(parentsFirst(tables));
    java.util.Collections.reverse(order);
    return order;
  }

  /**
   * The references to follow from {@code table} up to the nearest table that has {@code column}:
   * empty when the table has it itself, absent when no table along its references has it. Breadth
   * first, so the nearest wins; retention dates a payment card by its account's {@code closed_at}
   * this way.
   */
  public Optional<List<Reference>> pathToColumn(String table, String column) {
    record Step(Table table, List<Reference> path) {}
    Queue<Step> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    find(table)
        .ifPresent(
            found -> {
              seen.add(found.name());
              queue.add(new Step(found, List.of()));
            });
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      if (step.table().findField(column).isPresent()) {
        return Optional.of(step.path());
      }
      for (Reference parent : parents.getOrDefault(step.table().name(), List.of())) {
        if (seen.add(parent.toTable())) {
          List<Reference> path = new ArrayList<>(step.path());
          path.add(parent);
          find(parent.toTable()).ifPresent(next -> queue.add(new Step(next, List.copyOf(path))));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Table> find(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private Set<String> names() {
    Set<String> names = new HashSet<>();
    tables.forEach(t -> names.add(t.name()));
    return names;
  }
}
