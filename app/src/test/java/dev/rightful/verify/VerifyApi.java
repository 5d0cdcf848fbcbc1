package dev.rightful.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.mail.MailKind;
import dev.rightful.mail.OutboxEntry;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A consumer's side of the verification API against a running test server. */
final class VerifyApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("^ {4}(\\d{6})$", Pattern.MULTILINE);

  private final TestServer server;

  VerifyApi(TestServer server) {
    this.server = server;
  }

  /** A submitted request: its id, reference and the secret status token. */
  record Submitted(String id, String reference, String statusToken) {}

  Submitted submit(String json) {
    HttpResponse<String> response = post("/api/v1/requests", json);
    if (response.statusCode() != 201) {
      throw new AssertionError("submission refused: " + response.body());
    }
    JsonNode body = read(response);
    String statusUrl = body.get("statusUrl").asText();
    return new Submitted(
        body.get("id").asText(),
        body.get("reference").asText(),
        statusUrl.substring(statusUrl.lastIndexOf('/') + 1));
  }

  HttpResponse<String> askForCode(String id) {
    return post("/api/v1/requests/" + id + "/code", "");
  }

  HttpResponse<String> check(Submitted request, String code) {
    return post(
        "/api/v1/requests/" + request.id() + "/code/check",
        "{'code':'" + code + "','statusToken':'" + request.statusToken() + "'}");
  }

  /** Asks for a code and reads it from the mail in the outbox. */
  String code(Submitted request) {
    HttpResponse<String> response = askForCode(request.id());
    if (response.statusCode() != 202) {
      throw new AssertionError("no code: " + response.statusCode() + " " + response.body());
    }
    return lastCode(request).orElseThrow(() -> new AssertionError("no code mail in the outbox"));
  }

  /** The newest one-time code mailed for the request, read from the outbox. */
  Optional<String> lastCode(Submitted request) {
    return codeMails(request).stream()
        .max(Comparator.comparingLong(OutboxEntry::id))
        .map(
            mail -> {
              Matcher matcher = CODE.matcher(mail.body());
              if (!matcher.find()) {
                throw new AssertionError("the code mail has no code");
              }
              return matcher.group(1);
            });
  }

  List<OutboxEntry> codeMails(Submitted request) {
    return server.app().services().outbox().list(10_000).stream()
        .filter(mail -> mail.kind() == MailKind.ONE_TIME_CODE)
        .filter(mail -> request.reference().equals(mail.requestId()))
        .toList();
  }

  HttpResponse<String> post(String path, String json) {
    return server.send(request(path, json));
  }

  /** Posts a body that breaks the OpenAPI document on purpose, to see the server refuse it. */
  HttpResponse<String> postOffContract(String path, String json) {
    return server.sendOffContract(request(path, json));
  }

  private HttpRequest request(String path, String json) {
    return HttpRequest.newBuilder(URI.create(server.url(path)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.replace('\'', '"')))
        .build();
  }

  static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
