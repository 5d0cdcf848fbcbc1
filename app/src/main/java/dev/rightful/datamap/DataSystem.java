package dev.rightful.datamap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * A system that holds personal information: a database reached over JDBC, a vendor's API (a {@code
 * webhook}: its endpoint in the variable {@code urlEnv}, its signing secret in {@code secretEnv}),
 * a vendor reached by {@code email}, or a store that people handle by hand. Connection secrets are
 * named by environment variable only.
 */
public record DataSystem(
    String id,
    String name,
    String connector,
    String urlEnv,
    String userEnv,
    String passwordEnv,
    String secretEnv,
    String email,
    List<Table> tables,
    Location location) {

  public Optional<Table> findTable(String tableName) {
    return tables.stream().filter(t -> tableName != null && tableName.equals(t.name())).findFirst();
  }

  /**
   * The foreign keys to follow from a table to the nearest table that has {@code column}: an empty
   * list when the table has the column itself, empty when no table along its references has it.
   * Retention uses it to date a child row by its parent (a payment card by its account's {@code
   * closed_at}).
   */
  public Optional<List<Field>> findPathToColumn(String tableName, String column) {
    record Step(Table table, List<Field> path) {}
    Queue<Step> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    findTable(tableName)
        .ifPresent(
            table -> {
              seen.add(table.name());
              queue.add(new Step(table, List.of()));
            });
    // Breadth first, so that the nearest table with the column wins.
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      if (step.table().findField(column).isPresent()) {
        return Optional.of(step.path());
      }
      for (Field field : step.table().fields()) {
        if (field.references() == null) {
          continue;
        }
        String parent = field.references().substring(0, field.references().indexOf('.'));
        if (seen.add(parent)) {
          List<Field> path = new ArrayList<>(step.path());
          path.add(field);
          findTable(parent).ifPresent(table -> queue.add(new Step(table, List.copyOf(path))));
        }
      }
    }
    return Optional.empty();
  }
}
