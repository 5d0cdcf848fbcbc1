package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: 401 means no valid credentials, 403 a valid token without the right, on each
 * kind of bearer check: the staff API ({@link Authenticator}) and the consent API's service tokens
 * (ConsentApiRoutes over {@link ServiceTokens}). Every answer also keeps the OpenAPI document
 * (WebClient checks it), so each 401 and 403 is a documented problem.
 */
class UnauthorizedVersusForbiddenTest {
  static final String DECISION = "/api/v1/consent/decision?subject=account:abc&purpose=sale";
  static final String HISTORY = "/api/v1/consent/history?subject=account:abc";
  static TestServer server;
  static WebClient client;
  static String auditor;
  static String decisionsOnly;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    client = WebClient.of(server);
    ApiTokens tokens = server.app().services().staff().tokens();
    auditor = tokens.issue(Role.AUDITOR, "reader", Duration.ofDays(1), "test").secret();
    decisionsOnly =
        tokens
            .issue(Role.SERVICE, Set.of(Scope.CONSENT_DECISIONS), "ads", Duration.ofDays(1), "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_staff_api_answers_401_without_valid_credentials_and_403_to_the_wrong_role() {
    assertThat(status("/api/v1/requests", null)).isEqualTo(401);
    assertThat(status("/api/v1/requests", "Bearer rft_not-a-token")).isEqualTo(401);
    assertThat(status("/api/v1/requests", "Basic " + auditor)).isEqualTo(401);
    // a live service token is valid credentials, but not for the staff queue
    assertThat(status("/api/v1/requests", "Bearer " + decisionsOnly)).isEqualTo(403);
    assertThat(status("/api/v1/requests", "Bearer " + auditor)).isEqualTo(200);
  }

  @Test
  void the_consent_api_answers_403_to_a_live_staff_token_not_401() {
    HttpResponse<String> staff = client.bearer(DECISION, "Bearer " + auditor);

    assertThat(staff.statusCode()).isEqualTo(403);
    assertThat(staff.body()).contains("role 'service'");
  }

  @Test
  void the_consent_api_answers_401_without_valid_credentials() {
    assertThat(status(DECISION, null)).isEqualTo(401);
    assertThat(status(DECISION, "Bearer rft_not-a-token")).isEqualTo(401);
    assertThat(status(DECISION, "Basic " + decisionsOnly)).isEqualTo(401);
  }

  @Test
  void the_consent_api_answers_403_to_a_service_token_without_the_scope() {
    HttpResponse<String> history = client.bearer(HISTORY, "Bearer " + decisionsOnly);

    assertThat(history.statusCode()).isEqualTo(403);
    assertThat(history.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).contains("insufficient_scope"));
    assertThat(status(DECISION, "Bearer " + decisionsOnly)).isEqualTo(200);
  }

  private static int status(String path, String authorization) {
    return client.bearer(path, authorization).statusCode();
  }
}
