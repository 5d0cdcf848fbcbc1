package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The requests API over HTTP against the real app, its database, audit log and outbox. */
class RequestApiTest {
  static TestServer server;
  static String agentToken;
  static String auditorToken;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = TestServer.start();
    var tokens = server.app().services().staff().tokens();
    agentToken = tokens.issue(Role.AGENT, "test-agent", Duration.ofDays(1), "test").secret();
    auditorToken = tokens.issue(Role.AUDITOR, "test-auditor", Duration.ofDays(1), "test").secret();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> post(String path, String body, String token) {
    return server.send(json(path, body, token));
  }

  /** Posts a body that breaks the OpenAPI document on purpose, to see the server refuse it. */
  static HttpResponse<String> postOffContract(String path, String body, String token) {
    return server.sendOffContract(json(path, body, token));
  }

  private static HttpRequest json(String path, String body, String token) {
    var builder =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.build();
  }

  static HttpResponse<String> get(String path, String token) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }

  static JsonNode read(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  @Test
  void a_delete_request_is_stored_with_its_clocks_and_a_secret_status_link() throws Exception {
    var response =
        post(
            "/api/v1/requests",
            "{'type':'delete','subject':{'email':'jane.doe@example.com','name':'Jane Doe'}}",
            null);
    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode created = read(response);
    // TestServer's clock: 2026-11-29 09:00 in Los Angeles, a Sunday; Thanksgiving was 11-26/27.
    assertThat(created.get("status").asText()).isEqualTo("received");
    assertThat(created.get("dueBy").asText()).isEqualTo("2027-01-12");
    assertThat(created.get("acknowledgeBy").asText()).isEqualTo("2026-12-11");
    assertThat(created.get("statusUrl").asText())
        .startsWith("/privacy/requests/status/")
        .hasSizeGreaterThan(60);
    assertThat(created.has("subject"))
        .as("the intake answer does not echo personal information")
        .isFalse();
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/v1/requests/" + created.get("id").asText());
  }

  @Test
  void an_opt_out_needs_no_verification_and_is_due_in_15_business_days() throws Exception {
    JsonNode created =
        read(
            post(
                "/api/v1/requests",
                "{'type':'opt-out','subject':{'email':'optout@example.com'}}",
                null));
    assertThat(created.get("status").asText()).isEqualTo("verified");
    assertThat(created.get("requiredTier").asText()).isEqualTo("none");
    assertThat(created.get("dueBy").asText()).isEqualTo("2026-12-18");
    assertThat(created.has("acknowledgeBy")).isFalse();
    // The opt-out reaches the preference ledger: decisions for this consumer now refuse a sale.
    var consent = server.app().services().consent().service();
    String key = consent.key(dev.rightful.consent.ConsentSubject.email("optout@example.com"));
    assertThat(consent.decide(key, dev.rightful.consent.ConsentPurpose.SALE).allowed()).isFalse();
    String stranger =
        consent.key(dev.rightful.consent.ConsentSubject.email("stranger@example.com"));
    assertThat(consent.decide(stranger, dev.rightful.consent.ConsentPurpose.SALE).allowed())
        .isTrue();
  }

  @Test
  void bad_input_is_a_400_problem_naming_every_field_and_nothing_is_stored() throws Exception {
    int before = server.app().services().requests().queue(null, 1000).size();
    var response =
        post(
            "/api/v1/requests",
            "{'type':'delete','subject':{'email':'not-an-email','name':" + "'x".repeat(1) + "'}}",
            null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = read(response);
    assertThat(problem.get("field").asText()).isEqualTo("subject.email");
    assertThat(problem.get("errors")).isNotEmpty();
    assertThat(postOffContract("/api/v1/requests", "not json at all", null).statusCode())
        .isEqualTo(400);
    assertThat(
            postOffContract(
                    "/api/v1/requests",
                    "{'type':'delete','subject':{'email':'a@example.com','name':'"
                        + "x".repeat(100_000)
                        + "'}}",
                    null)
                .statusCode())
        .isEqualTo(400);
    assertThat(server.app().services().requests().queue(null, 1000)).hasSize(before);
  }

  @Test
  void staff_endpoints_need_a_token_and_the_right_role() throws Exception {
    JsonNode created =
        read(
            post(
                "/api/v1/requests",
                "{'type':'delete','subject':{'email':'roles@example.com','name':'Role Test'}}",
                null));
    String id = created.get("id").asText();
    assertThat(server.get("/api/v1/requests/" + id).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/requests/" + id, auditorToken).statusCode()).isEqualTo(200);
    assertThat(
            post("/api/v1/requests/" + id + "/notes", "{'text':'called back'}", auditorToken)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            post("/api/v1/requests/" + id + "/notes", "{'text':'called back'}", agentToken)
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void staff_verify_extend_and_complete_a_request_and_every_step_is_audited() throws Exception {
    String id =
        read(post(
                "/api/v1/requests",
                "{'type':'know-specific','subject':{'email':'flow@example.com','name':'Flow Test'}}",
                null))
            .get("id")
            .asText();
    // Two data points and no declaration: answered as a request for categories (7024(a)).
    JsonNode verified =
        read(
            post(
                "/api/v1/requests/" + id + "/verify",
                "{'dataPointsMatched':2,'declarationSigned':false,'method':'email-otp'}",
                agentToken));
    assertThat(verified.get("status").asText()).isEqualTo("verified");
    assertThat(verified.get("type").asText()).isEqualTo("know-categories");
    assertThat(verified.get("originalType").asText()).isEqualTo("know-specific");
    JsonNode extended =
        read(
            post(
                "/api/v1/requests/" + id + "/extend",
                "{'days':45,'reason':'Records are in an archive.'}",
                agentToken));
    assertThat(extended.get("extendedDueBy").asText()).isEqualTo("2027-02-26");
    var again =
        post("/api/v1/requests/" + id + "/extend", "{'days':10,'reason':'More.'}", agentToken);
    assertThat(again.statusCode()).isEqualTo(409);
    JsonNode done =
        read(
            post(
                "/api/v1/requests/" + id + "/complete",
                "{'nature':'complied','text':'Here are the categories.'}",
                agentToken));
    assertThat(done.get("status").asText()).isEqualTo("completed");
    var actions =
        server.app().services().audit().list("request", id).stream().map(e -> e.action()).toList();
    assertThat(actions)
        .containsExactly(
            "request.received",
            "request.downgraded",
            "request.extended",
            "request.completed",
            "evidence.deleted");
    assertThat(server.app().services().audit().verify().ok()).isTrue();
  }

  @Test
  void a_denial_needs_an_allowed_basis_and_a_text() throws Exception {
    String id =
        read(post(
                "/api/v1/requests",
                "{'type':'delete','subject':{'email':'deny@example.com','name':'Deny Test'}}",
                null))
            .get("id")
            .asText();
    assertThat(
            postOffContract(
                    "/api/v1/requests/" + id + "/deny", "{'basis':'legal-obligation'}", agentToken)
                .statusCode())
        .isEqualTo(409);
    var wrong =
        post(
            "/api/v1/requests/" + id + "/deny",
            "{'basis':'information-accurate','text':'It is right.'}",
            agentToken);
    assertThat(wrong.statusCode()).isEqualTo(409);
    assertThat(read(wrong).get("field").asText()).isEqualTo("basis");
    JsonNode denied =
        read(
            post(
                "/api/v1/requests/" + id + "/deny",
                "{'basis':'legal-obligation','text':'Tax law requires us to keep invoices for six years.'}",
                agentToken));
    assertThat(denied.get("status").asText()).isEqualTo("denied");
    assertThat(denied.get("responseNature").asText()).isEqualTo("denied");
  }

  @Test
  void every_submission_queues_its_receipt_in_the_outbox() throws Exception {
    String reference =
        read(post(
                "/api/v1/requests",
                "{'type':'correct','subject':{'email':'mail@example.com','name':'Mail Test'},'corrections':[{'field':'postal_address','value':'1 New St'}]}",
                null))
            .get("reference")
            .asText();
    assertThat(server.app().services().outbox().list(100))
        .anySatisfy(entry -> assertThat(entry.subject()).contains(reference));
  }

  @Test
  void a_correction_naming_no_field_of_the_map_is_refused_at_its_place_with_the_choices()
      throws Exception {
    int before = server.app().services().requests().queue(null, 1000).size();
    var response =
        post(
            "/api/v1/requests",
            "{'type':'correct','subject':{'email':'shoe@example.com','name':'Shoe Size'},"
                + "'corrections':[{'field':'postal_address','value':'1 New St'},"
                + "{'field':'my shoe size','value':'44'}]}",
            null);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = read(response);
    assertThat(problem.get("field").asText()).isEqualTo("corrections[1].field");
    // The choices are the example map's field names, so a client can correct itself.
    assertThat(problem.toString()).contains("postal_address", "email");
    assertThat(server.app().services().requests().queue(null, 1000)).hasSize(before);
  }

  @Test
  void the_csv_export_has_the_record_fields_and_no_personal_information() {
    post(
        "/api/v1/requests",
        "{'type':'delete','subject':{'email':'csv.person@example.com','name':'Csv Person'}}",
        null);
    var csv = get("/api/v1/requests.csv", auditorToken);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("reference,type,original_type,status,channel")
        .doesNotContain("csv.person@example.com", "Csv Person");
  }
}
