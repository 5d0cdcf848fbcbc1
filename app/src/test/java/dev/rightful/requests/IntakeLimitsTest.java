package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import dev.rightful.web.ClientAddresses;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Public intake is rate limited as shipped (issue 13, item 1): per client address, so one address
 * cannot flood the queue, and per email address named, so nobody can mail-bomb a third party with
 * receipts. A refusal is a 429 with Retry-After and stores nothing, counted with plain SQL.
 */
class IntakeLimitsTest {
  private static final ObjectMapper json = new ObjectMapper();

  @Test
  void the_twenty_first_request_in_a_minute_from_one_address_is_refused_and_not_stored()
      throws Exception {
    try (TestServer server =
        TestServer.startWithLimits(ClientAddresses.DIRECT, IntakeLimits.defaults())) {
      for (int i = 0; i < 20; i++) {
        assertThat(post(server, optOut("flood" + i + "@example.com"), null).statusCode())
            .isEqualTo(201);
      }
      for (int i = 20; i < 25; i++) {
        HttpResponse<String> refused = post(server, optOut("flood" + i + "@example.com"), null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        assertThat(json.readTree(refused.body()).get("status").asInt()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
      }
      assertThat(stored(server)).isEqualTo(20);
    }
  }

  @Test
  void the_form_and_the_api_count_together_and_the_form_answers_with_a_page() {
    try (TestServer server =
        TestServer.startWithLimits(ClientAddresses.DIRECT, IntakeLimits.defaults())) {
      for (int i = 0; i < 20; i++) {
        assertThat(post(server, optOut("mixed" + i + "@example.com"), null).statusCode())
            .isEqualTo(201);
      }
      WebClient client = WebClient.of(server);
      String csrf = WebClient.csrf(client.get("/privacy/requests/new?type=delete"));
      HttpResponse<String> page =
          client.postEncoded(
              "/privacy/requests",
              "type=delete&subject.email=form%40example.com&subject.name=Form+Sender&_csrf="
                  + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
      assertThat(page.statusCode()).isEqualTo(429);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).contains("Too many requests").contains("Nothing was sent");
      assertThat(stored(server)).isEqualTo(20);
    }
  }

  @Test
  void the_sixth_request_naming_one_email_is_refused_whatever_address_it_comes_from()
      throws Exception {
    try (TestServer server =
        TestServer.startWithLimits(
            ClientAddresses.parse("127.0.0.1, ::1"), IntakeLimits.defaults())) {
      for (int i = 1; i <= 5; i++) {
        assertThat(post(server, optOut("victim@example.com"), "203.0.113." + i).statusCode())
            .isEqualTo(201);
      }
      HttpResponse<String> sixth = post(server, optOut("Victim@Example.com"), "203.0.113.6");
      assertThat(sixth.statusCode()).isEqualTo(429);
      assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
      assertThat(sixth.body()).doesNotContain("victim@example.com");
      // A parent naming the victim as themselves counts too: each named address gets mail.
      String byParent =
          "{\"type\":\"opt-out\",\"subject\":{\"email\":\"child@example.com\"},"
              + "\"requester\":{\"kind\":\"parent-or-guardian\",\"name\":\"P\","
              + "\"email\":\"victim@example.com\"}}";
      assertThat(post(server, byParent, "203.0.113.7").statusCode()).isEqualTo(429);
      assertThat(stored(server)).isEqualTo(5);
      // Another person is still served from the same address.
      assertThat(post(server, optOut("someone@example.com"), "203.0.113.6").statusCode())
          .isEqualTo(201);
    }
  }

  private static String optOut(String email) {
    return "{\"type\":\"opt-out\",\"subject\":{\"email\":\"" + email + "\"}}";
  }

  private static HttpResponse<String> post(TestServer server, String body, String forwardedFor) {
    var builder =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return server.send(builder.build());
  }

  private static int stored(TestServer server) {
    return server
        .app()
        .services()
        .database()
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM rights_request").mapTo(Integer.class).one());
  }
}
