package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import dev.rightful.Services;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RightsRequest;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.Webhooks;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One webhook protocol (issue 14, item 5): what Rightful really sends a vendor, captured by a small
 * HTTP server, verifies with the Standard Webhooks reference library for Java under the vendor's
 * own secret, and a callback the vendor signs with that library is accepted. The server runs on the
 * system clock, because the library checks the timestamp against it.
 */
class WebhookVerificationTest {
  static final String ADCO = Webhooks.secret("adco-standard-webhooks");
  static final String SHARED = Webhooks.secret("shared-standard-webhooks");

  record Received(Map<String, List<String>> headers, String body) {}

  static final List<Received> received = new CopyOnWriteArrayList<>();
  static final AtomicInteger failuresLeft = new AtomicInteger();
  @TempDir static Path dir;
  static HttpServer vendor;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.createContext(
        "/adco",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  Map.copyOf(exchange.getRequestHeaders()),
                  new String(body, StandardCharsets.UTF_8)));
          // 503 while failures are asked for, then 202: the vendor acts and calls back later.
          exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 202, -1);
          exchange.close();
        });
    vendor.start();
    Path map = VendorMap.write(dir, "http://127.0.0.1:" + vendor.getAddress().getPort() + "/adco");
    server =
        TestServer.start(
            map,
            TestServer.h2Url(),
            "sa",
            "",
            null,
            Clock.systemUTC(),
            Map.of("ADCO_SECRET", ADCO, VendorSecrets.SHARED, SHARED)::get);
  }

  @AfterAll
  static void stop() {
    server.close();
    vendor.stop(0);
  }

  @Test
  void a_recipient_notice_verifies_with_the_reference_library_and_a_retry_keeps_its_id()
      throws Exception {
    received.clear();
    failuresLeft.set(1);
    Services services = server.app().services();
    RightsRequest request =
        services
            .requests()
            .submit(
                Submissions.api(RequestType.OPT_OUT, "ana.webhooks@example.com", "Ana", null),
                "consumer")
            .request();
    services.fulfilment().notifier().deliverPending();
    services.fulfilment().notifier().deliverPending();
    Notice notice = services.fulfilment().notifier().list(request.id()).get(0);
    assertThat(notice.status()).isEqualTo("sent");

    assertThat(received).hasSize(2);
    for (Received message : received) {
      new Webhook(ADCO).verify(message.body(), message.headers());
      assertThat(first(message, "webhook-id")).isEqualTo("recipient-notice-" + notice.id());
      // AdCo names its own secret: the shared one does not sign its messages.
      assertThatThrownBy(() -> new Webhook(SHARED).verify(message.body(), message.headers()))
          .isInstanceOf(WebhookVerificationException.class);
    }
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());

    // The vendor calls back, signing with the same library.
    String ack = "{\"notificationId\":" + notice.id() + ",\"acknowledged\":true}";
    String id = "msg_ack_" + notice.id();
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> answer =
        server.send(
            HttpRequest.newBuilder(
                    URI.create(server.url("/api/v1/notifications/" + notice.id() + "/ack")))
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", new Webhook(ADCO).sign(id, now, ack))
                .POST(HttpRequest.BodyPublishers.ofString(ack))
                .build());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(services.fulfilment().notifier().list(request.id()).get(0).status())
        .isEqualTo("acknowledged");
  }

  @Test
  void a_consent_propagation_verifies_with_the_reference_library_under_the_vendors_secret()
      throws Exception {
    received.clear();
    failuresLeft.set(0);
    server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/me")))
            .header("Sec-GPC", "1")
            .build());
    server.app().services().consent().worker().runDue();

    assertThat(received).hasSize(1);
    Received message = received.get(0);
    new Webhook(ADCO).verify(message.body(), message.headers());
    assertThat(first(message, "webhook-id")).startsWith("consent-propagation-");
    assertThat(message.body()).contains("\"type\":\"opt-out\"");
    assertThatThrownBy(
            () ->
                new Webhook(ADCO)
                    .verify(message.body().replace("opt-out", "opt-in"), message.headers()))
        .isInstanceOf(WebhookVerificationException.class);
  }

  private static String first(Received message, String name) {
    return message.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElseThrow();
  }
}
