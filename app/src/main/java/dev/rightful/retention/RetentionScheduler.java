package dev.rightful.retention;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
  private final Duration poll;
  private ScheduledExecutorService executor;

  public RetentionScheduler(RetentionSweeper sweeper, Duration poll) {
    this.sweeper = sweeper;
    this.poll = poll;
  }

  /** Starts polling on one daemon thread. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "retention-sweep");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::tickLogged, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
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
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
