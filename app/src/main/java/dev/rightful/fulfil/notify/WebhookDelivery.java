package dev.rightful.fulfil.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.Recipient;
import dev.rightful.requests.RequestService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends pending webhook notices: a POST of {@link NoticeBody#json} signed with the vendor's secret.
 * The vendor answers at once ({@code {"acknowledged": true}}: acknowledged) or later (any other
 * 2xx, 202 for instance: sent, until it calls back); anything else counts an attempt, and after
 * {@value #MAX_ATTEMPTS} the notice is failed. Thread-safe.
 */
final class WebhookDelivery {
  static final int MAX_ATTEMPTS = 8;
  private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Notices notices;
  private final VendorSecrets secrets;
  private final RequestService requests;
  private final HttpClient http;
  private final String publicUrl;
  private final Clock clock;

  WebhookDelivery(
      Notices notices,
      VendorSecrets secrets,
      RequestService requests,
      HttpClient http,
      String publicUrl,
      Clock clock) {
    this.notices = notices;
    this.secrets = secrets;
    this.requests = requests;
    this.http = http;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** Tries every pending webhook notice once; returns how many the vendors accepted. */
  int deliverPending() {
    return deliverAll(notices.pending("webhook", 500));
  }

  /** Tries one request's pending webhook notices once; returns how many the vendors accepted. */
  int deliverPending(String requestId) {
    return deliverAll(notices.pending("webhook", requestId));
  }

  private int deliverAll(List<Notice> pending) {
    int delivered = 0;
    for (Notice notice : pending) {
      if (deliver(notice)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean deliver(Notice notice) {
    Optional<Recipient.Vendor> vendor = notices.vendorOf(notice);
    if (vendor.isEmpty() || vendor.get().webhook() == null) {
      return failed(notice, "vendor has no webhook in the map");
    }
    byte[] key;
    try {
      key = secrets.key(VendorSecrets.variableOf(vendor.get()));
    } catch (VendorSecrets.Unusable e) {
      // The variable's name, not its value: staff can fix the environment from the message.
      return failed(notice, e.getMessage());
    }
    byte[] body = NoticeBody.json(requests.get(notice.requestId()), notice, publicUrl);
    try {
      HttpResponse<String> response =
          http.send(
              WebhookSignature.sign(key, messageId(notice), body, clock.instant())
                  .onto(HttpRequest.newBuilder(URI.create(vendor.get().webhook())))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        String status = acknowledged(response.body()) ? "acknowledged" : "sent";
        notices.record(notice, status, true, null, "system");
        return true;
      }
      return failed(notice, "HTTP " + response.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      return failed(notice, e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(notice, "interrupted");
    }
  }

  /** The notice's webhook-id: the same on every attempt, so the vendor can drop a repeat. */
  static String messageId(Notice notice) {
    return "recipient-notice-" + notice.id();
  }

  private boolean failed(Notice notice, String error) {
    boolean last = notice.attempts() + 1 >= MAX_ATTEMPTS;
    notices.record(notice, last ? "failed" : null, true, error, "system");
    log.warn(
        "notice {} to a vendor of {} not delivered (attempt {}): {}",
        notice.id(),
        notice.recipientId(),
        notice.attempts() + 1,
        error);
    return false;
  }

  private static boolean acknowledged(String body) {
    if (body == null || body.isBlank()) {
      return false;
    }
    try {
      return JSON.readTree(body).path("acknowledged").asBoolean(false);
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
