package dev.rightful.cli;

import static dev.rightful.cli.ClusterMail.assertEveryMailSentAtMostOnce;
import static dev.rightful.cli.ClusterMail.mailSettled;
import static dev.rightful.cli.ClusterMail.outbox;
import static dev.rightful.cli.ClusterSql.count;
import static dev.rightful.cli.ClusterSql.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rightful.audit.AuditLog;
import dev.rightful.crypto.Keys;
import dev.rightful.fulfil.FulfilmentScheduler;
import dev.rightful.staff.ServiceTokens;
import dev.rightful.store.Database;
import dev.rightful.testing.Poll;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 6: two server processes on one PostgreSQL schema share the work; one is killed
 * with SIGKILL while it holds fulfilment jobs and intake is under way, and the survivor finishes.
 * Independent SQL and the mail a GreenMail server received then show nothing lost and nothing done
 * twice: every request answered 201 stored once with one receipt, every job completed once, every
 * mail and every opt-out propagation sent at most once, one row per recurring task, the audit chain
 * valid with no event chained twice. A revoked service token is refused by both nodes within {@link
 * ServiceTokens#REVOCATION_DELAY}.
 */
class MultiNodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CREATED = Pattern.compile("Created token (\\d+)");
  private static final int DELETIONS = 6;
  private static final int ACCESS = 6; // know-specific: an access package each
  private static final int OPT_OUTS = 8;
  private static final List<String> RECURRING =
      List.of(
          "fulfil-notify",
          "fulfil-package-purge",
          "retention-sweep",
          "records-purge",
          "verification-sweep",
          "consent-propagation");

  @TempDir Path work;

  private record Token(long id, String secret) {}

  @Test
  void two_nodes_share_the_work_and_the_survivor_of_a_kill_finishes_it_once() throws Exception {
    String url = Postgres.freshSchema("multi_node");
    Keys.devKeys(work);
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    try (TestDatabase company =
            TestDatabase.withDemo(TestDatabase.Kind.POSTGRESQL, "multi_node_company");
        Database rightful = Database.open(url, Postgres.USER, "", 2)) {
      List<String> args = args(url, smtp.getSmtp().getPort());
      Map<String, String> env =
          Map.of("COMPANY_DB_URL", company.url(), "COMPANY_DB_USER", company.user());
      // Both start at once, as nodes of a cluster may: migrations and recurring tasks race.
      CompletableFuture<ServerProcess> second =
          CompletableFuture.supplyAsync(() -> started(work, "b.log", args, env));
      ServerProcess first;
      try {
        first = ServerProcess.start(work, "a.log", args, env);
      } catch (IOException | RuntimeException e) {
        second.thenAccept(MultiNodeTest::stop);
        throw e;
      }
      try (ServerProcess a = first;
          ServerProcess b = second.join()) {
        List<ServerProcess> nodes = List.of(a, b);
        Jdbi db = rightful.jdbi();
        String admin = token(url, "admin", null).secret();
        String writer = token(url, "service", "consent:write").secret();
        revocationReachesEveryNode(nodes, token(url, "service", "consent:decisions"), url);

        List<String> people =
            company.column("SELECT email || '|' || full_name FROM customers ORDER BY id");
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < DELETIONS + ACCESS; i++) {
          String[] person = people.get(i).split("\\|");
          String type = i < DELETIONS ? "delete" : "know-specific";
          String id = submit(nodes.get(i % 2), type, person[0], person[1]);
          verify(nodes.get((i + 1) % 2), admin, id);
          jobs.add(id);
        }
        for (int i = 0; i < OPT_OUTS; i++) {
          String choice =
              "{\"subject\":\"email:opt-out-"
                  + i
                  + "@example.org\",\"purposes\":[\"sale\",\"share\"],\"choice\":\"opt-out\","
                  + "\"source\":\"staff\"}";
          HttpResponse<String> recorded =
              nodes.get(i % 2).send("POST", "/api/v1/consent/choices", writer, choice);
          assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }

        IntakeLoad intake = new IntakeLoad(nodes);
        intake.start();
        Instant killed;
        try (Connection lock = company.connect()) {
          // Every job waits on the customers table, so the node killed certainly holds some.
          lock.setAutoCommit(false);
          lock.createStatement().execute("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE");
          for (int i = 0; i < jobs.size(); i++) {
            HttpResponse<String> started =
                nodes
                    .get(i % 2)
                    .send("POST", "/api/v1/requests/" + jobs.get(i) + "/fulfil", admin, "");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
          }
          Poll.until(
              Duration.ofSeconds(20),
              () -> pickedBy(db, a) > 0,
              "node A to pick fulfilment jobs\n" + a.log());
          a.kill();
          killed = Instant.now();
          lock.rollback();
        }
        Thread.sleep(500); // intake goes on at the survivor a little after the kill
        intake.stop();

        Poll.until(
            Duration.ofSeconds(50),
            () -> completed(db, jobs) == jobs.size(),
            "the survivor to complete every job\n" + b.log());
        Poll.until(
            Duration.ofSeconds(40),
            () -> propagationSettled(db),
            "every opt-out propagation to be mailed\n" + b.log());
        Poll.until(
            Duration.ofSeconds(20),
            () ->
                mailSettled(db, smtp, killed)
                    && count(db, "SELECT COUNT(*) FROM audit_pending") == 0,
            () -> "the outbox and the audit log to settle: " + outbox(db, smtp) + "\n" + b.log());

        assertEveryAcceptedRequestStoredOnceWithOneReceipt(db, intake, jobs);
        assertEveryJobDoneOnce(db, jobs);
        assertEveryMailSentAtMostOnce(db, smtp, killed);
        assertThat(
                texts(
                    db, "SELECT task_name FROM scheduled_tasks WHERE task_instance = 'recurring'"))
            .as("one row, so one due run at a time, per recurring task")
            .containsExactlyInAnyOrderElementsOf(RECURRING);
        assertThat(new AuditLog(db, Clock.systemUTC()).verify().ok()).isTrue();
        assertThat(
                count(
                    db,
                    "SELECT COUNT(*) FROM (SELECT action, subject_id, details, occurred_at"
                        + " FROM audit_event GROUP BY action, subject_id, details, occurred_at"
                        + " HAVING COUNT(*) > 1) doubled"))
            .as("audit events chained twice")
            .isZero();
      }
    } finally {
      smtp.stop();
    }
  }

  /**
   * Starts with the test's map (AdCo told by email), GreenMail and intake limits out of the way.
   */
  private List<String> args(String url, int smtpPort) throws Exception {
    List<String> args = new ArrayList<>(ServerProcess.startOnPostgres(url, work));
    args.set(args.indexOf("--smtp-port") + 1, Integer.toString(smtpPort));
    args.set(args.indexOf("--datamap") + 1, mapTellingAdCoByEmail(work.resolve("map")).toString());
    args.addAll(
        List.of(
            "--smtp-starttls=false",
            "--mail-poll-seconds",
            "1",
            "--intake-per-address-per-minute",
            "1000000",
            "--intake-per-address-per-day",
            "1000000"));
    return args;
  }

  /**
   * The Net2Phone map with AdCo, the ad partner it sells and shares to, told of opt-outs by email:
   * each propagation is a mail the test can count.
   */
  private static Path mapTellingAdCoByEmail(Path directory) throws IOException {
    Files.createDirectories(directory);
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, directory.resolve(file.getFileName()));
      }
    }
    Path disclosures = directory.resolve("disclosures.yaml");
    String sold = "    transfer: sale-and-share\n";
    String yaml = Files.readString(disclosures);
    assertThat(yaml).contains(sold);
    Files.writeString(
        disclosures,
        yaml.replace(
            sold,
            sold + "    vendors:\n      - name: AdCo\n        email: privacy@adco.example\n"));
    return directory;
  }

  /**
   * A revocation written to the shared database (Rightful revokes through {@code rightful token
   * revoke}) is honoured by every node within the bound, though each had the token cached.
   */
  private static void revocationReachesEveryNode(
      List<ServerProcess> nodes, Token reader, String url) throws Exception {
    String path =
        "/api/v1/consent/decision?purpose=sale&subject="
            + URLEncoder.encode("email:someone@example.org", StandardCharsets.UTF_8);
    for (ServerProcess node : nodes) {
      assertThat(node.send("GET", path, reader.secret(), null).statusCode()).isEqualTo(200);
    }
    CommandRun revoked =
        CommandRun.of(
            new TokenCommand(),
            "revoke",
            Long.toString(reader.id()),
            "--db-url",
            url,
            "--db-user",
            Postgres.USER);
    assertThat(revoked.exitCode()).as(revoked.err()).isZero();
    Instant at = Instant.now();
    Duration bound = ServiceTokens.REVOCATION_DELAY.plusSeconds(2);
    for (ServerProcess node : nodes) {
      Poll.until(
          bound.minus(Duration.between(at, Instant.now())),
          () -> status(node, path, reader.secret()) == 401,
          "node on port " + node.port() + " to refuse the revoked token");
    }
    assertThat(Duration.between(at, Instant.now())).isLessThanOrEqualTo(bound);
  }

  private static void assertEveryAcceptedRequestStoredOnceWithOneReceipt(
      Jdbi db, IntakeLoad intake, List<String> jobs) {
    List<String> accepted = new ArrayList<>(jobs);
    accepted.addAll(intake.accepted);
    assertThat(intake.accepted).as("intake answered 201 during the run").isNotEmpty();
    for (String id : accepted) {
      assertThat(count(db, "SELECT COUNT(*) FROM rights_request WHERE id = ?", id))
          .as("request %s stored", id)
          .isEqualTo(1);
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM mail_outbox o JOIN rights_request r ON o.request_id = r.reference"
                      + " WHERE r.id = ? AND o.kind IN ('receipt', 'opt-out-confirmation')",
                  id))
          .as("receipts queued for %s", id)
          .isEqualTo(1);
    }
    assertThat(count(db, "SELECT COUNT(*) FROM rights_request"))
        .as("no request stored that was not sent")
        .isBetween((long) accepted.size(), (long) jobs.size() + intake.attempts.get());
  }

  private static void assertEveryJobDoneOnce(Jdbi db, List<String> jobs) {
    for (int i = 0; i < jobs.size(); i++) {
      String id = jobs.get(i);
      Function<String, Long> events =
          action ->
              count(
                  db,
                  "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = ?",
                  id,
                  action);
      assertThat(events.apply("request.completed")).as("%s completed", id).isEqualTo(1);
      assertThat(events.apply("fulfil.started")).as("%s started", id).isEqualTo(1);
      if (i < DELETIONS) {
        assertThat(events.apply("fulfil.deletion-certified")).as("%s certified", id).isEqualTo(1);
      }
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM (SELECT details FROM audit_event WHERE subject_id = ?"
                      + " AND action = 'fulfil.step-done' GROUP BY details HAVING COUNT(*) > 1) d",
                  id))
          .as("steps of %s done twice", id)
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM fulfil_job WHERE request_id = ? AND status <> 'done'",
                  id))
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM mail_outbox o JOIN rights_request r ON o.request_id = r.reference"
                      + " WHERE r.id = ? AND o.kind = 'response'",
                  id))
          .as("answers mailed for %s", id)
          .isEqualTo(1);
    }
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?",
                FulfilmentScheduler.TASK))
        .isZero();
  }

  /** Every opt-out propagation by email sent, or claimed by the dead node for five minutes. */
  private static boolean propagationSettled(Jdbi db) {
    return count(db, "SELECT COUNT(*) FROM consent_propagation WHERE channel = 'email'") > 0
        && count(
                db,
                "SELECT COUNT(*) FROM consent_propagation WHERE channel = 'email'"
                    + " AND status = 'pending' AND (claimed_until IS NULL"
                    + " OR claimed_until <= CURRENT_TIMESTAMP)")
            == 0;
  }

  private static long pickedBy(Jdbi db, ServerProcess node) {
    return count(
        db,
        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND picked AND picked_by LIKE ?",
        FulfilmentScheduler.TASK,
        node.pid() + "@%");
  }

  private static long completed(Jdbi db, List<String> ids) {
    return ids.stream()
        .filter(
            id ->
                count(
                        db,
                        "SELECT COUNT(*) FROM rights_request WHERE id = ? AND status = 'completed'",
                        id)
                    == 1)
        .count();
  }

  private static ServerProcess started(
      Path work, String log, List<String> args, Map<String, String> env) {
    try {
      return ServerProcess.start(work, log, args, env);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stop(ServerProcess server) {
    try {
      server.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Token token(String url, String role, String scope) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "create",
                "--role",
                role,
                "--name",
                role + "-" + scope,
                "--db-url",
                url,
                "--db-user",
                Postgres.USER));
    if (scope != null) {
      args.addAll(List.of("--scope", scope));
    }
    CommandRun created = CommandRun.of(new TokenCommand(), args.toArray(String[]::new));
    assertThat(created.exitCode()).as(created.err()).isZero();
    Matcher id = CREATED.matcher(created.err());
    assertThat(id.find()).as(created.err()).isTrue();
    return new Token(Long.parseLong(id.group(1)), created.out().strip());
  }

  private static String submit(ServerProcess node, String type, String email, String name)
      throws Exception {
    HttpResponse<String> submitted =
        node.send(
            "POST",
            "/api/v1/requests",
            null,
            "{\"type\":\""
                + type
                + "\",\"subject\":{\"email\":\""
                + email
                + "\",\"name\":\""
                + name
                + "\"}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    return JSON.readTree(submitted.body()).get("id").asText();
  }

  private static void verify(ServerProcess node, String admin, String id) throws Exception {
    HttpResponse<String> verified =
        node.send(
            "POST",
            "/api/v1/requests/" + id + "/verify",
            admin,
            "{\"dataPointsMatched\":3,\"declarationSigned\":true}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
  }

  private static int status(ServerProcess node, String path, String token) {
    try {
      return node.send("GET", path, token, null).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }
}
