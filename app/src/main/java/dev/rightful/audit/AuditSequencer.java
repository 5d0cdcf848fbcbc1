package dev.rightful.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links appended audit events into the hash chain on one background thread, every {@code interval}
 * ({@link AuditLog#chainPending()}). Every node may run one: sequencers queue on the chain head.
 * Thread-safe; {@link #close()} chains what is left and stops the thread.
 */
public final class AuditSequencer implements AutoCloseable {
  /*
   * Polling, not a signal from append: an append inside a caller's transaction is visible only
   * once that transaction commits, which append cannot see. A poll that finds nothing is one
   * indexed query on an empty table, so a short interval costs little.
   */
  private static final Logger log = LoggerFactory.getLogger(AuditSequencer.class);

  /** The server's interval: how long an appended event may wait before it is chained. */
  public static final Duration INTERVAL = Duration.ofMillis(100);

  private final AuditLog audit;
  private final Duration interval;
  private ScheduledExecutorService thread;

  public AuditSequencer(AuditLog audit, Duration interval) {
    this.audit = audit;
    this.interval = interval;
  }

  /** Starts the runs; a second call does nothing. */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    thread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "rightful-audit-sequencer");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        this::safeRun, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void safeRun() {
    try {
      audit.chainPending();
    } catch (RuntimeException e) {
      // The events stay pending and are chained on a later run; an exception would end the
      // schedule.
      log.warn("audit sequencer failed: {}", e.getClass().getSimpleName());
    }
  }

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
    safeRun();
  }
}
