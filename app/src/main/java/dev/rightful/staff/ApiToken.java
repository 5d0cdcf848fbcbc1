package dev.rightful.staff;

import java.time.Instant;

/**
 * A bearer token's record, without the secret: the database keeps only the secret's SHA-256.
 *
 * @param expiresAt null when the token never expires
 * @param revokedAt null while not revoked
 */
public record ApiToken(
    long id,
    String name,
    Role role,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt) {

  /** Whether the token authenticates at {@code now}: not revoked and not expired. */
  public boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** How audit events and principals name this token. */
  public String principalName() {
    return "token:" + id;
  }
}
