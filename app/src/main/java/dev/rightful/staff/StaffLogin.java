package dev.rightful.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs staff in and out of the console: throttling, password check, session rotation and the audit
 * events. Thread-safe.
 */
public final class StaffLogin {
  /*
   * Every refusal looks the same to the caller ("wrong username or password"), whether the user is
   * unknown, disabled or mistyped the password, and an unknown username costs one argon2id
   * verification like a known one: neither the message nor the time tells which usernames exist.
   * Only the audit event says which it was.
   */

  /** The outcome of a sign-in attempt. */
  public sealed interface Result permits LoggedIn, Refused {}

  /** Signed in: the new session, whose id goes into the cookie. */
  public record LoggedIn(SessionStore.Opened session) implements Result {}

  /**
   * Refused; {@code retryAfter} is set when the username or address is locked.
   *
   * @param retryAfter when a lock ends, or null for a plain refusal
   */
  public record Refused(Reason reason, Instant retryAfter) implements Result {}

  /** Why a sign-in was refused. */
  public enum Reason {
    WRONG_CREDENTIALS,
    LOCKED
  }

  private final StaffUsers users;
  private final PasswordHasher hasher;
  private final SessionStore sessions;
  private final LoginThrottle throttle;
  private final AuditSink audit;
  private final Clock clock;

  public StaffLogin(
      StaffUsers users,
      PasswordHasher hasher,
      SessionStore sessions,
      LoginThrottle throttle,
      AuditSink audit,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Checks the credentials and, if they are right, opens a new session.
   *
   * @param address the client's address, for per-address throttling (never recorded in clear)
   * @param previousSessionId the session cookie the browser sent, if any: it is ended, so a session
   *     id fixed before sign-in is never the signed-in one
   */
  public Result login(String username, String password, String address, String previousSessionId) {
    String name = StaffUsers.normalize(username);
    Optional<StaffUsers.Credentials> account = users.credentials(name);
    String subject = account.map(c -> c.user().username()).orElse(null);
    Optional<Instant> locked = throttle.lockedUntil(name, address);
    if (locked.isPresent()) {
      failed(subject, "locked");
      return new Refused(Reason.LOCKED, locked.get());
    }
    boolean passwordRight =
        account.isPresent()
            ? hasher.verify(password, account.get().passwordHash())
            : hasher.verifyNothing(password);
    if (!passwordRight || !account.get().user().enabled()) {
      Optional<Instant> lockedNow = throttle.recordFailure(name, address);
      failed(
          subject,
          account.isEmpty()
              ? "unknown username"
              : passwordRight ? "account disabled" : "wrong password");
      return lockedNow.isPresent()
          ? new Refused(Reason.LOCKED, lockedNow.get())
          : new Refused(Reason.WRONG_CREDENTIALS, null);
    }
    StaffUser user = account.get().user();
    throttle.recordSuccess(name);
    users.recordLogin(user.id());
    sessions.close(previousSessionId);
    SessionStore.Opened opened = sessions.open(user);
    // Housekeeping on a rare, non-hot path instead of a scheduler of its own.
    sessions.purgeExpired();
    throttle.purgeStale();
    audit.record(
        new StaffEvent(
            StaffEvent.Kind.LOGIN_SUCCEEDED,
            clock.instant(),
            user.username(),
            user.username(),
            "role=" + user.role().key()));
    return new LoggedIn(opened);
  }

  /** Ends the session with this cookie value and records who signed out. */
  public void logout(String sessionId) {
    Optional<StaffSession> session = sessions.find(sessionId);
    sessions.close(sessionId);
    session.ifPresent(
        s ->
            audit.record(
                new StaffEvent(
                    StaffEvent.Kind.LOGGED_OUT,
                    clock.instant(),
                    s.username(),
                    s.username(),
                    null)));
  }

  private void failed(String subject, String detail) {
    audit.record(
        new StaffEvent(
            StaffEvent.Kind.LOGIN_FAILED, clock.instant(), "anonymous", subject, detail));
  }
}
