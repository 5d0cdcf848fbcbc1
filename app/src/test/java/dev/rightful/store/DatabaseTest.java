package dev.rightful.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.notice.NoticePublisher;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {
  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("rightful_store_test"), Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void migrations_run_and_are_idempotent(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      assertThat(database.isReachable()).isTrue();
      Database.migrate(database.dataSource()); // a second start migrates nothing and fails nothing
      int versions =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM notice_version")
                          .mapTo(Integer.class)
                          .one());
      assertThat(versions).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_notice_is_recorded_once_per_distinct_text(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      var publisher = new NoticePublisher(database.jdbi(), TestServer.CLOCK);
      assertThat(publisher.publish("{\"v\":1}", LocalDate.of(2026, 6, 1))).isTrue();
      assertThat(publisher.publish("{\"v\":1}", LocalDate.of(2026, 6, 1))).isFalse();
      assertThat(publisher.publish("{\"v\":2}", LocalDate.of(2026, 7, 1))).isTrue();
      var history = publisher.history();
      assertThat(history).hasSize(2);
      assertThat(history.get(0).lastUpdated()).isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(history.get(0).digest()).hasSize(64);
    }
  }

  /** Nodes starting together publish the same notice at once; MultiNodeTest once failed here. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void nodes_publishing_one_notice_at_once_record_it_once(String name, String url, String user)
      throws Exception {
    var pool =
        Executors.newFixedThreadPool(8); // ExecutorService is AutoCloseable only from Java 19
    try (Database database = Database.open(url, user, "", 8)) {
      var publisher = new NoticePublisher(database.jdbi(), TestServer.CLOCK);
      var start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return publisher.publish("{\"v\":\"same\"}", LocalDate.of(2026, 6, 1));
                }));
      }
      start.countDown();
      int recorded = 0;
      for (var result : results) {
        recorded += result.get() ? 1 : 0;
      }
      assertThat(recorded).isEqualTo(1);
      assertThat(publisher.history()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The setting that KillDuringIntakeTest shows matters, checked without killing anything. */
  @Test
  void start_dev_database_writes_each_commit_to_its_file(@TempDir Path dataDir) {
    try (Database database = Database.open(Database.embeddedUrl(dataDir), "sa", "", 2)) {
      String writeDelay =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT setting_value FROM information_schema.settings"
                                  + " WHERE setting_name = 'WRITE_DELAY'")
                          .mapTo(String.class)
                          .one());
      assertThat(writeDelay).isEqualTo("0");
    }
  }
}
