package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.TestServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NoticeEndpointsTest {
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
  void the_json_notice_has_the_fields_clients_rely_on() throws Exception {
    var response = server.get("/api/v1/notice");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode notice = json.readTree(response.body());
    assertThat(notice.get("lastUpdated").asText()).isEqualTo("2026-06-01");
    assertThat(notice.get("categories")).hasSize(12);
    assertThat(notice.get("categories").get(0).get("id").asText()).isEqualTo("A");
    assertThat(notice.get("disclosures")).hasSize(8);
    assertThat(notice.get("soldOrShared")).hasSize(1);
    for (String field : new String[] {"sources", "purposes", "retention", "rights", "contact"}) {
      assertThat(notice.has(field)).as(field).isTrue();
    }
  }

  @Test
  void the_html_notice_is_a_page_with_its_tables_and_its_own_strict_policy() {
    var response = server.get("/privacy/notice");
    assertThat(response.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(response.body());
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("table caption")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(page.select("script")).isEmpty();
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("style-src 'sha256-").doesNotContain("unsafe-inline"));
  }

  @Test
  void the_served_notice_sends_consumers_to_the_privacy_center_this_server_serves() {
    // TestServer, like start-dev, has no public URL: the links are paths on this server.
    var page = Jsoup.parse(server.get("/privacy/notice").body());
    assertThat(page.select("a[href]").eachAttr("href"))
        .contains("/privacy/requests", "/privacy/do-not-sell")
        .noneMatch(href -> href.startsWith("https://www.idt.net"));
    assertThat(server.get("/privacy/requests").statusCode()).isEqualTo(200);
  }

  @Test
  void the_markdown_notice_is_served_as_markdown() {
    var response = server.get("/privacy/notice.md");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
    assertThat(response.body()).contains("Net2Phone Global Services, LLC", "| ");
  }

  @Test
  void the_published_notice_is_recorded_once_in_the_history() throws Exception {
    JsonNode history = json.readTree(server.get("/api/v1/notice/history").body());
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("lastUpdated").asText()).isEqualTo("2026-06-01");
    assertThat(history.get(0).get("digest").asText()).hasSize(64);
  }

  @Test
  void the_root_sends_visitors_to_the_notice() {
    var response = server.get("/");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue("/privacy/notice");
  }
}
