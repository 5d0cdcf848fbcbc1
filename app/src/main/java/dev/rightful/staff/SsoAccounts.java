package dev.rightful.staff;

import static dev.rightful.staff.internal.Sql.utc;

import dev.rightful.staff.internal.Secrets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Console accounts of people who sign in with single sign-on: created at the first sign-in, without
 * a password, and given the role the provider's claim grants at every sign-in. Thread-safe.
 */
final class SsoAccounts {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{0,63}");

  private final Jdbi jdbi;
  private final StaffUsers users;
  private final AuditSink audit;
  private final Clock clock;

  SsoAccounts(Jdbi jdbi, StaffUsers users, AuditSink audit, Clock clock) {
    this.jdbi = jdbi;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The account of the person {@code subject} at {@code issuer}, created or given {@code role} as
   * needed (each change audited).
   *
   * @param preferredName the provider's username or email, used for a new account when it is a
   *     valid username not yet taken
   * @throws OidcRefusal if the name is taken by another account, or the account is disabled
   */
  StaffUser signIn(String issuer, String subject, String preferredName, Role role) {
    String key = Secrets.sha256(issuer + "\n" + subject);
    Optional<String> linked = usernameOf(key);
    if (linked.isEmpty()) {
      return create(key, preferredName, role);
    }
    StaffUser user = users.get(linked.get());
    if (!user.enabled()) {
      throw OidcRefusal.refused(
          "Your Rightful account is disabled. Ask an administrator.", "account disabled");
    }
    if (user.role() != role) {
      jdbi.useHandle(
          h ->
              h.createUpdate("UPDATE staff_user SET role = :role WHERE id = :id")
                  .bind("role", role.key())
                  .bind("id", user.id())
                  .execute());
      // Ending the old sessions makes the new role hold at once, not after a sign-out.
      jdbi.useHandle(
          h ->
              h.createUpdate("DELETE FROM staff_session WHERE user_id = :id")
                  .bind("id", user.id())
                  .execute());
      audit.record(
          new StaffEvent(
              StaffEvent.Kind.ROLE_CHANGED,
              clock.instant(),
              "oidc",
              user.username(),
              "role=" + role.key() + " from=" + user.role().key()));
    }
    return users.get(user.username());
  }

  private StaffUser create(String key, String preferredName, Role role) {
    String name = StaffUsers.normalize(preferredName);
    if (!USERNAME.matcher(name).matches()) {
      // A provider that gives no usable name: a stable one from the subject's digest.
      name = "sso-" + key.substring(0, 12);
    }
    if (users.find(name).isPresent()) {
      throw OidcRefusal.refused(
          "A Rightful account named "
              + name
              + " already exists and is not linked to single sign-on. Ask an administrator.",
          "username taken by an unlinked account");
    }
    Instant now = clock.instant();
    String username = name;
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO staff_user (username, role, password_hash, enabled, created_at,"
                        + " oidc_subject) VALUES (:username, :role, NULL, TRUE, :now, :key)")
                .bind("username", username)
                .bind("role", role.key())
                .bind("now", utc(now))
                .bind("key", key)
                .execute());
    audit.record(
        new StaffEvent(
            StaffEvent.Kind.USER_CREATED,
            now,
            "oidc",
            username,
            "role=" + role.key() + " method=oidc"));
    return users.get(username);
  }

  private Optional<String> usernameOf(String key) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT username FROM staff_user WHERE oidc_subject = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne());
  }
}
