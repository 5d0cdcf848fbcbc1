package dev.rightful.discovery.classify;

import java.util.List;

/**
 * What the classifier sees of one column: its table, name, type, the names of its sibling columns,
 * and the values sampled (non-null, as text). The values live only as long as this record.
 */
public record ColumnSample(
    String table, String column, ColumnType type, List<String> siblings, List<String> values) {
  public ColumnSample {
    siblings = List.copyOf(siblings);
    values = List.copyOf(values);
  }
}
