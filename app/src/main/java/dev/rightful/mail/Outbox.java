package dev.rightful.mail;

import dev.rightful.store.DeferredInserts;
import dev.rightful.store.GroupCommit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The transactional outbox of consumer mail: {@link #enqueue} records a message inside the caller's
 * transaction, so a request's state change and the message it causes commit or roll back together;
 * the {@link Dispatcher} sends it afterwards. Every message is kept as a record, its recipient and
 * body sealed by the {@link Sealer}. Thread-safe.
 */
public final class Outbox {
  /* Claiming. A node claims a due message with a conditional UPDATE that only succeeds while the
   * row is still pending and due; it moves next_attempt_at to the end of a lease and writes a
   * random claim token. Another node's UPDATE then matches no row, so each claim goes to exactly
   * one node. Results are written only under the same token. If the node dies mid-send, the lease
   * runs out and another node sends the message again: delivery is at least once, and the stable
   * Message-ID lets mail systems recognise such a rare duplicate. */

  private final Jdbi jdbi;
  private final Sealer sealer;
  private final Clock clock;

  public Outbox(Jdbi jdbi, Sealer sealer, Clock clock) {
    this.jdbi = jdbi;
    this.sealer = sealer;
    this.clock = clock;
  }

  /**
   * Records {@code message} as pending, on {@code handle} and so inside the caller's transaction;
   * returns its outbox id. Nothing is sent until the transaction commits.
   */
  public long enqueue(Handle handle, MailMessage message) {
    return handle
        .createUpdate(INSERT)
        .bindMap(row(message))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /**
   * Records {@code message} as pending as {@link #enqueue} does, when its outbox id is not needed:
   * in a {@link GroupCommit} the row is written with the batch's others just before the commit.
   */
  public void add(Handle handle, MailMessage message) {
    DeferredInserts.insert(handle, INSERT, row(message));
  }

  private static final String INSERT =
      "INSERT INTO mail_outbox (message_id, request_id, kind, recipient_sealed, subject,"
          + " body_sealed, status, attempts, created_at, next_attempt_at)"
          + " VALUES (:messageId, :requestId, :kind, :recipient, :subject, :body,"
          + " :status, 0, :now, :now)";

  private Map<String, Object> row(MailMessage message) {
    String messageId = UUID.randomUUID().toString();
    OffsetDateTime now = now();
    Map<String, Object> row = new HashMap<>();
    row.put("messageId", messageId);
    row.put("requestId", message.requestId());
    row.put("kind", message.kind().id());
    row.put("recipient", sealer.seal(message.to(), recipientContext(messageId)));
    row.put("subject", message.subject());
    row.put("body", sealer.seal(message.body(), bodyContext(messageId)));
    row.put("status", MailStatus.PENDING.id());
    row.put("now", now);
    return row;
  }

  /** The {@code limit} most recent messages, newest first, opened. */
  public List<OutboxEntry> list(int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT :n")
                .bind("n", limit)
                .map((rs, ctx) -> entry(rs))
                .list());
  }

  /** The message with outbox id {@code id}, opened. */
  public Optional<OutboxEntry> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM mail_outbox WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> entry(rs))
                .findOne());
  }

  /**
   * The messages in each status, and the oldest pending one's creation (null when none): what an
   * operator watches for a stuck dispatcher. Nothing is opened.
   */
  public Backlog backlog() {
    return jdbi.withHandle(
        handle -> {
          Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
          for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
          }
          handle
              .createQuery("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
              .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
              .forEach(
                  e -> MailStatus.fromId(e.getKey()).ifPresent(s -> counts.put(s, e.getValue())));
          OffsetDateTime oldest =
              handle
                  .createQuery("SELECT MIN(created_at) FROM mail_outbox WHERE status = :pending")
                  .bind("pending", MailStatus.PENDING.id())
                  .mapTo(OffsetDateTime.class)
                  .findOne()
                  .orElse(null);
          return new Backlog(counts, oldest == null ? null : oldest.toInstant());
        });
  }

  /** {@link #backlog()}: messages by status and the oldest pending one's creation, or null. */
  public record Backlog(Map<MailStatus, Long> byStatus, Instant oldestPending) {
    public Backlog {
      byStatus = Map.copyOf(byStatus);
    }
  }

  /** Where the message with outbox id {@code id} stands, without opening it. */
  public Optional<MailStatus> findStatus(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT status FROM mail_outbox WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .flatMap(MailStatus::fromId));
  }

  /** A message a node has claimed for one sending attempt. */
  record Claim(long id, String messageId, String token, int attempts) {}

  /** Claims the next due pending message for {@code lease}, or returns empty when none is due. */
  Optional<Claim> claimNext(Duration lease) {
    OffsetDateTime now = now();
    return jdbi.withHandle(
        handle -> {
          List<Long> due =
              handle
                  .createQuery(
                      "SELECT id FROM mail_outbox WHERE status = :pending"
                          + " AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT 20")
                  .bind("pending", MailStatus.PENDING.id())
                  .bind("now", now)
                  .mapTo(Long.class)
                  .list();
          for (long id : due) {
            String token = UUID.randomUUID().toString();
            int claimed =
                handle
                    .createUpdate(
                        "UPDATE mail_outbox SET claim_token = :token, attempts = attempts + 1,"
                            + " next_attempt_at = :leaseEnd WHERE id = :id AND status = :pending"
                            + " AND next_attempt_at <= :now")
                    .bind("token", token)
                    .bind("leaseEnd", now.plus(lease))
                    .bind("id", id)
                    .bind("pending", MailStatus.PENDING.id())
                    .bind("now", now)
                    .execute();
            if (claimed == 1) {
              return Optional.of(
                  handle
                      .createQuery(
                          "SELECT id, message_id, claim_token, attempts FROM mail_outbox"
                              + " WHERE id = :id")
                      .bind("id", id)
                      .map(
                          (rs, ctx) ->
                              new Claim(
                                  rs.getLong("id"),
                                  rs.getString("message_id"),
                                  rs.getString("claim_token"),
                                  rs.getInt("attempts")))
                      .one());
            }
          }
          return Optional.empty();
        });
  }

  /** The claimed message, opened for sending. */
  MailMessage open(Claim claim) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM mail_outbox WHERE id = :id")
                .bind("id", claim.id())
                .map(
                    (rs, ctx) ->
                        new MailMessage(
                            MailKind.fromId(rs.getString("kind")).orElseThrow(),
                            sealer.open(
                                rs.getString("recipient_sealed"),
                                recipientContext(claim.messageId())),
                            rs.getString("subject"),
                            sealer.open(
                                rs.getString("body_sealed"), bodyContext(claim.messageId())),
                            rs.getString("request_id")))
                .one());
  }

  void markSent(Claim claim) {
    finish(claim, MailStatus.SENT, now(), null, now());
  }

  void markHeld(Claim claim) {
    finish(claim, MailStatus.HELD, now(), null, null);
  }

  void markFailed(Claim claim, String error) {
    finish(claim, MailStatus.FAILED, now(), error, null);
  }

  /** Puts the message back as pending, due again at {@code nextAttempt}. */
  void markRetry(Claim claim, Instant nextAttempt, String error) {
    finish(claim, MailStatus.PENDING, utc(nextAttempt), error, null);
  }

  private void finish(
      Claim claim, MailStatus status, OffsetDateTime next, String error, OffsetDateTime sentAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE mail_outbox SET status = :status, next_attempt_at = :next,"
                        + " last_error = :error, sent_at = :sentAt, claim_token = NULL"
                        + " WHERE id = :id AND claim_token = :token")
                .bind("status", status.id())
                .bind("next", next)
                .bind("error", error == null ? null : truncate(error))
                .bind("sentAt", sentAt)
                .bind("id", claim.id())
                .bind("token", claim.token())
                .execute());
  }

  private OutboxEntry entry(ResultSet rs) throws SQLException {
    String messageId = rs.getString("message_id");
    return new OutboxEntry(
        rs.getLong("id"),
        messageId,
        rs.getString("request_id"),
        MailKind.fromId(rs.getString("kind")).orElseThrow(),
        openForDisplay(rs.getString("recipient_sealed"), recipientContext(messageId)),
        rs.getString("subject"),
        openForDisplay(rs.getString("body_sealed"), bodyContext(messageId)),
        MailStatus.fromId(rs.getString("status")).orElseThrow(),
        rs.getInt("attempts"),
        instant(rs, "created_at"),
        instant(rs, "next_attempt_at"),
        instant(rs, "sent_at"),
        rs.getString("last_error"));
  }

  private String openForDisplay(String sealed, String context) {
    try {
      return sealer.open(sealed, context);
    } catch (RuntimeException e) {
      // One unreadable row (say, sealed under a retired key) must not hide the others.
      return "(cannot be opened)";
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private OffsetDateTime now() {
    return utc(clock.instant());
  }

  private static OffsetDateTime utc(Instant instant) {
    // Both databases keep microseconds; truncating keeps what we write equal to what we read.
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private static String truncate(String error) {
    return error.length() <= 500 ? error : error.substring(0, 500);
  }

  private static String recipientContext(String messageId) {
    return "mail_outbox/" + messageId + "/recipient";
  }

  private static String bodyContext(String messageId) {
    return "mail_outbox/" + messageId + "/body";
  }
}
