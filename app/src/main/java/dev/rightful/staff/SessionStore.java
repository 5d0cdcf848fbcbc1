package dev.rightful.staff;

import static dev.rightful.staff.internal.Sql.instant;
import static dev.rightful.staff.internal.Sql.utc;

import dev.rightful.staff.internal.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Console sessions kept in the database, so that several nodes can serve one console. A session
 * ends after {@link Timeouts#idle()} without a request or {@link Timeouts#absolute()} after
 * sign-in, whichever comes first. Thread-safe.
 */
public final class SessionStore {
  /*
   * The cookie carries 256 random bits; the table is keyed by their SHA-256, so a copy of the table
   * cannot be replayed as cookies. Each session has its own random value that its CSRF tokens
   * are bound to (CsrfGuard), created with it, so a new session after sign-in also means new CSRF
   * tokens.
   *
   * Recording every request's time would write to the database on every page view. last_seen_at is
   * only refreshed when it is more than TOUCH_EVERY old, so the idle timeout is exact to within
   * that minute.
   */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  /** How long a session may sit idle and how long it may live at most. */
  public record Timeouts(Duration idle, Duration absolute) {
    /** 30 minutes idle, 12 hours in all: a working day, and no forgotten all-night session. */
    public static final Timeouts DEFAULT =
        new Timeouts(Duration.ofMinutes(30), Duration.ofHours(12));
  }

  /** A new session and the id to put in the cookie (shown only here). */
  public record Opened(String id, StaffSession session) {
    @Override
    public String toString() {
      return "Opened[" + session + "]"; // keeps the id out of logs
    }
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final Timeouts timeouts;

  public SessionStore(Jdbi jdbi, Clock clock, Timeouts timeouts) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.timeouts = timeouts;
  }

  public Timeouts timeouts() {
    return timeouts;
  }

  /** Starts a session for {@code user}. */
  public Opened open(StaffUser user) {
    String id = Secrets.random256();
    Instant now = clock.instant();
    StaffSession session =
        new StaffSession(
            user.id(),
            user.username(),
            user.role(),
            Secrets.random256(),
            now,
            now,
            now.plus(timeouts.absolute()));
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO staff_session"
                        + " (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)"
                        + " VALUES (:idHash, :userId, :csrf, :now, :now, :expiresAt)")
                .bind("idHash", Secrets.sha256(id))
                .bind("userId", user.id())
                .bind("csrf", session.csrfSecret())
                .bind("now", utc(now))
                .bind("expiresAt", utc(session.expiresAt()))
                .execute());
    return new Opened(id, session);
  }

  /**
   * The live session with this cookie value, its last-seen time refreshed; empty if there is none,
   * it timed out (then it is deleted) or its user is disabled.
   */
  public Optional<StaffSession> find(String id) {
    if (id == null || id.isBlank() || id.length() > 100) {
      return Optional.empty();
    }
    String idHash = Secrets.sha256(id);
    Instant now = clock.instant();
    Optional<StaffSession> found =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT s.user_id, u.username, u.role, s.csrf_token, s.created_at,"
                            + " s.last_seen_at, s.expires_at"
                            + " FROM staff_session s JOIN staff_user u ON u.id = s.user_id"
                            + " WHERE s.id_hash = :idHash AND u.enabled = TRUE")
                    .bind("idHash", idHash)
                    .map(
                        (rs, ctx) ->
                            new StaffSession(
                                rs.getLong("user_id"),
                                rs.getString("username"),
                                Role.parse(rs.getString("role")),
                                rs.getString("csrf_token"),
                                instant(rs, "created_at"),
                                instant(rs, "last_seen_at"),
                                instant(rs, "expires_at")))
                    .findOne());
    if (found.isEmpty()) {
      return found;
    }
    StaffSession session = found.get();
    boolean expired =
        !now.isBefore(session.expiresAt())
            || !now.isBefore(session.lastSeenAt().plus(timeouts.idle()));
    if (expired) {
      deleteByHash(idHash);
      return Optional.empty();
    }
    if (!now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate("UPDATE staff_session SET last_seen_at = :now WHERE id_hash = :h")
                  .bind("now", utc(now))
                  .bind("h", idHash)
                  .execute());
      session =
          new StaffSession(
              session.userId(),
              session.username(),
              session.role(),
              session.csrfSecret(),
              session.createdAt(),
              now,
              session.expiresAt());
    }
    return Optional.of(session);
  }

  /** Ends the session with this cookie value, if there is one. */
  public void close(String id) {
    if (id != null && !id.isBlank()) {
      deleteByHash(Secrets.sha256(id));
    }
  }

  /** Deletes every timed-out session; returns how many. */
  public int purgeExpired() {
    Instant now = clock.instant();
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "DELETE FROM staff_session WHERE expires_at <= :now OR last_seen_at <= :idleSince")
                .bind("now", utc(now))
                .bind("idleSince", utc(now.minus(timeouts.idle())))
                .execute());
  }

  private void deleteByHash(String idHash) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM staff_session WHERE id_hash = :h")
                .bind("h", idHash)
                .execute());
  }
}
