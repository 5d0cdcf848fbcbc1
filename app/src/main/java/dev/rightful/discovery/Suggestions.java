package dev.rightful.discovery;

import dev.rightful.datamap.DataMap;
import dev.rightful.discovery.classify.Finding;
import dev.rightful.discovery.classify.Verdict;
import dev.rightful.law.Category;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The YAML a finding suggests, written as the map writes it (systems.yaml: a table at six spaces,
 * its fields at ten), with the evidence as comments, for a person to review before it goes in.
 */
final class Suggestions {
  private static final String TABLE = "      ";
  private static final String FIELD = "          ";
  private static final String KEY = "            ";

  private Suggestions() {}

  /** A field entry for {@code column}, to add under its table's {@code fields:}. */
  static String field(String column, Verdict verdict, String references, DataMap map) {
    StringBuilder yaml = new StringBuilder();
    verdict.main().ifPresent(f -> yaml.append(FIELD).append("# ").append(evidence(f)).append('\n'));
    yaml.append(FIELD).append("- name: ").append(column).append('\n');
    if (verdict.personal()) {
      yaml.append(KEY).append("category: ").append(categories(verdict.categories())).append('\n');
      if (verdict.sensitive() != null) {
        yaml.append(KEY).append("sensitive: ").append(verdict.sensitive().id()).append('\n');
      }
      if (verdict.identity() != null) {
        yaml.append(KEY).append("identity: ").append(verdict.identity()).append('\n');
      }
    }
    if (references != null) {
      yaml.append(KEY).append("references: ").append(references).append('\n');
    }
    uncollected(verdict.categories(), map, KEY, yaml);
    return yaml.toString();
  }

  /** A whole table entry, to add under the system's {@code tables:}. */
  static String table(ScanResult.ScannedTable scanned, DataMap map) {
    Catalog.Table table = scanned.table();
    StringBuilder yaml = new StringBuilder();
    yaml.append(TABLE).append("- name: ").append(table.name()).append('\n');
    yaml.append(TABLE)
        .append("  description: ")
        .append(
            table.comment() == null
                ? "TODO: what one row is (found by rightful scan)"
                : table.comment())
        .append('\n');
    if (table.primaryKey().size() == 1) {
      yaml.append(TABLE).append("  primaryKey: ").append(table.primaryKey().get(0)).append('\n');
    }
    yaml.append(TABLE)
        .append("  # timeColumn: the column that dates each row, if a row records an event\n");
    yaml.append(TABLE).append("  fields:\n");
    for (ScanResult.ScannedColumn column : scanned.columns()) {
      String references =
          table.foreignKeys().stream()
              .filter(fk -> fk.column().equalsIgnoreCase(column.column().name()))
              .map(fk -> fk.toTable() + "." + fk.toColumn())
              .findFirst()
              .orElse(null);
      yaml.append(field(column.column().name(), column.verdict(), references, map));
    }
    return yaml.toString();
  }

  /** The line that renames a mapped table. */
  static String rename(String from, String to) {
    return TABLE + "- name: " + to + "   # was " + from + "\n";
  }

  static String categories(Set<Category> categories) {
    List<String> letters = categories.stream().map(Category::letter).sorted().toList();
    return letters.size() == 1 ? letters.get(0) : "[" + String.join(", ", letters) + "]";
  }

  static String evidence(Finding finding) {
    return finding.kind().id()
        + String.format(java.util.Locale.ROOT, " (confidence %.2f: ", finding.confidence())
        + finding.evidence().stream().map(Object::toString).collect(Collectors.joining(", "))
        + ")";
  }

  private static void uncollected(
      Set<Category> categories, DataMap map, String indent, StringBuilder yaml) {
    List<String> missing =
        categories.stream().filter(c -> !map.collects(c)).map(Category::letter).sorted().toList();
    if (!missing.isEmpty()) {
      yaml.append(indent)
          .append("# categories.yaml does not collect ")
          .append(String.join(", ", missing))
          .append(": state it there too\n");
    }
  }
}
