package dev.rightful.staff;

import static dev.rightful.staff.internal.Sql.instant;
import static dev.rightful.staff.internal.Sql.utc;

import dev.rightful.staff.internal.Secrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Bearer tokens for the staff JSON API: 256 random bits behind the prefix {@value #PREFIX} (so
 * secret scanners can spot a leaked one), shown once, stored as a SHA-256 digest with role, scopes,
 * name, creation, expiry and revocation. Thread-safe.
 */
public final class ApiTokens {
  public static final String PREFIX = "rft_";
  private static final Pattern SHAPE = Pattern.compile("rft_[A-Za-z0-9_-]{43}");
  private static final String COLUMNS =
      "id, name, role, scopes, created_by, created_at, expires_at, revoked_at";

  private final Jdbi jdbi;
  private final Clock clock;
  private final AuditSink audit;
  private final List<Runnable> revocationListeners = new CopyOnWriteArrayList<>();

  public ApiTokens(Jdbi jdbi, Clock clock, AuditSink audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.audit = audit;
  }

  /** Creates a token with its role's default scopes ({@link Scope#defaultsFor}). */
  public IssuedToken issue(Role role, String name, Duration expiresIn, String actor) {
    return issue(role, Scope.defaultsFor(role), name, expiresIn, actor);
  }

  /**
   * Creates a token.
   *
   * @param scopes what a service token may do; at least one for a service token, none for another
   *     role
   * @param expiresIn how long it stays valid; null for a token that never expires
   * @param actor who asked for it, for the audit log
   */
  public IssuedToken issue(
      Role role, Set<Scope> scopes, String name, Duration expiresIn, String actor) {
    if (role == Role.SERVICE && scopes.isEmpty()) {
      throw new StaffException(
          "a service token needs a scope: consent:decisions, consent:write or metrics:read");
    }
    if (role != Role.SERVICE && !scopes.isEmpty()) {
      throw new StaffException(
          "scopes are for service tokens; a token of role "
              + role.key()
              + " has that role's rights");
    }
    String label = name == null || name.isBlank() ? "unnamed" : name.strip();
    if (label.length() > 100) {
      throw new StaffException("token name refused: at most 100 characters");
    }
    if (expiresIn != null && (expiresIn.isNegative() || expiresIn.isZero())) {
      throw new StaffException("token expiry refused: it must be in the future");
    }
    String secret = PREFIX + Secrets.random256();
    Instant now = clock.instant();
    Instant expiresAt = expiresIn == null ? null : now.plus(expiresIn);
    long id =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO staff_token (token_hash, role, scopes, name, created_by,"
                            + " created_at, expires_at)"
                            + " VALUES (:hash, :role, :scopes, :name, :actor, :now, :expiresAt)")
                    .bind("hash", Secrets.sha256(secret))
                    .bind("role", role.key())
                    .bind("scopes", Scope.join(scopes))
                    .bind("name", label)
                    .bind("actor", actor)
                    .bind("now", utc(now))
                    .bindByType("expiresAt", utc(expiresAt), OffsetDateTime.class)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    ApiToken token = new ApiToken(id, label, role, scopes, actor, now, expiresAt, null);
    audit.record(
        new StaffEvent(
            StaffEvent.Kind.TOKEN_CREATED,
            now,
            actor,
            token.principalName(),
            "role="
                + role.key()
                + (scopes.isEmpty() ? "" : " scopes=" + Scope.join(scopes).replace(' ', ','))
                + (expiresAt == null ? " expires=never" : " expires=" + expiresAt)));
    return new IssuedToken(secret, token);
  }

  /** Revokes token {@code id}; false if it was already revoked. */
  public boolean revoke(long id, String actor) {
    get(id);
    Instant now = clock.instant();
    int changed =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE staff_token SET revoked_at = :now"
                            + " WHERE id = :id AND revoked_at IS NULL")
                    .bind("now", utc(now))
                    .bind("id", id)
                    .execute());
    if (changed > 0) {
      audit.record(new StaffEvent(StaffEvent.Kind.TOKEN_REVOKED, now, actor, "token:" + id, null));
      revocationListeners.forEach(Runnable::run);
    }
    return changed > 0;
  }

  public Optional<ApiToken> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM staff_token WHERE id = :id")
                .bind("id", id)
                .map(ApiTokens::token)
                .findOne());
  }

  public ApiToken get(long id) {
    return find(id).orElseThrow(() -> new StaffException("no token with id " + id));
  }

  /** Every token ever created, oldest first, revoked and expired ones included. */
  public List<ApiToken> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM staff_token ORDER BY id")
                .map(ApiTokens::token)
                .list());
  }

  /** The principal a presented secret stands for, if it is a live token. */
  public Optional<Principal> authenticate(String secret) {
    Instant now = clock.instant();
    return lookUp(secret)
        .filter(token -> token.activeAt(now))
        .map(token -> new Principal(token.principalName(), token.role()));
  }

  /** The record of a presented secret, live or not; empty for a malformed or unknown secret. */
  Optional<ApiToken> lookUp(String secret) {
    if (secret == null || !SHAPE.matcher(secret).matches()) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM staff_token WHERE token_hash = :hash")
                .bind("hash", Secrets.sha256(secret))
                .map(ApiTokens::token)
                .findOne());
  }

  /** Calls {@code listener} after every revocation through this instance. */
  void onRevoke(Runnable listener) {
    revocationListeners.add(listener);
  }

  private static ApiToken token(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("name"),
        Role.parse(rs.getString("role")),
        Scope.split(rs.getString("scopes")),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "revoked_at"));
  }
}
