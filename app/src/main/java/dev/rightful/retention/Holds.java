package dev.rightful.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The legal holds in Rightful's own database: placing, listing and releasing them. A hold is never
 * deleted; releasing it stamps who and when, so the record of why data was kept stays. Thread-safe.
 */
public final class Holds {
  private static final String COLUMNS =
      "id, scope, identity_kind, identity_value, system_id, table_name, reason, placed_by,"
          + " placed_at, expires_at, released_at";

  private final Jdbi jdbi;
  private final Clock clock;

  public Holds(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Holds one consumer's data, found by an identifier of {@code identityKind}. */
  public Hold placeOnConsumer(
      String identityKind, String value, String reason, Instant expiresAt, String placedBy) {
    require(identityKind, "identity kind");
    require(value, "identifier");
    String normalized = Hold.normalize(identityKind, value);
    if (normalized.isEmpty()) {
      throw new RetentionException("a " + identityKind + " hold needs an identifier");
    }
    return insert(
        Hold.Scope.CONSUMER, identityKind, normalized, null, null, reason, expiresAt, placedBy);
  }

  /** Holds every row of {@code systemId.tableName}. */
  public Hold placeOnTable(
      String systemId, String tableName, String reason, Instant expiresAt, String placedBy) {
    require(systemId, "system");
    require(tableName, "table");
    return insert(Hold.Scope.TABLE, null, null, systemId, tableName, reason, expiresAt, placedBy);
  }

  /** Ends a hold now; false when there is no such hold or it was already released. */
  public boolean release(long id, String releasedBy) {
    require(releasedBy, "who releases the hold");
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE retention_hold SET released_at = :now, released_by = :by"
                            + " WHERE id = :id AND released_at IS NULL")
                    .bind("now", at(clock.instant()))
                    .bind("by", releasedBy)
                    .bind("id", id)
                    .execute())
        == 1;
  }

  public Optional<Hold> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM retention_hold WHERE id = :id")
                .bind("id", id)
                .map(Holds::hold)
                .findOne());
  }

  /** Every hold ever placed, newest first. */
  public List<Hold> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM retention_hold ORDER BY id DESC")
                .map(Holds::hold)
                .list());
  }

  /** The holds that keep data at {@code instant}, oldest first. */
  public List<Hold> active(Instant instant) {
    return jdbi
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM retention_hold WHERE released_at IS NULL ORDER BY id")
                    .map(Holds::hold)
                    .list())
        .stream()
        .filter(hold -> hold.activeAt(instant))
        .toList();
  }

  /**
   * The holds in force at {@code instant} that keep a consumer known by {@code identifiers} (data
   * map identity kind to values, as given or found): the consumer holds on any of them, and every
   * table hold. Values are compared as {@link Hold#normalize} leaves them.
   */
  public List<Hold> activeFor(Map<String, ? extends Collection<?>> identifiers, Instant instant) {
    Map<String, Set<String>> wanted = new HashMap<>();
    identifiers.forEach(
        (kind, values) ->
            values.stream()
                .filter(Objects::nonNull)
                .map(value -> Hold.normalize(kind, value.toString()))
                .forEach(value -> wanted.computeIfAbsent(kind, k -> new HashSet<>()).add(value)));
    return active(instant).stream()
        .filter(
            hold ->
                hold.scope() == Hold.Scope.TABLE
                    || wanted
                        .getOrDefault(hold.identityKind(), Set.of())
                        .contains(hold.identityValue()))
        .toList();
  }

  private Hold insert(
      Hold.Scope scope,
      String kind,
      String value,
      String system,
      String table,
      String reason,
      Instant expiresAt,
      String placedBy) {
    require(reason, "reason");
    require(placedBy, "who places the hold");
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new RetentionException("a hold must expire in the future, not " + expiresAt);
    }
    long id =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO retention_hold (scope, identity_kind, identity_value,"
                            + " system_id, table_name, reason, placed_by, placed_at, expires_at)"
                            + " VALUES (:scope, :kind, :value, :system, :table, :reason, :by,"
                            + " :now, :expires)")
                    .bind("scope", scope.column())
                    .bind("kind", kind)
                    .bind("value", value)
                    .bind("system", system)
                    .bind("table", table)
                    .bind("reason", reason.strip())
                    .bind("by", placedBy)
                    .bind("now", at(now))
                    .bind("expires", expiresAt == null ? null : at(expiresAt))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return find(id).orElseThrow();
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new RetentionException("a hold needs " + what);
    }
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static Hold hold(ResultSet rs, StatementContext context) throws SQLException {
    return new Hold(
        rs.getLong("id"),
        Hold.Scope.valueOf(rs.getString("scope").toUpperCase(java.util.Locale.ROOT)),
        rs.getString("identity_kind"),
        rs.getString("identity_value"),
        rs.getString("system_id"),
        rs.getString("table_name"),
        rs.getString("reason"),
        rs.getString("placed_by"),
        instant(rs, "placed_at"),
        instant(rs, "expires_at"),
        instant(rs, "released_at"));
  }
}
