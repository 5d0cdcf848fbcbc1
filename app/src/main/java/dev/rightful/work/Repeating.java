package dev.rightful.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background chore on one daemon thread: run {@code first} after {@link #start()}, then {@code
 * every} after each run ends, until {@link #close()}. A run that throws is logged by its
 * exception's class only (messages may quote data) and the next run comes as planned: an exception
 * escaping to the executor would cancel the schedule for good. Thread-safe.
 */
public final class Repeating implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Repeating.class);

  private final String name;
  private final Duration first;
  private final Duration every;
  private final Runnable task;
  private ScheduledExecutorService thread;

  /**
   * @param name the thread's name, also in the log when a run fails
   */
  public Repeating(String name, Duration first, Duration every, Runnable task) {
    this.name = name;
    this.first = first;
    this.every = every;
    this.task = task;
  }

  /** Starts the runs; a second call does nothing. */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread t = new Thread(runnable, name);
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        this::runLogged, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runLogged() {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.warn("{} failed: {}", name, e.getClass().getSimpleName());
    }
  }

  /** Stops the runs, waiting up to 10 s for one under way; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (thread == null) {
      return;
    }
    thread.shutdownNow();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }
}
