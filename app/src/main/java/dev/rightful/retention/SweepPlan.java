package dev.rightful.retention;

import java.time.Instant;
import java.util.List;

/**
 * A dry run: for each rule and table, how many rows a sweep as of {@code asOf} would delete or
 * anonymize, how many holds and references keep, and a few sample keys. Nothing was changed.
 * Immutable.
 *
 * @param unswept rules the sweep does not apply, with the reason (no tables, not a database)
 */
public record SweepPlan(Instant asOf, List<TargetOutcome> outcomes, List<String> unswept) {
  public SweepPlan {
    outcomes = List.copyOf(outcomes);
    unswept = List.copyOf(unswept);
  }

  /** Rows a sweep would delete or anonymize, over all tables. */
  public long due() {
    return outcomes.stream().mapToLong(TargetOutcome::due).sum();
  }
}
