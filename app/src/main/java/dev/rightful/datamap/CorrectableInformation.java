package dev.rightful.datamap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A piece of information a consumer may ask to correct (CC 1798.106; 7023), as a form offers it:
 * the map's field name, which fulfilment matches in every table that has it, and the consumer's
 * words for it. A form offers these rather than a free-text box, because a consumer's "my postal
 * address" matches no column, and a correction that finds nothing fails them.
 */
public record CorrectableInformation(String field, String words) {

  // Keys the company assigns, not information about the consumer that can be inaccurate.
  private static final Set<String> ASSIGNED_KEYS = Set.of("customer-id", "device-id");

  /**
   * The fields holding personal information in tables the company maintains (not event records: a
   * past call's number is what was dialled), less primary keys, references and assigned keys; one
   * per name, in the map's order.
   */
  public static List<CorrectableInformation> of(DataMap map) {
    Map<String, CorrectableInformation> byName = new LinkedHashMap<>();
    for (DataSystem system : map.systems()) {
      for (Table table : system.tables()) {
        if (table.eventRecord()) {
          continue;
        }
        for (Field field : table.fields()) {
          if (field.holdsPersonalInformation()
              && !field.name().equals(table.primaryKey())
              && field.references() == null
              && (field.identity() == null || !ASSIGNED_KEYS.contains(field.identity()))) {
            byName.putIfAbsent(
                field.name(), new CorrectableInformation(field.name(), Names.words(field.name())));
          }
        }
      }
    }
    return List.copyOf(byName.values());
  }
}
