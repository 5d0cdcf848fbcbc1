package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.iab.gpp.encoder.GppModel;
import dev.rightful.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final TestClock CLOCK = TestClock.at("2026-03-02");
  @TempDir static Path dir;
  static ConsentTestServer server;

  @BeforeAll
  static void start() {
    server =
        new ConsentTestServer(
            TestMaps.sellsAndShares(dir, "http://127.0.0.1:9/hook"), CLOCK, Set.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  static String deviceCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(DeviceCookie.NAME + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow();
  }

  static String device(String cookie) {
    return cookie.substring(cookie.indexOf('=') + 1);
  }

  HttpResponse<String> decision(String subject, String purpose) {
    return server.send(
        server.service("/api/v1/consent/decision?subject=" + subject + "&purpose=" + purpose));
  }

  @Test
  void a_decision_needs_a_service_token() throws Exception {
    HttpResponse<String> response =
        server.send(server.request("/api/v1/consent/decision?subject=account:1&purpose=sale"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("field").asText()).isEqualTo("Authorization");
  }

  @Test
  void an_unknown_subject_may_be_sold_to_until_it_opts_out() {
    HttpResponse<String> response = decision("account:never-seen", "sale");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"allowed\":true,\"reason\":\"not-opted-out\"}");
  }

  @Test
  void a_malformed_subject_or_purpose_is_a_400_naming_the_field() throws Exception {
    assertThat(json(decision("phone:555", "sale")).get("field").asText()).isEqualTo("subject");
    assertThat(json(decision("account:1", "marketing")).get("field").asText()).isEqualTo("purpose");
  }

  @Test
  void the_me_endpoint_issues_a_first_party_device_cookie_and_shows_the_banner() throws Exception {
    HttpResponse<String> response = server.send(server.request("/api/v1/consent/me"));
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
    JsonNode me = json(response);
    assertThat(me.get("banner").asBoolean()).isTrue();
    assertThat(me.get("gpc").get("honored").asBoolean()).isFalse();
    assertThat(me.get("purposes").findValuesAsText("id"))
        .containsExactly("sale", "share", "sensitive");
    assertThat(me.get("purposes").get(0).get("recipients").get(0).get("vendors").toString())
        .contains("AdCo", "MailAds");
    assertThat(me.get("usPrivacy").asText()).isEqualTo("1YNN");
  }

  @Test
  void a_gpc_header_opts_the_browser_out_is_honored_and_stays_without_the_signal()
      throws Exception {
    HttpResponse<String> first =
        server.send(server.request("/api/v1/consent/me").header("Sec-GPC", "1"));
    JsonNode me = json(first);
    assertThat(me.get("gpc").get("honored").asBoolean()).isTrue();
    assertThat(me.get("gpc").get("message").asText()).isEqualTo("Opt-Out Request Honored");
    assertThat(me.get("banner").asBoolean()).isFalse();
    assertThat(me.get("purposes").get(0).get("locked").asBoolean()).isTrue();
    assertThat(new GppModel(me.get("gpp").asText()).getUsCaSection().getGpc()).isTrue();
    String cookie = deviceCookie(first);

    HttpResponse<String> later =
        server.send(server.request("/api/v1/consent/me").header("Cookie", cookie));
    JsonNode again = json(later);
    assertThat(again.get("purposes").get(0).get("allowed").asBoolean()).isFalse();
    assertThat(again.get("purposes").get(0).get("reason").asText()).isEqualTo("gpc-signal");
    assertThat(decision("device:" + device(cookie), "share").body()).contains("gpc-signal");
    JsonNode history =
        json(
            server.send(
                server.service("/api/v1/consent/history?subject=device:" + device(cookie))));
    assertThat(history.get("events").findValuesAsText("source")).containsOnly("gpc");
  }

  @Test
  void do_not_track_is_not_an_opt_out() throws Exception {
    JsonNode me = json(server.send(server.request("/api/v1/consent/me").header("DNT", "1")));
    assertThat(me.get("purposes").get(0).get("allowed").asBoolean()).isTrue();
  }

  @Test
  void choices_from_a_foreign_origin_are_refused_and_the_company_site_is_allowed() {
    HttpResponse<String> foreign =
        server.send(
            server
                .request("/api/v1/consent/me/choices")
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"choices\":{\"sale\":\"opt-in\"}}")));
    assertThat(foreign.statusCode()).isEqualTo(403);
    HttpResponse<String> preflight =
        server.send(
            server
                .request("/api/v1/consent/me/choices")
                .header("Origin", "https://www.example.com")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://www.example.com");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
  }

  @Test
  void only_allowed_pages_may_read_the_state_and_rightfuls_own_pages_may_write() {
    HttpResponse<String> allowed =
        server.send(
            server.request("/api/v1/consent/me").header("Origin", "https://www.example.com"));
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://www.example.com");
    assertThat(allowed.headers().firstValue("Vary")).hasValue("Origin");

    HttpResponse<String> foreign =
        server.send(server.request("/api/v1/consent/me").header("Origin", "https://evil.example"));
    assertThat(foreign.statusCode()).isEqualTo(200);
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(foreign.headers().firstValue("Vary")).hasValue("Origin");

    HttpResponse<String> foreignPreflight =
        server.send(
            server
                .request("/api/v1/consent/me/choices")
                .header("Origin", "https://evil.example")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(foreignPreflight.statusCode()).isEqualTo(403);
    assertThat(foreignPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

    HttpResponse<String> own =
        server.send(
            server
                .request("/api/v1/consent/me/choices")
                .header("Origin", server.url(""))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dismissed\":true}")));
    assertThat(own.statusCode()).isEqualTo(200);
  }

  HttpResponse<String> choose(String cookie, String body) {
    return server.send(
        server
            .request("/api/v1/consent/me/choices")
            .header("Cookie", cookie)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void an_opt_in_from_the_cookie_tool_takes_a_second_confirming_request() throws Exception {
    String cookie = deviceCookie(server.send(server.request("/api/v1/consent/me")));
    choose(cookie, "{\"choices\":{\"sale\":\"opt-out\",\"share\":\"opt-out\"}}");
    JsonNode asked = json(choose(cookie, "{\"choices\":{\"sale\":\"opt-in\"}}"));
    assertThat(asked.get("purposes").get(0).get("allowed").asBoolean()).isFalse();
    String token = asked.get("confirm").get("token").asText();
    assertThat(asked.get("mayAskToOptIn").asBoolean()).isFalse();

    JsonNode wrong =
        json(
            choose(
                cookie,
                "{\"choices\":{\"sale\":\"opt-in\",\"share\":\"opt-in\"},\"confirmation\":\""
                    + token
                    + "\"}"));
    assertThat(wrong.get("purposes").get(0).get("allowed").asBoolean()).isFalse();

    JsonNode confirmed =
        json(
            choose(
                cookie, "{\"choices\":{\"sale\":\"opt-in\"},\"confirmation\":\"" + token + "\"}"));
    assertThat(confirmed.get("purposes").get(0).get("allowed").asBoolean()).isTrue();
    assertThat(confirmed.get("purposes").get(0).get("reason").asText()).isEqualTo("opted-in");
    assertThat(confirmed.get("purposes").get(1).get("allowed").asBoolean()).isFalse();
  }

  @Test
  void the_javascript_signal_opts_out_and_refuses_an_opt_in_in_the_same_browser() throws Exception {
    String cookie = deviceCookie(server.send(server.request("/api/v1/consent/me")));
    JsonNode me =
        json(choose(cookie, "{\"gpc\":true,\"page\":\"https://www.example.com/a?email=x\"}"));
    assertThat(me.get("gpc").get("honored").asBoolean()).isTrue();
    JsonNode history =
        json(
            server.send(
                server.service("/api/v1/consent/history?subject=device:" + device(cookie))));
    assertThat(history.get("events").get(0).get("page").asText())
        .isEqualTo("https://www.example.com/a");
    assertThat(history.get("events").get(0).get("detail").asText())
        .isEqualTo("navigator.globalPrivacyControl");
    JsonNode refused = json(choose(cookie, "{\"gpc\":true,\"choices\":{\"sale\":\"opt-in\"}}"));
    assertThat(refused.get("refusal").asText()).contains("Global Privacy Control");
  }

  @Test
  void the_gpc_support_resource_is_served() throws Exception {
    HttpResponse<String> response = server.send(server.request("/.well-known/gpc.json"));
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(json(response).get("gpc").asBoolean()).isTrue();
    assertThat(json(response).get("lastUpdate").asText()).isEqualTo("2026-06-01");
  }

  static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Test
  void the_do_not_sell_form_works_without_javascript_or_account() throws Exception {
    HttpResponse<String> page = server.send(server.request("/privacy/do-not-sell"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(">Do Not Sell or Share My Personal Information</h1>");
    assertThat(page.body()).doesNotContain("Opt-Out Request Honored");
    String cookie = deviceCookie(page);
    Matcher token = TOKEN.matcher(page.body());
    assertThat(token.find()).isTrue();

    HttpResponse<String> forged = post("/privacy/do-not-sell", cookie, "_csrf=forged&email=");
    assertThat(forged.statusCode()).isEqualTo(400);

    HttpResponse<String> posted =
        post(
            "/privacy/do-not-sell",
            cookie,
            "_csrf=" + token.group(1) + "&email=Jane.Doe%40Example.com");
    assertThat(posted.statusCode()).isEqualTo(303);
    HttpResponse<String> after =
        server.send(server.request("/privacy/do-not-sell?submitted=1").header("Cookie", cookie));
    assertThat(after.body()).contains("Opt-Out Request Honored", "March 2, 2026", "March 23, 2026");
    assertThat(decision("email:jane.doe@example.com", "sale").body()).contains("opted-out");
    assertThat(decision("device:" + device(cookie), "share").body()).contains("opted-out");
  }

  HttpResponse<String> post(String path, String cookie, String form) {
    return server.send(
        server
            .request(path)
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  @Test
  void the_limit_form_limits_sensitive_use() throws Exception {
    HttpResponse<String> page = server.send(server.request("/privacy/limit"));
    // The map collects sensitive information and offers the limit form: the chrome links it.
    assertThat(page.body()).contains(" href=\"/privacy/limit\">");
    String cookie = deviceCookie(page);
    Matcher token = TOKEN.matcher(page.body());
    assertThat(token.find()).isTrue();
    assertThat(post("/privacy/limit", cookie, "_csrf=" + token.group(1)).statusCode())
        .isEqualTo(303);
    assertThat(decision("device:" + device(cookie), "sensitive").body()).contains("limited");
    assertThat(decision("device:" + device(cookie), "sale").body()).contains("not-opted-out");
  }

  @Test
  void a_privacy_center_page_sent_the_signal_says_opt_out_request_honored() {
    HttpResponse<String> page =
        server.send(server.request("/privacy/do-not-sell").header("Sec-GPC", "1"));
    assertThat(page.body()).contains("Opt-Out Request Honored", "Global Privacy Control signal");
  }

  @Test
  void the_cookie_tool_is_javascript_under_10_kb_gzipped() throws Exception {
    HttpResponse<String> script = server.send(server.request("/consent.js"));
    assertThat(script.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(script.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(zipped.size()).isLessThan(10 * 1024);
    assertThat(server.send(server.request("/consent/consent.css")).statusCode()).isEqualTo(200);
  }

  @Test
  void a_batch_of_decisions_answers_each_in_order() throws Exception {
    server.send(
        server
            .service("/api/v1/consent/choices")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"subject\":\"account:batch\",\"purposes\":[\"sale\"],\"choice\":\"opt-out\","
                        + "\"source\":\"rights-request\"}")));
    JsonNode answer =
        json(
            server.send(
                server
                    .service("/api/v1/consent/decisions")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"requests\":[{\"subject\":\"account:batch\",\"purpose\":\"sale\"},"
                                + "{\"subject\":\"account:batch\",\"purpose\":\"share\"}]}"))));
    assertThat(answer.get("decisions").findValuesAsText("reason"))
        .containsExactly("opted-out", "not-opted-out");
  }

  @Test
  void a_known_child_needs_a_recorded_parental_consent() throws Exception {
    server.send(
        server
            .service("/api/v1/consent/ages")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"account:kid\",\"age\":12}")));
    assertThat(decision("account:kid", "sale").body()).contains("child-no-parental-consent");
    HttpResponse<String> tooEarly =
        server.send(
            server
                .service("/api/v1/consent/choices")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\"account:kid\",\"purposes\":[\"sale\"],\"choice\":\"opt-in\","
                            + "\"source\":\"staff\",\"confirmed\":true}")));
    assertThat(tooEarly.statusCode()).isEqualTo(422);
    HttpResponse<String> parent =
        server.send(
            server
                .service("/api/v1/consent/parental-consents")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\"account:kid\",\"purposes\":[\"sale\",\"share\"],"
                            + "\"method\":\"government-id-check\",\"verifiedBy\":\"agent-3\"}")));
    assertThat(parent.statusCode()).isEqualTo(201);
    assertThat(decision("account:kid", "sale").body()).contains("minor-opted-in");
    JsonNode gpp = json(server.send(server.service("/api/v1/consent/gpp?subject=account:kid")));
    assertThat(
            new GppModel(gpp.get("gpp").asText())
                .getUsNatSection()
                .getKnownChildSensitiveDataConsents())
        .containsExactly(0, 2, 0);
  }

  @Test
  void propagation_tasks_are_listed_and_marked_done() throws Exception {
    server.send(
        server
            .service("/api/v1/consent/choices")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"subject\":\"account:prop\",\"purposes\":[\"share\"],\"choice\":\"opt-out\","
                        + "\"source\":\"staff\"}")));
    JsonNode tasks =
        json(server.send(server.service("/api/v1/consent/propagation?status=pending")));
    JsonNode task = tasks.get("tasks").get(0);
    assertThat(task.get("subject").asText()).isEqualTo("account:prop");
    assertThat(task.get("dueOn").asText()).isEqualTo("2026-03-23");
    HttpResponse<String> done =
        server.send(
            server
                .service("/api/v1/consent/propagation/" + task.get("id").asLong() + "/done")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(done.statusCode()).isEqualTo(204);
  }
}
