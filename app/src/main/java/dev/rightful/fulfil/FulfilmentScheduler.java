package dev.rightful.fulfil;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.work.NodeScheduler;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent jobs of fulfilment on db-scheduler: one one-time task per request ({@code
 * fulfil-request}, instance id = request id), retried with exponential backoff, and a recurring
 * task that delivers pending recipient notifications, and one that purges expired access packages.
 * Safe with several nodes on one database: db-scheduler lets one node pick an execution. A server
 * runs these tasks on its node's one scheduler ({@link #use}). Thread-safe.
 */
public final class FulfilmentScheduler implements AutoCloseable {
  /*
   * Timing (due times, backoff) runs on db-scheduler's clock, the machine's: it is operational, not
   * a legal date. Business times (audit, request completion) use the application's Clock.
   */
  public static final String TASK = "fulfil-request";

  /** Requests fulfilled at once per node (see {@link NodeScheduler#THREADS}). */
  static final int THREADS = NodeScheduler.THREADS;

  private static final Logger log = LoggerFactory.getLogger(FulfilmentScheduler.class);

  private final OneTimeTask<Void> fulfil;
  private final RecurringTask<Void> notify;
  private final RecurringTask<Void> purge;
  private Scheduler scheduler;
  private SchedulerClient client;

  /**
   * @param backoff the first retry's delay; each further retry waits 1.5 times longer
   */
  public FulfilmentScheduler(
      FulfilmentService service,
      RecipientNotifier notifier,
      PackagePurge packages,
      Duration backoff) {
    this.fulfil =
        Tasks.oneTime(TASK)
            .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(backoff, 1.5))
            .execute(
                (instance, context) -> {
                  FulfilmentService.Outcome outcome = service.run(instance.getId());
                  log.info("fulfilment of {}: {}", instance.getId(), outcome);
                  if (outcome == FulfilmentService.Outcome.COMPLETED) {
                    // Only this request's: with several threads, each finishing request
                    // would otherwise send every vendor's pending notices at the same time.
                    notifier.deliverPending(instance.getId());
                  }
                });
    this.notify =
        Tasks.recurring("fulfil-notify", FixedDelay.of(Duration.ofMinutes(1)))
            .execute(
                (instance, context) -> {
                  notifier.deliverPending();
                  service.blockRefusedVendorMail();
                  service.remindSilentVendors();
                });
    // Packages are kept only while their link works; db-scheduler runs this on one node at a time.
    this.purge =
        Tasks.recurring(PackagePurge.TASK, FixedDelay.of(Duration.ofHours(1)))
            .execute((instance, context) -> packages.purgeExpired());
  }

  /** How often a node running a job says it is alive. */
  public static final Duration HEARTBEAT = NodeScheduler.HEARTBEAT;

  /** Heartbeats missed before a job counts as dead and is run again (db-scheduler's minimum). */
  public static final int MISSED_HEARTBEATS = NodeScheduler.MISSED_HEARTBEATS;

  /**
   * The tasks, for a scheduler built elsewhere: the server's one scheduler per node (WorkModule),
   * or db-scheduler's manual scheduler in tests.
   */
  public List<Task<?>> tasks() {
    return List.of(fulfil, notify, purge);
  }

  /**
   * Starts a scheduler of its own on {@code dataSource} (Rightful's database, with {@code
   * scheduled_tasks}), for benchmarks and tests that run fulfilment without a server.
   */
  public synchronized void start(DataSource dataSource, Duration pollingInterval) {
    start(dataSource, pollingInterval, THREADS);
  }

  /** Starts a scheduler that runs up to {@code threads} requests at once. */
  public synchronized void start(DataSource dataSource, Duration pollingInterval, int threads) {
    scheduler = NodeScheduler.build(dataSource, tasks(), pollingInterval, threads);
    scheduler.start();
    client = scheduler;
  }

  /** Uses a scheduler built and run by the caller. */
  public synchronized void use(SchedulerClient client) {
    this.client = client;
  }

  /** Schedules the request's fulfilment now, unless it is already scheduled. */
  public synchronized boolean schedule(String requestId) {
    return client.scheduleIfNotExists(fulfil.schedulableInstance(requestId));
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }
}
