package dev.rightful.verify;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.rightful.requests.RequestService;
import dev.rightful.work.Chores;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verification chores, run hourly: deny the requests still unverified at their due date, with
 * the notice that identity could not be verified (7021(b), 7022(a), 7024(b); rule 6), and delete
 * one-time code rows that no longer count. A recurring task ({@code verification-sweep}) of the
 * node's scheduler. Thread-safe.
 */
public final class VerificationSweep {
  /** The task's name, its row in {@code scheduled_tasks}. */
  public static final String TASK = "verification-sweep";

  /*
   * db-scheduler runs each hourly run on one node of the cluster. Even if two ran at once (a node
   * taken for dead while still running), nothing would be done twice: a denial is a versioned update of the
   * request (optimistic locking): when two nodes deny the same request, one update wins and the
   * other finds the request changed or already denied, and skips it. Deleting stale code rows twice
   * deletes nothing the second time. So no leader election is needed.
   *
   * The chores are daily work, run hourly: a request is denied on the first run on or after its
   * due date, so a failed run or a restart costs an hour, not a day that could carry a denial past
   * the 45 days. A run with nothing due is two indexed queries. The first run is a minute after
   * the task is first scheduled; later runs keep the stored pace across restarts.
   */
  private static final Logger log = LoggerFactory.getLogger(VerificationSweep.class);
  private static final Duration FIRST_RUN = Duration.ofMinutes(1);
  private static final Duration EVERY = Duration.ofHours(1);

  /** What one run did. */
  public record Result(int denied, int codeRowsDeleted) {}

  private final RequestService requests;
  private final OneTimeCodes codes;

  private final RecurringTask<Void> task;

  public VerificationSweep(RequestService requests, OneTimeCodes codes) {
    this.requests = requests;
    this.codes = codes;
    this.task = Chores.recurring(TASK, FIRST_RUN, EVERY, this::runOnce);
  }

  /** The hourly recurring task, for the node's scheduler. */
  public RecurringTask<Void> task() {
    return task;
  }

  /** Runs the chores once, now. */
  public Result runOnce() {
    int denied = requests.denyUnverifiedPastDue().size();
    int deleted = codes.purgeStale();
    log.info(
        "verification sweep: {} unverified requests denied, {} code rows deleted", denied, deleted);
    return new Result(denied, deleted);
  }
}
