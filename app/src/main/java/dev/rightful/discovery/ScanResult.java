package dev.rightful.discovery;

import dev.rightful.discovery.classify.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What a scan of one system found: each table of its catalog with the rows sampled and a verdict
 * per column. Holds no sampled value.
 */
public record ScanResult(
    String system,
    String dialect,
    List<ScannedTable> tables,
    List<String> notSampled,
    long millis,
    Timing timing) {
  /** Where the time went, in milliseconds: the catalog, the sample reads, the classification. */
  public record Timing(long catalog, long sampling, long classifying) {}

  public ScanResult {
    tables = List.copyOf(tables);
    notSampled = List.copyOf(notSampled);
  }

  public Catalog catalog() {
    return new Catalog(tables.stream().map(ScannedTable::table).toList());
  }

  public Optional<ScannedTable> find(String table) {
    return tables.stream().filter(t -> t.table().name().equalsIgnoreCase(table)).findFirst();
  }

  /** A table, the rows sampled and how, and its columns' verdicts. */
  public record ScannedTable(
      Catalog.Table table, int rowsSampled, String method, List<ScannedColumn> columns) {
    public ScannedTable {
      columns = List.copyOf(columns);
    }

    public Optional<ScannedColumn> find(String column) {
      return columns.stream().filter(c -> c.column().name().equalsIgnoreCase(column)).findFirst();
    }

    /** Whether any column holds personal information. */
    public boolean personal() {
      return columns.stream().anyMatch(c -> c.verdict().personal());
    }
  }

  /** A column and what the classifier says of it. */
  public record ScannedColumn(Catalog.Column column, Verdict verdict) {}
}
