package dev.rightful.consent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.work.Chores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due propagation tasks: POSTs a JSON body to a vendor's webhook, signed as every webhook
 * of Rightful is ({@link WebhookSignature}, Standard Webhooks) with the vendor's own secret (its
 * {@code secretEnv}, else {@value VendorSecrets#SHARED}), or mails the vendor. Its runs are a
 * recurring task ({@code consent-propagation}) of the node's scheduler, so one node at a time looks
 * for due deliveries; besides, a node claims each delivery with a conditional update before sending
 * it (a claim lapses after five minutes if the node dies), so even two runs at once never send one
 * twice. Failed deliveries are retried with a growing delay of at most six hours. Thread-safe.
 */
public final class PropagationWorker {
  /** The task's name, its row in {@code scheduled_tasks}. */
  public static final String TASK = "consent-propagation";

  private static final Logger log = LoggerFactory.getLogger(PropagationWorker.class);
  private static final Duration CLAIM = Duration.ofMinutes(5);
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);
  private static final int BATCH = 20;

  private final Jdbi jdbi;
  private final HttpClient http;
  private final ConsentMailer mailer;
  private final VendorSecrets secrets;
  private final Practices practices;
  private final String businessName;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public PropagationWorker(
      Jdbi jdbi, ConsentMailer mailer, VendorSecrets secrets, Practices practices, Clock clock) {
    this.jdbi = jdbi;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.mailer = mailer;
    this.secrets = secrets;
    this.practices = practices;
    this.businessName = practices.businessName();
    this.clock = clock;
  }

  /**
   * The recurring task that runs {@link #runDue} every {@code period}, for the node's scheduler. A
   * period under the scheduler's polling interval (5 s) runs at that pace, which is fine: a vendor
   * has days to act on an opt-out (7026(f)).
   */
  public RecurringTask<Void> task(Duration period) {
    return Chores.recurring(TASK, period, period, this::runDue);
  }

  /** Sends every task due now that this node can claim; returns how many it attempted. */
  public int runDue() {
    Instant now = clock.instant();
    List<Long> due =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT id FROM consent_propagation WHERE status = 'pending'"
                            + " AND channel <> 'manual' AND next_attempt_at <= :now"
                            + " AND (claimed_until IS NULL OR claimed_until < :now)"
                            + " ORDER BY next_attempt_at, id LIMIT :batch")
                    .bind("now", ConsentLedger.utc(now))
                    .bind("batch", BATCH)
                    .mapTo(Long.class)
                    .list());
    int attempted = 0;
    for (long id : due) {
      if (claim(id, now)) {
        attempted++;
        deliver(id, now);
      }
    }
    return attempted;
  }

  private boolean claim(long id, Instant now) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE consent_propagation SET claimed_until = :until,"
                            + " attempts = attempts + 1 WHERE id = :id AND status = 'pending'"
                            + " AND (claimed_until IS NULL OR claimed_until < :now)")
                    .bind("until", ConsentLedger.utc(now.plus(CLAIM)))
                    .bind("now", ConsentLedger.utc(now))
                    .bind("id", id)
                    .execute())
        == 1;
  }

  private void deliver(long id, Instant now) {
    PropagationTask task =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT * FROM consent_propagation WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> PropagationRows.task(rs))
                    .one());
    try {
      if (task.channel() == PropagationTask.Channel.WEBHOOK) {
        postWebhook(task);
        finish(id, PropagationTask.Status.DONE, now);
      } else {
        mailer.send(task.target(), mailSubject(task), mailText(task));
        finish(id, PropagationTask.Status.SENT, now);
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      retryLater(task, now, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
    }
  }

  private void postWebhook(PropagationTask task) throws Exception {
    // Unset or malformed: retried later, the error naming the variable (never its value).
    byte[] key = secrets.key(VendorSecrets.variableOf(secretEnv(task)));
    byte[] body = json.writeValueAsBytes(payload(task));
    HttpRequest request =
        WebhookSignature.sign(key, messageId(task), body, clock.instant())
            .onto(HttpRequest.newBuilder(URI.create(task.target())))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("webhook answered HTTP " + response.statusCode());
    }
  }

  /**
   * The task's webhook-id: the same on every retry, so the vendor can drop a repeat; the mail
   * channel's "Reference" names the task the same way.
   */
  static String messageId(PropagationTask task) {
    return "consent-propagation-" + task.id();
  }

  /** The variable the map names for the task's vendor's secret; null for the shared one. */
  private String secretEnv(PropagationTask task) {
    for (Practices.Destination destination : practices.destinations()) {
      if (destination.recipientId().equals(task.recipient())
          && java.util.Objects.equals(destination.vendor(), task.vendor())) {
        return destination.secretEnv();
      }
    }
    return null;
  }

  private Map<String, Object> payload(PropagationTask task) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "opt-out");
    body.put("taskId", task.id());
    body.put("business", businessName);
    body.put("subject", task.subject());
    body.put("purposes", task.purposes().stream().map(ConsentPurpose::id).toList());
    body.put("receivedAt", task.receivedAt().toString());
    body.put("respondBy", task.dueOn().toString());
    body.put("gpp", task.gpp());
    body.put("usPrivacy", task.usPrivacy());
    body.put("instructions", instructions());
    return body;
  }

  private static String instructions() {
    // 7026(f)(2)-(3): the recipient stops, and passes the request on to whom it sold or shared
    return "The consumer opted out of the sale or sharing of their personal information. Stop"
        + " selling and sharing it, and notify any person you made it available to, as 11 CCR"
        + " 7026(f) requires.";
  }

  private String mailSubject(PropagationTask task) {
    return "Opt-out of "
        + task.purposes().stream().map(ConsentPurpose::label).toList()
        + " from "
        + businessName;
  }

  private String mailText(PropagationTask task) {
    return "Hello,\n\n"
        + instructions()
        + "\n\nSubject: "
        + task.subject()
        + "\nPurposes: "
        + Propagation.ids(task.purposes())
        + "\nReceived: "
        + task.receivedAt()
        + "\nPlease comply by: "
        + task.dueOn()
        + "\nGPP string: "
        + task.gpp()
        + "\nUS Privacy string: "
        + task.usPrivacy()
        + "\nReference: "
        + messageId(task)
        + "\n\nPlease reply to confirm.\n\n"
        + businessName
        + "\n";
  }

  private void finish(long id, PropagationTask.Status status, Instant now) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE consent_propagation SET status = :status, claimed_until = NULL,"
                        + " last_error = NULL, completed_at = :completed WHERE id = :id")
                .bind("status", status.id())
                .bind(
                    "completed",
                    status == PropagationTask.Status.DONE ? ConsentLedger.utc(now) : null)
                .bind("id", id)
                .execute());
  }

  private void retryLater(PropagationTask task, Instant now, String error) {
    long minutes = 1L << Math.min(task.attempts(), 16);
    Duration delay = Duration.ofMinutes(minutes);
    if (delay.compareTo(MAX_BACKOFF) > 0) {
      delay = MAX_BACKOFF;
    }
    Instant next = now.plus(delay);
    log.warn("consent propagation {} failed (attempt {}): {}", task.id(), task.attempts(), error);
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE consent_propagation SET claimed_until = NULL, next_attempt_at = :next,"
                        + " last_error = :error WHERE id = :id")
                .bind("next", ConsentLedger.utc(next))
                .bind("error", error.length() > 500 ? error.substring(0, 500) : error)
                .bind("id", task.id())
                .execute());
  }
}
