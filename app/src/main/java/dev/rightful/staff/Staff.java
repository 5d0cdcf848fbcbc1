package dev.rightful.staff;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff access, wired: accounts, API tokens, console sessions and sign-in, sharing one database,
 * clock and audit sink. Build it once at start-up with {@link #create}. Thread-safe.
 */
public record Staff(
    StaffUsers users,
    ApiTokens tokens,
    SessionStore sessions,
    StaffLogin login,
    Authenticator authenticator,
    ServiceTokens serviceTokens) {

  /** Staff access with the default session timeouts. */
  public static Staff create(Jdbi jdbi, Clock clock, AuditSink audit) {
    return create(jdbi, clock, audit, SessionStore.Timeouts.DEFAULT);
  }

  public static Staff create(
      Jdbi jdbi, Clock clock, AuditSink audit, SessionStore.Timeouts timeouts) {
    PasswordHasher hasher = new PasswordHasher();
    StaffUsers users = new StaffUsers(jdbi, clock, hasher, audit);
    ApiTokens tokens = new ApiTokens(jdbi, clock, audit);
    SessionStore sessions = new SessionStore(jdbi, clock, timeouts);
    StaffLogin login =
        new StaffLogin(users, hasher, sessions, new LoginThrottle(jdbi, clock), audit, clock);
    return new Staff(
        users,
        tokens,
        sessions,
        login,
        new Authenticator(tokens),
        new ServiceTokens(tokens, clock));
  }
}
