package dev.rightful.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's pending messages over SMTP on one background thread, retrying failures with
 * exponential backoff; without an SMTP host (start-dev) it keeps them as "not sent — dev outbox"
 * instead. Several nodes may run one each on a shared database: every message is claimed by one
 * node only. Thread-safe; {@link #close()} stops the thread.
 */
public final class Dispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  /** What one {@link #dispatchOnce()} round did. */
  public record Result(int sent, int retried, int failed, int held) {
    public int total() {
      return sent + retried + failed + held;
    }
  }

  private final Outbox outbox;
  private final SmtpMailer mailer;
  private final DispatcherSettings settings;
  private final Clock clock;
  private ScheduledExecutorService thread;

  /**
   * A dispatcher sending through {@code smtp}, or keeping messages in the dev outbox when {@code
   * smtp} is {@code null}.
   */
  public Dispatcher(Outbox outbox, SmtpSettings smtp, DispatcherSettings settings, Clock clock) {
    this.outbox = outbox;
    this.mailer = smtp == null ? null : new SmtpMailer(smtp, clock);
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts polling every {@link DispatcherSettings#pollInterval()}; a second call does nothing. */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    thread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "rightful-mail");
              t.setDaemon(true);
              return t;
            });
    long every = settings.pollInterval().toMillis();
    thread.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Handles every message due now: sends it (or keeps it in the dev outbox), and on failure puts it
   * back with its next attempt time. Returns what it did.
   */
  public Result dispatchOnce() {
    int sent = 0;
    int retried = 0;
    int failed = 0;
    int held = 0;
    for (Optional<Outbox.Claim> next = outbox.claimNext(settings.lease());
        next.isPresent();
        next = outbox.claimNext(settings.lease())) {
      Outbox.Claim claim = next.get();
      if (mailer == null) {
        outbox.markHeld(claim);
        held++;
        log.info("mail {} kept in the dev outbox: no SMTP host is configured", claim.id());
        continue;
      }
      SmtpMailer.Failure failure = null;
      try {
        mailer.send(outbox.open(claim), claim.messageId());
      } catch (MessagingException | RuntimeException e) {
        failure = SmtpMailer.classify(e);
      }
      // Recorded outside the try: a database error here must not pass for a sending failure.
      if (failure == null) {
        outbox.markSent(claim);
        sent++;
        log.info("mail {} sent (attempt {})", claim.id(), claim.attempts());
      } else if (failure.permanent()) {
        outbox.markFailed(claim, failure.description());
        failed++;
        log.warn("mail {} failed for good: {}", claim.id(), failure.description());
      } else {
        var delay = settings.backoff(claim.attempts());
        outbox.markRetry(claim, clock.instant().plus(delay), failure.description());
        retried++;
        log.warn(
            "mail {} not sent (attempt {}): {}; next try in {}s",
            claim.id(),
            claim.attempts(),
            failure.description(),
            delay.toSeconds());
        // The server is likely down for the rest of the queue too: try again next poll.
        break;
      }
    }
    return new Result(sent, retried, failed, held);
  }

  private void poll() {
    try {
      dispatchOnce();
    } catch (RuntimeException e) {
      // Say, the database is briefly unreachable: the next poll tries again.
      log.warn("mail dispatch round failed: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public synchronized void close() {
    if (thread == null) {
      return;
    }
    thread.shutdown();
    try {
      if (!thread.awaitTermination(45, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
    thread = null;
  }
}
