package dev.rightful.discovery;

import dev.rightful.datamap.Field;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A table the map lacks, written as the map would hold it once the suggestion is taken: its columns
 * with the categories and identity found, its foreign keys as references. Lets the map's own {@link
 * dev.rightful.datamap.TableGraph} say whether an identity would reach it.
 */
final class Hypothesis {
  private Hypothesis() {}

  static Table table(ScanResult.ScannedTable scanned) {
    Catalog.Table table = scanned.table();
    List<Field> fields = new ArrayList<>();
    for (ScanResult.ScannedColumn column : scanned.columns()) {
      String name = column.column().name();
      Reference reference =
          table.foreignKeys().stream()
              .filter(fk -> fk.column().equalsIgnoreCase(name))
              .findFirst()
              .map(fk -> new Reference(table.name(), name, fk.toTable(), fk.toColumn()))
              .orElse(null);
      var verdict = column.verdict();
      fields.add(
          new Field(
              name,
              verdict.categories(),
              verdict.identity(),
              false,
              reference,
              verdict.sensitive(),
              null,
              null,
              null));
    }
    return new Table(
        table.name(),
        table.comment(),
        table.primaryKey().size() == 1 ? table.primaryKey().get(0) : null,
        null,
        fields,
        Table.OnDelete.DELETE,
        null,
        null);
  }
}
