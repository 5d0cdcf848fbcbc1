package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.rightful.audit.AuditEvent;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.law.RecordKeeping;
import dev.rightful.retention.Hold;
import dev.rightful.retention.Holds;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.RecordsRig;
import dev.rightful.testing.TestServer;
import dev.rightful.work.NodeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records purge on H2 and PostgreSQL, on TestServer's day (2026-11-29 in Los Angeles) with the
 * 24-month minimum: the cut-off is 2024-11-29 00:00 in Los Angeles (08:00 UTC).
 */
class RecordsPurgeTest {
  static final RecordKeeping KEEP = RecordKeeping.minimum();
  static final Instant CUTOFF = Instant.parse("2024-11-29T08:00:00Z");

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("records_purge"), Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_request_closed_before_the_cutoff_goes_with_every_row_and_nothing_else_does(
      String name, String url, String user) {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      String completed = rig.completed("2024-06-03T18:00:00Z");
      String denied = rig.denied("2024-01-15T18:00:00Z");
      // 2024-11-28 23:59 in Los Angeles, already the 29th in UTC: more than 24 months ago.
      String lastMinute = rig.completed("2024-11-29T07:59:00Z");
      // 2024-11-29 00:00 in Los Angeles: exactly 24 months ago, so kept.
      String exactly = rig.completed("2024-11-29T08:00:00Z");
      String recent = rig.completed("2026-10-01T18:00:00Z");
      String oldOpen = rig.open("2024-01-10T18:00:00Z");
      Map<String, Long> exactlyBefore = rig.rowsOf(exactly);
      Map<String, Long> recentBefore = rig.rowsOf(recent);
      Map<String, Long> openBefore = rig.rowsOf(oldOpen);
      assertThat(rig.rowsOf(completed).values()).allMatch(rows -> rows > 0);
      long suppressed = rig.count("SELECT COUNT(*) FROM fulfil_suppression");

      PurgedRows purged = purge(rig, RecordsPurge.BATCH_SIZE).purge(KEEP, "system");

      assertThat(purged.cutoff()).isEqualTo(CUTOFF);
      assertThat(purged.requests()).isEqualTo(3);
      for (String gone : List.of(completed, denied, lastMinute)) {
        assertThat(rig.rowsOf(gone))
            .as(gone)
            .allSatisfy((table, rows) -> assertThat(rows).isZero());
      }
      assertThat(rig.rowsOf(exactly)).isEqualTo(exactlyBefore);
      assertThat(rig.rowsOf(recent)).isEqualTo(recentBefore);
      assertThat(rig.rowsOf(oldOpen)).isEqualTo(openBefore);
      assertThat(rig.count("SELECT COUNT(*) FROM fulfil_suppression")).isEqualTo(suppressed);
      // Each table's count is what the purge reports: one of each left-over per request, and the
      // mail found by reference (receipt, response or denial) as well as by id (vendor mail).
      assertThat(purged.byTable())
          .containsEntry("rights_request", 3L)
          .containsEntry("request_attachment", 3L)
          .containsEntry("verification_code", 3L)
          .containsEntry("fulfil_job", 3L)
          .containsEntry("fulfil_package", 3L)
          .containsEntry("fulfil_notification", 3L)
          .containsEntry("mail_outbox", 9L)
          .containsEntry("scheduled_tasks", 3L);
      assertThat(purged.rows("request_entry")).isGreaterThanOrEqualTo(9);

      List<AuditEvent> events = rig.audit.list("records", "requests");
      assertThat(events).hasSize(1);
      AuditEvent event = events.get(0);
      assertThat(event.action()).isEqualTo("records.purged");
      assertThat(event.actor()).isEqualTo("system");
      assertThat(event.details())
          .contains("\"cutoff\":\"2024-11-29T08:00:00Z\"")
          .contains("\"keepMonths\":24")
          .contains("\"requests\":3")
          .contains("\"mail_outbox\":9")
          .doesNotContain(completed, denied, lastMinute)
          .doesNotContain("R-")
          .doesNotContainIgnoringCase("jane");
      assertThat(rig.audit.verify().ok()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_backlog_goes_in_batches_each_audited_and_a_stopped_purge_is_carried_on(
      String name, String url, String user) {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      List<String> old = new ArrayList<>();
      for (int day = 1; day <= 5; day++) {
        old.add(rig.completed("2024-03-0" + day + "T18:00:00Z"));
      }
      RecordsPurge purge = purge(rig, 2);
      List<Long> progress = new ArrayList<>();

      // Stopped after its first batch: that batch stays done.
      assertThatThrownBy(
              () ->
                  purge.purge(
                      KEEP,
                      "system",
                      soFar -> {
                        progress.add(soFar.requests());
                        throw new IllegalStateException("stopped");
                      }))
          .hasMessage("stopped");
      assertThat(progress).containsExactly(2L);
      assertThat(rig.count("SELECT COUNT(*) FROM rights_request")).isEqualTo(3);
      // Oldest first.
      assertThat(rig.rowsOf(old.get(0)).get("rights_request")).isZero();
      assertThat(rig.rowsOf(old.get(1)).get("rights_request")).isZero();

      progress.clear();
      PurgedRows rest = purge.purge(KEEP, "system", soFar -> progress.add(soFar.requests()));

      assertThat(rest.requests()).isEqualTo(3);
      assertThat(progress).containsExactly(2L, 3L);
      assertThat(rig.count("SELECT COUNT(*) FROM rights_request")).isZero();
      assertThat(rig.audit.list("records", "requests"))
          .extracting(AuditEvent::details)
          .map(details -> details.replaceAll(".*\"requests\":(\\d+).*", "$1"))
          .containsExactly("2", "2", "1");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_dry_run_counts_what_the_purge_deletes_and_changes_nothing(
      String name, String url, String user) {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      String old = rig.completed("2024-06-03T18:00:00Z");
      String recent = rig.completed("2026-10-01T18:00:00Z");
      Map<String, Long> oldBefore = rig.rowsOf(old);
      long audited = rig.count("SELECT COUNT(*) FROM audit_event") + pending(rig);
      RecordsPurge purge = purge(rig, RecordsPurge.BATCH_SIZE);

      PurgedRows counted = purge.count(KEEP);

      assertThat(counted.cutoff()).isEqualTo(CUTOFF);
      assertThat(counted.requests()).isEqualTo(1);
      assertThat(counted.byTable()).containsAllEntriesOf(oldBefore);
      assertThat(rig.rowsOf(old)).isEqualTo(oldBefore);
      assertThat(rig.count("SELECT COUNT(*) FROM audit_event") + pending(rig)).isEqualTo(audited);

      assertThat(purge.purge(KEEP, "system")).isEqualTo(counted);
      assertThat(purge.count(KEEP).total()).isZero();
      assertThat(rig.rowsOf(recent).get("rights_request")).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_longer_keeping_period_keeps_more(String name, String url, String user) {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      String thirtyMonths = rig.completed("2024-05-20T18:00:00Z");
      String fortyMonths = rig.completed("2023-07-20T18:00:00Z");

      PurgedRows purged = purge(rig, 10).purge(new RecordKeeping(36), "system");

      assertThat(purged.cutoff()).isEqualTo(Instant.parse("2023-11-29T08:00:00Z"));
      assertThat(purged.requests()).isEqualTo(1);
      assertThat(rig.rowsOf(fortyMonths).get("rights_request")).isZero();
      assertThat(rig.rowsOf(thirtyMonths).get("rights_request")).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void two_purges_at_once_delete_each_request_once(String name, String url, String user)
      throws Exception {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      for (int day = 10; day < 22; day++) {
        rig.completed("2024-03-" + day + "T18:00:00Z");
      }
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        Future<PurgedRows> first = nodes.submit(() -> purge(rig, 2).purge(KEEP, "system"));
        Future<PurgedRows> second = nodes.submit(() -> purge(rig, 2).purge(KEEP, "system"));
        long requests = first.get().requests() + second.get().requests();
        assertThat(requests).isEqualTo(12);
      } finally {
        nodes.shutdownNow();
      }
      assertThat(rig.count("SELECT COUNT(*) FROM rights_request")).isZero();
      assertThat(rig.audit.verify().ok()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_scheduler_purges_on_its_first_run(String name, String url, String user)
      throws InterruptedException {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      String old = rig.completed("2024-06-03T18:00:00Z");
      RecordsPurgeScheduler daily =
          new RecordsPurgeScheduler(
              purge(rig, RecordsPurge.BATCH_SIZE), KEEP, Duration.ZERO, Duration.ofDays(1));
      // The task on a real db-scheduler, as a node runs it.
      Scheduler node =
          NodeScheduler.build(
              rig.database.dataSource(), List.of(daily.task()), Duration.ofMillis(100), 1);
      node.start();
      try {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (rig.rowsOf(old).get("rights_request") > 0 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
      } finally {
        node.stop();
      }
      assertThat(rig.rowsOf(old).get("rights_request")).isZero();
      assertThat(rig.audit.list("records", "requests")).singleElement();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_legal_hold_on_the_consumers_email_keeps_the_records_until_it_is_released(
      String name, String url, String user) {
    try (RecordsRig rig = new RecordsRig(url, user)) {
      String old = rig.completed("2024-06-03T18:00:00Z");
      Holds holds =
          new Holds(rig.database.jdbi(), new CryptoPiProtection(TestServer.KEYS), TestServer.CLOCK);
      Hold other =
          holds.placeOnConsumer("email", "marcus.lee@example.com", "claim 4", null, "legal");
      Hold jane = holds.placeOnConsumer("email", "Jane.Doe@example.com", "claim 7", null, "legal");
      Map<String, Long> before = rig.rowsOf(old);

      assertThat(purge(rig, RecordsPurge.BATCH_SIZE).count(KEEP).requests()).isZero();
      assertThat(purge(rig, RecordsPurge.BATCH_SIZE).purge(KEEP, "system").requests()).isZero();
      assertThat(rig.rowsOf(old)).isEqualTo(before);

      holds.release(jane.id(), "legal");
      assertThat(purge(rig, RecordsPurge.BATCH_SIZE).purge(KEEP, "system").requests()).isEqualTo(1);
      assertThat(rig.rowsOf(old).get("rights_request")).isZero();
      assertThat(holds.find(other.id())).isPresent();
    }
  }

  /**
   * The purge as the server builds it, on TestServer's day, deleting {@code batchSize} at a time.
   */
  private static RecordsPurge purge(RecordsRig rig, int batchSize) {
    Holds holds =
        new Holds(rig.database.jdbi(), new CryptoPiProtection(TestServer.KEYS), TestServer.CLOCK);
    return new RecordsPurge(
        rig.database.jdbi(),
        rig.audit,
        TestServer.CLOCK,
        RecordsRig.LA,
        () -> holds.heldEmailAndPhoneKeys(TestServer.CLOCK.instant()),
        batchSize);
  }

  private static long pending(RecordsRig rig) {
    return rig.count("SELECT COUNT(*) FROM audit_pending");
  }
}
