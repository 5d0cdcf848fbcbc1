package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rightful.App;
import dev.rightful.audit.AuditEvent;
import dev.rightful.config.LegalClock;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.testing.ApiContract;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shine the Light on the real stack: the example company's map with three direct-marketing
 * recipients added, Rightful's database on PostgreSQL, intake through the API, the answer mailed
 * through the outbox to GreenMail, the status page, and the audit log. The server's clock stands on
 * 2026-11-29, so answers cover 2025 (CC 1798.83(a)).
 */
class ShineTheLightServiceTest {
  private static final String PARTNERS =
      """
      purposes:
        - id: partner-offers
          listAsUse: false
          directMarketing: true
          description: The partner's own offers by mail and email.
      recipients:
        - id: catalog-partner
          kind: third-party
          description: Catalog retailers.
          categories: [A, D]
          purposes: [partner-offers]
          name: Example Catalogs, Inc.
          address: 100 Main Street, Springfield, CA 90000
          since: 2024-01-01
        - id: new-partner
          kind: third-party
          description: Travel offers.
          categories: [F]
          purposes: [partner-offers]
          name: Newcomer Travel LLC
          address: 9 Harbor Road, Oakland, CA 94600
          since: 2026-02-01
        - id: former-partner
          kind: third-party
          description: Magazine publishers.
          categories: [B]
          purposes: [partner-offers]
          name: Old Magazines Co.
          address: 1 Press Lane, Fresno, CA 93700
          until: 2024-12-31
      """;

  @TempDir static Path dir;
  static GreenMail smtp;
  static App app;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    Path map = dir.resolve("map");
    Files.createDirectories(map);
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, map.resolve(file.getFileName()));
      }
    }
    Files.writeString(map.resolve("partners.yaml"), PARTNERS);
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    app =
        App.start(
            new App.Settings(
                true,
                "127.0.0.1",
                0,
                map,
                Postgres.freshSchema("shine_the_light_test"),
                Postgres.USER,
                "",
                4,
                null,
                null,
                TestServer.KEYS,
                LegalClock.standard(),
                new SmtpSettings(
                    "127.0.0.1",
                    smtp.getSmtp().getPort(),
                    "privacy@company.example",
                    null,
                    null,
                    false),
                Duration.ofMillis(200),
                TestServer.CLOCK,
                List.of(),
                VerificationSettings.defaults(),
                ClientAddresses.DIRECT,
                RecordKeeping.minimum(),
                TestServer.GENEROUS_LIMITS),
            name -> null);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    smtp.stop();
  }

  @Test
  void a_direct_marketing_request_is_answered_at_once_from_the_map_and_mailed() throws Exception {
    JsonNode receipt = submit("stl.answer@example.com");

    // Answered in the intake transaction: completed, audited, the answer on the timeline.
    assertThat(receipt.path("status").asText()).isEqualTo("completed");
    assertThat(receipt.path("responseNature").asText()).isEqualTo("complied");
    // The intake answer carries the consumer's history, the answer in it, as the status page does.
    assertThat(receipt.path("timeline").findValuesAsText("text"))
        .anySatisfy(text -> assertThat(text).contains("Example Catalogs, Inc., 100 Main Street"));
    String id = receipt.path("id").asText();
    List<String> actions =
        app.services().audit().list("request", id).stream().map(AuditEvent::action).toList();
    assertThat(actions).containsSubsequence("request.received", "request.completed");

    String answer = body(mailTo("stl.answer@example.com", "is complete"));
    assertThat(answer)
        .contains("In 2025 we disclosed these categories of personal information")
        .contains("Identifiers")
        .contains("Commercial information")
        .contains("Example Catalogs, Inc., 100 Main Street, Springfield, CA 90000")
        // began in 2026, ended in 2024: neither received data in 2025
        .doesNotContain("Newcomer Travel")
        .doesNotContain("Old Magazines")
        .doesNotContain("Internet and network activity")
        .doesNotContain("catalog-partner")
        .doesNotContain("direct-marketing");

    // The receipt does not claim to look up the consumer's records: the answer holds none.
    assertThat(body(mailTo("stl.answer@example.com", "We received")))
        .contains("our answer describes our practices, not information about you")
        .doesNotContain("find your records");

    String page = get(receipt.path("statusUrl").asText());
    assertThat(page).contains("Example Catalogs, Inc.").contains("100 Main Street");
  }

  @Test
  void a_second_request_in_the_same_calendar_year_is_refused_saying_when_to_ask_again()
      throws Exception {
    assertThat(submit("stl.twice@example.com").path("status").asText()).isEqualTo("completed");

    JsonNode second = submit("STL.Twice@example.com");

    assertThat(second.path("status").asText()).isEqualTo("denied");
    assertThat(second.path("denialBasis").asText()).isEqualTo("answered-this-year");
    String refusal = body(mailTo("stl.twice@example.com", "About your privacy request"));
    assertThat(refusal)
        .contains("already answered a request about disclosures for direct marketing")
        .contains("January 1, 2027");
  }

  private static JsonNode submit(String email) throws Exception {
    String body =
        "{\"type\":\"direct-marketing\",\"subject\":{\"email\":\""
            + email
            + "\",\"name\":\"Pat Example\"}}";
    HttpResponse<String> response =
        ApiContract.checked(
            http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/requests")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> response =
        ApiContract.checked(
            http.send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** Waits for the mail to {@code to} whose subject contains {@code subject}. */
  private static MimeMessage mailTo(String to, String subject) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
            && m.getSubject().contains(subject)) {
          return m;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail to " + to + " about '" + subject + "'");
  }

  private static String body(MimeMessage message) {
    // Quoted-printable soft line breaks would split the phrases the test looks for.
    return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }
}
