package dev.rightful.fulfil.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a vendor (or a person) reports for one system, checked against the map: rows only of
 * the system's mapped tables with only their mapped fields, so that nothing unmapped reaches an
 * access package unseen by the never-disclose rule and the categories; counts only for mapped
 * tables. Values become what a JDBC connector finds (text, whole numbers, decimals, true/false, ISO
 * date-times), so the rest of fulfilment treats both alike. Stateless.
 */
public final class VendorData {
  private VendorData() {}

  /** {@code {"table": [{field: value, …}, …]}}, each table and field mapped in {@code system}. */
  public static Map<String, List<Map<String, Object>>> rows(DataSystem system, JsonNode tables) {
    if (tables == null || !tables.isObject()) {
      throw new VendorDataInvalid(
          "tables", "give the rows as an object: {\"table\": [{\"field\": value, …}, …]}");
    }
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Table table = table(system, entry.getKey());
      if (!entry.getValue().isArray()) {
        throw new VendorDataInvalid(
            table.name(), "give the rows of '" + table.name() + "' as a list of objects");
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode row : entry.getValue()) {
        rows.add(row(table, row));
      }
      out.put(table.name(), rows);
    }
    return out;
  }

  /** {@code {"table": n}}: rows per mapped table of {@code system}, under {@code key}. */
  public static Map<String, Integer> counts(DataSystem system, JsonNode counts, String key) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (counts == null || counts.isMissingNode() || counts.isNull()) {
      return out;
    }
    if (!counts.isObject()) {
      throw new VendorDataInvalid(key, "give '" + key + "' as {\"table\": rows}");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Table table = table(system, entry.getKey());
      out.put(table.name(), count(key + "." + table.name(), entry.getValue()));
    }
    return out;
  }

  /** {@code {"table.field": n}}: rows corrected per mapped field, as a JDBC connector counts. */
  public static Map<String, Integer> corrected(DataSystem system, JsonNode counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (counts == null || counts.isMissingNode() || counts.isNull()) {
      return out;
    }
    if (!counts.isObject()) {
      throw new VendorDataInvalid("corrected", "give 'corrected' as {\"table.field\": rows}");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String[] parts = entry.getKey().split("\\.", 2);
      Table table = table(system, parts[0]);
      if (parts.length != 2 || table.findField(parts[1]).isEmpty()) {
        throw new VendorDataInvalid(
            entry.getKey(),
            "'" + entry.getKey() + "' is not a mapped field of system '" + system.id() + "'");
      }
      out.put(entry.getKey(), count("corrected." + entry.getKey(), entry.getValue()));
    }
    return out;
  }

  private static Table table(DataSystem system, String name) {
    return system
        .findTable(name)
        .orElseThrow(
            () ->
                new VendorDataInvalid(
                    name, "system '" + system.id() + "' maps no table '" + name + "'"));
  }

  private static int count(String field, JsonNode value) {
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
      throw new VendorDataInvalid(field, "'" + field + "' must be a count of rows (0 or more)");
    }
    return value.asInt();
  }

  private static Map<String, Object> row(Table table, JsonNode row) {
    if (!row.isObject()) {
      throw new VendorDataInvalid(
          table.name(), "each row of '" + table.name() + "' must be an object of fields");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = table.name() + "." + entry.getKey();
      Field field =
          table
              .findField(entry.getKey())
              .orElseThrow(
                  () ->
                      new VendorDataInvalid(
                          name,
                          "'"
                              + entry.getKey()
                              + "' is not a mapped field of table '"
                              + table.name()
                              + "': map it, or leave it out"));
      Object value = value(name, entry.getValue());
      if (field.name().equals(table.timeColumn()) && value instanceof String text) {
        value = dateTime(name, text);
      }
      out.put(field.name(), value);
    }
    return out;
  }

  private static Object value(String name, JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    throw new VendorDataInvalid(
        name, "'" + name + "' must be text, a number, true/false or null, not a list or object");
  }

  /**
   * The lookback is applied on the table's time column: a date or date-time as a JDBC connector
   * gives it (local), an instant with an offset taken in UTC. Anything else is refused rather than
   * let the row escape the lookback.
   */
  private static String dateTime(String name, String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).toString();
      }
      try {
        return LocalDateTime.parse(text).toString();
      } catch (DateTimeParseException e) {
        return OffsetDateTime.parse(text)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .toLocalDateTime()
            .toString();
      }
    } catch (DateTimeParseException e) {
      throw new VendorDataInvalid(
          name, "'" + name + "' is the table's time column: give an ISO date or date-time");
    }
  }
}
