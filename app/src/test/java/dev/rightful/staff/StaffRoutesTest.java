package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffRoutesTest {
  ConsoleServer server;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(false);
    server.staff.user("alice", Role.AGENT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void the_console_redirects_to_sign_in_without_a_session() {
    HttpResponse<String> response = server.client().get("/admin");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/admin/login");
  }

  @Test
  void the_sign_in_page_has_one_heading_labelled_fields_and_no_error_state() {
    Document page = Jsoup.parse(server.client().get(StaffRoutes.LOGIN).body());
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    for (String field : new String[] {"username", "password"}) {
      assertThat(page.select("label[for=" + field + "]")).hasSize(1);
      assertThat(page.getElementById(field).hasAttr("aria-invalid")).isFalse();
      assertThat(page.getElementById(field).hasAttr("aria-describedby")).isFalse();
    }
    assertThat(page.select("[role=alert]")).isEmpty();
    assertThat(page.selectFirst("form").attr("method")).isEqualTo("post");
  }

  @Test
  void signing_in_sets_a_strict_http_only_session_cookie_and_shows_name_and_role() {
    WebClient browser = server.client();
    HttpResponse<String> response = browser.login("Alice", TestStaff.PASSWORD);
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/admin");
    String cookie = sessionCookieHeader(response);
    assertThat(cookie)
        .startsWith("rightful_session=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/admin")
        .doesNotContain("Secure");

    Document home = Jsoup.parse(browser.get("/admin").body());
    assertThat(home.select("h1")).hasSize(1);
    assertThat(home.getElementById("staff-username").text()).isEqualTo("alice");
    assertThat(home.getElementById("staff-role").text()).isEqualTo("agent");
    assertThat(server.staff.audit().kinds()).endsWith(StaffEvent.Kind.LOGIN_SUCCEEDED);
  }

  @Test
  void the_session_cookie_is_secure_when_served_over_https() {
    try (ConsoleServer https = ConsoleServer.start(true)) {
      https.staff.user("alice", Role.AGENT);
      HttpResponse<String> response = https.client().login("alice", TestStaff.PASSWORD);
      assertThat(sessionCookieHeader(response)).contains("Secure");
    }
  }

  @Test
  void a_wrong_password_is_refused_with_an_announced_error_and_no_session() {
    WebClient browser = server.client();
    HttpResponse<String> response = browser.login("alice", "not the password");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(browser.cookie("rightful_session")).isNull();
    Document page = Jsoup.parse(response.body());
    assertThat(page.title()).startsWith("Error:");
    assertThat(page.selectFirst("[role=alert]").text()).isEqualTo("Wrong username or password.");
    assertThat(page.getElementById("username").attr("value")).isEqualTo("alice");
    assertThat(page.getElementById("password").attr("aria-describedby")).isEqualTo("login-error");
    assertThat(page.getElementById("password").attr("value")).isEmpty();
    assertThat(server.staff.audit().events())
        .last()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(StaffEvent.Kind.LOGIN_FAILED);
              assertThat(e.detail()).isEqualTo("wrong password");
            });
  }

  @Test
  void an_unknown_username_gets_the_same_answer_as_a_wrong_password() {
    HttpResponse<String> unknown = server.client().login("mallory", "not the password");
    HttpResponse<String> wrong = server.client().login("alice", "not the password");
    assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
    assertThat(Jsoup.parse(unknown.body()).selectFirst("[role=alert]").text())
        .isEqualTo(Jsoup.parse(wrong.body()).selectFirst("[role=alert]").text());
    assertThat(server.staff.audit().events().get(1).subject()).isNull();
  }

  @Test
  void five_failures_lock_the_username_even_against_the_right_password_for_fifteen_minutes() {
    WebClient browser = server.client();
    for (int i = 1; i <= 4; i++) {
      assertThat(browser.login("alice", "wrong password " + i).statusCode()).isEqualTo(422);
    }
    HttpResponse<String> fifth = browser.login("alice", "wrong password 5");
    assertThat(fifth.statusCode()).isEqualTo(429);
    assertThat(fifth.headers().firstValue("Retry-After")).hasValue("900");
    assertThat(Jsoup.parse(fifth.body()).selectFirst("[role=alert]").text())
        .isEqualTo("Too many failed sign-ins. Try again in 15 minutes.");

    assertThat(server.client().login("alice", TestStaff.PASSWORD).statusCode()).isEqualTo(429);
    server.staff.clock().advance(Duration.ofMinutes(15));
    assertThat(server.client().login("alice", TestStaff.PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void signing_out_ends_the_session_on_the_server() {
    WebClient browser = server.client();
    browser.login("alice", TestStaff.PASSWORD);
    String session = browser.cookie("rightful_session");
    HttpResponse<String> home = browser.get("/admin");

    HttpResponse<String> out =
        browser.post(StaffRoutes.LOGOUT, Map.of("_csrf", WebClient.csrf(home)));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).hasValue("/admin/login?signed-out");
    assertThat(browser.cookie("rightful_session")).isNull();

    WebClient replay = server.client();
    replay.setCookie("rightful_session", session);
    assertThat(replay.get("/admin").statusCode()).isEqualTo(303);
    assertThat(
            Jsoup.parse(browser.get("/admin/login?signed-out").body())
                .select("[role=status]")
                .text())
        .isEqualTo("You have signed out.");
    assertThat(server.staff.audit().kinds()).endsWith(StaffEvent.Kind.LOGGED_OUT);
  }

  @Test
  void signing_in_again_rotates_the_session_id_and_ends_the_old_one() {
    WebClient browser = server.client();
    browser.login("alice", TestStaff.PASSWORD);
    String before = browser.cookie("rightful_session");
    // A sign-in form still open from before (signed in, the form page redirects home).
    WebClient form = server.client();
    String token = WebClient.csrf(form.get(StaffRoutes.LOGIN));
    browser.setCookie("rightful_login_csrf", form.cookie("rightful_login_csrf"));
    browser.post(
        StaffRoutes.LOGIN,
        Map.of("_csrf", token, "username", "alice", "password", TestStaff.PASSWORD));
    String after = browser.cookie("rightful_session");
    assertThat(after).isNotNull().isNotEqualTo(before);

    WebClient old = server.client();
    old.setCookie("rightful_session", before);
    assertThat(old.get("/admin").statusCode()).isEqualTo(303);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
  }

  @Test
  void an_idle_session_sends_the_browser_back_to_sign_in() {
    WebClient browser = server.client();
    browser.login("alice", TestStaff.PASSWORD);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
    server.staff.clock().advance(Duration.ofMinutes(31));
    HttpResponse<String> response = browser.get("/admin");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(browser.cookie("rightful_session")).isNull();
  }

  @Test
  void the_sign_in_page_redirects_a_signed_in_user_to_the_console() {
    WebClient browser = server.client();
    browser.login("alice", TestStaff.PASSWORD);
    HttpResponse<String> response = browser.get(StaffRoutes.LOGIN);
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/admin");
  }

  @Test
  void console_pages_are_never_cached() {
    WebClient browser = server.client();
    browser.login("alice", TestStaff.PASSWORD);
    assertThat(browser.get("/admin").headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  private static String sessionCookieHeader(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("rightful_session="))
        .findFirst()
        .orElseThrow();
  }
}
