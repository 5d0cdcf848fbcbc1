package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/v1/suppression/check on the running app. */
class SuppressionCheckTest {
  private static TestServer server;
  private static String token;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    token =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(Role.AGENT, "test-agent", Duration.ofDays(1), "test")
            .secret();
    var services = server.app().services();
    new SuppressionList(services.database().jdbi(), services.pi(), services.clock())
        .add(
            new Identity(
                Map.of(
                    "email", Set.of("jane.doe@example.com"), "phone", Set.of("+1 415-555-0100"))),
            "R1");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> check(String query, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/suppression/check?" + query)));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return server.send(request.GET().build());
  }

  @Test
  void a_deleted_consumers_email_and_phone_are_suppressed() {
    assertThat(check("email=Jane.Doe%40example.com", token).body())
        .isEqualTo("{\"suppressed\":true}");
    assertThat(check("phone=%2B1%20415-555-0100", token).body()).isEqualTo("{\"suppressed\":true}");
  }

  @Test
  void another_email_is_not_suppressed() {
    assertThat(check("email=marcus.lee%40example.com", token).body())
        .isEqualTo("{\"suppressed\":false}");
  }

  @Test
  void the_check_needs_a_staff_token_and_a_contact() {
    assertThat(check("email=jane.doe%40example.com", null).statusCode()).isEqualTo(401);
    assertThat(check("", token).statusCode()).isEqualTo(400);
  }
}
