package dev.rightful.fulfil;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Table;
import dev.rightful.law.LegalHoldBasis;
import java.util.List;
import java.util.Map;

/**
 * The record of a completed deletion: rows deleted and anonymized per table, what was retained and
 * on which basis (told to the consumer, CC 1798.105(d)), and the independent verification that
 * nothing deletable remains. Holds counts and table names only, no personal information. Immutable.
 */
public record Certificate(
    String requestId,
    Map<String, Integer> deleted,
    Map<String, Integer> anonymized,
    List<Retained> retained,
    Map<String, Long> remaining) {

  /** Rows kept in a table, and the basis they are kept on. */
  public record Retained(String system, String table, int rows, String rule, String basis) {
    /** {@code rows} kept in {@code table}, on the basis of the map's rule that retains it. */
    static Retained of(DataMap map, String system, Table table, int rows) {
      RetentionRule rule =
          map.retention().stream()
              .filter(r -> r.id().equals(table.retainedBy()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("no retention rule " + table.retainedBy()));
      return new Retained(system, table.name(), rows, rule.id(), rule.basis());
    }

    /** {@code rows} of {@code table} a legal hold kept from being erased. */
    static Retained byHold(String system, Table table, int rows) {
      return new Retained(system, table.name(), rows, LegalHoldBasis.RULE, LegalHoldBasis.TEXT);
    }
  }

  /** True when the verification found nothing deletable left. */
  public boolean verified() {
    return remaining.values().stream().allMatch(n -> n == 0);
  }
}
