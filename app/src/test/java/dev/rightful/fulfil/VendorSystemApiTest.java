package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.staff.Role;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vendor systems through the running app: the vendor's callback route refuses anything unsigned or
 * mismatched with one 401 and a result that does not fit the map with a 422 naming the field; staff
 * attach a manual system's data over the API; the job then answers the request.
 */
class VendorSystemApiTest {
  @TempDir static Path dir;
  private static CompanyDb company;
  private static VendorSystems.Vendor vendor;
  private static TestServer server;
  private static String agent;

  @BeforeAll
  static void start() throws IOException {
    company = CompanyDb.postgres("fulfil_vendor_api_company");
    vendor = new VendorSystems.Vendor(202, "");
    server =
        TestServer.start(
            map(dir),
            TestServer.h2Url(),
            "sa",
            "",
            new CompanyDatabases.Target(company.dataSource.getJdbcUrl(), "postgres", ""),
            TestServer.CLOCK,
            VendorSystems.env(vendor::url));
    agent =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(Role.AGENT, "api-agent", Duration.ofDays(1), "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    vendor.close();
    company.close();
  }

  /** The example map with a ticketing vendor on a webhook and a filing cabinet searched by hand. */
  private static Path map(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, directory.resolve(file.getFileName()));
      }
    }
    String tickets =
        """
            tables:
              - name: tickets
                primaryKey: id
                fields:
                  - name: id
                  - name: email
                    category: A
                    identity: email
                  - name: topic
                    category: F
        """;
    Files.writeString(
        directory.resolve("systems.yaml"),
        "\n  - id: vendor_api\n    connector: webhook\n    urlEnv: "
            + VendorSystems.URL_ENV
            + "\n    secretEnv: "
            + VendorSystems.SECRET_ENV
            + "\n"
            + tickets
            + "\n  - id: paper_files\n    connector: manual\n"
            + tickets,
        java.nio.file.StandardOpenOption.APPEND);
    return directory;
  }

  private static String verified(RequestType type) {
    RequestService requests = server.app().services().requests();
    String id =
        requests
            .submit(
                Submissions.api(type, "jane.doe@example.com", "Jane Doe", "Jane Doe"), "consumer")
            .request()
            .id();
    requests.recordVerification(id, new RequestService.Verification(3, true, "test"), "staff:t");
    return id;
  }

  private static HttpResponse<String> post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return server.send(request.build());
  }

  private static Map<String, String> signed(String body) {
    return Webhooks.headers(
        Webhooks.sign(
            VendorSystems.SECRET,
            body.getBytes(StandardCharsets.UTF_8),
            TestServer.CLOCK.instant()));
  }

  /** Waits for the scheduler's worker to bring both vendor steps to waiting. */
  private static void awaitWaiting(String id) throws InterruptedException {
    JobSteps jobs = server.app().services().fulfilment().jobs();
    for (int i = 0; i < 600; i++) {
      boolean waiting =
          jobs.find(id, "vendor_api").map(JobSteps.Step::isWaiting).orElse(false)
              && jobs.find(id, "paper_files").map(JobSteps.Step::isWaiting).orElse(false);
      if (waiting) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the vendor steps never waited: " + jobs.list(id));
  }

  private static void awaitClosed(String id) throws InterruptedException {
    Services services = server.app().services();
    for (int i = 0; i < 600 && services.requests().get(id).isOpen(); i++) {
      Thread.sleep(100);
    }
  }

  @Test
  void a_vendor_result_is_refused_unsigned_or_unmapped_and_a_signed_one_completes_the_request()
      throws Exception {
    String id = verified(RequestType.KNOW_SPECIFIC);
    assertThat(
            post(
                    "/api/v1/requests/" + id + "/fulfil",
                    "",
                    Map.of("Authorization", "Bearer " + agent))
                .statusCode())
        .isEqualTo(202);
    awaitWaiting(id);
    String path = "/api/v1/requests/" + id + "/systems/vendor_api/result";
    String result =
        ("{'requestId':'"
                + id
                + "','system':'vendor_api','tables':{'tickets':[{'id':3,'email':'jane.doe@example.com',"
                + "'topic':'Refund for a dropped call'}]}}")
            .replace('\'', '"');

    HttpResponse<String> unsigned = post(path, result, Map.of());
    HttpResponse<String> guessed =
        post(
            path,
            result,
            Map.of(
                WebhookSignature.ID,
                "msg_guess",
                WebhookSignature.TIMESTAMP,
                Long.toString(TestServer.CLOCK.instant().getEpochSecond()),
                WebhookSignature.SIGNATURE,
                "v1," + java.util.Base64.getEncoder().encodeToString(new byte[32])));
    String other = result.replace(id, "another-request");
    HttpResponse<String> otherRequest = post(path, other, signed(other));
    for (HttpResponse<String> refused : List.of(unsigned, guessed, otherRequest)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("the signature does not match this request");
    }
    String unmapped = result.replace("\"topic\"", "\"salary\"");
    HttpResponse<String> invalid = post(path, unmapped, signed(unmapped));
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(invalid.body()).contains("\"field\":\"tickets.salary\"");

    HttpResponse<String> accepted = post(path, result, signed(result));
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.body()).contains("\"accepted\"");

    String confirm = "/api/v1/requests/" + id + "/steps/paper_files/confirm";
    HttpResponse<String> badData =
        post(
            confirm,
            "{\"data\":{\"orders\":[{\"id\":1}]}}",
            Map.of("Authorization", "Bearer " + agent));
    assertThat(badData.statusCode()).isEqualTo(422);
    assertThat(badData.body()).contains("\"field\":\"orders\"");
    HttpResponse<String> confirmed =
        post(
            confirm,
            "{\"note\":\"Found one paper form\",\"data\":{\"tickets\":[{\"id\":1,\"topic\":\"Paper"
                + " form\"}]}}",
            Map.of("Authorization", "Bearer " + agent));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    awaitClosed(id);

    assertThat(server.app().services().requests().get(id).status())
        .isEqualTo(RequestStatus.COMPLETED);
    Map<String, String> files =
        JdbcAccessTest.unzip(
            server.app().services().fulfilment().packages().find(id).orElseThrow().zip());
    assertThat(files.get("vendor_api.tickets.csv")).contains("Refund for a dropped call");
    assertThat(files.get("paper_files.tickets.csv")).contains("Paper form");
    assertThat(post(path, result, signed(result)).body())
        .as("a result posted again changes nothing")
        .contains("already-done");
  }
}
