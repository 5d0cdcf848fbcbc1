package dev.rightful.fulfil.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.law.RecipientKind;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RightsRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the data map's recipients about a deletion, correction or opt-out, one row per vendor in
 * {@code fulfil_notification}, tracked from {@code pending} to {@code sent} (or {@code
 * acknowledged}, when the vendor answers {@code {"acknowledged": true}}), or {@code failed} after
 * {@value #MAX_ATTEMPTS} attempts. Webhook vendors get a signed POST ({@link WebhookSignature});
 * email and manual vendors stay {@code pending} as a task for staff. Thread-safe.
 */
public final class RecipientNotifier {
  /*
   * Who is told what:
   *  delete  - service providers and contractors, and every third party sold or shared to
   *            (7022(b); CC 1798.105(c)(1)); a third party given data for a business purpose only
   *            is not named by the rule.
   *  correct - service providers and contractors (7023(c)).
   *  opt-out - third parties sold or shared to (7026(f)(2)).
   * The body carries the identifiers the consumer gave (the vendor holds the data under them); the
   * table keeps ids and statuses only.
   */
  public static final int MAX_ATTEMPTS = 8;
  private static final Logger log = LoggerFactory.getLogger(RecipientNotifier.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;
  private final DataMap map;
  private final RequestService requests;
  private final AuditLog audit;
  private final String secret;
  private final HttpClient http;
  private final Clock clock;

  /**
   * @param secret the shared webhook secret ({@code RIGHTFUL_WEBHOOK_SECRET}); null means webhooks
   *     are not sent and stay pending
   */
  public RecipientNotifier(
      Jdbi jdbi,
      DataMap map,
      RequestService requests,
      AuditLog audit,
      String secret,
      HttpClient http,
      Clock clock) {
    this.jdbi = jdbi;
    this.map = map;
    this.requests = requests;
    this.audit = audit;
    this.secret = secret == null || secret.isBlank() ? null : secret;
    this.http = http;
    this.clock = clock;
  }

  /** One vendor to tell, as tracked. */
  public record Notification(
      long id,
      String requestId,
      String kind,
      String recipientId,
      String vendor,
      String channel,
      String status,
      int attempts,
      String lastError) {}

  /** The recipients a request of {@code kind} must be passed on to. */
  public List<Recipient> recipientsFor(String kind) {
    return map.recipients().stream()
        .filter(
            r ->
                switch (kind) {
                  case "delete" ->
                      r.kind() != RecipientKind.THIRD_PARTY || r.transfer().soldOrShared();
                  case "correct" -> r.kind() != RecipientKind.THIRD_PARTY;
                  case "opt-out" -> r.transfer().soldOrShared();
                  default -> throw new IllegalArgumentException("unknown kind " + kind);
                })
        .toList();
  }

  /** Records one pending notification per vendor; recording again adds nothing. */
  public int enqueue(String requestId, String kind) {
    int added = 0;
    for (Recipient recipient : recipientsFor(kind)) {
      for (Recipient.Vendor vendor : recipient.vendors()) {
        String channel =
            vendor.webhook() != null ? "webhook" : vendor.email() != null ? "email" : "manual";
        boolean inserted =
            jdbi.inTransaction(
                handle -> {
                  boolean present =
                      handle
                              .createQuery(
                                  "SELECT COUNT(*) FROM fulfil_notification WHERE request_id ="
                                      + " :request AND kind = :kind AND recipient_id = :recipient"
                                      + " AND vendor = :vendor")
                              .bind("request", requestId)
                              .bind("kind", kind)
                              .bind("recipient", recipient.id())
                              .bind("vendor", vendor.name())
                              .mapTo(Integer.class)
                              .one()
                          > 0;
                  if (present) {
                    return false;
                  }
                  handle
                      .createUpdate(
                          "INSERT INTO fulfil_notification (request_id, kind, recipient_id, vendor,"
                              + " channel, status, attempts, created_at)"
                              + " VALUES (:request, :kind, :recipient, :vendor, :channel,"
                              + " 'pending', 0, :at)")
                      .bind("request", requestId)
                      .bind("kind", kind)
                      .bind("recipient", recipient.id())
                      .bind("vendor", vendor.name())
                      .bind("channel", channel)
                      .bind("at", OffsetDateTime.now(clock))
                      .execute();
                  audit.append(
                      handle,
                      new AuditEntry(
                          "system",
                          "fulfil.recipient-notice-queued",
                          "request",
                          requestId,
                          Map.of(
                              "kind",
                              kind,
                              "recipient",
                              recipient.id(),
                              "vendor",
                              vendor.name(),
                              "channel",
                              channel)));
                  return true;
                });
        if (inserted) {
          added++;
        }
      }
    }
    return added;
  }

  public List<Notification> list(String requestId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, request_id, kind, recipient_id, vendor, channel, status, attempts,"
                        + " last_error FROM fulfil_notification WHERE request_id = :request"
                        + " ORDER BY id")
                .bind("request", requestId)
                .map(
                    (rs, ctx) ->
                        new Notification(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getString(9)))
                .list());
  }

  /** Sends every pending webhook notification once; returns how many were delivered. */
  public int deliverPending() {
    List<Notification> pending =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT id, request_id, kind, recipient_id, vendor, channel, status,"
                            + " attempts, last_error FROM fulfil_notification"
                            + " WHERE status = 'pending' AND channel = 'webhook' ORDER BY id")
                    .setMaxRows(500)
                    .map(
                        (rs, ctx) ->
                            new Notification(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getInt(8),
                                rs.getString(9)))
                    .list());
    int delivered = 0;
    for (Notification notification : pending) {
      if (deliver(notification)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean deliver(Notification notification) {
    String url = webhookOf(notification);
    if (url == null || secret == null) {
      record(notification, null, url == null ? "vendor has no webhook" : "no webhook secret");
      return false;
    }
    RightsRequest request = requests.get(notification.requestId());
    byte[] body = body(request, notification.kind());
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/json")
                  .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        boolean acknowledged = response.body() != null && acknowledged(response.body());
        record(notification, acknowledged ? "acknowledged" : "sent", null);
        return true;
      }
      record(notification, null, "HTTP " + response.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      record(notification, null, e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      record(notification, null, "interrupted");
    }
    return false;
  }

  private static boolean acknowledged(String body) {
    try {
      return JSON.readTree(body).path("acknowledged").asBoolean(false);
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The JSON body: request reference, type and the identifiers the consumer gave. */
  static byte[] body(RightsRequest request, String kind) {
    Map<String, Object> keys = new LinkedHashMap<>();
    if (request.subject().email() != null) {
      keys.put("email", request.subject().email());
    }
    if (request.subject().phone() != null) {
      keys.put("phone", request.subject().phone());
    }
    if (request.subject().accountId() != null) {
      keys.put("customerId", request.subject().accountId());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestReference", request.reference());
    body.put("type", kind);
    body.put("subjectKeys", keys);
    try {
      return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String webhookOf(Notification notification) {
    for (Recipient recipient : map.recipients()) {
      if (recipient.id().equals(notification.recipientId())) {
        for (Recipient.Vendor vendor : recipient.vendors()) {
          if (vendor.name().equals(notification.vendor())) {
            return vendor.webhook();
          }
        }
      }
    }
    return null;
  }

  /** Records an outcome: a new status, or a failed attempt (failed for good after the last). */
  private void record(Notification notification, String status, String error) {
    int attempts = notification.attempts() + 1;
    String next =
        status != null ? status : attempts >= MAX_ATTEMPTS ? "failed" : notification.status();
    jdbi.useTransaction(
        handle -> {
          handle
              .createUpdate(
                  "UPDATE fulfil_notification SET status = :status, attempts = :attempts,"
                      + " last_error = :error, completed_at = :done WHERE id = :id")
              .bind("status", next)
              .bind("attempts", attempts)
              .bind("error", error)
              .bindByType(
                  "done", status != null ? OffsetDateTime.now(clock) : null, OffsetDateTime.class)
              .bind("id", notification.id())
              .execute();
          if (!next.equals(notification.status())) {
            audit.append(
                handle,
                new AuditEntry(
                    "system",
                    "fulfil.recipient-notice-" + next,
                    "request",
                    notification.requestId(),
                    Map.of(
                        "recipient", notification.recipientId(),
                        "vendor", notification.vendor(),
                        "attempts", attempts)));
          }
        });
    if (error != null) {
      log.warn(
          "notice {} to vendor of {} not delivered (attempt {}): {}",
          notification.id(),
          notification.recipientId(),
          attempts,
          error);
    }
  }

  /** Notifications waiting for staff: email and manual vendors, and webhooks that failed. */
  public List<Notification> staffTasks(String requestId) {
    List<Notification> tasks = new ArrayList<>();
    for (Notification n : list(requestId)) {
      if (!n.channel().equals("webhook") && n.status().equals("pending")
          || n.status().equals("failed")) {
        tasks.add(n);
      }
    }
    return tasks;
  }
}
