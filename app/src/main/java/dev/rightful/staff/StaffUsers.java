package dev.rightful.staff;

import static dev.rightful.staff.internal.Sql.instant;
import static dev.rightful.staff.internal.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Console accounts: creation with a checked and hashed password, lookup, disabling and enabling,
 * and the last sign-in. Usernames are case-insensitive (stored lower-case). Thread-safe.
 */
public final class StaffUsers {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{0,63}");
  private static final String COLUMNS =
      "id, username, role, enabled, created_at, last_login_at, password_hash";

  private final Jdbi jdbi;
  private final Clock clock;
  private final PasswordHasher hasher;
  private final AuditSink audit;

  /** A user with the password hash, for sign-in only. */
  record Credentials(StaffUser user, String passwordHash) {}

  public StaffUsers(Jdbi jdbi, Clock clock, PasswordHasher hasher, AuditSink audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.hasher = hasher;
    this.audit = audit;
  }

  /**
   * Creates an enabled account.
   *
   * @throws StaffException if the username is malformed or taken, the role cannot sign in, or the
   *     password breaks {@link PasswordPolicy}
   */
  public StaffUser create(String username, Role role, String password, String actor) {
    String name = normalize(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new StaffException(
          "username refused: use 1 to 64 letters, digits and . _ @ + -, starting with a letter"
              + " or digit");
    }
    if (!role.canSignIn()) {
      throw new StaffException("role '" + role.key() + "' is for tokens only, not for accounts");
    }
    PasswordPolicy.check(name, password);
    if (find(name).isPresent()) {
      throw new StaffException("username '" + name + "' is taken");
    }
    String hash = hasher.hash(password);
    Instant now = clock.instant();
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO staff_user (username, role, password_hash, enabled, created_at)"
                          + " VALUES (:username, :role, :hash, TRUE, :now)")
                  .bind("username", name)
                  .bind("role", role.key())
                  .bind("hash", hash)
                  .bind("now", utc(now))
                  .execute());
    } catch (RuntimeException e) {
      // Two nodes creating the same user at once: the unique constraint decides.
      if (find(name).isPresent()) {
        throw new StaffException("username '" + name + "' is taken");
      }
      throw e;
    }
    audit.record(
        new StaffEvent(StaffEvent.Kind.USER_CREATED, now, actor, name, "role=" + role.key()));
    return get(name);
  }

  public Optional<StaffUser> find(String username) {
    return credentials(username).map(Credentials::user);
  }

  /** The user, or a {@link StaffException} if there is none. */
  public StaffUser get(String username) {
    return find(username)
        .orElseThrow(() -> new StaffException("no user '" + normalize(username) + "'"));
  }

  /** Every account, by username. */
  public List<StaffUser> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM staff_user ORDER BY username")
                .map((rs, ctx) -> credentials(rs, ctx).user())
                .list());
  }

  /** Whether some enabled account has the admin role. */
  public boolean anyEnabledAdmin() {
    return jdbi.withHandle(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM staff_user WHERE role = 'admin' AND enabled = TRUE")
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Disables or enables an account; disabling also ends its sessions. */
  public StaffUser setEnabled(String username, boolean enabled, String actor) {
    StaffUser user = get(username);
    jdbi.useTransaction(
        handle -> {
          handle
              .createUpdate("UPDATE staff_user SET enabled = :enabled WHERE id = :id")
              .bind("enabled", enabled)
              .bind("id", user.id())
              .execute();
          if (!enabled) {
            handle
                .createUpdate("DELETE FROM staff_session WHERE user_id = :id")
                .bind("id", user.id())
                .execute();
          }
        });
    if (user.enabled() != enabled) {
      audit.record(
          new StaffEvent(
              enabled ? StaffEvent.Kind.USER_ENABLED : StaffEvent.Kind.USER_DISABLED,
              clock.instant(),
              actor,
              user.username(),
              null));
    }
    return get(username);
  }

  Optional<Credentials> credentials(String username) {
    String name = normalize(username);
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM staff_user WHERE username = :username")
                .bind("username", name)
                .map(StaffUsers::credentials)
                .findOne());
  }

  void recordLogin(long userId) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("UPDATE staff_user SET last_login_at = :now WHERE id = :id")
                .bind("now", utc(clock.instant()))
                .bind("id", userId)
                .execute());
  }

  /** The stored form of a username: trimmed and lower-case. */
  public static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static Credentials credentials(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Credentials(
        new StaffUser(
            rs.getLong("id"),
            rs.getString("username"),
            Role.parse(rs.getString("role")),
            rs.getBoolean("enabled"),
            instant(rs, "created_at"),
            instant(rs, "last_login_at")),
        rs.getString("password_hash"));
  }
}
