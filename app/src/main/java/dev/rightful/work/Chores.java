package dev.rightful.work;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background chores as db-scheduler recurring tasks: with several nodes on one database, each run
 * happens on one node (see {@link NodeScheduler}). A run that throws is logged by its exception's
 * class only (messages may quote data) and the next run comes {@code every} later, as after a
 * success.
 */
public final class Chores {
  private static final Logger log = LoggerFactory.getLogger(Chores.class);

  private Chores() {}

  /**
   * A chore named {@code name} (its row in {@code scheduled_tasks}), first run {@code first} after
   * the first node that knows it starts, then {@code every} after each run ends. The next due time
   * is stored, so a restart keeps the pace instead of starting over; a period shorter than {@link
   * NodeScheduler#POLLING_INTERVAL} runs at the polling pace.
   */
  public static RecurringTask<Void> recurring(
      String name, Duration first, Duration every, Runnable chore) {
    return Tasks.recurring(name, new FirstAfter(first, FixedDelay.of(every)))
        .execute(
            (instance, context) -> {
              try {
                chore.run();
              } catch (RuntimeException e) {
                log.warn("{} failed: {}", name, e.getClass().getSimpleName());
              }
            });
  }

  /**
   * {@link FixedDelay}, whose first run is at once, with the first run {@code first} after the task
   * is first scheduled instead (a daily chore need not run while a node starts up).
   */
  private record FirstAfter(Duration first, FixedDelay every) implements Schedule {
    @Override
    public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
      return every.getNextExecutionTime(executionComplete);
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
      return now.plus(first);
    }

    @Override
    public boolean isDeterministic() {
      return false;
    }
  }
}
