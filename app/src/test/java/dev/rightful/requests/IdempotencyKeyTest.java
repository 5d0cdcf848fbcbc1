package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that retries an intake POST with the same {@code Idempotency-Key} never makes a second
 * request, even when the retries race each other; counted in the database with plain SQL.
 */
class IdempotencyKeyTest {
  private static final ObjectMapper json = new ObjectMapper();
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_retry_with_the_same_key_returns_the_first_request() throws Exception {
    String body = optOut("retry@example.com");
    HttpResponse<String> first = post(body, "5f0c1c8e-retry");
    HttpResponse<String> retry = post(body, "5f0c1c8e-retry");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    String id = json.readTree(first.body()).get("id").asText();
    assertThat(json.readTree(retry.body()).get("id").asText()).isEqualTo(id);
    assertThat(retry.headers().firstValue("Location")).hasValue("/api/v1/requests/" + id);
    assertThat(json.readTree(first.body()).has("statusUrl")).isTrue();
    assertThat(json.readTree(retry.body()).has("statusUrl"))
        .as("the status link is a secret shown once; the receipt mail carries it")
        .isFalse();
    assertThat(requestsFor("retry@example.com")).isEqualTo(1);
  }

  @Test
  void the_same_key_with_another_request_is_refused_and_stores_nothing() throws Exception {
    assertThat(post(optOut("owner@example.com"), "shared-key-1").statusCode()).isEqualTo(201);
    HttpResponse<String> other = post(optOut("someone.else@example.com"), "shared-key-1");

    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(json.readTree(other.body()).get("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(other.body()).doesNotContain("owner@example.com");
    assertThat(requestsFor("someone.else@example.com")).isZero();
  }

  @Test
  void racing_retries_make_one_request() throws Exception {
    String body = optOut("racing@example.com");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit((Callable<HttpResponse<String>>) () -> post(body, "race-key")));
      }
      List<Integer> statuses = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        statuses.add(answer.get().statusCode());
        ids.add(json.readTree(answer.get().body()).get("id").asText());
      }
      assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
      assertThat(ids).containsOnly(ids.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(requestsFor("racing@example.com")).isEqualTo(1);
  }

  @Test
  void without_a_key_each_post_is_a_new_request() {
    String body = optOut("twice@example.com");
    assertThat(post(body, null).statusCode()).isEqualTo(201);
    assertThat(post(body, null).statusCode()).isEqualTo(201);
    assertThat(requestsFor("twice@example.com")).isEqualTo(2);
  }

  @Test
  void a_key_that_is_not_visible_ascii_is_refused() throws Exception {
    HttpResponse<String> answer = post(optOut("odd.key@example.com"), "  ");
    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(json.readTree(answer.body()).get("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(requestsFor("odd.key@example.com")).isZero();
  }

  private static String optOut(String email) {
    return "{\"type\":\"opt-out\",\"subject\":{\"email\":\"" + email + "\"}}";
  }

  private static HttpResponse<String> post(String body, String key) {
    var builder =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      builder.header("Idempotency-Key", key);
    }
    return server.send(builder.build());
  }

  /** Requests stored for {@code email}, found by its keyed hash as the repository stores it. */
  private static int requestsFor(String email) {
    var services = server.app().services();
    return services
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM rights_request WHERE email_key = :key")
                    .bind("key", services.pi().emailKey(email))
                    .mapTo(Integer.class)
                    .one());
  }
}
