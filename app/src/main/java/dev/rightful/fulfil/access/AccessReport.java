package dev.rightful.fulfil.access;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Plan;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.TableStep;
import dev.rightful.law.Category;
import dev.rightful.law.Lookback;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer to a request to know, table by table: every row the company maintains about the
 * consumer, and their event records within the lookback window (rule 20; 7024(h)), with
 * never-disclosed values replaced by a statement that they are held (7024(d)), and the disclosures
 * compiled for this consumer. Immutable.
 *
 * @param specificPieces false for a request for categories only: no rows, only disclosures
 */
public record AccessReport(
    String reference,
    Lookback lookback,
    boolean specificPieces,
    List<TableData> tables,
    List<Withheld> withheld,
    Disclosures disclosures) {

  /** What stands in a package in place of a never-disclosed value. */
  public static final String HELD = "[held, not disclosed]";

  /**
   * One table's rows as they go into the package; {@code description} is the map's, what a row is,
   * for the reader (null when the map gives none).
   */
  public record TableData(
      String system,
      String table,
      String description,
      List<String> columns,
      List<Map<String, Object>> rows) {
    public String fileName() {
      return system + "." + table + ".csv";
    }
  }

  /** A never-disclosed field the business holds for the consumer: named, its value withheld. */
  public record Withheld(String system, String table, String field, String kind) {}

  /** Builds the report from what the connectors found. */
  public static AccessReport of(
      DataMap map,
      Plan plan,
      List<Found> found,
      String reference,
      Lookback lookback,
      boolean specificPieces) {
    List<TableData> tables = new ArrayList<>();
    List<Withheld> withheld = new ArrayList<>();
    Set<Category> held = EnumSet.noneOf(Category.class);
    LocalDateTime from = lookback.from().atStartOfDay();
    LocalDateTime until = lookback.to().plusDays(1).atStartOfDay();
    for (Found system : found) {
      SystemPlan systemPlan = plan.findSystem(system.system()).orElseThrow();
      for (TableStep step : systemPlan.steps()) {
        Table table = step.table();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : system.rows(table.name())) {
          if (!within(table, row, from, until)) {
            continue;
          }
          Map<String, Object> out = new LinkedHashMap<>();
          for (Field field : table.fields()) {
            Object value = row.get(field.name());
            if (value != null) {
              held.addAll(field.categories());
            }
            // 7024(d): say that it is held, never what it is.
            if (field.sensitive() != null && field.sensitive().neverDisclosed() && value != null) {
              Withheld w =
                  new Withheld(
                      system.system(), table.name(), field.name(), field.sensitive().description());
              if (!withheld.contains(w)) {
                withheld.add(w);
              }
              value = HELD;
            }
            out.put(field.name(), value);
          }
          rows.add(out);
        }
        if (!rows.isEmpty() && specificPieces) {
          tables.add(
              new TableData(
                  system.system(),
                  table.name(),
                  table.description(),
                  table.fields().stream().map(Field::name).toList(),
                  rows));
        }
      }
    }
    return new AccessReport(
        reference,
        lookback,
        specificPieces,
        tables,
        specificPieces ? withheld : List.of(),
        Disclosures.of(map, held));
  }

  /**
   * Whether a row belongs in the answer for the period: always for a table the company maintains,
   * for an event record when it was collected within the period. An event with no readable time is
   * kept: telling too much of one's own data is safer than hiding it.
   */
  private static boolean within(
      Table table, Map<String, Object> row, LocalDateTime from, LocalDateTime until) {
    // Rule 20; 7024(h): what is maintained today was collected and is held within any period.
    if (!table.eventRecord()) {
      return true;
    }
    Object value = row.get(table.timeColumn());
    if (!(value instanceof String text) || text.length() < 10) {
      return true;
    }
    LocalDateTime at =
        text.length() == 10
            ? java.time.LocalDate.parse(text).atStartOfDay()
            : LocalDateTime.parse(text);
    return !at.isBefore(from) && at.isBefore(until);
  }
}
