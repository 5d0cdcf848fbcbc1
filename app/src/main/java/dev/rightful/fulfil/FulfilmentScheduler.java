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
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent jobs of fulfilment on db-scheduler: one one-time task per request ({@code
 * fulfil-request}, instance id = request id), retried with exponential backoff, and a recurring
 * task that delivers pending recipient notifications, and one that purges expired access packages.
 * Safe with several nodes on one database: db-scheduler lets one node pick an execution.
 * Thread-safe.
 */
public final class FulfilmentScheduler implements AutoCloseable {
  /*
   * Timing (due times, backoff) runs on db-scheduler's clock, the machine's: it is operational, not
   * a legal date. Business times (audit, request completion) use the application's Clock.
   */
  public static final String TASK = "fulfil-request";

  /**
   * Requests fulfilled at once per node. A request mostly waits on databases (its own statements,
   * and the audit chain's lock, which every audited transaction holds until it commits), so more
   * threads than cores pays: 1,000 deletions on the 1M-consumer demo database went from 31 to 40
   * requests per second with 4 threads instead of 2 (docs/benchmarks.md). Four matches the pool a
   * company database gets (CompanyDatabases), and leaves most of Rightful's own pool (10 by
   * default) to the web server.
   */
  static final int THREADS = 4;

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

  /** The tasks, for a scheduler built elsewhere (tests use db-scheduler's manual scheduler). */
  /** How often a node running a job says it is alive. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(5);

  /** Heartbeats missed before a job counts as dead and is run again (db-scheduler's minimum). */
  public static final int MISSED_HEARTBEATS = 4;

  public List<Task<?>> tasks() {
    return List.of(fulfil, notify, purge);
  }

  /**
   * Starts a scheduler on {@code dataSource} (Rightful's database, with {@code scheduled_tasks}).
   */
  public synchronized void start(DataSource dataSource, Duration pollingInterval) {
    start(dataSource, pollingInterval, THREADS);
  }

  /** Starts a scheduler that runs up to {@code threads} requests at once. */
  public synchronized void start(DataSource dataSource, Duration pollingInterval, int threads) {
    scheduler =
        Scheduler.create(dataSource, fulfil)
            .startTasks(notify, purge)
            .threads(threads)
            .pollingInterval(pollingInterval)
            .enableImmediateExecution()
            // A job whose node died is taken up by another after HEARTBEAT x MISSED_HEARTBEATS
            // (20 s) and the next dead-execution check, well within a minute (db-scheduler's
            // defaults, 5 min x 6, left it about half an hour in "running").
            .heartbeatInterval(HEARTBEAT)
            .missedHeartbeatsLimit(MISSED_HEARTBEATS)
            .shutdownMaxWait(Duration.ofSeconds(30))
            .build();
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
