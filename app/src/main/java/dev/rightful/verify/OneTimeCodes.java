package dev.rightful.verify;

import dev.rightful.store.PiProtection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Six-digit one-time codes that prove a consumer controls the email address of their request: made
 * from {@link SecureRandom}, stored only as keyed hashes, valid for a limited time and a limited
 * number of tries, rate-limited per email address and per client address, and locking their request
 * for up to a day after too many wrong ones. Rows live in the {@code verification_code} table, so
 * every node sees the same codes and counts. Thread-safe.
 */
public final class OneTimeCodes {
  /*
   * Checking without locks. A check first spends one attempt with a conditional UPDATE (attempts <
   * max and not spent), and only then compares; so two nodes checking at once can never get more
   * tries between them than the limit. A correct code is then claimed with a second conditional
   * UPDATE (not yet spent): of two concurrent correct checks exactly one wins. The comparison is
   * of keyed hashes with MessageDigest.isEqual, in constant time.
   *
   * Limits count the codes sent in the last hour per keyed hash of the email address and of the
   * client address. Two nodes sending at the very same moment may together exceed a limit by one:
   * the counts are a brake on abuse, not an exact quota, and the attempt limit bounds guessing.
   *
   * The day's lock. Each code allows maxAttempts tries, and an email address may be sent several
   * codes an hour, so without more a guesser could try hundreds of codes a day on one request.
   * The wrong tries of the codes sent to a request in the last 24 hours are therefore added up
   * (the attempts column; a right code takes its own try back when it is claimed, so only wrong
   * ones count), and at failuresPerDay the request is locked: no code is sent and none is checked
   * until the oldest of those codes is 24 hours old and its tries stop counting. The lock is read
   * before each check, not taken with it, so nodes checking at the same instant may together
   * pass the limit by their number; the per-code attempt limit still bounds each code.
   */

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final PiProtection pi;
  private final Clock clock;
  private final VerificationSettings settings;

  public OneTimeCodes(Jdbi jdbi, PiProtection pi, Clock clock, VerificationSettings settings) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.clock = clock;
    this.settings = settings;
  }

  /** A code just made, in plain text only so it can be mailed, and when it stops working. */
  public record Issued(String code, Instant expiresAt) {
    @Override
    public String toString() {
      return "Issued[code=******, expiresAt=" + expiresAt + "]"; // never in logs
    }
  }

  public VerificationSettings settings() {
    return settings;
  }

  /** Whether {@code clientAddress} was sent its hourly number of codes already. */
  public boolean clientLimitReached(Handle handle, String clientAddress) {
    return clientAddress != null
        && !clientAddress.isBlank()
        && sentSince(handle, "client_key", pi.secretKey(clientAddress))
            >= settings.codesPerClientPerHour();
  }

  /**
   * Makes a new code for the request, spending any earlier one, inside the caller's transaction;
   * empty when {@code email} was sent its hourly number of codes already.
   */
  public Optional<Issued> issue(
      Handle handle, String requestId, String email, String clientAddress) {
    String emailKey = pi.emailKey(email);
    if (sentSince(handle, "email_key", emailKey) >= settings.codesPerEmailPerHour()) {
      return Optional.empty();
    }
    OffsetDateTime now = now();
    // Only the newest code works: asking again does not add tries.
    handle
        .createUpdate(
            "UPDATE verification_code SET spent_at = :now"
                + " WHERE request_id = :request AND spent_at IS NULL")
        .bind("now", now)
        .bind("request", requestId)
        .execute();
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    OffsetDateTime expires = now.plus(settings.codeLifetime());
    handle
        .createUpdate(
            "INSERT INTO verification_code (request_id, code_hash, email_key, client_key,"
                + " created_at, expires_at, attempts) VALUES (:request, :hash, :email, :client,"
                + " :now, :expires, 0)")
        .bind("request", requestId)
        .bind("hash", hash(requestId, code))
        .bind("email", emailKey)
        .bind(
            "client",
            clientAddress == null || clientAddress.isBlank() ? null : pi.secretKey(clientAddress))
        .bind("now", now)
        .bind("expires", expires)
        .execute();
    return Optional.of(new Issued(code, expires.toInstant()));
  }

  /**
   * Whether {@code code} is the request's live code; a right code is used up, and a wrong one
   * spends one of its tries. Wrong, expired, used, replaced and out-of-tries codes all answer
   * {@code false}, alike.
   */
  public boolean confirm(String requestId, String code) {
    if (code == null || !code.matches("\\d{6}")) {
      return false;
    }
    return jdbi.inTransaction(
        handle -> {
          OffsetDateTime now = now();
          Optional<Live> live =
              handle
                  .createQuery(
                      "SELECT id, code_hash, attempts FROM verification_code"
                          + " WHERE request_id = :request AND spent_at IS NULL"
                          + " AND expires_at > :now ORDER BY id DESC")
                  .bind("request", requestId)
                  .bind("now", now)
                  .map(
                      (rs, ctx) ->
                          new Live(
                              rs.getLong("id"), rs.getString("code_hash"), rs.getInt("attempts")))
                  .findFirst();
          if (live.isEmpty()) {
            return false;
          }
          long id = live.get().id();
          int spent =
              handle
                  .createUpdate(
                      "UPDATE verification_code SET attempts = attempts + 1"
                          + " WHERE id = :id AND spent_at IS NULL AND attempts < :max")
                  .bind("id", id)
                  .bind("max", settings.maxAttempts())
                  .execute();
          if (spent != 1) {
            return false;
          }
          boolean right =
              MessageDigest.isEqual(
                  live.get().hash().getBytes(StandardCharsets.US_ASCII),
                  hash(requestId, code).getBytes(StandardCharsets.US_ASCII));
          if (right || live.get().attempts() + 1 >= settings.maxAttempts()) {
            // A right code gives its try back: the day's count is of wrong codes only.
            int claimed =
                handle
                    .createUpdate(
                        "UPDATE verification_code SET spent_at = :now"
                            + (right ? ", attempts = attempts - 1" : "")
                            + " WHERE id = :id AND spent_at IS NULL")
                    .bind("now", now)
                    .bind("id", id)
                    .execute();
            return right && claimed == 1;
          }
          return false;
        });
  }

  /**
   * When request {@code requestId} may be sent a code again (rounded up to the minute), if the
   * wrong codes entered for it in the last 24 hours reached {@link
   * VerificationSettings#failuresPerDay}; empty when it is not locked.
   */
  public Optional<Instant> lockedUntil(Handle handle, String requestId) {
    List<Tried> tried =
        handle
            .createQuery(
                "SELECT created_at, attempts FROM verification_code WHERE request_id = :request"
                    + " AND attempts > 0 AND created_at > :since ORDER BY created_at, id")
            .bind("request", requestId)
            .bind("since", now().minus(VerificationSettings.LOCK_WINDOW))
            .map(
                (rs, ctx) ->
                    new Tried(
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("attempts")))
            .list();
    int wrong = tried.stream().mapToInt(Tried::attempts).sum();
    Instant until = null;
    // The lock ends when enough of the oldest codes have aged out to bring the count under the
    // limit.
    for (Tried code : tried) {
      if (wrong < settings.failuresPerDay()) {
        break;
      }
      wrong -= code.attempts();
      until = code.sentAt().plus(VerificationSettings.LOCK_WINDOW);
    }
    // Rounded up to the minute: the time a consumer is told is never too early.
    return Optional.ofNullable(until)
        .map(
            instant ->
                instant.truncatedTo(ChronoUnit.MINUTES).equals(instant)
                    ? instant
                    : instant.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
  }

  /** As {@link #lockedUntil(Handle, String)}, in a transaction of its own. */
  public Optional<Instant> lockedUntil(String requestId) {
    return jdbi.withHandle(handle -> lockedUntil(handle, requestId));
  }

  /** Deletes every code row of the request, inside the caller's transaction; returns how many. */
  public int deleteFor(Handle handle, String requestId) {
    return handle
        .createUpdate("DELETE FROM verification_code WHERE request_id = :request")
        .bind("request", requestId)
        .execute();
  }

  /** Deletes rows that neither work nor count against a limit any more; returns how many. */
  public int purgeStale() {
    OffsetDateTime before = now().minus(settings.keepRowsFor());
    // A row with wrong tries counts towards the day's lock; one without is done with sooner.
    OffsetDateTime dayAgo = now().minus(VerificationSettings.LOCK_WINDOW);
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "DELETE FROM verification_code WHERE created_at < :dayAgo"
                        + " OR (created_at < :before AND attempts = 0)")
                .bind("before", before)
                .bind("dayAgo", dayAgo)
                .execute());
  }

  private record Live(long id, String hash, int attempts) {}

  private record Tried(Instant sentAt, int attempts) {}

  private int sentSince(Handle handle, String column, String key) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM verification_code WHERE "
                + column
                + " = :key AND created_at > :since")
        .bind("key", key)
        .bind("since", now().minus(VerificationSettings.RATE_WINDOW))
        .mapTo(Integer.class)
        .one();
  }

  /** The stored form: a keyed hash of the code bound to its request, so it fits no other one. */
  private String hash(String requestId, String code) {
    return pi.secretKey("one-time-code\0" + requestId + "\0" + code);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
