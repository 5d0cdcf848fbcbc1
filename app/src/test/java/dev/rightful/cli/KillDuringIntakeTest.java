package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.crypto.Keys;
import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 3: a request answered 201 survives {@code kill -9} of the server. A real server
 * process takes a storm of opt-outs, is killed with SIGKILL mid-stream, is started again on the
 * same database, and every id it acknowledged must be in {@code rights_request}, read with plain
 * JDBC rather than through the app.
 */
class KillDuringIntakeTest {
  static final int CLIENTS = 32;
  static final int POSTS = 1_000;

  /** Kill once this many 201s are out: well inside the storm, with POSTs still in flight. */
  static final int KILL_AFTER = 300;

  /** Every POST comes from 127.0.0.1: the shipped intake limits would refuse all but 20. */
  static final List<String> RAISED_LIMITS =
      List.of(
          "--intake-per-address-per-minute",
          "1000000",
          "--intake-per-address-per-day",
          "1000000",
          "--intake-per-email-per-day",
          "1000000");

  @TempDir Path work;

  @Test
  void start_dev_on_h2_keeps_every_acknowledged_request_after_kill_9() throws Exception {
    Path dataDir = work.resolve("data");
    List<String> args = new ArrayList<>(List.of("start-dev", "--data-dir", dataDir.toString()));
    args.addAll(RAISED_LIMITS);
    String url = Database.embeddedUrl(dataDir);
    assertEveryAcknowledgedRequestSurvives(args, () -> storedIds(url, "sa"));
  }

  @Test
  void start_on_postgresql_keeps_every_acknowledged_request_after_kill_9() throws Exception {
    String url = Postgres.freshSchema("kill_during_intake");
    Keys.devKeys(work);
    List<String> args = ServerProcess.startOnPostgres(url, work);
    args = new ArrayList<>(args);
    args.addAll(RAISED_LIMITS);
    assertEveryAcknowledgedRequestSurvives(args, () -> storedIds(url, Postgres.USER));
  }

  private void assertEveryAcknowledgedRequestSurvives(List<String> args, Supplier<Set<String>> ids)
      throws Exception {
    ServerProcess first = ServerProcess.start(work, "first.log", args);
    IntakeStorm.Outcome outcome =
        new IntakeStorm(first.uri("/api/v1/requests"))
            .run(CLIENTS, POSTS, KILL_AFTER, () -> killQuietly(first));
    first.kill();
    assertThat(outcome.acknowledged())
        .as("201s before the kill; server log:\n%s", first.log())
        .hasSizeGreaterThanOrEqualTo(KILL_AFTER);
    assertThat(outcome.unanswered())
        .as("POSTs cut off by the kill: it came mid-stream, not after the last answer")
        .isPositive();

    try (ServerProcess second = ServerProcess.start(work, "second.log", args)) {
      Set<String> stored = ids.get();
      List<String> missing =
          outcome.acknowledged().stream().filter(id -> !stored.contains(id)).toList();
      assertThat(missing.size())
          .as(
              "of %d requests answered 201, these are missing after kill -9: %s",
              outcome.acknowledged().size(), missing.subList(0, Math.min(5, missing.size())))
          .isZero();
    }
  }

  private static void killQuietly(ServerProcess server) {
    try {
      server.kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The ids in {@code rights_request}, by plain JDBC beside the running server. */
  private static Set<String> storedIds(String url, String user) {
    Set<String> ids = new HashSet<>();
    try (var connection = DriverManager.getConnection(url, user, "");
        var rows = connection.createStatement().executeQuery("SELECT id FROM rights_request")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }
}
