package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.Services;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The §7102 metrics (rule 45) on the console page and the staff API, for admins and auditors only,
 * over the requests of a running app (clock fixed at 2026-11-29 in Los Angeles).
 */
class MetricsRoutesTest {
  static TestServer server;
  static ConsoleClient admin;
  static ConsoleClient agent;
  static String auditorToken;
  static String agentToken;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = TestServer.start();
    Services services = server.app().services();
    services.staff().users().create("ada", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    admin = ConsoleClient.signIn(server, "ada");
    agent = ConsoleClient.signIn(server, "alice");
    var tokens = services.staff().tokens();
    auditorToken = tokens.issue(Role.AUDITOR, "metrics", Duration.ofDays(1), "test").secret();
    agentToken = tokens.issue(Role.AGENT, "agent", Duration.ofDays(1), "test").secret();

    // Received 2026-10-01; denied today, 59 days later.
    RightsRequest late =
        ConsoleRequests.receivedAt(
            services, "2026-10-01T16:00:00Z", RequestType.DELETE, "m1@example.com", "Em One");
    services.requests().deny(late.id(), DenialBasis.UNVERIFIED, "Not verified.", "system");
    // Received and completed today: 0 days.
    RightsRequest optOut =
        ConsoleRequests.today(services, RequestType.OPT_OUT, "m2@example.com", null);
    services.requests().complete(optOut.id(), ResponseNature.COMPLIED, null, "staff:ada");
    // Received in October, verified and completed today: 43 days.
    RightsRequest know =
        ConsoleRequests.receivedAt(
            services,
            "2026-10-17T16:00:00Z",
            RequestType.KNOW_CATEGORIES,
            "m3@example.com",
            "Em Three");
    services
        .requests()
        .recordVerification(
            know.id(), new dev.rightful.requests.RequestService.Verification(2, false, "x"), "t");
    services.requests().complete(know.id(), ResponseNature.COMPLIED, null, "staff:ada");
    // Still open.
    ConsoleRequests.today(services, RequestType.KNOW_SPECIFIC, "m4@example.com", "Em Four");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_page_shows_each_kind_with_its_counts_and_days_and_links_the_csv() {
    Document page = admin.page("/admin/metrics?year=2026");
    assertThat(page.select("h1").eachText()).containsExactly("Request metrics for 2026");
    assertThat(page.select("#metrics tbody tr").eachAttr("data-kind"))
        .containsExactly(
            "know",
            "delete",
            "correct",
            "opt-out",
            "limit-sensitive",
            "opt-out-admt",
            "access-admt");
    assertThat(page.selectFirst("tr[data-kind=know]").select("td").eachText())
        .containsExactly("2", "1", "0", "43.0", "43.0");
    assertThat(page.selectFirst("tr[data-kind=delete]").select("td").eachText())
        .containsExactly("1", "0", "1", "59.0", "59.0");
    assertThat(page.selectFirst("tr[data-kind=opt-out]").select("td").eachText())
        .containsExactly("1", "1", "0", "0.0", "0.0");
    assertThat(page.selectFirst("tr[data-kind=correct]").select("td").eachText())
        .containsExactly("0", "0", "0", "–", "–");
    assertThat(page.selectFirst("a[href^=/admin/metrics.csv]").attr("href"))
        .isEqualTo("/admin/metrics.csv?year=2026");

    HttpResponse<String> csv = admin.get("/admin/metrics.csv?year=2026");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"metrics-2026.csv\"");
    assertThat(csv.body()).contains("2026,know,2,1,0,43.0,43.0\n", "2026,delete,1,0,1,59.0,59.0\n");
  }

  @Test
  void without_a_year_the_page_shows_the_previous_calendar_year_and_a_bad_year_is_an_error() {
    Document page = admin.page("/admin/metrics");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Request metrics for 2025");
    assertThat(page.selectFirst("tr[data-kind=know]").select("td").first().text()).isEqualTo("0");

    for (String year : new String[] {"2019", "2027", "20x6"}) {
      HttpResponse<String> bad = admin.get("/admin/metrics?year=" + year);
      assertThat(bad.statusCode()).as(year).isEqualTo(400);
      assertThat(Jsoup.parse(bad.body()).selectFirst("#year-error[role=alert]").text())
          .isEqualTo("must be a year from 2020 to 2026");
    }
  }

  @Test
  void an_agent_may_not_read_the_metrics_in_the_console() {
    assertThat(agent.get("/admin/metrics?year=2026").statusCode()).isEqualTo(403);
    assertThat(agent.get("/admin/metrics.csv?year=2026").statusCode()).isEqualTo(403);
  }

  @Test
  void the_api_answers_json_rows_and_csv_to_an_auditor_token() throws Exception {
    HttpResponse<String> response = api("/api/v1/metrics?year=2026", auditorToken);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(response.body());
    assertThat(report.get("year").asInt()).isEqualTo(2026);
    assertThat(report.get("rows")).hasSize(7); // the five of 7102(a)(1), then the two ADMT kinds
    JsonNode know = report.get("rows").get(0);
    assertThat(know.get("kind").asText()).isEqualTo("know");
    assertThat(know.get("received").asInt()).isEqualTo(2);
    assertThat(know.get("compliedInWholeOrPart").asInt()).isEqualTo(1);
    assertThat(know.get("denied").asInt()).isEqualTo(0);
    assertThat(know.get("medianDaysToRespond").asDouble()).isEqualTo(43.0);
    assertThat(know.get("meanDaysToRespond").asDouble()).isEqualTo(43.0);
    assertThat(report.get("rows").get(2).get("medianDaysToRespond").isNull()).isTrue();

    HttpResponse<String> csv = api("/api/v1/metrics.csv?year=2026", auditorToken);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body())
        .startsWith("year,kind,received,complied_in_whole_or_part,denied,")
        .contains("2026,opt-out,1,1,0,0.0,0.0\n");
  }

  @Test
  void the_api_needs_an_admin_or_auditor_token_and_a_year_it_can_report() throws Exception {
    assertThat(api("/api/v1/metrics?year=2026", null).statusCode()).isEqualTo(401);
    assertThat(api("/api/v1/metrics.csv?year=2026", null).statusCode()).isEqualTo(401);
    assertThat(api("/api/v1/metrics?year=2026", agentToken).statusCode()).isEqualTo(403);
    HttpResponse<String> bad = api("/api/v1/metrics?year=1999", auditorToken);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("field").asText()).isEqualTo("year");
    assertThat(json.readTree(api("/api/v1/metrics", auditorToken).body()).get("year").asInt())
        .isEqualTo(2025);
  }

  private static HttpResponse<String> api(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return server.send(request.build());
  }
}
