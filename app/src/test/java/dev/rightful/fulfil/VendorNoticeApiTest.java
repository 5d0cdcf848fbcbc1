package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.rightful.Services;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.Webhooks;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-out requests passed on to vendors through the running app: notices queued with the request,
 * due 15 business days later, never doubled by consent propagation; a vendor that answers 202 calls
 * back signed with its own secret; staff confirm a manual notice over the API.
 */
class VendorNoticeApiTest {
  private static final String ADCO = Webhooks.secret("adco-secret-for-tests");
  @TempDir static Path dir;
  private static HttpServer vendor;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.createContext(
        "/adco",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean valid =
              Webhooks.valid(
                  ADCO, body, exchange.getRequestHeaders()::getFirst, TestServer.CLOCK.instant());
          // Accepted for later: the vendor will call back when it has acted.
          exchange.sendResponseHeaders(valid ? 202 : 401, -1);
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
            TestServer.CLOCK,
            Map.of("ADCO_SECRET", ADCO)::get);
  }

  @AfterAll
  static void stop() {
    server.close();
    vendor.stop(0);
  }

  private static RightsRequest submit(RequestType type, String email) {
    return server
        .app()
        .services()
        .requests()
        .submit(Submissions.api(type, email, "Ana Consumer", null), "consumer")
        .request();
  }

  private static HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return server.send(request.build());
  }

  @Test
  void an_opt_out_request_is_passed_on_once_and_the_vendor_calls_back_signed() {
    Services services = server.app().services();
    RightsRequest request = submit(RequestType.OPT_OUT, "ana.optout@example.com");

    List<Notice> notices = services.fulfilment().notifier().list(request.id());
    // 7026(f): received Sunday 2026-11-29, 15 business days.
    assertThat(notices)
        .extracting(Notice::recipientId, Notice::vendor, Notice::kind, Notice::dueOn)
        .containsExactly(tuple("ad-partners", "AdCo", "opt-out", LocalDate.of(2026, 12, 18)));
    // The ledger has the opt-out, but consent propagation leaves it to the request's notices.
    assertThat(services.consent().propagation().list(null, 100)).isEmpty();

    services.fulfilment().notifier().deliverPending();
    Notice sent = services.fulfilment().notifier().list(request.id()).get(0);
    assertThat(sent.status()).isEqualTo("sent");

    byte[] body = ("{\"notificationId\":" + sent.id() + ",\"acknowledged\":true}").getBytes();
    String path = "/api/v1/notifications/" + sent.id() + "/ack";
    assertThat(post(path, body, Map.of()).statusCode()).isEqualTo(401);
    assertThat(
            post(
                    path,
                    body,
                    Webhooks.headers(
                        Webhooks.sign(Webhooks.secret("guess"), body, TestServer.CLOCK.instant())))
                .statusCode())
        .isEqualTo(401);
    HttpResponse<String> acked =
        post(path, body, Webhooks.headers(Webhooks.sign(ADCO, body, TestServer.CLOCK.instant())));
    assertThat(acked.statusCode()).isEqualTo(200);
    assertThat(acked.body()).contains("\"acknowledged\"");

    assertThat(services.fulfilment().notifier().list(request.id()).get(0).status())
        .isEqualTo("acknowledged");
    assertThat(services.audit().list("request", request.id()))
        .extracting(e -> e.actor() + " " + e.action())
        .contains(
            "system fulfil.recipient-notice-queued",
            "system fulfil.recipient-notice-sent",
            "vendor:ad-partners/AdCo fulfil.recipient-notice-acknowledged",
            // Every recipient told: the opt-out request is answered without staff.
            "system request.completed");
    assertThat(services.requests().get(request.id()).status())
        .isEqualTo(dev.rightful.requests.RequestStatus.COMPLETED);
  }

  @Test
  void staff_confirm_a_manual_notice_over_the_api_and_an_auditor_may_not() {
    Services services = server.app().services();
    RightsRequest request = submit(RequestType.DELETE, "ana.delete@example.com");
    services.fulfilment().notifier().enqueue(request.id(), "delete");
    Notice ops =
        services.fulfilment().notifier().list(request.id()).stream()
            .filter(n -> n.vendor().equals("OpsCo"))
            .findFirst()
            .orElseThrow();
    String path = "/api/v1/requests/" + request.id() + "/notifications/" + ops.id() + "/confirm";
    byte[] note = "{\"note\":\"OpsCo confirmed on the phone\"}".getBytes();

    String auditor = token(Role.AUDITOR);
    assertThat(post(path, note, Map.of("Authorization", "Bearer " + auditor)).statusCode())
        .isEqualTo(403);
    HttpResponse<String> confirmed =
        post(path, note, Map.of("Authorization", "Bearer " + token(Role.AGENT)));

    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(services.fulfilment().notifier().notices().find(ops.id()).orElseThrow())
        .extracting(Notice::status, n -> n.confirmedBy().startsWith("staff:token:"))
        .containsExactly("acknowledged", true);
    assertThat(services.requests().timeline(request.id(), false))
        .anyMatch(e -> e.text().contains("OpsCo confirmed on the phone"));
    assertThat(
            post(path, note, Map.of("Authorization", "Bearer " + token(Role.AGENT))).statusCode())
        .isEqualTo(409);
  }

  private static String token(Role role) {
    return server
        .app()
        .services()
        .staff()
        .tokens()
        .issue(role, "api-" + role.key(), Duration.ofDays(1), "test")
        .secret();
  }
}
