package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CsrfGuardTest {
  static ConsoleServer server;

  @BeforeAll
  static void start() {
    server = ConsoleServer.start(false);
    server.staff.user("alice", Role.AGENT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static WebClient signedIn() {
    WebClient browser = server.client();
    assertThat(browser.login("alice", TestStaff.PASSWORD).statusCode()).isEqualTo(303);
    return browser;
  }

  @Test
  void a_post_without_the_token_is_refused_and_changes_nothing() {
    WebClient browser = signedIn();
    HttpResponse<String> response = browser.post(StaffRoutes.LOGOUT, Map.of());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("This form has expired");
    assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
  }

  @Test
  void a_post_with_the_sessions_token_goes_through() {
    WebClient browser = signedIn();
    String token = WebClient.csrf(browser.get("/admin"));
    assertThat(browser.post(StaffRoutes.LOGOUT, Map.of("_csrf", token)).statusCode())
        .isEqualTo(303);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
  }

  @Test
  void the_token_may_come_in_a_header_instead() {
    WebClient browser = signedIn();
    String token = WebClient.csrf(browser.get("/admin"));
    assertThat(
            browser
                .post(StaffRoutes.LOGOUT, Map.of(), Map.of(CsrfGuard.HEADER, token))
                .statusCode())
        .isEqualTo(303);
  }

  @Test
  void another_sessions_token_is_refused() {
    WebClient mallory = signedIn();
    String hers = WebClient.csrf(mallory.get("/admin"));
    WebClient victim = signedIn();
    assertThat(victim.post(StaffRoutes.LOGOUT, Map.of("_csrf", hers)).statusCode()).isEqualTo(403);
    assertThat(victim.get("/admin").statusCode()).isEqualTo(200);
  }

  @Test
  void every_state_changing_method_under_admin_is_checked_even_without_a_route() {
    WebClient browser = signedIn();
    HttpResponse<String> response = browser.post("/admin/requests/1/close", Map.of());
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void a_post_without_a_session_is_refused_rather_than_redirected() {
    HttpResponse<String> response =
        server.client().post(StaffRoutes.LOGOUT, Map.of("_csrf", "anything"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(response.body()).select("h1").text())
        .isEqualTo("Your session has ended");
  }

  @Test
  void the_sign_in_form_needs_its_cookie_and_field_to_match() {
    WebClient noCookie = server.client();
    HttpResponse<String> forged =
        noCookie.post(
            StaffRoutes.LOGIN,
            Map.of("_csrf", "x".repeat(43), "username", "alice", "password", TestStaff.PASSWORD));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(noCookie.cookie("rightful_session")).isNull();

    WebClient browser = server.client();
    String token = WebClient.csrf(browser.get(StaffRoutes.LOGIN));
    assertThat(browser.cookie(CsrfGuard.LOGIN_COOKIE)).isNotNull();
    HttpResponse<String> mismatched =
        browser.post(
            StaffRoutes.LOGIN,
            Map.of("_csrf", "y".repeat(43), "username", "alice", "password", TestStaff.PASSWORD));
    assertThat(mismatched.statusCode()).isEqualTo(403);

    WebClient other = server.client();
    other.get(StaffRoutes.LOGIN);
    HttpResponse<String> othersCookie =
        other.post(
            StaffRoutes.LOGIN,
            Map.of("_csrf", token, "username", "alice", "password", TestStaff.PASSWORD));
    assertThat(othersCookie.statusCode()).isEqualTo(403);
    assertThat(other.cookie("rightful_session")).isNull();
  }

  @Test
  void a_planted_sign_in_cookie_paired_with_its_own_value_is_refused() {
    WebClient browser = server.client();
    browser.setCookie(CsrfGuard.LOGIN_COOKIE, "x".repeat(43));
    HttpResponse<String> planted =
        browser.post(
            StaffRoutes.LOGIN,
            Map.of("_csrf", "x".repeat(43), "username", "alice", "password", TestStaff.PASSWORD));
    assertThat(planted.statusCode()).isEqualTo(403);
    assertThat(browser.cookie("rightful_session")).isNull();
  }

  @Test
  void a_sign_in_pair_from_another_browser_planted_by_a_sibling_site_is_refused() {
    // Mallory takes a real cookie and token from her own browser, then a page on a sibling
    // subdomain plants the cookie in the victim's browser and posts the form with her token: the
    // signature matches, but the browser says the form did not come from our own page.
    WebClient mallory = server.client();
    String token = WebClient.csrf(mallory.get(StaffRoutes.LOGIN));
    String nonce = mallory.cookie(CsrfGuard.LOGIN_COOKIE);

    WebClient victim = server.client();
    victim.setCookie(CsrfGuard.LOGIN_COOKIE, nonce);
    HttpResponse<String> planted =
        victim.post(
            StaffRoutes.LOGIN,
            Map.of("_csrf", token, "username", "alice", "password", TestStaff.PASSWORD),
            Map.of("Sec-Fetch-Site", "same-site", "Origin", "https://blog.example.com"));
    assertThat(planted.statusCode()).isEqualTo(403);
    assertThat(victim.cookie("rightful_session")).isNull();
  }

  @Test
  void a_link_from_another_site_still_shows_the_sign_in_form() {
    WebClient browser = server.client();
    HttpResponse<String> page =
        browser.send(browser.request(StaffRoutes.LOGIN).header("Sec-Fetch-Site", "cross-site"));
    assertThat(page.statusCode()).isEqualTo(200);
  }

  @Test
  void the_sign_in_form_posted_from_our_own_page_passes_with_the_browsers_fetch_metadata() {
    WebClient browser = server.client();
    String token = WebClient.csrf(browser.get(StaffRoutes.LOGIN));
    HttpResponse<String> response =
        browser.post(
            StaffRoutes.LOGIN,
            Map.of("_csrf", token, "username", "alice", "password", TestStaff.PASSWORD),
            Map.of("Sec-Fetch-Site", "same-origin"));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(browser.cookie("rightful_session")).isNotNull();
  }
}
