package dev.rightful.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogTest {
  static final Instant START = Instant.parse("2026-01-15T10:00:00.123456789Z");

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("audit_crypto_test"), Postgres.USER));
  }

  static AuditEntry received(String requestId) {
    return new AuditEntry(
        "consumer",
        "request.received",
        "request",
        requestId,
        Map.of("type", "access", "channel", "web"));
  }

  /** Appends three events and links them into the chain, as the sequencer would. */
  static void appendThree(AuditLog log) {
    log.append(received("r-1"));
    log.append(AuditEntry.of("staff:alice", "request.verified", "request", "r-1"));
    log.append(received("r-2"));
    assertThat(log.chainPending()).isEqualTo(3);
  }

  static void sql(Database database, String sql, Object... args) {
    database.jdbi().useHandle(handle -> handle.execute(sql, args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void appended_events_link_into_a_chain_that_verifies(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      assertThat(log.verify().ok()).isTrue();
      appendThree(log);

      List<AuditEvent> events = log.list("request", "r-1");
      assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L);
      assertThat(events.get(0).prevHash()).isEqualTo(AuditEvent.GENESIS_HASH);
      assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
      assertThat(events.get(0).details()).isEqualTo("{\"channel\":\"web\",\"type\":\"access\"}");
      // Stored to the microsecond, as read back: the hash is over what the database keeps.
      assertThat(events.get(0).occurredAt())
          .isEqualTo(Instant.parse("2026-01-15T10:00:00.123456Z"));
      assertThat(events.get(0).computeHash()).isEqualTo(events.get(0).hash());

      Verification verification = log.verify();
      assertThat(verification.ok()).isTrue();
      assertThat(verification.checked()).isEqualTo(3);
      assertThat(verification.headSeq()).isEqualTo(3);
      assertThat(verification.headHash()).isEqualTo(log.list("request", "r-2").get(0).hash());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void tampering_with_an_events_details_is_named_as_a_hash_mismatch(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      appendThree(log);
      sql(database, "UPDATE audit_event SET details = ? WHERE seq = 2", "{\"approved\":true}");

      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(2);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.HASH_MISMATCH);
      assertThat(log.verify().checked()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void deleting_an_event_is_named_as_a_gap_in_sequence(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      appendThree(log);
      sql(database, "DELETE FROM audit_event WHERE seq = 2");

      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(2);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.MISSING_EVENT);
      assertThat(broken.reason()).contains("gap in sequence").contains("#3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void deleting_the_newest_event_is_detected_against_the_chain_head(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      appendThree(log);
      sql(database, "DELETE FROM audit_event WHERE seq = 3");

      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(3);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.MISSING_EVENT);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void reordering_two_events_is_detected_at_the_first_moved_one(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      appendThree(log);
      sql(database, "UPDATE audit_event SET seq = 100 WHERE seq = 2");
      sql(database, "UPDATE audit_event SET seq = 2 WHERE seq = 3");
      sql(database, "UPDATE audit_event SET seq = 3 WHERE seq = 100");

      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(2);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.HASH_MISMATCH);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void an_event_rewritten_with_a_fresh_hash_breaks_the_next_link(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      appendThree(log);
      AuditEvent original = log.list("request", "r-1").get(1);
      AuditEvent forged =
          new AuditEvent(
                  original.seq(),
                  original.occurredAt(),
                  "staff:mallory",
                  original.action(),
                  original.subjectType(),
                  original.subjectId(),
                  original.details(),
                  original.prevHash(),
                  "")
              .sealed();
      sql(
          database,
          "UPDATE audit_event SET actor = ?, hash = ? WHERE seq = 2",
          forged.actor(),
          forged.hash());

      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(3);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.BROKEN_LINK);
      assertThat(broken.reason()).contains("event #2");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void rewriting_the_newest_event_is_detected_against_the_chain_head(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      appendThree(log);
      AuditEvent last = log.list("request", "r-2").get(0);
      AuditEvent forged =
          new AuditEvent(
                  last.seq(),
                  last.occurredAt(),
                  last.actor(),
                  "request.withdrawn",
                  last.subjectType(),
                  last.subjectId(),
                  last.details(),
                  last.prevHash(),
                  "")
              .sealed();
      sql(
          database,
          "UPDATE audit_event SET action = ?, hash = ? WHERE seq = 3",
          forged.action(),
          forged.hash());

      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(3);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.BROKEN_LINK);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrent_appends_from_several_threads_form_one_unbroken_chain(
      String name, String url, String user) throws Exception {
    int threads = 6;
    int perThread = 20;
    try (Database database = Database.open(url, user, "", threads)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      // A second node's log on the same database, chaining while the first appends and chains.
      AuditLog otherNode = new AuditLog(database.jdbi(), TestClock.utc(START));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String requestId = "r-" + t;
          writers.add(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  // Half append alone, half inside a caller's transaction with other work.
                  if (i % 2 == 0) {
                    log.append(received(requestId));
                  } else {
                    database
                        .jdbi()
                        .useTransaction(
                            handle -> {
                              handle.execute("SELECT 1");
                              log.append(handle, received(requestId));
                            });
                  }
                  if (i % 5 == 4) {
                    (i % 10 == 4 ? log : otherNode).chainPending();
                  }
                }
                return null;
              });
        }
        for (Future<Void> done : pool.invokeAll(writers)) {
          done.get();
        }
      } finally {
        pool.shutdown();
      }
      Verification verification = log.verify();
      assertThat(verification.firstBreak()).isEmpty();
      assertThat(verification.checked()).isEqualTo(threads * perThread);
      assertThat(log.list("request", "r-0")).hasSize(perThread);
      assertThat(count(database, "SELECT COUNT(*) FROM audit_pending")).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void an_append_does_not_wait_for_a_sequencer_holding_the_chain_head(
      String name, String url, String user) throws Exception {
    try (Database database = Database.open(url, user, "", 3)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try (Handle sequencer = database.jdbi().open()) {
        sequencer.begin();
        sequencer.execute("SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        // With the head locked by another transaction, an append still commits.
        pool.submit(() -> log.append(received("r-1"))).get(20, TimeUnit.SECONDS);
        assertThat(count(database, "SELECT COUNT(*) FROM audit_pending")).isEqualTo(1);
        sequencer.rollback();
      } finally {
        pool.shutdownNow();
      }
      // Readers chain what is pending first.
      assertThat(log.list("request", "r-1")).extracting(AuditEvent::seq).containsExactly(1L);
      assertThat(count(database, "SELECT COUNT(*) FROM audit_pending")).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void several_events_appended_at_once_commit_or_roll_back_with_the_caller_in_order(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      List<AuditEntry> three =
          List.of(
              received("r-1"), received("r-2"), AuditEntry.of("system", "x.y", "request", "r-1"));
      assertThatThrownBy(
              () ->
                  database
                      .jdbi()
                      .useTransaction(
                          handle -> {
                            log.append(handle, three);
                            throw new IllegalStateException("rolled back");
                          }))
          .hasMessage("rolled back");
      assertThat(log.verify().checked()).isZero();

      database.jdbi().useTransaction(handle -> log.append(handle, three));
      assertThat(log.list("request", "r-1"))
          .extracting(AuditEvent::seq, AuditEvent::action)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, "request.received"),
              org.assertj.core.groups.Tuple.tuple(3L, "x.y"));
      assertThat(log.verify().checked()).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void more_pending_events_than_one_batch_are_chained_in_append_order(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      for (int i = 0; i < 1_100; i++) {
        log.append(AuditEntry.of("system", "bench.step", "request", "r-" + i));
      }
      assertThat(log.chainPending()).isEqualTo(1_100);
      assertThat(log.chainPending()).isZero();
      assertThat(log.list("request", "r-0")).extracting(AuditEvent::seq).containsExactly(1L);
      assertThat(log.list("request", "r-1099")).extracting(AuditEvent::seq).containsExactly(1100L);
      assertThat(log.verify().checked()).isEqualTo(1_100);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_sequencer_chains_appended_events_in_the_background_and_on_close(
      String name, String url, String user) throws Exception {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      try (AuditSequencer sequencer = new AuditSequencer(log, Duration.ofMillis(10))) {
        sequencer.start();
        log.append(received("r-1"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count(database, "SELECT COUNT(*) FROM audit_event") == 0
            && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertThat(count(database, "SELECT COUNT(*) FROM audit_event")).isEqualTo(1);
      }
      // Stopped: an event appended now waits, until a closing sequencer chains what is left.
      log.append(received("r-2"));
      assertThat(count(database, "SELECT COUNT(*) FROM audit_pending")).isEqualTo(1);
      AuditSequencer stopped = new AuditSequencer(log, Duration.ofHours(1));
      stopped.start();
      stopped.close();
      assertThat(count(database, "SELECT COUNT(*) FROM audit_event")).isEqualTo(2);
    }
  }

  static long count(Database database, String sql) {
    return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void an_append_in_a_rolled_back_transaction_leaves_no_trace_and_no_gap(
      String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      log.append(received("r-1"));
      assertThatThrownBy(
              () ->
                  database
                      .jdbi()
                      .useTransaction(
                          handle -> {
                            log.append(handle, received("r-2"));
                            throw new IllegalStateException("the caller's work failed");
                          }))
          .hasMessage("the caller's work failed");
      assertThat(log.list("request", "r-2")).isEmpty();

      log.append(received("r-3"));
      assertThat(log.list("request", "r-3")).extracting(AuditEvent::seq).containsExactly(2L);
      assertThat(log.verify().ok()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void verify_streams_through_more_events_than_one_fetch(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(START));
      database
          .jdbi()
          .useTransaction(
              handle -> {
                for (int i = 0; i < 1_200; i++) {
                  log.append(handle, received("r-" + i));
                }
              });
      Verification verification = log.verify();
      assertThat(verification.ok()).isTrue();
      assertThat(verification.checked()).isEqualTo(1_200);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void purge_refuses_anything_under_24_months(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      TestClock clock = TestClock.utc(START);
      AuditLog log = new AuditLog(database.jdbi(), clock);
      log.append(received("r-1"));
      clock.advance(Period.ofYears(3));

      for (Period tooShort :
          List.of(Period.ofMonths(23), Period.ofDays(729), Period.ofMonths(-30), Period.ZERO)) {
        assertThatThrownBy(() -> log.purgeOlderThan(tooShort, "staff:alice"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("24 months");
      }
      assertThat(log.list("request", "r-1")).hasSize(1);
      assertThat(log.purgeOlderThan(Period.ofMonths(24), "staff:alice").deleted()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void purge_deletes_old_events_and_re_anchors_the_chain(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      TestClock clock = TestClock.utc(START);
      AuditLog log = new AuditLog(database.jdbi(), clock);
      appendThree(log);
      clock.advance(Period.ofMonths(25));
      log.append(received("r-4"));
      log.append(received("r-5"));

      PurgeResult purge = log.purgeOlderThan(Period.ofMonths(24), "system");
      assertThat(purge).isEqualTo(new PurgeResult(3, 4));
      assertThat(log.list("request", "r-1")).isEmpty();
      AuditEvent recorded = log.list("audit", "chain").get(0);
      assertThat(recorded.seq()).isEqualTo(6);
      assertThat(recorded.details())
          .isEqualTo(
              "{\"cutoff\":\"2026-02-15T10:00:00.123456789Z\",\"deleted\":3,\"firstKept\":4}");
      Verification verification = log.verify();
      assertThat(verification.firstBreak()).isEmpty();
      assertThat(verification.checked()).isEqualTo(3);

      // A second purge with nothing old enough deletes nothing and records nothing.
      assertThat(log.purgeOlderThan(Period.ofMonths(24), "system").deleted()).isZero();
      assertThat(log.verify().checked()).isEqualTo(3);

      // The anchor still catches a deletion at the new start of the chain.
      sql(database, "DELETE FROM audit_event WHERE seq = 4");
      Verification.Break broken = log.verify().firstBreak().orElseThrow();
      assertThat(broken.seq()).isEqualTo(4);
      assertThat(broken.kind()).isEqualTo(Verification.Kind.MISSING_EVENT);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void purge_refuses_a_broken_chain(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      TestClock clock = TestClock.utc(START);
      AuditLog log = new AuditLog(database.jdbi(), clock);
      appendThree(log);
      sql(database, "UPDATE audit_event SET actor = 'system' WHERE seq = 1");
      clock.advance(Period.ofMonths(30));

      assertThatThrownBy(() -> log.purgeOlderThan(Period.ofMonths(24), "system"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("event #1");
      assertThat(log.list("request", "r-1")).hasSize(2);
    }
  }
}
