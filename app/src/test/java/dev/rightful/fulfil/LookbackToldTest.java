package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.Services;
import dev.rightful.mail.MailKind;
import dev.rightful.mail.OutboxEntry;
import dev.rightful.requests.RequestService;
import dev.rightful.staff.Role;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.ApiContract;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request to know asking for a period that starts before 2022-01-01 is answered from 2022-01-01
 * (CC 1798.130(a)(2)(B); rule 20), and every place the consumer reads about it says so: the
 * receipt, the status page, the API and the answer with its package. Through the running app and
 * the Net2Phone database on PostgreSQL.
 */
class LookbackToldTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String COVERED = "January 1, 2022 to December 31, 2025";
  private static final String LEFT_OUT =
      "You asked for information from June 1, 2021. Records of events from before January 1,"
          + " 2022 are not included, because California law gives the right to know only about"
          + " information collected from that day on";
  private static CompanyDb company;
  private static TestServer server;
  private static String token;

  @BeforeAll
  static void start() {
    company = CompanyDb.postgres("lookback_told_company");
    server =
        TestServer.start(
            Repo.exampleMap(),
            TestServer.h2Url(),
            "sa",
            "",
            new CompanyDatabases.Target(company.dataSource.getJdbcUrl(), "postgres", ""));
    token =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(Role.AGENT, "test-agent", Duration.ofDays(1), "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    company.close();
  }

  @Test
  void a_period_starting_2021_06_01_is_told_as_covered_from_2022_in_every_place() throws Exception {
    JsonNode created = submit("'lookback':{'scope':'range','from':'2021-06-01','to':'2025-12-31'}");
    String id = created.get("id").asText();
    String reference = created.get("reference").asText();
    Services services = server.app().services();

    // The receipt mail.
    assertThat(unfold(mail(reference, MailKind.RECEIPT).body())).contains(COVERED, LEFT_OUT);

    // The API: the intake answer already, and the request as staff read it.
    assertThat(created.get("lookback").get("explanation").asText()).contains(COVERED, LEFT_OUT);
    JsonNode view = JSON.readTree(call("GET", "/api/v1/requests/" + id, token).body());
    JsonNode lookback = view.get("lookback");
    assertThat(lookback.get("from").asText()).isEqualTo("2022-01-01");
    assertThat(lookback.get("to").asText()).isEqualTo("2025-12-31");
    assertThat(lookback.get("askedFrom").asText()).isEqualTo("2021-06-01");
    assertThat(lookback.get("clamped").asBoolean()).isTrue();
    assertThat(lookback.get("explanation").asText()).contains(COVERED, LEFT_OUT);

    // The status page.
    Document status = Jsoup.parse(call("GET", created.get("statusUrl").asText(), null).body());
    assertThat(status.getElementById("period").text()).contains(COVERED, LEFT_OUT);

    // The answer, and the package it links to.
    services
        .requests()
        .recordVerification(id, new RequestService.Verification(3, true, "test"), "staff:t");
    assertThat(call("POST", "/api/v1/requests/" + id + "/fulfil", token).statusCode())
        .isEqualTo(202);
    for (int i = 0; i < 600 && services.requests().get(id).isOpen(); i++) {
      Thread.sleep(100);
    }
    assertThat(unfold(mail(reference, MailKind.RESPONSE).body())).contains(COVERED, LEFT_OUT);
    HttpResponse<byte[]> zip =
        ApiContract.checked(
            CLIENT.send(
                request("GET", "/api/v1/requests/" + id + "/package", token).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    Map<String, String> files = JdbcAccessTest.unzip(zip.body());
    assertThat(Jsoup.parse(files.get("index.html")).getElementById("period").text())
        .contains(COVERED, LEFT_OUT);
    JsonNode period = JSON.readTree(files.get("data.json")).get("period");
    assertThat(period.get("from").asText()).isEqualTo("2022-01-01");
    assertThat(period.get("askedFrom").asText()).isEqualTo("2021-06-01");
    assertThat(period.get("explanation").asText()).contains(LEFT_OUT);
  }

  @Test
  void a_period_covered_as_asked_is_told_without_a_part_left_out() throws Exception {
    JsonNode created = submit("'lookback':{'scope':'range','from':'2023-01-01','to':'2025-12-31'}");
    String id = created.get("id").asText();
    String reference = created.get("reference").asText();

    assertThat(unfold(mail(reference, MailKind.RECEIPT).body()))
        .contains("January 1, 2023 to December 31, 2025")
        .doesNotContain("not included");
    JsonNode lookback = JSON.readTree(call("GET", "/api/v1/requests/" + id, token).body());
    assertThat(lookback.get("lookback").get("clamped").asBoolean()).isFalse();
    assertThat(lookback.get("lookback").has("askedFrom")).isFalse();
    Document status = Jsoup.parse(call("GET", created.get("statusUrl").asText(), null).body());
    assertThat(status.getElementById("period").text())
        .contains("January 1, 2023 to December 31, 2025")
        .doesNotContain("not included");
  }

  private static JsonNode submit(String lookback) throws Exception {
    HttpResponse<String> response =
        ApiContract.checked(
            CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            ("{'type':'know-specific','subject':{'email':'jane.doe@example.com',"
                                    + "'name':'Jane Doe'},'declaration':{'signed':true,"
                                    + "'signedBy':'Jane Doe'},"
                                    + lookback
                                    + "}")
                                .replace('\'', '"')))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  /** The request's mail of {@code kind}; the outbox files mail under the request's reference. */
  private static OutboxEntry mail(String reference, MailKind kind) {
    return server.app().services().outbox().list(1000).stream()
        .filter(entry -> reference.equals(entry.requestId()) && entry.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind.id() + " mail for the request"));
  }

  /** A mail body as one line of text: templates wrap their paragraphs. */
  private static String unfold(String body) {
    return body.replaceAll("\\s+", " ");
  }

  private static HttpRequest.Builder request(String method, String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return request.method(method, HttpRequest.BodyPublishers.noBody());
  }

  private static HttpResponse<String> call(String method, String path, String bearer)
      throws Exception {
    return ApiContract.checked(
        CLIENT.send(request(method, path, bearer).build(), HttpResponse.BodyHandlers.ofString()));
  }
}
