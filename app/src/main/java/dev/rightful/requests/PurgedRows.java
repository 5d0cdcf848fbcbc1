package dev.rightful.requests;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a records purge deleted, or what a dry run found: the rows of each table, for the requests
 * closed before {@code cutoff}. Immutable.
 *
 * @param cutoff requests closed before this instant were due
 * @param byTable rows per table, in the order the purge deletes them ({@code rights_request} last)
 */
public record PurgedRows(Instant cutoff, Map<String, Long> byTable) {

  public PurgedRows {
    byTable = Collections.unmodifiableMap(new LinkedHashMap<>(byTable));
  }

  /** How many requests: their rows in {@code rights_request}. */
  public long requests() {
    return rows(RecordsPurge.REQUESTS);
  }

  /** The rows of {@code table}, 0 for a table that had none. */
  public long rows(String table) {
    return byTable.getOrDefault(table, 0L);
  }

  /** Every row in every table. */
  public long total() {
    return byTable.values().stream().mapToLong(Long::longValue).sum();
  }

  /** These counts and {@code more}, table by table. */
  PurgedRows plus(Map<String, Long> more) {
    Map<String, Long> sum = new LinkedHashMap<>(byTable);
    more.forEach((table, rows) -> sum.merge(table, rows, Long::sum));
    return new PurgedRows(cutoff, sum);
  }
}
