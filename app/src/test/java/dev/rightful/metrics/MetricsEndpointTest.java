package dev.rightful.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.law.RequestType;
import dev.rightful.staff.IssuedToken;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.testing.AuditChainCheck;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.PrometheusText;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 4: {@code GET /metrics} on the real server and PostgreSQL. Only a service token
 * with {@code metrics:read} scrapes; what it reads matches SQL run on Rightful's store
 * independently; the Grafana dashboard in docs/ names only what the endpoint exposes.
 */
@ExtendWith(AuditChainCheck.class)
class MetricsEndpointTest implements AuditChainCheck.Audited {
  static final ObjectMapper JSON = new ObjectMapper();
  // the date TestServer.CLOCK shows in the business's zone
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static TestServer server;
  static WebClient web;
  static IssuedToken scraper;
  static IssuedToken ads;
  static IssuedToken admin;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(Repo.exampleMap(), Postgres.freshSchema("metrics"), Postgres.USER, "");
    web = WebClient.of(server);
    var tokens = server.app().services().staff().tokens();
    scraper =
        tokens.issue(
            Role.SERVICE, Set.of(Scope.METRICS_READ), "prometheus", Duration.ofDays(1), "test");
    ads = tokens.issue(Role.SERVICE, "ad-server", Duration.ofDays(1), "test");
    admin = tokens.issue(Role.ADMIN, "ops", Duration.ofDays(1), "test");
    String late = submit(RequestType.DELETE, "late@example.com");
    String soon = submit(RequestType.DELETE, "soon@example.com");
    submit(RequestType.CORRECT, "later@example.com");
    String closed = submit(RequestType.DELETE, "closed@example.com");
    // One request past due, one due in three days, and a closed one past due that is not late.
    jdbi()
        .useHandle(
            h -> {
              setDue(h, late, TODAY.minusDays(2));
              setDue(h, soon, TODAY.plusDays(3));
              setDue(h, closed, TODAY.minusDays(10));
              h.execute("UPDATE rights_request SET status = 'denied' WHERE id = ?", closed);
            });
  }

  private static String submit(RequestType type, String email) {
    return server
        .app()
        .services()
        .requests()
        .submit(Submissions.api(type, email, "Metric Person", null), "consumer")
        .request()
        .id();
  }

  private static void setDue(org.jdbi.v3.core.Handle h, String id, LocalDate due) {
    h.createUpdate("UPDATE rights_request SET due_by = :due WHERE id = :id")
        .bind("due", due)
        .bind("id", id)
        .execute();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  public List<TestServer> auditedServers() {
    return List.of(server);
  }

  static Jdbi jdbi() {
    return server.app().services().database().jdbi();
  }

  @Test
  void without_a_valid_token_a_scrape_is_401() throws Exception {
    for (String authorization :
        new String[] {null, "Bearer rf_nosuchtoken", "Basic dXNlcjpwYXNz"}) {
      HttpResponse<String> response = web.bearer("/metrics", authorization);
      assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
      assertThat(response.body()).doesNotContain("rightful_requests");
    }
  }

  @Test
  void a_valid_token_without_metrics_read_is_403_naming_the_scope() throws Exception {
    for (IssuedToken token : List.of(ads, admin)) {
      HttpResponse<String> response = web.bearer("/metrics", "Bearer " + token.secret());
      assertThat(response.statusCode()).as(token.token().name()).isEqualTo(403);
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("detail").asText()).contains("metrics:read");
      assertThat(problem.get("field").asText()).isEqualTo("Authorization");
      assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("insufficient_scope", "metrics:read");
    }
  }

  @Test
  void the_metrics_token_opens_nothing_else() throws Exception {
    HttpResponse<String> decision =
        web.bearer(
            "/api/v1/consent/decision?subject=account:metrics-2&purpose=sale",
            "Bearer " + scraper.secret());
    assertThat(decision.statusCode()).isEqualTo(403);
    assertThat(web.bearer("/api/v1/requests", "Bearer " + scraper.secret()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void the_scrape_counts_what_the_store_holds() throws Exception {
    HttpResponse<String> decision =
        web.bearer(
            "/api/v1/consent/decision?subject=account:metrics-1&purpose=sale",
            "Bearer " + ads.secret());
    assertThat(decision.statusCode()).isEqualTo(200);

    PrometheusText scrape = scrape();

    List<Map<String, Object>> byTypeAndStatus =
        jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT type, status, COUNT(*) AS n FROM rights_request"
                                + " GROUP BY type, status")
                        .mapToMap()
                        .list());
    assertThat(byTypeAndStatus).hasSizeGreaterThanOrEqualTo(3);
    double total = 0;
    for (Map<String, Object> row : byTypeAndStatus) {
      assertThat(
              scrape.value(
                  "rightful_requests",
                  "type",
                  (String) row.get("type"),
                  "status",
                  (String) row.get("status")))
          .as(row.toString())
          .isEqualTo(((Number) row.get("n")).doubleValue());
      total += ((Number) row.get("n")).doubleValue();
    }
    assertThat(
            scrape.samples().stream()
                .filter(s -> s.name().equals("rightful_requests"))
                .mapToDouble(PrometheusText.Sample::value)
                .sum())
        .isEqualTo(total);

    long overdue =
        count(
            "SELECT COUNT(*) FROM rights_request WHERE status IN ('received', 'verified')"
                + " AND COALESCE(extended_due_by, due_by) < :today");
    long dueSoon =
        count(
            "SELECT COUNT(*) FROM rights_request WHERE status IN ('received', 'verified')"
                + " AND COALESCE(extended_due_by, due_by) BETWEEN :today AND :today + 7");
    assertThat(overdue).isEqualTo(1);
    assertThat(dueSoon).isEqualTo(1);
    assertThat(scrape.value("rightful_requests_overdue")).isEqualTo(overdue);
    assertThat(scrape.value("rightful_requests_due_soon")).isEqualTo(dueSoon);

    for (Map<String, Object> row :
        jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
                        .mapToMap()
                        .list())) {
      assertThat(scrape.value("rightful_mail_outbox", "status", (String) row.get("status")))
          .isEqualTo(((Number) row.get("n")).doubleValue());
    }
    assertThat(
            scrape.samples().stream()
                .filter(s -> s.name().equals("rightful_mail_outbox"))
                .mapToDouble(PrometheusText.Sample::value)
                .sum())
        .isEqualTo(count("SELECT COUNT(*) FROM mail_outbox"))
        .isPositive();
    assertThat(scrape.value("rightful_vendor_notices_overdue"))
        .isEqualTo(
            count(
                "SELECT COUNT(*) FROM fulfil_notification WHERE status <> 'acknowledged'"
                    + " AND due_on < :today"));

    assertThat(scrape.value("rightful_consent_decisions_total", "allowed", "true")).isEqualTo(1);
    assertThat(scrape.value("rightful_consent_decision_calls_seconds_count", "call", "one"))
        .isEqualTo(1);
    assertThat(
            scrape.value(
                "rightful_http_requests_seconds_count",
                "route",
                "/api/v1/consent/decision",
                "status",
                "200"))
        .isEqualTo(1);
    assertThat(scrape.value("rightful_retention_sweep_running")).isZero();
    assertThat(
            scrape.value(
                "rightful_fulfil_steps_seconds_count",
                "kind",
                "delete",
                "system",
                "database",
                "result",
                "done"))
        .isZero();
  }

  @Test
  void the_grafana_dashboard_names_only_metrics_the_endpoint_exposes() throws Exception {
    Set<String> exposed = scrape().names();
    JsonNode dashboard =
        JSON.readTree(Files.readString(Repo.root().resolve("docs/grafana-dashboard.json")));
    List<String> expressions = new ArrayList<>();
    dashboard.findValues("expr").forEach(e -> expressions.add(e.asText()));
    dashboard.findValues("query").stream()
        .filter(JsonNode::isTextual)
        .forEach(e -> expressions.add(e.asText()));
    assertThat(expressions).hasSizeGreaterThanOrEqualTo(8);

    Pattern metric = Pattern.compile("\\b((?:rightful|jvm|process|system)_[a-z0-9_]+)");
    Set<String> named = new TreeSet<>();
    for (String expression : expressions) {
      Matcher m = metric.matcher(expression);
      while (m.find()) {
        named.add(m.group(1));
      }
    }
    assertThat(named).hasSizeGreaterThanOrEqualTo(8);
    assertThat(exposed).containsAll(named);
  }

  @Test
  void docs_describe_every_rightful_metric_the_endpoint_exposes() throws Exception {
    String docs = Files.readString(Repo.root().resolve("docs/metrics.md"));
    Set<String> families = new TreeSet<>();
    for (String name : scrape().names()) {
      if (name.startsWith("rightful_")) {
        families.add(name.replaceAll("_(bucket|count|sum|max)$", ""));
      }
    }
    assertThat(families).hasSizeGreaterThanOrEqualTo(10);
    for (String family : families) {
      assertThat(docs).as(family).contains("`" + family);
    }
  }

  private static PrometheusText scrape() {
    HttpResponse<String> response = web.bearer("/metrics", "Bearer " + scraper.secret());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain");
    return PrometheusText.parse(response.body());
  }

  private static long count(String sql) {
    return jdbi()
        .withHandle(
            h -> {
              var query = h.createQuery(sql);
              if (sql.contains(":today")) {
                query.bind("today", TODAY);
              }
              return query.mapTo(Long.class).one();
            });
  }
}
