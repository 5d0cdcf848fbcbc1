package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.audit.AuditEvent;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Legal holds over the staff API on the example company: placed, listed and released by an admin,
 * checked against the data map, refused to other roles, sealed at rest and audited.
 */
class HoldApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static String admin;
  static String agent;
  static String auditor;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    var tokens = server.app().services().staff().tokens();
    admin = tokens.issue(Role.ADMIN, "counsel", Duration.ofDays(1), "test").secret();
    agent = tokens.issue(Role.AGENT, "intake", Duration.ofDays(1), "test").secret();
    auditor = tokens.issue(Role.AUDITOR, "review", Duration.ofDays(1), "test").secret();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> call(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')));
    return server.send(request.build());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void an_admin_places_lists_and_releases_a_consumer_hold_and_each_change_is_audited()
      throws Exception {
    HttpResponse<String> placed =
        call(
            "POST",
            "/api/v1/holds",
            admin,
            "{'consumer':{'kind':'email','value':'Priya.Raman@example.net'},"
                + "'reason':'Raman v. Net2Phone','expiresAt':'2030-01-01T00:00:00Z'}");
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    JsonNode hold = json(placed);
    long id = hold.get("id").asLong();
    assertThat(hold.get("scope").asText()).isEqualTo("consumer");
    assertThat(hold.get("identifier").asText()).isEqualTo("priya.raman@example.net");
    // The token's principal: who placed it, as every audited staff action names them.
    String by = hold.get("placedBy").asText();
    assertThat(by).matches("staff:token:\\d+");
    assertThat(hold.get("active").asBoolean()).isTrue();

    // Sealed at rest: the stored row holds no trace of the address.
    String stored =
        server
            .app()
            .services()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT CONCAT(COALESCE(identity_value, ''), identity_sealed,"
                                + " identity_key) FROM retention_hold WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    assertThat(stored).doesNotContainIgnoringCase("priya");

    HttpResponse<String> listed = call("GET", "/api/v1/holds", auditor, null);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("\"id\":" + id).contains("Raman v. Net2Phone");

    HttpResponse<String> released = call("POST", "/api/v1/holds/" + id + "/release", admin, null);
    assertThat(released.statusCode()).isEqualTo(200);
    assertThat(json(released).get("active").asBoolean()).isFalse();
    assertThat(call("POST", "/api/v1/holds/" + id + "/release", admin, null).statusCode())
        .isEqualTo(409);

    assertThat(server.app().services().audit().list("legal-hold", Long.toString(id)))
        .extracting(AuditEvent::action, AuditEvent::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("retention.hold-placed", by),
            org.assertj.core.groups.Tuple.tuple("retention.hold-released", by));
    assertThat(server.app().services().audit().list("legal-hold", Long.toString(id)))
        .extracting(AuditEvent::details)
        .noneMatch(details -> details.toLowerCase().contains("priya") || details.contains("Raman"));
  }

  @Test
  void a_table_hold_names_a_mapped_table() throws Exception {
    HttpResponse<String> placed =
        call(
            "POST",
            "/api/v1/holds",
            admin,
            "{'table':'company_db.invoices','reason':'IRS examination'}");
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    assertThat(json(placed).get("table").asText()).isEqualTo("company_db.invoices");

    HttpResponse<String> unknown =
        call("POST", "/api/v1/holds", admin, "{'table':'company_db.nope','reason':'x'}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("field").asText()).isEqualTo("table");
  }

  @Test
  void bad_holds_are_refused_naming_the_field() throws Exception {
    String[][] cases = {
      {"{'consumer':{'kind':'shoe-size','value':'9'},'reason':'x'}", "consumer.kind"},
      {"{'consumer':{'kind':'email','value':' '},'reason':'x'}", "consumer.value"},
      {"{'consumer':{'kind':'email','value':'a@example.com'}}", "reason"},
      {
        "{'table':'company_db.invoices','reason':'x','expiresAt':'2001-01-01T00:00:00Z'}",
        "expiresAt"
      },
      {"{'table':'company_db.invoices','reason':'x','expiresAt':'next year'}", "expiresAt"},
      {"{'reason':'x'}", "consumer"},
      {"[1]", "body"}
    };
    for (String[] bad : cases) {
      HttpResponse<String> response = call("POST", "/api/v1/holds", admin, bad[0]);
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(json(response).get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
    }
    assertThat(
            json(call(
                    "POST",
                    "/api/v1/holds",
                    admin,
                    "{'consumer':{'kind':'shoe-size'," + "'value':'9'},'reason':'x'}"))
                .get("detail")
                .asText())
        .contains("email", "phone");
  }

  @Test
  void only_admins_change_holds_and_only_staff_see_them() {
    String body = "{'table':'company_db.invoices','reason':'x'}";
    assertThat(call("POST", "/api/v1/holds", agent, body).statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/v1/holds", auditor, body).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/v1/holds", agent, null).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/v1/holds", "rft_nonsense", null).statusCode()).isEqualTo(401);
    assertThat(call("POST", "/api/v1/holds/999999/release", admin, null).statusCode())
        .isEqualTo(404);
  }
}
