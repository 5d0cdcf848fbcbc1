package dev.rightful.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A bearer token's record, without the secret: the database keeps only the secret's SHA-256.
 *
 * @param scopes what a service token may do on the consent API; empty for a person's role
 * @param expiresAt null when the token never expires
 * @param revokedAt null while not revoked
 */
public record ApiToken(
    long id,
    String name,
    Role role,
    Set<Scope> scopes,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt) {

  public ApiToken {
    scopes = Set.copyOf(scopes);
  }

  /** Whether the token holds {@code scope}. */
  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }

  /** Whether the token authenticates at {@code now}: not revoked and not expired. */
  public boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** How audit events and principals name this token. */
  public String principalName() {
    return "token:" + id;
  }
}
