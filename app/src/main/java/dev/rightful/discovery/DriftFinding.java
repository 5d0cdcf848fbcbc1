package dev.rightful.discovery;

import dev.rightful.datamap.Location;
import dev.rightful.discovery.classify.Evidence;
import java.util.List;

/**
 * One way the company's database and its data map disagree. {@code location} is the map's line the
 * finding is about (the table, the field, or the system for a table the map lacks); {@code
 * suggestion} the YAML to add or change, in the map's own format, or null.
 */
public record DriftFinding(
    Kind kind,
    String system,
    String table,
    String column,
    String message,
    Location location,
    String suggestion,
    double confidence,
    List<Evidence> evidence) {
  public DriftFinding {
    evidence = List.copyOf(evidence);
  }

  /** What disagrees; the id is the SARIF rule and the JSON {@code kind}. */
  public enum Kind {
    UNMAPPED_COLUMN("unmapped-column", "A column holds personal information the map does not list"),
    UNMAPPED_TABLE("unmapped-table", "A table holds personal information the map does not list"),
    RENAMED_TABLE("renamed-table", "A mapped table is gone and another has its columns"),
    MISSING_TABLE("missing-table", "A mapped table no longer exists"),
    MISSING_COLUMN("missing-column", "A mapped column no longer exists"),
    CATEGORY_CONTRADICTED(
        "category-contradicted", "A column's values contradict the categories the map gives it"),
    UNREACHABLE_TABLE(
        "unreachable-table", "A table holding personal information no identity reaches"),
    UNDECLARED_FOREIGN_KEY(
        "undeclared-foreign-key", "A foreign key of the database the map does not declare");

    private final String id;
    private final String description;

    Kind(String id, String description) {
      this.id = id;
      this.description = description;
    }

    public String id() {
      return id;
    }

    public String description() {
      return description;
    }
  }

  /** {@code table} or {@code table.column}. */
  public String subject() {
    return column == null ? table : table + "." + column;
  }
}
