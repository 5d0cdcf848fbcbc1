package dev.rightful.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.testing.Poll;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Intake's group commit (issue 13, item 9): callers waiting together share one transaction, each
 * answered only after it commits, and one caller's failure is that caller's alone.
 */
class GroupCommitTest {
  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("group_commit"), Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void callers_waiting_together_commit_in_one_transaction(String name, String url, String user)
      throws Exception {
    try (Database database = Database.open(url, user, "", 4)) {
      Jdbi jdbi = database.jdbi();
      createTables(jdbi);
      ExecutorService callers = Executors.newFixedThreadPool(12);
      CountDownLatch release = new CountDownLatch(1);
      try (GroupCommit commits = new GroupCommit(jdbi, "test", 1)) {
        // The one writer is busy with this caller while ten others arrive.
        CountDownLatch busy = new CountDownLatch(1);
        Future<Integer> first =
            callers.submit(() -> commits.inTransaction(h -> block(busy, release)));
        assertThat(busy.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          int id = i;
          waiting.add(callers.submit(() -> commits.inTransaction(h -> store(h, id))));
        }
        Poll.until(Duration.ofSeconds(10), () -> commits.waiting() == 10, "ten callers waiting");
        assertThat(count(jdbi, "probe")).isZero();
        release.countDown();
        assertThat(first.get()).isZero();
        for (int i = 0; i < 10; i++) {
          assertThat(waiting.get(i).get()).isEqualTo(i + 1);
        }
        // The first caller's transaction and one for the ten.
        assertThat(commits.commits()).isEqualTo(2);
      } finally {
        callers.shutdownNow();
      }
      assertThat(count(jdbi, "probe")).isEqualTo(10);
      // The deferred rows were written before the commit, each after its parent (a foreign key).
      List<Integer> notes =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT probe_id FROM probe_note ORDER BY seq")
                      .mapTo(Integer.class)
                      .list());
      assertThat(notes).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_failing_caller_fails_alone_and_the_others_are_stored_once(
      String name, String url, String user) throws Exception {
    try (Database database = Database.open(url, user, "", 4)) {
      Jdbi jdbi = database.jdbi();
      createTables(jdbi);
      jdbi.useHandle(h -> store(h, 3)); // the third caller will collide with it
      ExecutorService callers = Executors.newFixedThreadPool(12);
      CountDownLatch release = new CountDownLatch(1);
      try (GroupCommit commits = new GroupCommit(jdbi, "test", 1)) {
        CountDownLatch busy = new CountDownLatch(1);
        Future<Integer> first =
            callers.submit(() -> commits.inTransaction(h -> block(busy, release)));
        assertThat(busy.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
          int id = i;
          waiting.add(callers.submit(() -> commits.inTransaction(h -> store(h, id))));
        }
        Poll.until(Duration.ofSeconds(10), () -> commits.waiting() == 5, "five callers waiting");
        release.countDown();
        first.get();
        for (int i = 1; i <= 5; i++) {
          Future<Integer> answer = waiting.get(i - 1);
          if (i == 3) {
            assertThatThrownBy(answer::get)
                .hasCauseInstanceOf(UnableToExecuteStatementException.class);
          } else {
            assertThat(answer.get()).isEqualTo(i);
          }
        }
      } finally {
        callers.shutdownNow();
      }
      assertThat(count(jdbi, "probe")).isEqualTo(5); // 1, 2, 4, 5 and the earlier 3
      assertThat(count(jdbi, "probe_note")).isEqualTo(5);
      int noted =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT COUNT(DISTINCT probe_id) FROM probe_note")
                      .mapTo(Integer.class)
                      .one());
      assertThat(noted).isEqualTo(5);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void outside_a_group_commit_an_insert_runs_at_once(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      Jdbi jdbi = database.jdbi();
      createTables(jdbi);
      jdbi.useTransaction(
          h -> {
            h.execute("INSERT INTO probe (id) VALUES (7)");
            DeferredInserts.insert(
                h,
                "INSERT INTO probe_note (probe_id, text) VALUES (:id, :text)",
                Map.of("id", 7, "text", "now"));
            assertThat(h.createQuery("SELECT COUNT(*) FROM probe_note").mapTo(Integer.class).one())
                .isEqualTo(1);
          });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void closing_stops_every_writer_at_once(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      GroupCommit commits = new GroupCommit(database.jdbi(), "closing", 3);
      int before = commits.inTransaction(h -> 1);
      assertThat(before).isEqualTo(1);
      long start = System.nanoTime();
      commits.close();
      // Each writer is woken by its own stop; none is left waiting out the close's patience.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GroupCommit.CLOSE_WAIT);
      assertThat(
              Thread.getAllStackTraces().keySet().stream()
                  .filter(t -> t.getName().startsWith("closing-commit-") && t.isAlive()))
          .isEmpty();
      // After the close, work runs in its caller's thread.
      int after = commits.inTransaction(h -> 2);
      assertThat(after).isEqualTo(2);
    }
  }

  private static int block(CountDownLatch busy, CountDownLatch release) {
    busy.countDown();
    try {
      release.await();
      return 0;
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int store(Handle handle, int id) {
    handle.execute("INSERT INTO probe (id) VALUES (?)", id);
    DeferredInserts.insert(
        handle,
        "INSERT INTO probe_note (probe_id, text) VALUES (:id, :text)",
        Map.of("id", id, "text", "probe " + id));
    return id;
  }

  private static void createTables(Jdbi jdbi) {
    jdbi.useHandle(
        h -> {
          h.execute("DROP TABLE IF EXISTS probe_note");
          h.execute("DROP TABLE IF EXISTS probe");
          h.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
          h.execute(
              "CREATE TABLE probe_note (seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                  + " probe_id INT NOT NULL REFERENCES probe (id), text VARCHAR(40))");
        });
  }

  private static int count(Jdbi jdbi, String table) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }
}
