package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.audit.AuditEvent;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.LegalHoldBasis;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.ResponseNature;
import dev.rightful.retention.Hold;
import dev.rightful.retention.Holds;
import dev.rightful.staff.Role;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.ApiContract;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fulfilment through the running app, its scheduler and the Net2Phone database on PostgreSQL. */
class FulfilmentApiTest {
  private static CompanyDb company;
  private static TestServer server;
  private static String token;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    company = CompanyDb.postgres("fulfil_api_company");
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

  private static String verified(RequestType type, String email) {
    String id = submitted(type, email);
    server
        .app()
        .services()
        .requests()
        .recordVerification(id, new RequestService.Verification(3, true, "test"), "staff:t");
    return id;
  }

  private static String submitted(RequestType type, String email) {
    RequestService requests = server.app().services().requests();
    return requests
        .submit(Submissions.api(type, email, "Jane Doe", "Jane Doe"), "consumer")
        .request()
        .id();
  }

  private static HttpResponse<byte[]> call(String method, String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    request.method(method, HttpRequest.BodyPublishers.noBody());
    try {
      return ApiContract.checked(
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the scheduler's worker thread to finish the job (no assertion on how long). */
  private static void awaitClosed(String id) throws InterruptedException {
    Services services = server.app().services();
    for (int i = 0; i < 600 && services.requests().get(id).isOpen(); i++) {
      Thread.sleep(100);
    }
  }

  @Test
  void on_the_example_an_opt_out_becomes_a_staff_task_for_the_ad_partners_and_closes_when_done() {
    Services services = server.app().services();
    // Opt-outs need no verification (7026(d)): submitted, the request is verified at once, and
    // the ad partners, sold and shared to but named in the map by category only, are a task.
    String id = submitted(RequestType.OPT_OUT, "ana.optout@example.com");
    List<Notice> notices = services.fulfilment().notifier().list(id);
    assertThat(notices)
        .extracting(Notice::recipientId, Notice::channel, Notice::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ad-partners", "manual", "pending"));
    assertThat(services.requests().get(id).status()).isEqualTo(RequestStatus.VERIFIED);

    HttpRequest confirm =
        HttpRequest.newBuilder(
                URI.create(
                    server.url(
                        "/api/v1/requests/"
                            + id
                            + "/notifications/"
                            + notices.get(0).id()
                            + "/confirm")))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"Told both ad networks.\"}"))
            .build();
    try {
      assertThat(
              ApiContract.checked(CLIENT.send(confirm, HttpResponse.BodyHandlers.ofString()))
                  .statusCode())
          .isEqualTo(200);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(services.requests().get(id).status()).isEqualTo(RequestStatus.COMPLETED);
  }

  @Test
  void a_verified_know_request_is_fulfilled_and_its_package_served_to_staff_and_by_signed_link()
      throws Exception {
    String id = verified(RequestType.KNOW_SPECIFIC, "jane.doe@example.com");

    HttpResponse<byte[]> plan = call("GET", "/api/v1/requests/" + id + "/plan", token);
    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(new String(plan.body()))
        .contains("\"id\":\"company_db\"")
        .contains("FROM \\\"marketing_contacts\\\" WHERE \\\"email\\\" IN (:email)");
    HttpResponse<byte[]> started = call("POST", "/api/v1/requests/" + id + "/fulfil", token);
    assertThat(started.statusCode()).isEqualTo(202);
    awaitClosed(id);

    assertThat(server.app().services().requests().get(id).status())
        .isEqualTo(RequestStatus.COMPLETED);
    HttpResponse<byte[]> staffZip = call("GET", "/api/v1/requests/" + id + "/package", token);
    assertThat(staffZip.statusCode()).isEqualTo(200);
    assertThat(staffZip.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(new String(staffZip.body(), 0, 2)).isEqualTo("PK");

    var links = server.app().services().fulfilment().service().links();
    Instant expires = TestServer.CLOCK.instant().plus(Duration.ofDays(7));
    String link = "/privacy/requests/package/" + links.token(id, expires);
    HttpResponse<byte[]> consumerZip = call("GET", link, null);
    assertThat(consumerZip.statusCode()).isEqualTo(200);
    assertThat(consumerZip.body()).isEqualTo(staffZip.body());
    String tampered = link.substring(0, link.length() - 1) + (link.endsWith("0") ? "1" : "0");
    assertThat(call("GET", tampered, null).statusCode()).isEqualTo(404);
    String otherExpiry =
        "/privacy/requests/package/"
            + id
            + "."
            + (expires.getEpochSecond() + 86_400)
            + "."
            + link.substring(link.lastIndexOf('.') + 1);
    assertThat(call("GET", otherExpiry, null).statusCode()).isEqualTo(404);
    String expired =
        "/privacy/requests/package/" + links.token(id, TestServer.CLOCK.instant().minusSeconds(1));
    assertThat(call("GET", expired, null).statusCode()).isEqualTo(410);
    // The link goes to the consumer's mail only, never into the stored timeline.
    assertThat(server.app().services().requests().timeline(id, true))
        .noneMatch(e -> e.text().contains("/privacy/requests/package/"));
  }

  @Test
  void a_verified_deletion_is_fulfilled_by_the_job_and_the_consumer_is_suppressed()
      throws Exception {
    String id = verified(RequestType.DELETE, "marcus.lee@example.com");
    assertThat(call("POST", "/api/v1/requests/" + id + "/fulfil", token).statusCode())
        .isEqualTo(202);
    awaitClosed(id);

    String status = new String(call("GET", "/api/v1/requests/" + id + "/fulfilment", token).body());
    assertThat(status)
        .contains("\"requestStatus\":\"completed\"")
        .contains(
            "{\"step\":\"company_db\",\"kind\":\"delete\",\"status\":\"done\",\"attempts\":0");
    assertThat(
            company.count("SELECT COUNT(*) FROM customers WHERE email = 'marcus.lee@example.com'"))
        .isZero();
    assertThat(
            new SuppressionList(
                    server.app().services().database().jdbi(),
                    server.app().services().pi(),
                    TestServer.CLOCK)
                .containsEmail("marcus.lee@example.com"))
        .isTrue();
    assertThat(call("POST", "/api/v1/requests/" + id + "/fulfil", token).statusCode())
        .isEqualTo(409);
  }

  @Test
  void a_legal_hold_on_a_phone_learnt_from_the_rows_keeps_the_consumers_data_and_says_why()
      throws Exception {
    Services services = server.app().services();
    Hold hold =
        new Holds(services.database().jdbi(), services.pi(), TestServer.CLOCK)
            .placeOnConsumer("phone", "+1 (408) 555-0102", "billing dispute 17", null, "legal");
    // Priya asks with her email; her phone is found in her customer row.
    String id = verified(RequestType.DELETE, "priya.raman@example.net");
    assertThat(call("POST", "/api/v1/requests/" + id + "/fulfil", token).statusCode())
        .isEqualTo(202);
    awaitClosed(id);

    assertThat(services.requests().get(id).responseNature())
        .isEqualTo(ResponseNature.COMPLIED_IN_PART);
    String answer =
        services.requests().timeline(id, true).stream()
            .filter(e -> e.kind().equals("completed"))
            .findFirst()
            .orElseThrow()
            .text();
    dev.rightful.testing.ConsumerText.assertConsumerFacing(answer);
    assertThat(answer)
        .startsWith(
            "We kept your personal information, for the reasons below.\n\n"
                + "Kept, and used for that purpose only:\n- ")
        .contains(
            "- Customers of the Net2Phone services, one row per customer — 1 record (Identifiers,")
        .contains("Why: " + LegalHoldBasis.TEXT)
        .contains("- Page views and ad interactions on the Website")
        .doesNotContain("billing dispute", "We deleted", "Deleted:");
    assertThat(company.text("SELECT full_name FROM customers WHERE id = 1003"))
        .isEqualTo("Priya Raman");
    assertThat(company.count("SELECT COUNT(*) FROM web_events WHERE customer_id = 1003"))
        .isPositive();
    assertThat(
            services.audit().list("request", id).stream()
                .filter(e -> e.action().equals("fulfil.step-done"))
                .map(AuditEvent::details))
        .singleElement()
        .asString()
        .contains("\"legalHolds\":[" + hold.id() + "]");
  }

  @Test
  void fulfilment_needs_a_staff_token_and_a_verified_request() {
    String id = verified(RequestType.DELETE, "nobody@example.com");
    assertThat(call("POST", "/api/v1/requests/" + id + "/fulfil", null).statusCode())
        .isEqualTo(401);
    assertThat(call("GET", "/api/v1/requests/" + id + "/package", token).statusCode())
        .isEqualTo(404);
  }
}
