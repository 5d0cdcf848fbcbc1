package dev.rightful.audit;

import dev.rightful.work.Repeating;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links appended audit events into the hash chain on one background thread, every {@code interval}
 * ({@link AuditLog#chainPending()}). Every node runs one. Thread-safe; {@link #close()} stops the
 * thread and chains what is left.
 */
public final class AuditSequencer implements AutoCloseable {
  /*
   * Polling, not a signal from append: an append inside a caller's transaction is visible only
   * once that transaction commits, which append cannot see. A poll that finds nothing is one
   * indexed query on an empty table, so a short interval costs little. A failed run leaves the
   * events pending for the next.
   *
   * Not a db-scheduler task, unlike the other chores: its 5 s polling would delay the chain, and
   * the chain needs no scheduler's lease. AuditLog.chainBatch locks the chain head's row (SELECT
   * ... FOR UPDATE) in the transaction that links a batch, so sequencers on several nodes queue on
   * that lock, and the one that gets it next sees only events still unchained: each event is
   * chained exactly once (MultiNodeTest checks it with two server processes).
   */

  private static final Logger log = LoggerFactory.getLogger(AuditSequencer.class);

  /** The server's interval: how long an appended event may wait before it is chained. */
  public static final Duration INTERVAL = Duration.ofMillis(100);

  private final AuditLog audit;
  private final Repeating runs;

  public AuditSequencer(AuditLog audit, Duration interval) {
    this.audit = audit;
    this.runs = new Repeating("rightful-audit-sequencer", interval, interval, audit::chainPending);
  }

  /** Starts the runs; a second call does nothing. */
  public void start() {
    runs.start();
  }

  @Override
  public void close() {
    runs.close();
    try {
      audit.chainPending();
    } catch (RuntimeException e) {
      // Shutting down with the database gone: the events stay pending for the next start.
      log.warn("audit sequencer could not chain on close: {}", e.getClass().getSimpleName());
    }
  }
}
