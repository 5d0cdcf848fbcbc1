package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.fulfil.notify.WebhookSignature;
import dev.rightful.law.RequestType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Recipient notices after a deletion, delivered to a vendor's webhook that checks the signature.
 */
class RecipientNotifierTest {
  private static final String SECRET = "test-webhook-secret";

  /**
   * The example map with a webhook vendor for ad-partners and an email vendor for cloud-hosting.
   */
  private static DataMap withVendors(String webhook) {
    DataMap map = CompanyDb.map();
    List<Recipient> recipients = new ArrayList<>();
    for (Recipient r : map.recipients()) {
      List<Recipient.Vendor> vendors =
          switch (r.id()) {
            case "ad-partners" -> List.of(new Recipient.Vendor("AdCo", null, webhook, null, null));
            case "cloud-hosting" ->
                List.of(new Recipient.Vendor("CloudCo", "privacy@cloud.example", null, null, null));
            default -> r.vendors();
          };
      recipients.add(
          new Recipient(
              r.id(),
              r.kind(),
              r.description(),
              r.categories(),
              r.purposeIds(),
              r.transfer(),
              vendors,
              r.location()));
    }
    return new DataMap(
        map.directory(),
        map.business(),
        map.notice(),
        map.methods(),
        map.categories(),
        map.sources(),
        map.purposes(),
        recipients,
        map.systems(),
        map.retention(),
        map.minors(),
        map.financialIncentives(),
        map.doNotTrack());
  }

  @Test
  void each_vendor_gets_one_notice_and_the_webhook_receives_a_signed_body() throws Exception {
    List<String> verified = new CopyOnWriteArrayList<>();
    HttpServer vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.createContext(
        "/erase",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
          boolean valid = WebhookSignature.sign(SECRET, body).equals(signature);
          if (valid) {
            verified.add(new String(body, StandardCharsets.UTF_8));
          }
          byte[] answer = (valid ? "{\"acknowledged\":true}" : "{}").getBytes();
          exchange.sendResponseHeaders(valid ? 200 : 401, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    vendor.start();
    String url = "http://127.0.0.1:" + vendor.getAddress().getPort() + "/erase";
    try (Rig rig = new Rig("fulfil_notify", withVendors(url))) {
      RecipientNotifier notifier = rig.fulfilment(id -> null, 3, SECRET).notifier();
      String id = rig.verifiedRequest(RequestType.DELETE);
      String reference = rig.requests.get(id).reference();

      assertThat(notifier.enqueue(id, "delete")).isEqualTo(2);
      assertThat(notifier.enqueue(id, "delete")).isZero();
      assertThat(notifier.deliverPending()).isEqualTo(1);

      assertThat(verified)
          .containsExactly(
              "{\"requestReference\":\""
                  + reference
                  + "\",\"type\":\"delete\",\"subjectKeys\":{\"email\":\"jane.doe@example.com\"}}");
      assertThat(notifier.list(id))
          .extracting(
              RecipientNotifier.Notification::recipientId,
              RecipientNotifier.Notification::channel,
              RecipientNotifier.Notification::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("cloud-hosting", "email", "pending"),
              org.assertj.core.groups.Tuple.tuple("ad-partners", "webhook", "acknowledged"));
      assertThat(
              rig.audit.list("request", id).stream()
                  .filter(e -> e.action().equals("fulfil.recipient-notice-queued"))
                  .count())
          .isEqualTo(2);
    } finally {
      vendor.stop(0);
    }
  }

  @Test
  void a_webhook_signed_with_another_secret_is_refused_and_stays_pending_for_a_retry()
      throws Exception {
    HttpServer vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.createContext(
        "/erase",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean valid =
              WebhookSignature.sign(SECRET, body)
                  .equals(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER));
          exchange.sendResponseHeaders(valid ? 204 : 401, -1);
          exchange.close();
        });
    vendor.start();
    String url = "http://127.0.0.1:" + vendor.getAddress().getPort() + "/erase";
    try (Rig rig = new Rig("fulfil_notify_bad", withVendors(url))) {
      RecipientNotifier notifier = rig.fulfilment(id -> null, 3, "another-secret").notifier();
      String id = rig.verifiedRequest(RequestType.OPT_OUT);
      notifier.enqueue(id, "opt-out");

      assertThat(notifier.deliverPending()).isZero();
      assertThat(notifier.list(id))
          .extracting(
              RecipientNotifier.Notification::recipientId,
              RecipientNotifier.Notification::status,
              RecipientNotifier.Notification::attempts,
              RecipientNotifier.Notification::lastError)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ad-partners", "pending", 1, "HTTP 401"));
    } finally {
      vendor.stop(0);
    }
  }
}
