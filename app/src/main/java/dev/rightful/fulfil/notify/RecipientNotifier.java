package dev.rightful.fulfil.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.Recipient;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Tells the data map's recipients about a deletion, correction, opt-out or limit, one notice per
 * vendor ({@link Notices}), tracked from {@code pending} to {@code sent} and {@code acknowledged},
 * or {@code failed}. Webhook vendors get a signed POST and may call back later; email vendors get a
 * message through the mail outbox; vendors with neither are a task a person confirms. Staff confirm
 * email and manual notices in the console. Thread-safe.
 */
public final class RecipientNotifier {
  /** Attempts at a webhook before its notice is failed. */
  public static final int MAX_ATTEMPTS = WebhookDelivery.MAX_ATTEMPTS;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Notices notices;
  private final VendorSecrets secrets;
  private final RequestService requests;
  private final WebhookDelivery webhooks;
  private final EmailDelivery emails;
  private final Jdbi jdbi;
  private final Clock clock;

  /** What a vendor's callback came to. */
  public enum Callback {
    /** The notice is now acknowledged. */
    ACKNOWLEDGED,
    /** It was already; nothing changed (a vendor may call twice). */
    ALREADY_ACKNOWLEDGED,
    /** No such notice, a signature that does not verify, or a body for another notice. */
    REFUSED
  }

  public RecipientNotifier(
      Jdbi jdbi,
      Notices notices,
      VendorSecrets secrets,
      RequestService requests,
      Messages messages,
      Outbox outbox,
      HttpClient http,
      String publicUrl,
      Clock clock) {
    this.clock = clock;
    this.jdbi = jdbi;
    this.notices = notices;
    this.secrets = secrets;
    this.requests = requests;
    this.webhooks = new WebhookDelivery(notices, secrets, requests, http, publicUrl, clock);
    this.emails = new EmailDelivery(jdbi, notices, requests, messages, outbox);
    notices.whenTold(new ToldFollowUp(notices, requests, messages, outbox));
  }

  public Notices notices() {
    return notices;
  }

  /** The recipients a notice of {@code kind} goes to. */
  public List<Recipient> recipientsFor(String kind) {
    return notices.recipientsFor(kind);
  }

  /** Records one pending notice per vendor; recording again adds nothing. */
  public int enqueue(String requestId, String kind) {
    return enqueue(requests.get(requestId), kind);
  }

  /** Records one pending notice per vendor of {@code request}; recording again adds nothing. */
  public int enqueue(RightsRequest request, String kind) {
    return notices.enqueue(request, kind);
  }

  /** How many notices of {@code kind} one request gets ({@link Notices#perRequest}). */
  public int perRequest(String kind) {
    return notices.perRequest(kind);
  }

  /** As {@link #enqueue(RightsRequest, String)}, on the caller's transaction. */
  public int enqueue(Handle handle, RightsRequest request, String kind) {
    return notices.enqueue(handle, request, kind);
  }

  public List<Notice> list(String requestId) {
    return notices.list(requestId);
  }

  /**
   * Sends pending webhooks once, mails pending email notices and follows earlier ones in the
   * outbox; returns how many webhooks the vendors accepted.
   */
  public int deliverPending() {
    int delivered = webhooks.deliverPending();
    emails.run();
    completeAllTold(null);
    return delivered;
  }

  /**
   * Sends a just-completed request's webhook notices at once, rather than at the next run of the
   * notify task; its email notices go out on that run, through the outbox. Returns how many
   * webhooks the vendors accepted.
   */
  public int deliverPending(String requestId) {
    return webhooks.deliverPending(requestId);
  }

  /**
   * Completes each opt-out and limit request whose recipients have all acknowledged (webhook
   * answer, callback or staff confirmation): the choice was recorded on receipt, so nothing else is
   * left. Returns how many were completed. A request that may not be completed yet (an agent's
   * permission still unconfirmed) stays open for staff. Only {@code onlyRequest} when it is not
   * null.
   */
  public int completeAllTold(String onlyRequest) {
    int completed = 0;
    for (String requestId : notices.allTold(onlyRequest)) {
      try {
        int told = notices.list(requestId).size();
        requests.complete(
            requestId,
            ResponseNature.COMPLIED,
            "Your choice is recorded, and we passed it on to "
                + (told == 1 ? "the 1 business" : "all " + told + " businesses")
                + " it concerns; each has confirmed.",
            "system");
        completed++;
      } catch (RequestRuleViolation e) {
        // Changed meanwhile (completed on another node, closed by staff) or not completable yet.
      }
    }
    return completed;
  }

  /**
   * A person confirms that the vendor of notice {@code id} acted on request {@code requestId} (an
   * email reply, a call, work done in a vendor's portal): the notice is acknowledged, who and when
   * audited, and {@code note}, if any, kept as a staff note on the request's sealed timeline.
   */
  public Notice confirm(String requestId, long id, String actor, String note) {
    Notice notice =
        notices
            .find(id)
            .filter(n -> n.requestId().equals(requestId))
            .orElseThrow(
                () -> new RequestRuleViolation("notice", "no such notice on this request"));
    if (!notice.confirmable()) {
      throw new RequestRuleViolation(
          "notice",
          notice.isAcknowledged()
              ? "this notice is already acknowledged"
              : "a webhook notice is acknowledged by the vendor, unless it failed");
    }
    boolean noted = note != null && !note.isBlank();
    jdbi.useTransaction(
        handle -> notices.acknowledge(handle, notice, actor, Map.of("noted", noted)));
    if (noted) {
      requests.note(
          requestId,
          "Notice to " + notice.vendor() + " (" + notice.recipientId() + ") confirmed: " + note,
          actor);
    }
    completeAllTold(requestId);
    return notices.find(id).orElseThrow();
  }

  /**
   * A vendor's callback on notice {@code id}: the body {@code {"notificationId": id,
   * "acknowledged": true}} signed with the vendor's own secret, as its webhook requests are.
   */
  public Callback acknowledge(long id, byte[] body, WebhookSignature.Signed signature) {
    Optional<Notice> found = notices.find(id);
    if (found.isEmpty() || !found.get().channel().equals("webhook")) {
      return Callback.REFUSED;
    }
    Notice notice = found.get();
    Optional<byte[]> key =
        notices.vendorOf(notice).flatMap(secrets::secretFor).flatMap(WebhookSignature::key);
    if (key.isEmpty() || !WebhookSignature.verify(key.get(), body, signature, clock.instant())) {
      return Callback.REFUSED;
    }
    try {
      JsonNode json = JSON.readTree(body);
      // The id inside the signed body: a signature for one notice cannot acknowledge another.
      if (json == null
          || json.path("notificationId").asLong(-1) != id
          || !json.path("acknowledged").asBoolean(false)) {
        return Callback.REFUSED;
      }
    } catch (IOException e) {
      return Callback.REFUSED;
    }
    if (notice.isAcknowledged()) {
      return Callback.ALREADY_ACKNOWLEDGED;
    }
    String actor = "vendor:" + notice.recipientId() + "/" + notice.vendor();
    jdbi.useTransaction(
        handle -> notices.acknowledge(handle, notice, actor, Map.of("by", "callback")));
    completeAllTold(notice.requestId());
    return Callback.ACKNOWLEDGED;
  }

  /** Notices waiting for a person: email and manual ones not yet acknowledged, failed webhooks. */
  public List<Notice> staffTasks(String requestId) {
    return list(requestId).stream().filter(Notice::confirmable).toList();
  }
}
