package dev.rightful.staff;

import java.time.Instant;

/**
 * A signed-in console session: whose it is, the random value its forms' CSRF tokens are bound to
 * (see {@link CsrfGuard}), and when it ends at the latest. The session id itself is not here: only
 * the cookie holds it.
 */
public record StaffSession(
    long userId,
    String username,
    Role role,
    String csrfSecret,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt) {

  public Principal principal() {
    return new Principal(username, role);
  }
}
