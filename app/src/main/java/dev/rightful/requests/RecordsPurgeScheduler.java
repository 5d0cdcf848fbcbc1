package dev.rightful.requests;

import dev.rightful.law.RecordKeeping;
import dev.rightful.work.Repeating;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the records purge on a server node: {@code first} after start, then every {@code every} (a
 * day on a server). Each node runs its own; the purge is safe with several at once, and a run that
 * finds nothing due costs one indexed query. A run that fails is logged and the next one carries on
 * where it stopped. Thread-safe.
 */
public final class RecordsPurgeScheduler implements AutoCloseable {
  /** The server's schedule: a minute after start, so start-up stays quick, then daily. */
  public static final Duration FIRST = Duration.ofMinutes(1);

  public static final Duration EVERY = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(RecordsPurgeScheduler.class);

  private final RecordsPurge purge;
  private final RecordKeeping keeping;
  private final Repeating runs;

  public RecordsPurgeScheduler(
      RecordsPurge purge, RecordKeeping keeping, Duration first, Duration every) {
    this.purge = purge;
    this.keeping = keeping;
    this.runs = new Repeating("records-purge", first, every, this::runLogged);
  }

  /** Starts the runs on one daemon thread. */
  public void start() {
    runs.start();
  }

  /** Purges what is due now, as the system; what a scheduled run does. */
  public PurgedRows run() {
    return purge.purge(keeping, "system");
  }

  private void runLogged() {
    PurgedRows purged = run();
    if (purged.requests() > 0) {
      // Counts and the cut-off only, as in the audit events: no request is named.
      log.info(
          "records purge: {} requests closed before {} deleted, {} rows in all (kept {} months)",
          purged.requests(),
          purged.cutoff(),
          purged.total(),
          keeping.months());
    }
  }

  @Override
  public void close() {
    runs.close();
  }
}
