package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.TestServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notices at collection as the example company's server serves them: at stable addresses, as a
 * page, JSON and plain text, listed from the full notice and carried by the cookie banner.
 */
class CollectionNoticeEndpointsTest {
  static TestServer server;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void each_point_has_a_page_with_the_notices_strict_policy() {
    var response = server.get("/notice/collection/web-signup");
    assertThat(response.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("Notice at collection: Sign-up and order form");
    assertThat(page.select("main li").eachText())
        .contains(
            "Category G: Geolocation data. Approximate location extracted from IP address,"
                + " and address (where provided by you).");
    assertThat(page.select("a[href=/privacy/do-not-sell]")).hasSize(1);
    assertThat(page.select("a[href=/privacy/notice]")).hasSize(1);
    assertThat(page.select("script")).isEmpty();
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("style-src 'sha256-").doesNotContain("unsafe-inline"));
  }

  @Test
  void the_json_form_is_the_notice_as_data() throws Exception {
    var response = server.get("/notice/collection/job-application.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode notice = json.readTree(response.body());
    assertThat(notice.get("kind").asText()).isEqualTo("job-application");
    assertThat(notice.get("categories").findValuesAsText("id")).containsExactly("A", "B", "I");
    assertThat(notice.get("path").asText()).isEqualTo("/notice/collection/job-application");
  }

  @Test
  void the_call_lines_text_form_is_the_script_read_to_callers() {
    var response = server.get("/notice/collection/support-calls.txt");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(response.body())
        .startsWith("Before we continue: this call may be recorded")
        .contains("We sell or share some of it for advertising")
        .doesNotContain("We do not sell or share");
    // The page shows the same script to the agents who read it.
    assertThat(Jsoup.parse(server.get("/notice/collection/support-calls").body()).text())
        .contains("Script read to callers", "Before we continue: this call may be recorded");
  }

  @Test
  void an_unknown_point_or_format_is_not_found() {
    assertThat(server.get("/notice/collection/newsletter").statusCode()).isEqualTo(404);
    assertThat(server.get("/notice/collection/web-signup.pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void the_full_notice_lists_every_point_and_says_service_providers_are_bound_by_contract() {
    var page = Jsoup.parse(server.get("/privacy/notice").body());
    assertThat(page.select("a[href^=/notice/collection/]").eachAttr("href"))
        .containsExactly(
            "/notice/collection/web-signup",
            "/notice/collection/support-calls",
            "/notice/collection/job-application",
            "/notice/collection/cookie-banner");
    assertThat(page.text()).contains("Service providers and contractors may use it only");
  }

  @Test
  void the_cookie_banners_first_layer_carries_its_notice_at_collection() throws Exception {
    JsonNode me = json.readTree(server.get("/api/v1/consent/me").body());
    assertThat(me.get("banner").asBoolean()).isTrue();
    assertThat(me.at("/collection/line").asText())
        .startsWith("Through cookies on this site we collect identifiers")
        .endsWith("(a sale or share).");
    assertThat(me.at("/collection/url").asText()).endsWith("/notice/collection/cookie-banner");
  }
}
