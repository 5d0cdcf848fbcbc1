package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.Services;
import dev.rightful.demo.DemoDatabase;
import dev.rightful.law.RequestType;
import dev.rightful.requests.AgentAuthority;
import dev.rightful.requests.Channel;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.Requester;
import dev.rightful.requests.RequesterKind;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import dev.rightful.staff.Role;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent's deletion with the consumer's signed permission is not fulfilled until the consumer
 * confirms the agent (7063(a)): every path that could start or finish it (the API, the console's
 * Start button, the scheduled job, completion, a step's confirmation) refuses with the reason, and
 * the company's PostgreSQL database, read with its own SQL, still holds every row of Jane's.
 */
class FulfilGateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JANE = "jane.doe@example.com";

  private static HikariDataSource company;
  private static TestServer server;
  private static Services services;
  private static ConsoleClient console;
  private static String token;

  @BeforeAll
  static void start() {
    company = new HikariDataSource();
    company.setJdbcUrl(Postgres.freshSchema("fulfil_gate_company"));
    company.setUsername(Postgres.USER);
    company.setPassword("");
    company.setMaximumPoolSize(2);
    DemoDatabase.of(Repo.exampleMap().resolve("db")).load(company, true);
    server =
        TestServer.start(
            Repo.exampleMap(),
            TestServer.h2Url(),
            "sa",
            "",
            new CompanyDatabases.Target(company.getJdbcUrl(), Postgres.USER, ""));
    services = server.app().services();
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    console = ConsoleClient.signIn(server, "alice");
    token =
        services
            .staff()
            .tokens()
            .issue(Role.AGENT, "gate-agent", Duration.ofDays(1), "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    company.close();
  }

  /** A deletion for Jane by an agent holding her signed permission, verified, not confirmed. */
  private static RightsRequest agentsDeletion() {
    return agentsDeletion(JANE, "Jane Doe");
  }

  private static RightsRequest agentsDeletion(String email, String name) {
    Submission submission =
        new Submission(
            RequestType.DELETE,
            Channel.API,
            new Subject(email, null, name, null, null),
            new Requester(
                RequesterKind.AUTHORIZED_AGENT,
                "Ada Agent",
                "ada@agents.example",
                AgentAuthority.SIGNED_PERMISSION),
            null,
            null,
            null,
            List.of(),
            name,
            null);
    RightsRequest request = services.requests().submit(submission, "agent").request();
    services
        .requests()
        .recordVerification(
            request.id(), new RequestService.Verification(3, true, "test"), "staff:test");
    assertThat(services.requests().get(request.id()).status()).isEqualTo(RequestStatus.VERIFIED);
    return request;
  }

  /** Jane's rows in the tables a deletion erases or anonymizes, counted by the company's SQL. */
  private static long janesRows() {
    return count(
        "SELECT (SELECT COUNT(*) FROM customers WHERE email = '"
            + JANE
            + "' AND full_name = 'Jane Doe')"
            + " + (SELECT COUNT(*) FROM marketing_contacts WHERE email = '"
            + JANE
            + "')"
            + " + (SELECT COUNT(*) FROM web_events WHERE customer_id = 1001)"
            + " + (SELECT COUNT(*) FROM call_records WHERE account_id IN (SELECT id FROM accounts WHERE customer_id = 1001))");
  }

  private static long count(String sql) {
    try (Connection c = company.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> api(String path) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static void assertRefusedForTheAgent(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("field").asText()).isEqualTo("requester");
    assertThat(problem.path("detail").asText())
        .contains("has not yet confirmed the agent's permission");
  }

  @Test
  void the_api_refuses_to_start_it_with_a_409_naming_the_reason_and_nothing_is_deleted()
      throws Exception {
    long before = janesRows();
    assertThat(before).isGreaterThan(3);
    RightsRequest request = agentsDeletion();

    assertRefusedForTheAgent(api("/api/v1/requests/" + request.id() + "/fulfil"));
    assertRefusedForTheAgent(api("/api/v1/requests/" + request.id() + "/steps/company_db/confirm"));

    Thread.sleep(1500); // a job wrongly scheduled would have run by now
    assertThat(janesRows()).isEqualTo(before);
    assertThat(services.fulfilment().jobs().list(request.id())).isEmpty();
    assertThat(services.requests().get(request.id()).status()).isEqualTo(RequestStatus.VERIFIED);
  }

  @Test
  void the_console_shows_no_start_button_and_refuses_the_post_saying_why() {
    long before = janesRows();
    RightsRequest request = agentsDeletion();
    String path = "/admin/requests/" + request.id();

    Document page = console.page(path);
    assertThat(page.select("#start-fulfilment")).isEmpty();
    assertThat(page.select("#fulfil-not-yet").text())
        .contains("has not yet confirmed the agent's permission");
    HttpResponse<String> refused = console.post(path + "/fulfil", Map.of());
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.body()).text())
        .contains("has not yet confirmed the agent's permission");
    assertThat(janesRows()).isEqualTo(before);
  }

  @Test
  void a_job_scheduled_anyway_runs_without_touching_the_data_and_completion_is_refused()
      throws Exception {
    long before = janesRows();
    RightsRequest request = agentsDeletion();

    // A job left in the scheduler (scheduled before a rule changed, or by another node).
    services.fulfilment().scheduler().schedule(request.id());
    for (int i = 0; i < 100 && scheduled(request.id()); i++) {
      Thread.sleep(100);
    }
    assertThat(scheduled(request.id())).as("the job ran to its end, not retried").isFalse();
    assertThat(janesRows()).isEqualTo(before);
    assertThat(services.fulfilment().jobs().list(request.id())).isEmpty();

    assertThatThrownBy(
            () ->
                services
                    .requests()
                    .complete(request.id(), ResponseNature.COMPLIED, "Done.", "staff:test"))
        .isInstanceOf(RequestRuleViolation.class)
        .hasMessageContaining("has not yet confirmed the agent's permission");
  }

  @Test
  void once_the_consumer_confirms_the_agent_the_deletion_runs() throws Exception {
    // Marcus, not Jane: the other tests count Jane's rows.
    String marcus = "marcus.lee@example.com";
    assertThat(count("SELECT COUNT(*) FROM customers WHERE email = '" + marcus + "'")).isOne();
    RightsRequest request = agentsDeletion(marcus, "Marcus Lee");
    services.requests().confirmAgent(request.id(), "consumer");

    assertThat(api("/api/v1/requests/" + request.id() + "/fulfil").statusCode()).isEqualTo(202);
    for (int i = 0; i < 300 && services.requests().get(request.id()).isOpen(); i++) {
      Thread.sleep(100);
    }
    assertThat(services.requests().get(request.id()).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(count("SELECT COUNT(*) FROM customers WHERE email = '" + marcus + "'")).isZero();
  }

  private static boolean scheduled(String requestId) {
    return services
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = :id")
                        .bind("id", requestId)
                        .mapTo(Long.class)
                        .one())
        > 0;
  }
}
