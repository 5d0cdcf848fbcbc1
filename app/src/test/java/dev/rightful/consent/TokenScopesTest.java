package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.staff.IssuedToken;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.testing.AuditChainCheck;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, item 2: what machine clients may do on the consent API, on the real server and
 * PostgreSQL. Ad systems hold {@code consent:decisions}; only {@code consent:write} records, and
 * not even it may turn a consumer's opt-out into an opt-in. Every token write is audited by token
 * id.
 */
@ExtendWith(AuditChainCheck.class)
class TokenScopesTest implements AuditChainCheck.Audited {
  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static IssuedToken ads;
  static IssuedToken writer;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            Repo.exampleMap(), Postgres.freshSchema("consent_scopes"), Postgres.USER, "");
    var tokens = server.app().services().staff().tokens();
    // issued as every service token was before scopes: decisions only
    ads = tokens.issue(Role.SERVICE, "ad-server", Duration.ofDays(1), "test");
    writer =
        tokens.issue(
            Role.SERVICE,
            Set.of(Scope.CONSENT_DECISIONS, Scope.CONSENT_WRITE),
            "crm",
            Duration.ofDays(1),
            "test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  public List<TestServer> auditedServers() {
    return List.of(server);
  }

  @Test
  void a_write_token_cannot_turn_a_gpc_opt_out_into_an_opt_in_and_nothing_changes()
      throws Exception {
    HttpResponse<String> browser =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/me")))
                .header("Sec-GPC", "1")
                .build());
    String subject = "device:" + ConsentApiTest.device(ConsentApiTest.deviceCookie(browser));
    JsonNode before = json(get("/api/v1/consent/history?subject=" + subject, writer));

    HttpResponse<String> attack =
        post(
            "/api/v1/consent/choices",
            "{'subject':'"
                + subject
                + "','purposes':['sale','share'],'choice':'opt-in','source':'staff',"
                + "'confirmed':true}",
            writer);

    assertThat(attack.statusCode()).isEqualTo(409);
    assertThat(attack.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(attack.body());
    assertThat(problem.get("field").asText()).isEqualTo("choice");
    assertThat(problem.get("detail").asText()).contains("opted out", "only the consumer");
    JsonNode after = json(get("/api/v1/consent/history?subject=" + subject, writer));
    assertThat(after.get("events")).isEqualTo(before.get("events"));
    assertThat(after.get("purposes")).isEqualTo(before.get("purposes"));
    assertThat(decision(subject, "sale").get("allowed").asBoolean()).isFalse();
    assertThat(decision(subject, "share").get("reason").asText()).isEqualTo("gpc-signal");
    // the attempt is on record, naming the token
    assertThat(consentEvents())
        .anySatisfy(
            e -> {
              assertThat(e.get("action")).isEqualTo("consent.opt-in-refused");
              assertThat(e.get("actor")).isEqualTo("staff:token:" + writer.token().id());
              assertThat((String) e.get("details")).contains("opt-out-stands");
            });
  }

  @Test
  void a_parental_consent_cannot_undo_an_opt_out_either() throws Exception {
    String subject = "account:scopes-kid";
    assertThat(
            post(
                    "/api/v1/consent/choices",
                    "{'subject':'"
                        + subject
                        + "','purposes':['sale'],'choice':'opt-out','source':'rights-request'}",
                    writer)
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> consent =
        post(
            "/api/v1/consent/parental-consents",
            "{'subject':'"
                + subject
                + "','purposes':['sale'],'method':'signed-consent-form','verifiedBy':'desk'}",
            writer);
    assertThat(consent.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(consent.body()).get("field").asText()).isEqualTo("purposes");
    assertThat(decision(subject, "sale").get("allowed").asBoolean()).isFalse();
  }

  @Test
  void a_decisions_token_cannot_write_or_read_the_ledger_and_nothing_is_recorded()
      throws Exception {
    String subject = "account:scopes-ads-write";
    List<HttpResponse<String>> refused =
        List.of(
            post(
                "/api/v1/consent/choices",
                "{'subject':'"
                    + subject
                    + "','purposes':['sale'],'choice':'opt-in','source':'staff','confirmed':true}",
                ads),
            post("/api/v1/consent/ages", "{'subject':'" + subject + "','age':40}", ads),
            post(
                "/api/v1/consent/parental-consents",
                "{'subject':'"
                    + subject
                    + "','purposes':['sale'],'method':'signed-consent-form','verifiedBy':'x'}",
                ads),
            post(
                "/api/v1/consent/links",
                "{'subjects':['" + subject + "','device:scopesdevice1']}",
                ads),
            get("/api/v1/consent/history?subject=" + subject, ads),
            get("/api/v1/consent/propagation", ads));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(403);
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("detail").asText()).contains("consent:write");
      assertThat(problem.get("field").asText()).isEqualTo("Authorization");
    }
    JsonNode history = json(get("/api/v1/consent/history?subject=" + subject, writer));
    assertThat(history.get("events")).isEmpty();
    assertThat(history.get("bornOn").isNull()).isTrue();
  }

  @Test
  void a_write_token_records_an_age_and_a_choice_and_the_audit_names_its_id() throws Exception {
    String subject = "account:scopes-writer";
    assertThat(post("/api/v1/consent/ages", "{'subject':'" + subject + "','age':40}", writer))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(204);
    HttpResponse<String> choice =
        post(
            "/api/v1/consent/choices",
            "{'subject':'" + subject + "','purposes':['sale'],'choice':'opt-out','source':'staff'}",
            writer);
    assertThat(choice.statusCode()).isEqualTo(201);
    assertThat(decision(subject, "sale").get("allowed").asBoolean()).isFalse();

    String actor = "staff:token:" + writer.token().id();
    List<Map<String, Object>> events = consentEvents();
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("action")).isEqualTo("consent.age-recorded");
              assertThat(e.get("actor")).isEqualTo(actor);
            })
        .anySatisfy(
            e -> {
              assertThat(e.get("action")).isEqualTo("consent.choice-recorded");
              assertThat(e.get("actor")).isEqualTo(actor);
              assertThat((String) e.get("details"))
                  .contains("\"choice\":\"opt-out\"", "\"purposes\":[\"sale\"]");
            });
    assertThat(events.toString())
        .doesNotContain(writer.secret())
        .doesNotContain(writer.secret().substring(4))
        .doesNotContain("scopes-writer");
  }

  @Test
  void an_ad_system_with_the_decisions_scope_still_reads_decisions_and_gpp() throws Exception {
    assertThat(decision("account:scopes-ads", "sale").get("allowed").asBoolean()).isTrue();
    HttpResponse<String> batch =
        post(
            "/api/v1/consent/decisions",
            "{'requests':[{'subject':'account:scopes-ads','purpose':'share'}]}",
            ads);
    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(batch.body()).get("decisions").get(0).get("allowed").asBoolean())
        .isTrue();
    HttpResponse<String> gpp = get("/api/v1/consent/gpp?subject=account:scopes-ads", ads);
    assertThat(gpp.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(gpp.body()).get("gpp").asText()).isNotBlank();
  }

  @Test
  void a_write_only_token_cannot_ask_for_decisions() {
    IssuedToken recorder =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(Role.SERVICE, Set.of(Scope.CONSENT_WRITE), "recorder", null, "test");
    HttpResponse<String> answer =
        get("/api/v1/consent/decision?subject=account:scopes-ads&purpose=sale", recorder);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("consent:decisions");
  }

  @Test
  void the_openapi_document_names_the_scope_of_every_service_route() throws Exception {
    JsonNode doc = JSON.readTree(server.get("/openapi.json").body());
    JsonNode schemes = doc.get("components").get("securitySchemes");
    int service = 0;
    for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
      for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
        JsonNode security = operation.getValue().get("security");
        if (security == null || security.isEmpty()) {
          // public: the browser's own consent routes declare "security: []"
          continue;
        }
        String at = operation.getKey() + " " + path.getKey();
        for (JsonNode requirement : security) {
          requirement
              .fieldNames()
              .forEachRemaining(scheme -> assertThat(schemes.has(scheme)).as(at).isTrue());
        }
        if (path.getKey().startsWith("/api/v1/consent/")) {
          service++;
          assertThat(security.get(0).get("bearerAuth").get(0).asText())
              .as(at)
              .isIn("consent:decisions", "consent:write");
          assertThat(operation.getValue().get("responses").has("403")).as(at).isTrue();
        }
      }
    }
    assertThat(service).isEqualTo(10);
  }

  private static JsonNode decision(String subject, String purpose) throws Exception {
    HttpResponse<String> answer =
        get("/api/v1/consent/decision?subject=" + subject + "&purpose=" + purpose, ads);
    assertThat(answer.statusCode()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String path, IssuedToken token) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + token.secret())
            .GET()
            .build());
  }

  /** Posts {@code body} with single quotes turned into double ones. */
  private static HttpResponse<String> post(String path, String body, IssuedToken token) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + token.secret())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
            .build());
  }

  /** The chained audit events about consent subjects, oldest first. */
  private static List<Map<String, Object>> consentEvents() {
    var services = server.app().services();
    services.audit().chainPending();
    return services
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT actor, action, subject_id, details FROM audit_event"
                            + " WHERE subject_type = 'consent-subject' ORDER BY seq")
                    .mapToMap()
                    .list());
  }
}
