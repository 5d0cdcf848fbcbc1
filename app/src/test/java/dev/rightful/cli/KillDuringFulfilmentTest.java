package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.crypto.Keys;
import dev.rightful.fulfil.FulfilmentScheduler;
import dev.rightful.testing.ApiContract;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: a deletion whose node dies mid-job resumes within 60 s. A real server process
 * starts the deletion of a consumer in the Net2Phone company database while the test holds a lock
 * on {@code customers}, so the job is certainly mid-step; the process is killed with SIGKILL, the
 * lock released, a second server process started on the same PostgreSQL schema, and the request
 * must be completed, the consumer's row erased, within 60 s of the kill.
 */
class KillDuringFulfilmentTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String EMAIL = "marcus.lee@example.com";

  @TempDir Path work;

  @Test
  void a_deletion_left_by_a_killed_node_is_resumed_by_another_within_60_seconds() throws Exception {
    String url = Postgres.freshSchema("kill_during_fulfil");
    Keys.devKeys(work);
    try (TestDatabase company =
        TestDatabase.withDemo(TestDatabase.Kind.POSTGRESQL, "kill_fulfil_company")) {
      List<String> args = ServerProcess.startOnPostgres(url, work);
      Map<String, String> env =
          Map.of("COMPANY_DB_URL", company.url(), "COMPANY_DB_USER", company.user());
      ServerProcess first = ServerProcess.start(work, "first.log", args, env);
      String token = adminToken(url);
      String id = verifiedDeletion(first, token);

      Instant killed;
      try (Connection lock = company.connect()) {
        lock.setAutoCommit(false);
        lock.createStatement().execute("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE");
        assertThat(
                send(first, "POST", "/api/v1/requests/" + id + "/fulfil", token, "").statusCode())
            .isEqualTo(202);
        await(
            Duration.ofSeconds(30),
            () ->
                count(
                        lock,
                        "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                            + " AND relation = 'customers'::regclass")
                    > 0,
            "the job to wait on the locked customers table\n" + first.log());
        assertThat(pickedBy(url, id)).as("the first node holds the job").isNotNull();
        first.kill();
        killed = Instant.now();
        lock.rollback();
      }

      try (ServerProcess second = ServerProcess.start(work, "second.log", args, env)) {
        await(
            Duration.ofSeconds(60).minus(Duration.between(killed, Instant.now())),
            () -> requestStatus(second, token, id).equals("completed"),
            "the request to complete on the second node\n" + second.log());
        assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(60));
        try (Connection c = company.connect()) {
          assertThat(count(c, "SELECT COUNT(*) FROM customers WHERE email = '" + EMAIL + "'"))
              .isZero();
        }
      }
    }
  }

  private static String adminToken(String url) {
    CommandRun created =
        CommandRun.of(
            new TokenCommand(),
            "create",
            "--role",
            "admin",
            "--name",
            "ops",
            "--db-url",
            url,
            "--db-user",
            Postgres.USER);
    assertThat(created.exitCode()).as(created.err()).isZero();
    return created.out().strip();
  }

  /** A deletion submitted through the public API and verified by staff through theirs. */
  private static String verifiedDeletion(ServerProcess server, String token) throws Exception {
    HttpResponse<String> submitted =
        send(
            server,
            "POST",
            "/api/v1/requests",
            null,
            "{\"type\":\"delete\",\"subject\":{\"email\":\""
                + EMAIL
                + "\",\"name\":\"Marcus Lee\"}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String id = JSON.readTree(submitted.body()).get("id").asText();
    HttpResponse<String> verified =
        send(
            server,
            "POST",
            "/api/v1/requests/" + id + "/verify",
            token,
            "{\"dataPointsMatched\":3,\"declarationSigned\":true}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return id;
  }

  private static String requestStatus(ServerProcess server, String token, String id) {
    try {
      HttpResponse<String> status =
          send(server, "GET", "/api/v1/requests/" + id + "/fulfilment", token, null);
      JsonNode body = JSON.readTree(status.body());
      return body.path("requestStatus").asText("");
    } catch (Exception e) {
      return "";
    }
  }

  private static String pickedBy(String url, String id) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, Postgres.USER, "");
        var statement =
            c.prepareStatement(
                "SELECT picked_by FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")) {
      statement.setString(1, FulfilmentScheduler.TASK);
      statement.setString(2, id);
      try (var rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private static long count(Connection c, String sql) {
    try (var rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(
      ServerProcess server, String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return ApiContract.checked(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  /** Polls {@code done} until {@code timeout}; a failure says what it waited for. */
  private static void await(Duration timeout, BooleanSupplier done, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(250);
    }
    assertThat(done.getAsBoolean()).as("waited %s for %s", timeout, what).isTrue();
  }
}
