package dev.rightful.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.rightful.work.Chores;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily retention sweep as a recurring task ({@code retention-sweep}): every {@code poll} it
 * asks the sweeper for a scheduled sweep, which happens only when the schedule is due and no other
 * node holds the sweep lease. db-scheduler runs each poll on one node; the schedule and the lease
 * live in Rightful's database besides, so restarts keep the schedule, a crashed node's sweep is
 * resumed by the next node once its lease runs out, and several nodes never sweep at once.
 * Thread-safe.
 */
public final class RetentionScheduler {
  /** The task's name, its row in {@code scheduled_tasks}. */
  public static final String TASK = "retention-sweep";

  private static final Logger log = LoggerFactory.getLogger(RetentionScheduler.class);

  private final RetentionSweeper sweeper;
  private final RecurringTask<Void> task;

  public RetentionScheduler(RetentionSweeper sweeper, Duration poll) {
    this.sweeper = sweeper;
    this.task = Chores.recurring(TASK, Duration.ZERO, poll, this::tickLogged);
  }

  /** The recurring task, for the node's scheduler: first at once, then every {@code poll}. */
  public RecurringTask<Void> task() {
    return task;
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
}
