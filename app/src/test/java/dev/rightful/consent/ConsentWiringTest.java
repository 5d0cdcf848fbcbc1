package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
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
  void the_decision_api_stays_closed_until_service_tokens_are_wired() {
    assertThat(server.get("/api/v1/consent/decision?subject=account:1&purpose=sale").statusCode())
        .isEqualTo(401);
  }
}
