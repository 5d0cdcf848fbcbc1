package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.audit.AuditEvent;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff restart a fulfilment job held by a node that died (issue 13, item 4): the dead node's claim
 * is the {@code scheduled_tasks} row db-scheduler leaves behind, picked with an old heartbeat.
 */
class RestartStuckJobTest {
  private static CompanyDb company;
  private static TestServer server;
  private static String admin;
  private static long adminId;
  private static String agent;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    company = CompanyDb.postgres("fulfil_restart_company");
    server =
        TestServer.start(
            Repo.exampleMap(),
            TestServer.h2Url(),
            "sa",
            "",
            new CompanyDatabases.Target(company.dataSource.getJdbcUrl(), "postgres", ""));
    var tokens = server.app().services().staff().tokens();
    var issued = tokens.issue(Role.ADMIN, "test-admin", Duration.ofDays(1), "test");
    admin = issued.secret();
    adminId = issued.token().id();
    agent = tokens.issue(Role.AGENT, "test-agent", Duration.ofDays(1), "test").secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    company.close();
  }

  @Test
  void an_admin_restarts_a_job_whose_node_stopped_sending_heartbeats_and_it_completes()
      throws Exception {
    String id = verified("marcus.lee@example.com");
    heldByNode(id, "dead-node", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30));

    HttpResponse<String> plain = post(id, "", admin);
    assertThat(plain.statusCode()).isEqualTo(202);
    assertThat(plain.body()).contains("\"scheduled\":false");
    assertThat(post(id, "?restart=true", agent).statusCode()).isEqualTo(403);

    HttpResponse<String> restarted = post(id, "?restart=true", admin);
    assertThat(restarted.statusCode()).isEqualTo(202);
    assertThat(restarted.body()).contains("\"restarted\":true");
    awaitClosed(id);

    Services services = server.app().services();
    assertThat(services.requests().get(id).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(
            company.count("SELECT COUNT(*) FROM customers WHERE email = 'marcus.lee@example.com'"))
        .isZero();
    assertThat(services.audit().list("request", id))
        .filteredOn(e -> e.action().equals("fulfil.restarted"))
        .singleElement()
        .extracting(AuditEvent::actor)
        .isEqualTo("staff:token:" + adminId);
  }

  @Test
  void a_job_whose_node_is_alive_is_refused_and_left_to_that_node() throws Exception {
    String id = verified("jane.doe@example.com");
    heldByNode(id, "live-node", OffsetDateTime.now(ZoneOffset.UTC));

    HttpResponse<String> refused = post(id, "?restart=true", admin);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("live node");
    assertThat(pickedBy(id)).isEqualTo("live-node");
    assertThat(server.app().services().audit().list("request", id))
        .noneMatch(e -> e.action().equals("fulfil.restarted"));
    // The "live" node never finishes: remove its claim so the scheduler does not revive it later.
    jdbi().useHandle(h -> h.execute("DELETE FROM scheduled_tasks WHERE task_instance = ?", id));
  }

  @Test
  void a_restart_of_a_job_no_node_holds_starts_it_as_usual() throws Exception {
    String id = verified("priya.raman@example.com");
    HttpResponse<String> started = post(id, "?restart=true", admin);
    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(started.body()).contains("\"scheduled\":true").doesNotContain("restarted");
    awaitClosed(id);
    assertThat(server.app().services().requests().get(id).status())
        .isEqualTo(RequestStatus.COMPLETED);
  }

  /**
   * The row db-scheduler leaves when {@code node} picked the job and then stopped at {@code at}.
   */
  private static void heldByNode(String id, String node, OffsetDateTime heartbeat) {
    jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time,"
                            + " picked, picked_by, last_heartbeat, version)"
                            + " VALUES (:task, :id, :at, TRUE, :node, :at, 1)")
                    .bind("task", FulfilmentScheduler.TASK)
                    .bind("id", id)
                    .bind("at", heartbeat)
                    .bind("node", node)
                    .execute());
  }

  private static String pickedBy(String id) {
    return jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT picked_by FROM scheduled_tasks WHERE task_instance = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
  }

  private static org.jdbi.v3.core.Jdbi jdbi() {
    return server.app().services().database().jdbi();
  }

  private static String verified(String email) {
    RequestService requests = server.app().services().requests();
    String id =
        requests
            .submit(Submissions.api(RequestType.DELETE, email, "Jane Doe", "Jane Doe"), "consumer")
            .request()
            .id();
    requests.recordVerification(id, new RequestService.Verification(3, true, "test"), "staff:t");
    return id;
  }

  private static HttpResponse<String> post(String id, String query, String bearer)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests/" + id + "/fulfil" + query)))
            .header("Authorization", "Bearer " + bearer)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return ApiContract.checked(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private static void awaitClosed(String id) throws InterruptedException {
    Services services = server.app().services();
    for (int i = 0; i < 600 && services.requests().get(id).isOpen(); i++) {
      Thread.sleep(100);
    }
  }
}
