package dev.rightful;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.rightful.web.ServerModule;
import dev.rightful.work.NodeScheduler;
import java.util.List;

/**
 * The node's one db-scheduler, running the tasks every other module contributes ({@link
 * ServerModule#tasks()}): fulfilment jobs, fulfilment notices and package purge, the retention
 * sweep, the records purge, the verification sweep and consent propagation. With several nodes on
 * one database each due run happens on one node; a dead node's run is taken up after 20 s of missed
 * heartbeats ({@link NodeScheduler}). Built after the other modules, so it starts last (after HTTP
 * serves) and stops first.
 */
final class WorkModule implements ServerModule {
  private final Scheduler scheduler;

  WorkModule(StoreModule store, List<ServerModule> modules) {
    List<Task<?>> tasks = modules.stream().flatMap(module -> module.tasks().stream()).toList();
    this.scheduler =
        NodeScheduler.build(
            store.database.dataSource(),
            tasks,
            NodeScheduler.POLLING_INTERVAL,
            NodeScheduler.THREADS);
  }

  /** Schedules work before the scheduler runs it (a job asked for while the node starts waits). */
  SchedulerClient client() {
    return scheduler;
  }

  @Override
  public void start() {
    scheduler.start();
  }

  @Override
  public void close() {
    // Waits up to 30 s for runs under way; one cut short is taken up by another node or restart.
    scheduler.stop();
  }
}
