package dev.rightful.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A sweep that has ended, as recorded in the audit log: when it ran, the instant its periods were
 * counted to, and its counts per rule and table. Immutable.
 *
 * @param sweepId unique per sweep; the same when a resumed sweep is recorded again
 * @param asOf the instant periods are counted to ("now" when the sweep began)
 * @param resumed whether a node other than the first, or a later run, finished it
 */
public record SweepReport(
    long sweepId,
    Instant asOf,
    Trigger trigger,
    String node,
    Instant startedAt,
    Instant finishedAt,
    boolean resumed,
    List<TargetOutcome> outcomes) {

  /** What started a sweep. */
  public enum Trigger {
    /** The daily schedule. */
    SCHEDULE,
    /** {@code rightful retention run}. */
    COMMAND
  }

  public SweepReport {
    outcomes = List.copyOf(outcomes);
  }

  /** Rows deleted or anonymized, over all tables. */
  public long done() {
    return outcomes.stream().mapToLong(TargetOutcome::done).sum();
  }

  /** Expired rows legal holds kept, over all tables. */
  public long held() {
    return outcomes.stream().mapToLong(TargetOutcome::held).sum();
  }

  /** Expired rows kept because other rows still refer to them, over all tables. */
  public long blocked() {
    return outcomes.stream().mapToLong(TargetOutcome::blocked).sum();
  }

  /** The longest batch transaction of the sweep: the longest it held any lock. */
  public Duration longestBatch() {
    return outcomes.stream()
        .map(TargetOutcome::longestBatch)
        .max(Comparator.naturalOrder())
        .orElse(Duration.ZERO);
  }

  /** Whether every table was swept (none failed). */
  public boolean complete() {
    return outcomes.stream().noneMatch(o -> o.status() == TargetOutcome.Status.FAILED);
  }
}
