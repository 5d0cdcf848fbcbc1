package dev.rightful.fulfil;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Releases a fulfilment job whose node stopped saying it is alive, so that staff need not wait for
 * db-scheduler's own dead-execution check. Thread-safe.
 */
public final class StuckJobs {
  /*
   * One guarded UPDATE on db-scheduler's row: it frees the execution only while it is still picked
   * with a heartbeat older than STALE, so two staff pressing at once, or a node that comes back,
   * cannot both win. Raising the version makes a node that was only slow fail db-scheduler's own
   * version check when it tries to finish, instead of finishing a run another node has taken;
   * the job's steps are idempotent either way (docs/fulfilment.md). Heartbeats are written on
   * db-scheduler's clock, the machine's, so they are compared with it, not the application's.
   */

  /** A heartbeat older than this (three missed) lets staff restart the job. */
  public static final Duration STALE = FulfilmentScheduler.HEARTBEAT.multipliedBy(3);

  /** What a restart came to. */
  public enum Restart {
    /** The dead node's claim is gone; a node picks the job up at its next poll. */
    RESTARTED,
    /** The job's node said it is alive within {@link #STALE}: nothing changed. */
    ALIVE,
    /** No node holds the job (none scheduled, or it waits for its due time). */
    NOT_RUNNING
  }

  private final Jdbi jdbi;

  public StuckJobs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Frees the request's job when its node's last heartbeat is older than {@link #STALE}. */
  public Restart restart(String requestId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return jdbi.inTransaction(
        handle -> {
          int released =
              handle
                  .createUpdate(
                      "UPDATE scheduled_tasks SET picked = FALSE, picked_by = NULL,"
                          + " last_heartbeat = NULL, execution_time = :now, version = version + 1"
                          + " WHERE task_name = :task AND task_instance = :id AND picked"
                          + " AND (last_heartbeat IS NULL OR last_heartbeat < :stale)")
                  .bind("now", now)
                  .bind("task", FulfilmentScheduler.TASK)
                  .bind("id", requestId)
                  .bind("stale", now.minus(STALE))
                  .execute();
          if (released == 1) {
            return Restart.RESTARTED;
          }
          Optional<Boolean> picked =
              handle
                  .createQuery(
                      "SELECT picked FROM scheduled_tasks WHERE task_name = :task"
                          + " AND task_instance = :id")
                  .bind("task", FulfilmentScheduler.TASK)
                  .bind("id", requestId)
                  .mapTo(Boolean.class)
                  .findOne();
          return picked.orElse(false) ? Restart.ALIVE : Restart.NOT_RUNNING;
        });
  }
}
