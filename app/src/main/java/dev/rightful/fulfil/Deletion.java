package dev.rightful.fulfil;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.retention.Hold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Carries out a deletion request on the map's database systems: erase what was found per the map's
 * strategies, verify independently, and write the {@link Certificate}. The rows to erase are found
 * first and handed in, so a resumed job erases exactly the rows of the first run. Thread-safe.
 */
public final class Deletion {
  private final DataMap map;
  private final Function<String, Connector> connectors;

  public Deletion(DataMap map, Function<String, Connector> connectors) {
    this.map = map;
    this.connectors = connectors;
  }

  /** Erases, in one transaction per system, then verifies; returns the certificate. */
  public Certificate run(
      String requestId,
      Plan plan,
      List<Found> found,
      Identity identity,
      Connector.Anonymizer anonymizer) {
    return run(requestId, plan, found, identity, anonymizer, List.of());
  }

  /**
   * Erases what {@code holds} do not keep, then verifies; returns the certificate. Rows a hold
   * keeps are listed as retained on {@link dev.rightful.law.LegalHoldBasis}.
   *
   * @param holds the legal holds in force for this consumer ({@code Holds.activeFor})
   */
  public Certificate run(
      String requestId,
      Plan plan,
      List<Found> found,
      Identity identity,
      Connector.Anonymizer anonymizer,
      List<Hold> holds) {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    Map<String, Integer> anonymized = new LinkedHashMap<>();
    List<Certificate.Retained> retained = new ArrayList<>();
    Map<String, Long> remaining = new LinkedHashMap<>();
    for (Found system : found) {
      SystemPlan mapped = plan.findSystem(system.system()).orElseThrow();
      HeldTables held = HeldTables.of(mapped, holds);
      SystemPlan systemPlan = held.applyTo(mapped);
      Connector connector = connectors.apply(system.system());
      connector.erase(systemPlan, system, anonymizer);
      Map<String, Long> kept = connector.retained(systemPlan, system, identity);
      for (TableStep step : mapped.steps()) {
        Table table = step.table();
        boolean byHold = held.keeps(table.name()) && table.onDelete() != Table.OnDelete.RETAIN;
        int rows = system.rows(table.name()).size();
        String name = system.system() + "." + table.name();
        switch (byHold ? Table.OnDelete.RETAIN : table.onDelete()) {
          case DELETE -> deleted.put(name, rows);
          case ANONYMIZE -> anonymized.put(name, rows);
          case RETAIN -> {
            rows = kept.getOrDefault(table.name(), 0L).intValue();
            if (rows > 0) {
              retained.add(
                  byHold
                      ? Certificate.Retained.byHold(system.system(), table, rows)
                      : Certificate.Retained.of(map, system.system(), table, rows));
            }
          }
        }
      }
      connector
          .remaining(systemPlan, system, identity)
          .forEach((table, count) -> remaining.put(system.system() + "." + table, count));
    }
    return new Certificate(requestId, deleted, anonymized, retained, remaining);
  }
}
