package dev.rightful.staff;

import java.time.Instant;

/**
 * A signed-in console session: whose it is, the CSRF token its forms must carry, and when it ends
 * at the latest. The session id itself is not here: only the cookie holds it.
 */
public record StaffSession(
    long userId,
    String username,
    Role role,
    String csrfToken,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt) {

  public Principal principal() {
    return new Principal(username, role);
  }
}
