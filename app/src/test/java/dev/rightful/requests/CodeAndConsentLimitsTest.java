package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import dev.rightful.web.ClientAddresses;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Asking for one-time codes and writing consent choices are rate limited per client address, and
 * codes mailed to one email address are capped per day (issue 13, item 1). A refusal is a 429 with
 * Retry-After, problem JSON on the API and a page on forms, and records nothing.
 */
class CodeAndConsentLimitsTest {
  private static final ObjectMapper json = new ObjectMapper();

  /** Intake unlimited; 2 code asks a minute per address; 2 codes a day per email; 3 writes. */
  private static final IntakeLimits TIGHT =
      new IntakeLimits(1_000_000, 1_000_000, 1_000_000, 2, 2, 3);

  @Test
  void the_third_ask_for_a_code_in_a_minute_is_refused_on_the_api_and_the_page() throws Exception {
    try (TestServer server = TestServer.startWithLimits(ClientAddresses.DIRECT, TIGHT)) {
      JsonNode created = json.readTree(submit(server, "asker@example.com").body());
      String id = created.get("id").asText();
      // Every ask counts, for a request that exists or not.
      assertThat(askCode(server, id).statusCode()).isEqualTo(202);
      assertThat(askCode(server, "no-such-request").statusCode()).isEqualTo(202);
      HttpResponse<String> refused = askCode(server, id);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertProblem(refused);
      assertThat(codes(server, id)).isEqualTo(1);

      // The privacy center's "send me a new code" counts against the same address.
      String status = URI.create(created.get("statusUrl").asText()).getPath();
      WebClient client = WebClient.of(server);
      Document page = Jsoup.parse(client.get(status).body());
      HttpResponse<String> limited =
          client.post(
              status + "/code", Map.of("_csrf", page.selectFirst("input[name=_csrf]").val()));
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).isPresent();
      assertThat(limited.body()).contains("Too many requests");
      assertThat(codes(server, id)).isEqualTo(1);
    }
  }

  @Test
  void codes_to_one_email_are_capped_per_day_from_any_address() throws Exception {
    IntakeLimits limits = new IntakeLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000, 2, 1_000);
    try (TestServer server =
        TestServer.startWithLimits(ClientAddresses.parse("127.0.0.1, ::1"), limits)) {
      String id = json.readTree(submit(server, "target@example.com").body()).get("id").asText();
      for (int i = 1; i <= 4; i++) {
        var ask =
            server.send(
                HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests/" + id + "/code")))
                    .header("X-Forwarded-For", "198.51.100." + i)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
        // The same answer whether or not a code went out: it tells nobody about the cap.
        assertThat(ask.statusCode()).isEqualTo(202);
      }
      assertThat(codes(server, id)).isEqualTo(2);
    }
  }

  @Test
  void the_fourth_consent_write_in_a_minute_is_refused_on_the_api_and_the_form() throws Exception {
    try (TestServer server = TestServer.startWithLimits(ClientAddresses.DIRECT, TIGHT)) {
      for (int i = 0; i < 3; i++) {
        assertThat(choose(server).statusCode()).isEqualTo(200);
      }
      int recorded = ledger(server);
      HttpResponse<String> refused = choose(server);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertProblem(refused);

      WebClient client = WebClient.of(server);
      Document form = Jsoup.parse(client.get("/privacy/do-not-sell").body());
      HttpResponse<String> page =
          client.post(
              "/privacy/do-not-sell",
              Map.of(
                  "device", form.selectFirst("input[name=device]").val(),
                  "_csrf", form.selectFirst("input[name=_csrf]").val()));
      assertThat(page.statusCode()).isEqualTo(429);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).contains("nothing was recorded");
      assertThat(ledger(server)).isEqualTo(recorded);
    }
  }

  private static void assertProblem(HttpResponse<String> refused) throws Exception {
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("title").asText()).isEqualTo("Too many requests");
    assertThat(problem.get("detail").asText()).contains("Retry-After");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
  }

  private static HttpResponse<String> submit(TestServer server, String email) {
    HttpResponse<String> created =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"delete\",\"subject\":{\"email\":\""
                            + email
                            + "\",\"name\":\"Ann Asker\"}}"))
                .build());
    assertThat(created.statusCode()).isEqualTo(201);
    return created;
  }

  private static HttpResponse<String> askCode(TestServer server, String id) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests/" + id + "/code")))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static HttpResponse<String> choose(TestServer server) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/me/choices")))
            .header("Origin", "https://www.net2phone.com")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"choices\":{\"sale\":\"opt-out\"}}"))
            .build());
  }

  private static int codes(TestServer server, String id) {
    return server
        .app()
        .services()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM verification_code WHERE request_id = :id")
                    .bind("id", id)
                    .mapTo(Integer.class)
                    .one());
  }

  private static int ledger(TestServer server) {
    return server
        .app()
        .services()
        .database()
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM consent_event").mapTo(Integer.class).one());
  }
}
