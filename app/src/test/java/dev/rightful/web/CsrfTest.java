package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.SameSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsrfTest {
  static final Instant NOW = Instant.parse("2026-11-29T17:00:00Z");
  static final byte[] SECRET = filled(1);
  static final byte[] OLD_SECRET = filled(2);
  static final String NONCE = "n".repeat(43);

  static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  static Csrf at(Instant instant, byte[]... secrets) {
    return new Csrf("center-form", List.of(secrets), Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void a_token_checks_with_the_value_it_was_issued_for_and_no_other() {
    Csrf csrf = at(NOW, SECRET);
    String token = csrf.token(NONCE);
    assertThat(csrf.isValid(NONCE, token)).isTrue();
    assertThat(csrf.isValid("m".repeat(43), token)).isFalse();
    assertThat(csrf.isValid(null, token)).isFalse();
    assertThat(csrf.isValid(NONCE, null)).isFalse();
  }

  @Test
  void a_token_signed_with_another_secret_or_altered_fails() {
    String token = at(NOW, OLD_SECRET).token(NONCE);
    assertThat(at(NOW, SECRET).isValid(NONCE, token)).isFalse();
    String good = at(NOW, SECRET).token(NONCE);
    String laterIssue = (NOW.getEpochSecond() + 1) + good.substring(good.indexOf('.'));
    assertThat(at(NOW, SECRET).isValid(NONCE, laterIssue)).isFalse();
    for (String garbage : new String[] {"", ".", "x.y", "123", "-5.abc", good + "x"}) {
      assertThat(at(NOW, SECRET).isValid(NONCE, garbage)).isFalse();
    }
  }

  @Test
  void a_token_of_one_surface_fails_on_another() {
    String token = at(NOW, SECRET).token(NONCE);
    Csrf console = new Csrf("staff-form", List.of(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(console.isValid(NONCE, token)).isFalse();
  }

  @Test
  void a_token_expires_after_its_lifetime_and_one_from_the_future_is_refused() {
    String token = at(NOW, SECRET).token(NONCE);
    assertThat(at(NOW.plus(Csrf.LIFETIME), SECRET).isValid(NONCE, token)).isTrue();
    assertThat(at(NOW.plus(Csrf.LIFETIME).plusSeconds(1), SECRET).isValid(NONCE, token)).isFalse();
    assertThat(at(NOW.minus(Duration.ofMinutes(5)), SECRET).isValid(NONCE, token)).isFalse();
  }

  @Test
  void after_a_key_rotation_a_form_shown_before_it_still_sends() {
    String before = at(NOW, OLD_SECRET).token(NONCE);
    Csrf rotated = at(NOW, SECRET, OLD_SECRET);
    assertThat(rotated.isValid(NONCE, before)).isTrue();
    assertThat(at(NOW, SECRET).isValid(NONCE, rotated.token(NONCE))).isTrue();
  }

  @Test
  void a_token_bound_to_nothing_is_refused() {
    Csrf csrf = at(NOW, SECRET);
    assertThat(csrf.isValid("", csrf.token(""))).isFalse();
  }

  @Test
  void over_http_a_post_needs_the_token_for_its_own_cookie_and_a_planted_nonce_is_replaced()
      throws Exception {
    Csrf csrf = new Csrf("test-form", List.of(SECRET), Clock.systemUTC());
    CsrfCookie cookie = new CsrfCookie("test_csrf", "/form", SameSite.STRICT, false);
    Javalin app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/form", ctx -> ctx.result(csrf.token(cookie.getOrIssue(ctx))));
                  config.routes.post(
                      "/form", ctx -> ctx.status(csrf.passes(ctx, cookie.find(ctx)) ? 200 : 403));
                })
            .start("127.0.0.1", 0);
    HttpClient http = HttpClient.newHttpClient();
    try {
      String url = "http://127.0.0.1:" + app.port() + "/form";
      HttpResponse<String> shown =
          http.send(HttpRequest.newBuilder(URI.create(url)).build(), ofString());
      String nonce = nonce(shown);
      String token = shown.body();
      assertThat(post(http, url, nonce, "_csrf=" + token).statusCode()).isEqualTo(200);
      assertThat(post(http, url, nonce, "_csrf=forged").statusCode()).isEqualTo(403);
      assertThat(post(http, url, nonce, "").statusCode()).isEqualTo(403);
      assertThat(post(http, url, "m".repeat(43), "_csrf=" + token).statusCode()).isEqualTo(403);

      HttpResponse<String> planted =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).header("Cookie", "test_csrf=short").build(),
              ofString());
      assertThat(nonce(planted)).matches("[A-Za-z0-9_-]{43}");
      assertThat(post(http, url, "short", "_csrf=" + csrf.token("short")).statusCode())
          .isEqualTo(403);
    } finally {
      app.stop();
    }
  }

  static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  static String nonce(HttpResponse<String> response) {
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("Path=/form")
        .containsIgnoringCase("SameSite=Strict");
    return setCookie.substring("test_csrf=".length(), setCookie.indexOf(';'));
  }

  static HttpResponse<String> post(HttpClient http, String url, String nonce, String form)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", "test_csrf=" + nonce)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        ofString());
  }
}
