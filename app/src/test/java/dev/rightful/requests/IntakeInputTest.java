package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Intake takes only what the rest of Rightful can handle: an email address the mail layer can send
 * to, and text fields that are text. Issue 11: these addresses were accepted, then the receipt mail
 * refused them and the consumer got a 500.
 */
class IntakeInputTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  final SubmissionParser parser = new SubmissionParser();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static ObjectNode delete(String email, String name) {
    ObjectNode body = JSON.createObjectNode().put("type", "delete");
    body.putObject("subject").put("email", email).put("name", name);
    return body;
  }

  static HttpResponse<String> post(JsonNode body) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  static int stored() {
    return server.app().services().requests().queue(null, 10_000).size();
  }

  List<FieldError> errors(JsonNode body) {
    InvalidSubmission thrown =
        catchThrowableOfType(InvalidSubmission.class, () -> parser.parse(body, Channel.API));
    assertThat(thrown).as("expected the submission to be refused").isNotNull();
    return thrown.errors();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a,b@x.com",
        "a;b@x.com",
        "a[1]@x.com",
        "<script>alert(1)</script>@x.com",
        "jane@example.com>",
        "\"jane doe\"@example.com"
      })
  void an_address_mail_cannot_take_is_a_400_naming_the_field_and_nothing_is_stored(String email)
      throws Exception {
    int before = stored();
    HttpResponse<String> response = post(delete(email, "Jane Doe"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("field").asText()).isEqualTo("subject.email");
    assertThat(problem.get("detail").asText()).contains("email").doesNotContain(email);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void an_agents_address_follows_the_same_rule() throws Exception {
    ObjectNode body = delete("jane@example.com", "Jane Doe");
    body.putObject("requester")
        .put("kind", "authorized-agent")
        .put("name", "Acme Agents")
        .put("email", "desk;cc@acme.example")
        .put("authority", "power-of-attorney");
    int before = stored();
    HttpResponse<String> response = post(body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("requester.email");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void an_accepted_address_gets_its_receipt_mail() throws Exception {
    HttpResponse<String> response = post(delete("o'brien+privacy@mail.example.co.uk", "Pat"));
    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void one_line_fields_refuse_line_breaks_and_free_text_keeps_them() {
    ObjectNode body = delete("jane@example.com", "Jane\nDoe");
    ((ObjectNode) body.get("subject")).put("postalAddress", "1 Main St\nSpringfield");
    body.put("details", "Please delete\r\neverything.\tThanks");
    assertThat(errors(body)).extracting(FieldError::field).containsExactly("subject.name");
    ((ObjectNode) body.get("subject")).put("name", "Jane Doe");
    Submission submission = parser.parse(body, Channel.API);
    assertThat(submission.subject().postalAddress()).isEqualTo("1 Main St\nSpringfield");
    assertThat(submission.details()).contains("\r\n", "\t");
  }

  @Test
  void text_that_is_not_text_is_refused_by_the_parser_too() {
    // Forms reach the parser without the API's body check: it holds the same rule.
    assertThat(errors(delete("jane@example.com", "Jane \ud800")))
        .extracting(FieldError::field)
        .containsExactly("subject.name");
    assertThat(errors(delete("jane@example.com", "Jane \uFFFD")))
        .extracting(FieldError::field)
        .containsExactly("subject.name");
  }
}
