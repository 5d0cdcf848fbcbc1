package dev.rightful.fulfil;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Names;
import dev.rightful.datamap.Table;
import dev.rightful.law.Category;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consumer's words for the company's records: a table of the map is told by its description and
 * the CCPA categories its fields hold, never by its name, which means nothing to a consumer and
 * tells them how the company's database is built. Stateless.
 */
final class RecordWords {
  private RecordWords() {}

  /**
   * {@code rows} of the table {@code system.table} (or {@code table} alone), e.g. "Payment cards on
   * file: … — 1 record (Identifiers, Commercial information)".
   */
  static String records(DataMap map, String system, String table, int rows) {
    Optional<Table> found = find(map, system, table);
    String what =
        found
            .map(Table::description)
            .filter(d -> d != null && !d.isBlank())
            .map(Names::clause)
            .orElseGet(() -> systemWords(map, system));
    String categories = found.map(RecordWords::categories).orElse("");
    return what + " — " + count(rows) + (categories.isEmpty() ? "" : " (" + categories + ")");
  }

  /** The same for a key {@code system.table}. */
  static String records(DataMap map, String systemDotTable, int rows) {
    int dot = systemDotTable.indexOf('.');
    return dot < 0
        ? records(map, null, systemDotTable, rows)
        : records(map, systemDotTable.substring(0, dot), systemDotTable.substring(dot + 1), rows);
  }

  /**
   * A field of a table, corrected, as words in the table's description, e.g. "Phone, in: Customers
   * of the Net2Phone services … — 1 record".
   */
  static String field(DataMap map, String table, String field, int rows) {
    Optional<Table> found = find(map, null, table);
    String where =
        found
            .map(Table::description)
            .filter(d -> d != null && !d.isBlank())
            .map(Names::clause)
            .orElse("our records");
    return Names.words(field) + ", in: " + where + " — " + count(rows);
  }

  static String count(int n) {
    return n == 1 ? "1 record" : n + " records";
  }

  /** The statutory names of the categories a table's fields hold, in the law's order. */
  private static String categories(Table table) {
    Set<Category> held = EnumSet.noneOf(Category.class);
    for (Field field : table.fields()) {
      held.addAll(field.categories());
    }
    return held.stream().map(Category::statutoryName).collect(Collectors.joining(", "));
  }

  private static Optional<Table> find(DataMap map, String system, String table) {
    List<DataSystem> systems =
        system == null
            ? map.systems()
            : map.findSystem(system).map(List::of).orElse(List.<DataSystem>of());
    return systems.stream()
        .flatMap(s -> s.tables().stream())
        .filter(t -> t.name().equals(table))
        .findFirst();
  }

  /** A vendor's or person's system that reported rows for a table the map does not describe. */
  private static String systemWords(DataMap map, String system) {
    return map.findSystem(system)
        .map(DataSystem::name)
        .filter(n -> n != null && !n.isBlank())
        .map(n -> "Records held in " + n)
        .orElse("Other records");
  }
}
