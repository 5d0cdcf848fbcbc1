package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every JSON endpoint that takes text refuses a body that is not UTF-8, and a string holding a lone
 * surrogate or a control character, with a 400 problem naming the field; nothing is stored. Real
 * app, real HTTP.
 */
class JsonBodyRulesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static String agent;
  static String admin;
  static String service;
  static String requestId;

  @BeforeAll
  static void start() throws Exception {
    startOn(TestServer.start());
  }

  /** Issues the tokens and files the request the tests act on, on {@code started}. */
  static void startOn(TestServer started) throws Exception {
    server = started;
    var tokens = server.app().services().staff().tokens();
    agent = tokens.issue(Role.AGENT, "agent", Duration.ofDays(1), "test").secret();
    admin = tokens.issue(Role.ADMIN, "admin", Duration.ofDays(1), "test").secret();
    // It records choices and parental consents below, so it holds the write scope too.
    service =
        tokens
            .issue(
                Role.SERVICE,
                java.util.EnumSet.allOf(dev.rightful.staff.Scope.class),
                "ads",
                Duration.ofDays(1),
                "test")
            .secret();
    HttpResponse<String> created =
        post(
            "/api/v1/requests",
            "{'type':'delete','subject':{'email':'jane@example.com','name':'Jane Doe'}}",
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    requestId = JSON.readTree(created.body()).get("id").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * Posts {@code body} with single quotes turned into double ones; {@code ~} becomes a backslash.
   */
  static HttpResponse<String> post(String path, String body, String token) {
    return postBytes(
        path, body.replace('\'', '"').replace('~', '\\').getBytes(StandardCharsets.UTF_8), token);
  }

  static HttpResponse<String> postBytes(String path, byte[] body, String token) {
    return postBytes(path, body, token, false);
  }

  /** {@code offContract}: the body breaks the OpenAPI document on purpose. */
  static HttpResponse<String> postBytes(
      String path, byte[] body, String token, boolean offContract) {
    var builder =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return offContract ? server.sendOffContract(builder.build()) : server.send(builder.build());
  }

  /**
   * An endpoint with a body holding BAD in the text field {@code field}; {@code offContract} when
   * BAD there breaks the OpenAPI document too (a code is six digits), not only the body rules.
   */
  record Endpoint(String path, String body, String token, String field, boolean offContract) {
    Endpoint(String path, String body, String token, String field) {
      this(path, body, token, field, false);
    }
  }

  /** Each endpoint with a body holding BAD in one text field; the field the problem must name. */
  static List<Endpoint> endpoints() {
    String r = "/api/v1/requests/" + requestId;
    return List.of(
        new Endpoint(
            "/api/v1/requests",
            "{'type':'delete','subject':{'email':'j@example.com','name':'JaneBAD'}}",
            null,
            "subject.name"),
        new Endpoint(
            "/api/v1/requests",
            "{'type':'correct','subject':{'email':'j@example.com','name':'Jane'},"
                + "'corrections':[{'field':'phone','value':'1BAD'}]}",
            null,
            "corrections[0].value"),
        new Endpoint(r + "/verify", "{'dataPointsMatched':2,'method':'BAD'}", agent, "method"),
        new Endpoint(r + "/extend", "{'days':10,'reason':'busyBAD'}", agent, "reason"),
        new Endpoint(r + "/deny", "{'basis':'unverifiable','text':'noBAD'}", agent, "text"),
        new Endpoint(r + "/complete", "{'nature':'complied','text':'BAD'}", agent, "text"),
        new Endpoint(r + "/notes", "{'text':'calledBAD'}", agent, "text"),
        new Endpoint(r + "/code/check", "{'statusToken':'t','code':'12BAD'}", null, "code", true),
        new Endpoint(
            "/api/v1/holds",
            "{'consumer':{'kind':'email','value':'jane@example.com'},'reason':'suitBAD'}",
            admin,
            "reason"),
        new Endpoint(
            "/api/v1/consent/choices",
            "{'subject':'account:a1','purposes':['sale'],'choice':'opt-out','source':'staff',"
                + "'detail':'BAD'}",
            service,
            "detail"),
        new Endpoint(
            "/api/v1/consent/parental-consents",
            "{'subject':'account:a1','purposes':['sale'],'method':'signed-consent-form',"
                + "'verifiedBy':'staffBAD'}",
            service,
            "verifiedBy"),
        new Endpoint(
            "/api/v1/consent/decisions",
            "{'requests':[{'subject':'account:aBAD','purpose':'sale'}]}",
            service,
            "requests[0].subject"),
        new Endpoint("/api/v1/consent/me/choices", "{'page':'/pBAD'}", null, "page"),
        new Endpoint(r + "/notifications/1/confirm", "{'note':'doneBAD'}", agent, "note"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"~ud800", "~udc00x", "~u0000", "~u001b", "~b"})
  void a_lone_surrogate_or_control_character_in_any_text_field_is_a_400_naming_it(String bad)
      throws Exception {
    int requests = stored();
    int holds = holds();
    for (Endpoint endpoint : endpoints()) {
      HttpResponse<String> response =
          postBytes(
              endpoint.path(),
              endpoint
                  .body()
                  .replace("BAD", bad)
                  .replace('\'', '"')
                  .replace('~', '\\')
                  .getBytes(StandardCharsets.UTF_8),
              endpoint.token(),
              endpoint.offContract());
      assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("field").asText()).as(endpoint.path()).isEqualTo(endpoint.field());
    }
    assertThat(stored()).isEqualTo(requests);
    assertThat(holds()).isEqualTo(holds);
  }

  @Test
  void a_json_body_sent_under_another_content_type_meets_the_same_rules() throws Exception {
    for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", ""}) {
      var builder =
          HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/choices")))
              .header("Authorization", "Bearer " + service)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"subject\":\"account:a2\",\"purposes\":[\"sale\"],"
                          + "\"choice\":\"opt-out\",\"source\":\"staff\","
                          + "\"detail\":\"\\ud800\"}"));
      if (!type.isEmpty()) {
        builder.header("Content-Type", type);
      }
      HttpResponse<String> response = server.send(builder.build());
      assertThat(response.statusCode()).as(type).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("detail");
    }
  }

  @Test
  void free_text_may_hold_line_breaks_and_tabs() {
    HttpResponse<String> note =
        post(
            "/api/v1/requests/" + requestId + "/notes",
            "{'text':'called back~r~nleft a message~tok'}",
            agent);
    assertThat(note.statusCode()).isEqualTo(201);
  }

  @Test
  void a_body_that_is_not_utf8_is_a_400_and_nothing_is_stored() throws Exception {
    int before = stored();
    // "Jos\u00e9" in ISO-8859-1: 0xE9 is not UTF-8. It used to become U+FFFD and be stored.
    for (byte[] body :
        List.of(
            "{\"type\":\"delete\",\"subject\":{\"email\":\"jose@example.com\",\"name\":\"Jos\u00e9\"}}"
                .getBytes(StandardCharsets.ISO_8859_1),
            // an encoded surrogate (CESU-8): not UTF-8 either
            concat(
                "{\"type\":\"delete\",\"subject\":{\"email\":\"j@example.com\",\"name\":\"J",
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\"}}"))) {
      HttpResponse<String> response = postBytes("/api/v1/requests", body, null);
      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("field").asText()).isEqualTo("body");
      assertThat(problem.get("detail").asText()).contains("UTF-8");
    }
    assertThat(stored()).isEqualTo(before);
    HttpResponse<String> hold =
        postBytes(
            "/api/v1/holds",
            "{\"table\":\"crm.customers\",\"reason\":\"Jos\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1),
            admin);
    assertThat(hold.statusCode()).isEqualTo(400);
  }

  @Test
  void a_body_declared_in_another_charset_is_refused_rather_than_read_differently() {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        "{\"type\":\"opt-out\",\"subject\":{\"email\":\"j@example.com\"}}"
                            .getBytes(StandardCharsets.ISO_8859_1)))
                .build());
    assertThat(response.statusCode()).isEqualTo(400);
  }

  static byte[] concat(String head, byte[] middle, String tail) {
    byte[] a = head.getBytes(StandardCharsets.UTF_8);
    byte[] c = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(middle, 0, out, a.length, middle.length);
    System.arraycopy(c, 0, out, a.length + middle.length, c.length);
    return out;
  }

  static int stored() {
    return server.app().services().requests().queue(null, 10_000).size();
  }

  static int holds() {
    return server
        .app()
        .services()
        .database()
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM retention_hold").mapTo(Integer.class).one());
  }
}
