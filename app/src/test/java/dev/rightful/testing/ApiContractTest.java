package dev.rightful.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: the contract check every API call of the tests goes through fails on a drift
 * between the server and the document: an answer field the schema does not list, a status the
 * operation does not list, a path the document does not have.
 */
class ApiContractTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static HttpResponse<String> notice;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    // TestServer.send checks it against the real document already: it must pass.
    notice = server.get("/api/v1/notice");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_served_notice_keeps_the_real_document() {
    assertThatCode(() -> ApiContract.get().check("GET", uri("/api/v1/notice"), null, notice))
        .doesNotThrowAnyException();
  }

  @Test
  void a_field_the_closed_schema_does_not_list_fails() throws Exception {
    ApiContract drifted =
        drifted(
            doc -> ((ObjectNode) doc.at("/components/schemas/Notice/properties")).remove("rights"));

    assertThatThrownBy(() -> drifted.check("GET", uri("/api/v1/notice"), null, notice))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /api/v1/notice 200 breaks the OpenAPI document")
        .hasMessageContaining("'rights' is not defined");
  }

  @Test
  void a_status_the_operation_does_not_list_fails() throws Exception {
    ApiContract drifted =
        drifted(
            doc -> ((ObjectNode) doc.at("/paths/~1api~1v1~1notice/get/responses")).remove("200"));

    assertThatThrownBy(() -> drifted.check("GET", uri("/api/v1/notice"), null, notice))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("answered 200, which the OpenAPI document does not list");
  }

  @Test
  void an_api_path_the_document_does_not_have_fails_unless_it_is_not_found() {
    assertThatThrownBy(
            () -> ApiContract.get().check("GET", uri("/api/v1/not-documented"), null, notice))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no GET /api/v1/not-documented, which answered 200");
    // TestServer.send checks it: a 404 problem for an unknown path keeps the contract
    assertThat(server.get("/api/v1/not-documented").statusCode()).isEqualTo(404);
  }

  @Test
  void an_accepted_request_body_is_checked_too() {
    HttpResponse<String> created =
        WebClient.of(server)
            .sendJson(
                "POST",
                "/api/v1/requests",
                "{\"type\":\"delete\",\"subject\":{\"email\":\"ada@example.com\",\"name\":\"Ada\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    assertThatThrownBy(
            () ->
                ApiContract.get()
                    .check("POST", uri("/api/v1/requests"), "{\"surplus\":1}", created))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST /api/v1/requests request breaks the OpenAPI document");
  }

  @Test
  void a_refused_request_body_is_checked_unless_marked_off_contract_and_a_mark_must_be_true() {
    WebClient client = WebClient.of(server);
    String offContract = "{\"type\":\"erase\",\"subject\":{\"email\":\"ada@example.com\"}}";
    // The server refuses it, but the test's body, not the server, is at fault: the build says so.
    assertThatThrownBy(() -> client.sendJson("POST", "/api/v1/requests", offContract))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST /api/v1/requests request breaks the OpenAPI document");
    // Marked on purpose, it is sent, and the server's refusal must keep the document.
    HttpResponse<String> refused =
        client.unchecked().sendJson("POST", "/api/v1/requests", offContract);
    assertThat(refused.statusCode()).isBetween(400, 499);
    // A mark on a body that keeps the document is refused: it would hide nothing but a mistake.
    assertThatThrownBy(
            () ->
                client
                    .unchecked()
                    .sendJson(
                        "POST",
                        "/api/v1/requests",
                        "{\"type\":\"delete\",\"subject\":{\"email\":\"bob@example.com\"}}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("is marked off-contract, but its body keeps the OpenAPI document");
  }

  @Test
  void a_body_sent_with_a_tests_own_request_is_read_back_and_checked() {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/requests"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"erase\"}"))
            .build();
    assertThat(ApiContract.jsonBody(request)).isEqualTo("{\"type\":\"erase\"}");
    assertThatThrownBy(() -> server.send(request))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("request breaks the OpenAPI document");
    assertThat(server.sendOffContract(request).statusCode()).isBetween(400, 499);
  }

  private static ApiContract drifted(Consumer<com.fasterxml.jackson.databind.JsonNode> change)
      throws Exception {
    try (InputStream in = ApiContract.class.getResourceAsStream("/openapi.json")) {
      var doc = JSON.readTree(in);
      change.accept(doc);
      return ApiContract.of(JSON.writeValueAsString(doc));
    }
  }

  private static URI uri(String path) {
    return URI.create(server.url(path));
  }
}
