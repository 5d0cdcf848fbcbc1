package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RecordKeeping;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import dev.rightful.web.ClientAddresses;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server set up as a company would run it in production (its own proxy and records period).
 * Behind a trusted reverse proxy, the per-client code limit counts each consumer's own address
 * (from X-Forwarded-For), not the proxy's: one busy address is refused, another still served.
 */
class ServerSettingsTest {
  static TestServer server;
  static VerifyApi api;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWith(
            ClientAddresses.parse("127.0.0.1, ::1"),
            new RecordKeeping(36),
            TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_proxy").target(),
            TestClock.serverDate());
    api = new VerifyApi(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> askForCode(String id, String forwardedFor) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests/" + id + "/code")))
            .header("X-Forwarded-For", forwardedFor)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static String submitted(String email) {
    return api.submit("{'type':'delete','subject':{'email':'" + email + "','name':'C'}}").id();
  }

  @Test
  void the_form_tells_the_records_keeping_period_the_server_is_set_to() {
    // Notice at collection (7012): the form says how long the request's record is kept.
    HttpResponse<String> form =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/privacy/requests/new?type=delete")))
                .build());
    assertThat(form.body()).contains("the law requires, for 36 months.");
  }

  @Test
  void each_forwarded_client_has_its_own_ten_codes_an_hour() {
    for (int i = 0; i < 10; i++) {
      assertThat(askForCode(submitted("busy" + i + "@example.com"), "203.0.113.1").statusCode())
          .isEqualTo(202);
    }
    String eleventh = submitted("busy-eleven@example.com");
    assertThat(askForCode(eleventh, "203.0.113.1").statusCode()).isEqualTo(429);
    // A forged first hop does not make a new client: the proxy appended the real one.
    assertThat(askForCode(eleventh, "192.0.2.1, 203.0.113.1").statusCode()).isEqualTo(429);
    assertThat(askForCode(eleventh, "203.0.113.2").statusCode()).isEqualTo(202);
  }
}
