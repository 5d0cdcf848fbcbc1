package dev.rightful.retention;

import dev.rightful.work.Repeating;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the daily retention sweep on a server node: every {@code poll} it asks the sweeper for a
 * scheduled sweep, which happens only when the schedule is due and no other node holds the sweep
 * lease. The schedule and the lease live in Rightful's database, so restarts keep the schedule, a
 * crashed node's sweep is resumed by the next node once its lease runs out, and several nodes never
 * sweep at once. Thread-safe.
 */
public final class RetentionScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RetentionScheduler.class);

  private final RetentionSweeper sweeper;
  private final Repeating runs;

  public RetentionScheduler(RetentionSweeper sweeper, Duration poll) {
    this.sweeper = sweeper;
    this.runs = new Repeating("retention-sweep", Duration.ZERO, poll, this::tickLogged);
  }

  /** Starts polling on one daemon thread. */
  public void start() {
    runs.start();
  }

  /** Sweeps if the schedule is due and this node wins the lease; empty otherwise. */
  public Optional<SweepReport> tick() {
    return sweeper.run(SweepReport.Trigger.SCHEDULE, null, SweepListener.NONE);
  }

  private void tickLogged() {
    try {
      tick()
          .ifPresent(
              report ->
                  log.info(
                      "retention sweep {} done: {} rows deleted or anonymized, {} held, {}"
                          + " blocked, longest batch {} ms{}",
                      report.sweepId(),
                      report.done(),
                      report.held(),
                      report.blocked(),
                      report.longestBatch().toMillis(),
                      report.complete() ? "" : "; some tables failed, see the sweep record"));
    } catch (RuntimeException e) {
      // The sweep stays resumable; the next tick (here or on another node) carries on.
      log.error("retention sweep stopped: {}", e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    runs.close();
  }
}
