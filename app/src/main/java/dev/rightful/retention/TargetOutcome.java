package dev.rightful.retention;

import dev.rightful.datamap.RetentionRule;
import java.time.Duration;
import java.util.List;

/**
 * What a plan found or a sweep did for one rule on one table. Immutable.
 *
 * @param expired rows past their period (for anonymizing rules: not yet anonymized)
 * @param held expired rows a legal hold keeps
 * @param blocked expired rows other rows still refer to by a foreign key, kept until those go
 * @param done rows deleted or anonymized (0 in a plan)
 * @param batches the batches (short transactions) the sweep used
 * @param longestBatch the longest batch transaction: the longest any lock was held
 * @param sampleKeys a few primary keys of due rows (plans only)
 * @param note why the table was skipped or failed, or null
 */
public record TargetOutcome(
    String ruleId,
    String target,
    RetentionRule.Action action,
    Status status,
    long expired,
    long held,
    long blocked,
    long done,
    int batches,
    Duration longestBatch,
    List<String> sampleKeys,
    String note) {

  /** How the table fared. */
  public enum Status {
    /** A dry run counted the table. */
    PLANNED,
    /** The sweep went through the whole table. */
    DONE,
    /** A legal hold on the whole table kept every expired row. */
    HELD,
    /** The sweep could not run here (for example the system is not a JDBC database). */
    SKIPPED,
    /** The sweep failed here; the next sweep tries again. */
    FAILED
  }

  public TargetOutcome {
    sampleKeys = List.copyOf(sampleKeys);
  }

  /** Rows the rule removes or anonymizes: expired, neither held nor blocked. */
  public long due() {
    return Math.max(0, expired - held - blocked);
  }
}
