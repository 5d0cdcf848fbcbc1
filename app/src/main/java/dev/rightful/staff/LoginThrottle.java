package dev.rightful.staff;

import static dev.rightful.staff.internal.Sql.instant;
import static dev.rightful.staff.internal.Sql.utc;

import dev.rightful.staff.internal.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts failed sign-ins per username and per client address, in the database so that every node
 * sees the same counts, and locks a key whose failures reach its rule's limit within the window.
 * While either key is locked, sign-in is refused without checking the password. Thread-safe.
 */
public final class LoginThrottle {
  /*
   * Counting per username stops guessing one account's password from many addresses; counting per
   * address stops trying one common password against many usernames. The per-address limit is
   * higher because offices share an address (and all requests share the proxy's address unless
   * the proxy forwards the client's). Locks expire on their own; a success clears the username's
   * count but not the address's, so a valid account cannot be used to reset the address counter.
   * Keys are stored as SHA-256 digests so that a password typed into the username field is not
   * kept readable; a digest of an address is only weak cover (addresses can be enumerated), so rows
   * are also deleted once their window and lock are over (purgeStale).
   */

  /** A limit: {@code maxFailures} within {@code window} locks the key for {@code lockFor}. */
  public record Rule(int maxFailures, Duration window, Duration lockFor) {}

  /** 5 failures within 15 minutes lock a username for 15 minutes. */
  public static final Rule PER_USERNAME =
      new Rule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** 20 failures within 15 minutes lock a client address for 15 minutes. */
  public static final Rule PER_ADDRESS =
      new Rule(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

  private final Jdbi jdbi;
  private final Clock clock;

  public LoginThrottle(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Until when sign-in is refused for this username or address; empty if it is allowed. */
  public Optional<Instant> lockedUntil(String username, String address) {
    Instant now = clock.instant();
    Optional<Instant> user = lockOf(userKey(username), now);
    Optional<Instant> ip = lockOf(addressKey(address), now);
    if (user.isPresent() && ip.isPresent()) {
      return Optional.of(user.get().isAfter(ip.get()) ? user.get() : ip.get());
    }
    return user.isPresent() ? user : ip;
  }

  /** Counts a failure against both keys; returns the lock it caused, if it caused one. */
  public Optional<Instant> recordFailure(String username, String address) {
    Optional<Instant> user = count(userKey(username), PER_USERNAME);
    Optional<Instant> ip = count(addressKey(address), PER_ADDRESS);
    return user.isPresent() ? user : ip;
  }

  /** Forgets the username's failures after a successful sign-in. */
  public void recordSuccess(String username) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM staff_login_throttle WHERE key_hash = :key")
                .bind("key", userKey(username))
                .execute());
  }

  /** Deletes rows whose window and lock are both over; returns how many. */
  public int purgeStale() {
    Instant now = clock.instant();
    Duration longest =
        PER_USERNAME.window().compareTo(PER_ADDRESS.window()) > 0
            ? PER_USERNAME.window()
            : PER_ADDRESS.window();
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "DELETE FROM staff_login_throttle WHERE window_start <= :windowOver"
                        + " AND (locked_until IS NULL OR locked_until <= :now)")
                .bind("windowOver", utc(now.minus(longest)))
                .bind("now", utc(now))
                .execute());
  }

  private Optional<Instant> lockOf(String key, Instant now) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT locked_until FROM staff_login_throttle WHERE key_hash = :key")
                    .bind("key", key)
                    .map((rs, ctx) -> Optional.ofNullable(instant(rs, "locked_until")))
                    .findOne())
        .flatMap(lock -> lock)
        .filter(now::isBefore);
  }

  private Optional<Instant> count(String key, Rule rule) {
    try {
      return jdbi.inTransaction(handle -> countIn(handle, key, rule));
    } catch (RuntimeException firstInsertRace) {
      // Another node inserted the same key's first row at the same moment: now it exists.
      return jdbi.inTransaction(handle -> countIn(handle, key, rule));
    }
  }

  private Optional<Instant> countIn(Handle handle, String key, Rule rule) {
    Instant now = clock.instant();
    record Row(int failures, Instant windowStart, Instant lockedUntil) {}
    Optional<Row> row =
        handle
            .createQuery(
                "SELECT failures, window_start, locked_until FROM staff_login_throttle"
                    + " WHERE key_hash = :key FOR UPDATE")
            .bind("key", key)
            .map(
                (rs, ctx) ->
                    new Row(
                        rs.getInt("failures"),
                        instant(rs, "window_start"),
                        instant(rs, "locked_until")))
            .findOne();
    if (row.isEmpty()) {
      handle
          .createUpdate(
              "INSERT INTO staff_login_throttle (key_hash, failures, window_start, locked_until)"
                  + " VALUES (:key, 1, :now, :lockedUntil)")
          .bind("key", key)
          .bind("now", utc(now))
          .bindByType(
              "lockedUntil",
              rule.maxFailures() <= 1 ? utc(now.plus(rule.lockFor())) : null,
              OffsetDateTime.class)
          .execute();
      return rule.maxFailures() <= 1 ? Optional.of(now.plus(rule.lockFor())) : Optional.empty();
    }
    Row current = row.get();
    boolean fresh =
        !now.isBefore(current.windowStart().plus(rule.window()))
            || (current.lockedUntil() != null && !now.isBefore(current.lockedUntil()));
    int failures = fresh ? 1 : current.failures() + 1;
    Instant windowStart = fresh ? now : current.windowStart();
    Instant lockedUntil =
        failures >= rule.maxFailures()
            ? now.plus(rule.lockFor())
            : fresh ? null : current.lockedUntil();
    handle
        .createUpdate(
            "UPDATE staff_login_throttle SET failures = :failures, window_start = :windowStart,"
                + " locked_until = :lockedUntil WHERE key_hash = :key")
        .bind("failures", failures)
        .bind("windowStart", utc(windowStart))
        .bindByType("lockedUntil", utc(lockedUntil), OffsetDateTime.class)
        .bind("key", key)
        .execute();
    return failures >= rule.maxFailures() ? Optional.of(lockedUntil) : Optional.empty();
  }

  private static String userKey(String username) {
    return Secrets.sha256("user:" + StaffUsers.normalize(username));
  }

  private static String addressKey(String address) {
    return Secrets.sha256("address:" + (address == null ? "" : address));
  }
}
