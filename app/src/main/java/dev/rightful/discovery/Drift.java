package dev.rightful.discovery;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.Table;
import dev.rightful.datamap.TableGraph;
import dev.rightful.discovery.classify.Finding;
import dev.rightful.discovery.classify.Verdict;
import dev.rightful.law.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares what a scan found with what the data map says of the same system: columns and tables
 * holding personal information the map lacks, mapped ones that are gone or renamed, categories the
 * values contradict, tables no identity reaches, foreign keys the map does not declare. Only value
 * evidence contradicts the map: a name alone never overrules what a person wrote.
 */
public final class Drift {
  /** The share of a missing table's columns another table must have to be taken for it renamed. */
  static final double RENAMED = 0.8;

  private final DataMap map;
  private final DataSystem system;
  private final ScanResult scan;
  private final List<DriftFinding> findings = new ArrayList<>();

  private Drift(DataMap map, DataSystem system, ScanResult scan) {
    this.map = map;
    this.system = system;
    this.scan = scan;
  }

  public static List<DriftFinding> of(DataMap map, DataSystem system, ScanResult scan) {
    Drift drift = new Drift(map, system, scan);
    drift.compare();
    return List.copyOf(drift.findings);
  }

  private void compare() {
    List<Table> missing = new ArrayList<>();
    Set<String> mappedInDatabase = new HashSet<>();
    for (Table table : system.tables()) {
      var scanned = scan.find(table.name());
      if (scanned.isEmpty()) {
        missing.add(table);
        continue;
      }
      mappedInDatabase.add(key(scanned.get().table().name()));
      mappedTable(table, scanned.get());
    }
    List<ScanResult.ScannedTable> unmapped =
        scan.tables().stream()
            .filter(t -> !mappedInDatabase.contains(key(t.table().name())))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Table table : missing) {
      ScanResult.ScannedTable successor = successor(table, unmapped);
      if (successor != null) {
        unmapped.remove(successor);
        renamed.put(table.name(), successor.table().name());
        add(
            DriftFinding.Kind.RENAMED_TABLE,
            table.name(),
            null,
            "table "
                + table.name()
                + " is gone and "
                + successor.table().name()
                + " has its columns: renamed? Rename it in the map",
            table.location(),
            Suggestions.rename(table.name(), successor.table().name()),
            1.0,
            List.of());
      } else {
        add(
            DriftFinding.Kind.MISSING_TABLE,
            table.name(),
            null,
            "table " + table.name() + " is mapped but the database has no such table",
            table.location(),
            null,
            1.0,
            List.of());
      }
    }
    List<Table> suggested = new ArrayList<>();
    for (ScanResult.ScannedTable table : unmapped) {
      if (!table.personal()) {
        continue; // a technical table (migrations, queues) the map need not list
      }
      var pi = table.columns().stream().filter(c -> c.verdict().personal()).toList();
      add(
          DriftFinding.Kind.UNMAPPED_TABLE,
          table.table().name(),
          null,
          "table "
              + table.table().name()
              + " holds personal information ("
              + String.join(", ", pi.stream().map(c -> c.column().name()).toList())
              + ") and is not in the map",
          system.location(),
          Suggestions.table(table, map),
          pi.stream().mapToDouble(c -> c.verdict().confidence()).max().orElse(0),
          pi.get(0).verdict().main().map(Finding::evidence).orElse(List.of()));
      suggested.add(Hypothesis.table(table));
    }
    unreachable(suggested, renamed);
  }

  private void mappedTable(Table table, ScanResult.ScannedTable scanned) {
    for (Field field : table.fields()) {
      var column = scanned.find(field.name());
      if (column.isEmpty()) {
        add(
            DriftFinding.Kind.MISSING_COLUMN,
            table.name(),
            field.name(),
            "column "
                + table.name()
                + "."
                + field.name()
                + " is mapped but the table has no such column",
            field.location(),
            null,
            1.0,
            List.of());
        continue;
      }
      contradiction(table, field, column.get().verdict());
    }
    for (ScanResult.ScannedColumn column : scanned.columns()) {
      String name = column.column().name();
      if (table.findField(name).isPresent() || findIgnoringCase(table, name) != null) {
        continue;
      }
      if (column.verdict().personal()) {
        Finding main = column.verdict().main().orElseThrow();
        add(
            DriftFinding.Kind.UNMAPPED_COLUMN,
            table.name(),
            name,
            "column "
                + table.name()
                + "."
                + name
                + " holds "
                + main.kind().id()
                + " (category "
                + Suggestions.categories(column.verdict().categories())
                + ") and is not in the map",
            table.location(),
            Suggestions.field(name, column.verdict(), foreignKey(scanned, name), map),
            main.confidence(),
            main.evidence());
      }
    }
    for (Catalog.ForeignKey fk : scanned.table().foreignKeys()) {
      Field field = findIgnoringCase(table, fk.column());
      String target = fk.toTable() + "." + fk.toColumn();
      Reference declared = field == null ? null : field.references();
      if (declared != null && declared.target().equalsIgnoreCase(target)) {
        continue;
      }
      add(
          DriftFinding.Kind.UNDECLARED_FOREIGN_KEY,
          table.name(),
          fk.column(),
          "foreign key "
              + table.name()
              + "."
              + fk.column()
              + " -> "
              + target
              + " is not declared in the map: requests and deletions do not follow it",
          field == null ? table.location() : field.location(),
          (field == null ? "          - name: " + fk.column() + "\n" : "")
              + "            references: "
              + target
              + "\n",
          1.0,
          List.of());
    }
  }

  /** A mapped field whose values, as a whole, are a kind the map's categories leave out. */
  private void contradiction(Table table, Field field, Verdict verdict) {
    for (Finding finding : verdict.counted()) {
      if (!finding.fromValues()) {
        continue;
      }
      Set<Category> mapped = field.categories();
      boolean disjoint = Collections.disjoint(mapped, finding.kind().categories());
      boolean sensitiveMissing =
          finding.kind().sensitive() != null && field.sensitive() != finding.kind().sensitive();
      if (!disjoint && !sensitiveMissing) {
        continue;
      }
      String says =
          mapped.isEmpty()
              ? "no category"
              : "category "
                  + Suggestions.categories(mapped)
                  + (field.sensitive() == null ? "" : ", sensitive " + field.sensitive().id());
      Set<Category> suggested = new java.util.TreeSet<>(mapped);
      suggested.addAll(finding.kind().categories());
      String yaml =
          "            category: "
              + Suggestions.categories(suggested)
              + "\n"
              + (finding.kind().sensitive() == null
                  ? ""
                  : "            sensitive: " + finding.kind().sensitive().id() + "\n");
      add(
          DriftFinding.Kind.CATEGORY_CONTRADICTED,
          table.name(),
          field.name(),
          "column "
              + table.name()
              + "."
              + field.name()
              + " holds "
              + finding.kind().id()
              + " by its values, the map gives it "
              + says,
          field.location(),
          yaml,
          finding.confidence(),
          finding.evidence());
      return;
    }
  }

  /**
   * Tables holding personal information that no identity reaches, the map's and the suggested ones
   * together: the map's graph with the suggested tables added, asked which tables an identity table
   * connects to.
   */
  private void unreachable(List<Table> suggested, Map<String, String> renamed) {
    List<Table> all = new ArrayList<>(system.tables());
    all.addAll(suggested);
    Set<String> connected = new HashSet<>();
    TableGraph.of(all).connectedToIdentities().forEach(t -> connected.add(key(t)));
    for (Table table : all) {
      boolean personal = table.fields().stream().anyMatch(Field::holdsPersonalInformation);
      if (!personal || connected.contains(key(table.name()))) {
        continue;
      }
      String shown = renamed.getOrDefault(table.name(), table.name());
      add(
          DriftFinding.Kind.UNREACHABLE_TABLE,
          shown,
          null,
          "no identity reaches table "
              + shown
              + ": no column locates a consumer (identity: "
              + String.join(", ", Field.IDENTITIES)
              + ") and no foreign key leads to a table that does, so no request would find its rows",
          table.location() == null ? system.location() : table.location(),
          null,
          1.0,
          List.of());
    }
  }

  private ScanResult.ScannedTable successor(Table table, List<ScanResult.ScannedTable> candidates) {
    Set<String> mapped = new HashSet<>();
    table.fields().forEach(f -> mapped.add(key(f.name())));
    for (ScanResult.ScannedTable candidate : candidates) {
      Set<String> columns = new HashSet<>();
      candidate.table().columnNames().forEach(c -> columns.add(key(c)));
      Set<String> common = new HashSet<>(mapped);
      common.retainAll(columns);
      Set<String> union = new HashSet<>(mapped);
      union.addAll(columns);
      if (!union.isEmpty() && (double) common.size() / union.size() >= RENAMED) {
        return candidate;
      }
    }
    return null;
  }

  private static String foreignKey(ScanResult.ScannedTable table, String column) {
    return table.table().foreignKeys().stream()
        .filter(fk -> fk.column().equalsIgnoreCase(column))
        .map(fk -> fk.toTable() + "." + fk.toColumn())
        .findFirst()
        .orElse(null);
  }

  private static Field findIgnoringCase(Table table, String column) {
    return table.fields().stream()
        .filter(f -> f.name().equalsIgnoreCase(column))
        .findFirst()
        .orElse(null);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private void add(
      DriftFinding.Kind kind,
      String table,
      String column,
      String message,
      dev.rightful.datamap.Location location,
      String suggestion,
      double confidence,
      List<dev.rightful.discovery.classify.Evidence> evidence) {
    findings.add(
        new DriftFinding(
            kind, system.id(), table, column, message, location, suggestion, confidence, evidence));
  }
}
