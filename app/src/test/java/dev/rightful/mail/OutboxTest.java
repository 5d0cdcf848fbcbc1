package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.store.Database;
import dev.rightful.testing.TestClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OutboxTest {
  final TestClock clock = TestClock.at("2026-03-02");

  static Stream<MailDatabases> databases() {
    return MailDatabases.fresh("mail_outbox_test");
  }

  static MailMessage receipt(String requestId) {
    return new MailMessage(
        MailKind.RECEIPT,
        SampleMessages.CONSUMER,
        "We received your privacy request " + requestId,
        "Dear Ana, we received request " + requestId + ".",
        requestId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_message_commits_with_the_state_change_of_the_callers_transaction(MailDatabases db) {
    try (Database database = db.open()) {
      Outbox outbox = new Outbox(database.jdbi(), new ReversibleTestSealer(), clock);
      long id =
          database
              .jdbi()
              .inTransaction(
                  handle -> {
                    recordStateChange(handle);
                    return outbox.enqueue(handle, receipt("R-1"));
                  });
      OutboxEntry entry = outbox.find(id).orElseThrow();
      assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
      assertThat(entry.kind()).isEqualTo(MailKind.RECEIPT);
      assertThat(entry.to()).isEqualTo(SampleMessages.CONSUMER);
      assertThat(entry.body()).isEqualTo("Dear Ana, we received request R-1.");
      assertThat(entry.requestId()).isEqualTo("R-1");
      assertThat(entry.attempts()).isZero();
      assertThat(entry.createdAt()).isEqualTo(clock.instant());
      assertThat(entry.sentAt()).isNull();
      assertThat(stateChanges(database)).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_message_rolls_back_with_the_callers_transaction(MailDatabases db) {
    try (Database database = db.open()) {
      Outbox outbox = new Outbox(database.jdbi(), new ReversibleTestSealer(), clock);
      assertThatThrownBy(
              () ->
                  database
                      .jdbi()
                      .useTransaction(
                          handle -> {
                            recordStateChange(handle);
                            outbox.enqueue(handle, receipt("R-2"));
                            throw new IllegalStateException("the state change failed");
                          }))
          .hasMessage("the state change failed");
      assertThat(outbox.list(10)).isEmpty();
      assertThat(stateChanges(database)).isZero();
      // Nothing was left for the dispatcher to send either.
      assertThat(outbox.claimNext(Duration.ofMinutes(5))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void recipient_and_body_are_stored_sealed_and_open_only_in_their_own_row(MailDatabases db) {
    try (Database database = db.open()) {
      Outbox outbox = new Outbox(database.jdbi(), new ReversibleTestSealer(), clock);
      long first = database.jdbi().inTransaction(h -> outbox.enqueue(h, receipt("R-3")));
      long second = database.jdbi().inTransaction(h -> outbox.enqueue(h, receipt("R-4")));
      Map<String, Object> row =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT * FROM mail_outbox WHERE id = :id")
                          .bind("id", first)
                          .mapToMap()
                          .one());
      assertThat(row.get("recipient_sealed").toString())
          .doesNotContain(SampleMessages.CONSUMER)
          .startsWith("test-sealed:");
      assertThat(row.get("body_sealed").toString()).doesNotContain("Dear Ana");
      assertThat(row.get("subject")).isEqualTo("We received your privacy request R-3");
      // A sealed body copied into another row does not open there.
      database
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE mail_outbox SET body_sealed = :body WHERE id = :id")
                      .bind("body", row.get("body_sealed"))
                      .bind("id", second)
                      .execute());
      assertThat(outbox.find(second).orElseThrow().body()).isEqualTo("(cannot be opened)");
      assertThat(outbox.find(first).orElseThrow().body()).contains("R-3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void every_message_is_kept_and_listed_newest_first(MailDatabases db) {
    try (Database database = db.open()) {
      Outbox outbox = new Outbox(database.jdbi(), new ReversibleTestSealer(), clock);
      for (int i = 1; i <= 3; i++) {
        String requestId = "R-" + i;
        database.jdbi().useTransaction(h -> outbox.enqueue(h, receipt(requestId)));
        clock.advance(Duration.ofMinutes(1));
      }
      assertThat(outbox.list(10))
          .extracting(OutboxEntry::requestId)
          .containsExactly("R-3", "R-2", "R-1");
      assertThat(outbox.list(2)).hasSize(2);
    }
  }

  /** Stands for a request's state change: a row in a table of another feature (V1's notices). */
  private void recordStateChange(Handle handle) {
    handle
        .createUpdate(
            "INSERT INTO notice_version (digest, published_at, notice_json)"
                + " VALUES (:digest, :at, '{}')")
        .bind("digest", "d" + System.nanoTime())
        .bind("at", OffsetDateTime.now(clock))
        .execute();
  }

  private static int stateChanges(Database database) {
    return database
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM notice_version").mapTo(Integer.class).one());
  }
}
