package dev.rightful.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A running server whose PostgreSQL goes silent (a real PostgreSQL behind a proxy the test
 * silences): it says so in seconds, not after a 30-second pool wait, and recovers by itself when
 * the database answers again (issue 13, item 5).
 */
class DatabaseOutageTest {
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static SilentProxy proxy;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    String direct = Postgres.freshSchema("outage_test");
    proxy = new SilentProxy(5432);
    server =
        TestServer.start(
            Repo.exampleMap(),
            direct.replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port()),
            Postgres.USER,
            "");
  }

  @AfterAll
  static void stop() throws Exception {
    proxy.speak();
    server.close();
    proxy.close();
  }

  @Test
  void a_silent_database_is_told_in_seconds_and_the_server_recovers_when_it_answers()
      throws Exception {
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
    assertThat(optOut("before@example.com").statusCode()).isEqualTo(201);

    proxy.silence();
    // Past the pool's window in which a connection just used is handed out unchecked.
    Thread.sleep(1_000);

    Timed live = timed(() -> get("/healthz"));
    assertThat(live.response().statusCode()).isEqualTo(200);
    assertThat(live.took())
        .as("liveness never asks the database")
        .isLessThan(Duration.ofSeconds(1));

    Timed ready = timed(() -> get("/readyz"));
    assertThat(ready.response().statusCode()).isEqualTo(503);
    assertThat(ready.response().body()).contains("\"database\":\"DOWN\"");
    assertThat(ready.took()).isLessThan(Duration.ofSeconds(3));

    Timed intake = timed(() -> optOut("during@example.com"));
    assertThat(intake.response().statusCode()).isEqualTo(503);
    assertThat(intake.response().headers().firstValue("Retry-After")).hasValue("5");
    assertThat(intake.response().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(intake.response().body()).contains("cannot reach its database");
    assertThat(intake.took())
        .as("a pool wait of seconds, not Hikari's default 30 s")
        .isLessThan(Duration.ofSeconds(10));

    proxy.speak();
    HttpResponse<String> back = get("/readyz");
    for (int i = 0; i < 40 && back.statusCode() != 200; i++) {
      Thread.sleep(500);
      back = get("/readyz");
    }
    assertThat(back.statusCode()).as("ready again once the database answers").isEqualTo(200);
    HttpResponse<String> after = optOut("after@example.com");
    for (int i = 0; i < 10 && after.statusCode() == 503; i++) {
      // a connection that went silent with the database is dropped from the pool on its next use
      Thread.sleep(500);
      after = optOut("after@example.com");
    }
    assertThat(after.statusCode()).isEqualTo(201);
  }

  private record Timed(HttpResponse<String> response, Duration took) {}

  private interface Call {
    HttpResponse<String> run() throws Exception;
  }

  private static Timed timed(Call call) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = call.run();
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .timeout(Duration.ofSeconds(40))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> optOut(String email) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
            .timeout(Duration.ofSeconds(40))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"type\":\"opt-out\",\"subject\":{\"email\":\"" + email + "\"}}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
