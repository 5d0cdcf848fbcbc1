package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With --oidc-only the console takes no password, even a right one. */
class OidcOnlyTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWithSso(
            publicUrl ->
                new OidcSettings(
                    // Never reached: showing the sign-in page needs no discovery.
                    URI.create("http://127.0.0.1:9/unreachable"),
                    "rightful",
                    null,
                    "roles",
                    RoleMap.parse("admin=privacy-admins"),
                    "Corporate SSO",
                    URI.create(publicUrl + "/admin/oidc/callback"),
                    true));
    server
        .app()
        .services()
        .staff()
        .users()
        .create("lee", Role.ADMIN, "correct horse battery staple 5", "test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_sign_in_page_offers_only_single_sign_on_and_a_password_is_refused() {
    WebClient browser = WebClient.of(server);
    Document page = Jsoup.parse(browser.get(WebClient.LOGIN_PATH).body());
    assertThat(page.selectFirst("a#sso").text()).isEqualTo("Sign in with Corporate SSO");
    assertThat(page.select("input[name=password]")).isEmpty();

    var refused =
        browser.post(
            WebClient.LOGIN_PATH,
            java.util.Map.of("username", "lee", "password", "correct horse battery staple 5"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Passwords are turned off");
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNull();
  }

  @Test
  void an_unreachable_provider_gets_a_clear_page_not_a_crash() {
    var answer = WebClient.of(server).get("/admin/oidc/start");

    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(answer.body()).contains("Single sign-on is unavailable");
  }
}
