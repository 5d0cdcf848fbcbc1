package dev.rightful.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A node's db-scheduler, with the settings every node shares. All nodes on one database poll the
 * same {@code scheduled_tasks} table and each execution is picked by one node at a time (a
 * conditional update of its row), so a recurring task runs once cluster-wide per due time and a job
 * runs on one node. A node that dies mid-execution stops sending heartbeats; once {@link
 * #HEARTBEAT} x {@link #MISSED_HEARTBEATS} has passed (20 s), the next dead-execution check on a
 * live node takes it up again.
 */
public final class NodeScheduler {
  /** How often a node running an execution says it is alive. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(5);

  /**
   * Heartbeats missed before an execution counts as dead and is run again (db-scheduler's minimum).
   */
  public static final int MISSED_HEARTBEATS = 4;

  /**
   * How often a node looks for due executions. A fulfilment job scheduled on this node runs at once
   * (immediate execution); one scheduled elsewhere, and every recurring task, waits for a poll. A
   * recurring task with a shorter delay therefore runs at this pace.
   */
  public static final Duration POLLING_INTERVAL = Duration.ofSeconds(5);

  /**
   * Executions run at once per node. Most are fulfilment jobs, which mostly wait on databases
   * (their own statements, and the audit chain's lock, which every audited transaction holds until
   * it commits), so more threads than cores pays: 1,000 deletions on the 1M-consumer demo database
   * went from 31 to 40 requests per second with 4 threads instead of 2 (docs/benchmarks.md). Four
   * matches the pool a company database gets (CompanyDatabases), and leaves most of Rightful's own
   * pool (10 by default) to the web server. The recurring chores are short and share these threads.
   */
  public static final int THREADS = 4;

  /** This node's name in {@code scheduled_tasks.picked_by}: the JVM's {@code pid@host}. */
  public static final String NAME = ManagementFactory.getRuntimeMXBean().getName();

  private NodeScheduler() {}

  /**
   * A scheduler, not yet started, on {@code dataSource} (Rightful's database, with {@code
   * scheduled_tasks}) that knows {@code tasks}; the recurring ones are scheduled when it starts,
   * unless another node already did.
   */
  public static Scheduler build(
      DataSource dataSource, List<Task<?>> tasks, Duration pollingInterval, int threads) {
    List<RecurringTask<?>> recurring = new ArrayList<>();
    List<Task<?>> others = new ArrayList<>();
    for (Task<?> task : tasks) {
      if (task instanceof RecurringTask<?> each) {
        recurring.add(each);
      } else {
        others.add(task);
      }
    }
    return Scheduler.create(dataSource, others)
        .startTasks(recurring)
        // The process (pid@host), not db-scheduler's default host name alone: two nodes on one
        // machine stay apart in scheduled_tasks.picked_by and in the logs.
        .schedulerName(new SchedulerName.Fixed(NAME))
        .threads(threads)
        .pollingInterval(pollingInterval)
        .enableImmediateExecution()
        // db-scheduler's defaults (5 min x 6) left a dead node's job about half an hour in
        // "running"; these take it up within a minute.
        .heartbeatInterval(HEARTBEAT)
        .missedHeartbeatsLimit(MISSED_HEARTBEATS)
        .shutdownMaxWait(Duration.ofSeconds(30))
        .build();
  }
}
