package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.mail.MailKind;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The consent capability wired into the whole app, on the example company's data map. */
class ConsentWiringTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_example_company_honors_gpc_on_its_do_not_sell_page() {
    var page =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/privacy/do-not-sell")))
                .header("Sec-GPC", "1")
                .build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Opt-Out Request Honored", "Net2Phone Global Services, LLC");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .doesNotContain("unsafe-inline");
  }

  @Test
  void the_example_company_sells_and_shares_but_uses_no_sensitive_data() {
    var me = server.get("/api/v1/consent/me");
    assertThat(me.body())
        .contains("\"id\":\"sale\"", "\"id\":\"share\"")
        .doesNotContain("\"id\":\"sensitive\"");
    assertThat(server.get("/.well-known/gpc.json").body()).contains("\"gpc\": true");
    assertThat(server.get("/consent.js").statusCode()).isEqualTo(200);
  }

  @Test
  void the_decision_api_answers_service_tokens_only_and_refuses_staff_tokens_with_403()
      throws Exception {
    String path = "/api/v1/consent/decision?subject=account:1&purpose=sale";
    assertThat(server.get(path).statusCode()).as("no token").isEqualTo(401);
    var tokens = server.app().services().staff().tokens();
    String agent = tokens.issue(Role.AGENT, "agent", Duration.ofDays(1), "test").secret();
    String service = tokens.issue(Role.SERVICE, "ad-server", Duration.ofDays(1), "test").secret();
    assertThat(withToken(path, agent).statusCode()).as("a person's token").isEqualTo(403);
    var answer = withToken(path, service);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(answer.body()).get("allowed").asBoolean()).isTrue();
  }

  @Test
  void an_email_task_to_a_vendor_goes_through_the_mail_outbox() {
    var services = server.app().services();
    new OutboxConsentMailer(services.database().jdbi(), services.messages(), services.outbox())
        .send(
            "optouts@vendor.example",
            "Opt-out of sale and sharing",
            "Ledger key device:abc opted out.");
    assertThat(services.outbox().list(100))
        .anySatisfy(
            m -> {
              assertThat(m.kind()).isEqualTo(MailKind.RECIPIENT_NOTICE);
              assertThat(m.to()).isEqualTo("optouts@vendor.example");
              assertThat(m.body()).contains("Ledger key device:abc opted out.");
            });
  }

  private static HttpResponse<String> withToken(String path, String token) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }
}
