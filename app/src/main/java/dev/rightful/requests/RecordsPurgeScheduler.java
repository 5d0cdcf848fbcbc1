package dev.rightful.requests;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.rightful.law.RecordKeeping;
import dev.rightful.work.Chores;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records purge as a recurring task ({@code records-purge}): {@code first} after it is first
 * scheduled, then every {@code every} (a day on a server), each run on one node of the cluster. The
 * purge itself is safe with several at once besides, and a run that finds nothing due costs one
 * indexed query. A run that fails is logged and the next one carries on where it stopped.
 * Thread-safe.
 */
public final class RecordsPurgeScheduler {
  /** The task's name, its row in {@code scheduled_tasks}. */
  public static final String TASK = "records-purge";

  /** The server's schedule: a minute after start, so start-up stays quick, then daily. */
  public static final Duration FIRST = Duration.ofMinutes(1);

  public static final Duration EVERY = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(RecordsPurgeScheduler.class);

  private final RecordsPurge purge;
  private final RecordKeeping keeping;
  private final RecurringTask<Void> task;

  public RecordsPurgeScheduler(
      RecordsPurge purge, RecordKeeping keeping, Duration first, Duration every) {
    this.purge = purge;
    this.keeping = keeping;
    this.task = Chores.recurring(TASK, first, every, this::runLogged);
  }

  /** The recurring task, for the node's scheduler. */
  public RecurringTask<Void> task() {
    return task;
  }

  /** Purges what is due now, as the system; what a scheduled run does. */
  public PurgedRows run() {
    return purge.purge(keeping, "system");
  }

  private void runLogged() {
    PurgedRows purged = run();
    if (purged.requests() > 0) {
      // Counts and the cut-off only, as in the audit events: no request is named.
      log.info(
          "records purge: {} requests closed before {} deleted, {} rows in all (kept {} months)",
          purged.requests(),
          purged.cutoff(),
          purged.total(),
          keeping.months());
    }
  }
}
