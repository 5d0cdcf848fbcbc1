package dev.rightful.retention;

import dev.rightful.store.PiProtection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The legal holds in Rightful's own database: placing, listing and releasing them. A hold is never
 * deleted; releasing it stamps who and when, so the record of why data was kept stays. A consumer
 * hold's identifier is stored sealed and found by its keyed hash. Thread-safe.
 */
public final class Holds {
  /*
   * A consumer hold names its consumer by an identifier, which is personal information, so it is
   * kept like every identifier in Rightful's database (docs/audit-and-encryption.md): sealed in
   * identity_sealed, and found through identity_key, a keyed hash of the lower-cased kind and the
   * normalized value. The seal's context is that keyed hash: a sealed identifier copied onto a hold
   * of another consumer does not open there. Holds placed before migration V14 kept the identifier
   * plain in identity_value; sealPlaintext seals them when a server or a retention command starts,
   * and reading still accepts them until then.
   */
  private static final String COLUMNS =
      "id, scope, identity_kind, identity_value, identity_sealed, identity_key, system_id,"
          + " table_name, reason, placed_by, placed_at, expires_at, released_at";

  private final Jdbi jdbi;
  private final PiProtection pi;
  private final Clock clock;
  private final HoldRecorder recorder;
  private final HoldIdentifiers holdIdentifiers;

  /**
   * Holds that are read, not placed or released (sweeps, deletions, purges).
   *
   * @param pi seals consumer holds' identifiers and hashes them for look-ups
   */
  public Holds(Jdbi jdbi, PiProtection pi, Clock clock) {
    this(jdbi, pi, clock, HoldRecorder.NONE);
  }

  /**
   * @param recorder records each hold placed or released, in the same transaction
   */
  public Holds(Jdbi jdbi, PiProtection pi, Clock clock, HoldRecorder recorder) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.clock = clock;
    this.recorder = recorder;
    this.holdIdentifiers = new HoldIdentifiers(pi);
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
        Hold.Scope.CONSUMER,
        identityKind,
        holdIdentifiers.seal(identityKind, normalized),
        null,
        null,
        reason,
        expiresAt,
        placedBy);
  }

  /** Holds every row of {@code systemId.tableName}. */
  public Hold placeOnTable(
      String systemId, String tableName, String reason, Instant expiresAt, String placedBy) {
    require(systemId, "system");
    require(tableName, "table");
    return insert(
        Hold.Scope.TABLE,
        null,
        new HoldIdentifiers.Sealed(null, null),
        systemId,
        tableName,
        reason,
        expiresAt,
        placedBy);
  }

  /** Ends a hold now; false when there is no such hold or it was already released. */
  public boolean release(long id, String releasedBy) {
    require(releasedBy, "who releases the hold");
    return jdbi.inTransaction(
        handle -> {
          boolean released =
              handle
                      .createUpdate(
                          "UPDATE retention_hold SET released_at = :now, released_by = :by"
                              + " WHERE id = :id AND released_at IS NULL")
                      .bind("now", at(clock.instant()))
                      .bind("by", releasedBy)
                      .bind("id", id)
                      .execute()
                  == 1;
          if (released) {
            recorder.released(handle, id, releasedBy);
          }
          return released;
        });
  }

  public Optional<Hold> find(long id) {
    return jdbi.withHandle(handle -> find(handle, id));
  }

  private Optional<Hold> find(Handle handle, long id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM retention_hold WHERE id = :id")
        .bind("id", id)
        .map(this::hold)
        .findOne();
  }

  /** Every hold ever placed, newest first. */
  public List<Hold> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM retention_hold ORDER BY id DESC")
                .map(this::hold)
                .list());
  }

  /**
   * The keyed hashes, under every configured key, of the email addresses and phone numbers that
   * consumer holds keep at {@code instant}: Rightful's own request records are found by these
   * ({@code rights_request.email_key}, {@code phone_key}), and a hold keeps them too.
   */
  public Set<String> heldEmailAndPhoneKeys(Instant instant) {
    Set<String> keys = new HashSet<>();
    for (Hold hold : active(instant)) {
      if (hold.scope() != Hold.Scope.CONSUMER) {
        continue;
      }
      switch (Hold.Matching.of(hold.identityKind())) {
        case EMAIL -> keys.addAll(pi.emailLookupKeys(hold.identityValue()));
        case PHONE -> keys.addAll(pi.phoneLookupKeys(hold.identityValue()));
        case EXACT -> {
          // An account or device id: requests are not filed under one.
        }
      }
    }
    return keys;
  }

  /** The holds that keep data at {@code instant}, oldest first. */
  public List<Hold> active(Instant instant) {
    return unreleased("", List.of(), instant);
  }

  /**
   * The holds in force at {@code instant} that keep a consumer known by {@code identifiers} (data
   * map identity kind to values, as given or found): the consumer holds on any of them, and every
   * table hold. Values are compared as {@link Hold#normalize} leaves them.
   */
  public List<Hold> activeFor(Map<String, ? extends Collection<?>> identifiers, Instant instant) {
    // Every deletion asks, and there are seldom holds: read the unreleased holds' kinds and keyed
    // hashes first, hash only the identifiers of kinds some hold uses (one hash per configured
    // key, so that holds hashed before a key rotation are found too), and open only the matches.
    List<Unreleased> unreleased =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT id, scope, identity_kind, identity_key FROM retention_hold"
                            + " WHERE released_at IS NULL")
                    .map(
                        (rs, ctx) ->
                            new Unreleased(
                                rs.getLong("id"),
                                rs.getString("scope"),
                                rs.getString("identity_kind"),
                                rs.getString("identity_key")))
                    .list());
    if (unreleased.isEmpty()) {
      return List.of();
    }
    Set<String> heldKinds = new HashSet<>();
    unreleased.stream()
        .filter(hold -> hold.identityKind() != null)
        .forEach(hold -> heldKinds.add(hold.identityKind().toLowerCase(Locale.ROOT)));
    Set<String> keys = new HashSet<>();
    identifiers.forEach(
        (kind, values) -> {
          if (heldKinds.contains(kind.toLowerCase(Locale.ROOT))) {
            values.stream()
                .filter(Objects::nonNull)
                .map(value -> Hold.normalize(kind, value.toString()))
                .filter(value -> !value.isEmpty())
                .forEach(value -> keys.addAll(holdIdentifiers.lookupKeys(kind, value)));
          }
        });
    List<Long> matched =
        unreleased.stream()
            .filter(hold -> hold.scope().equals("table") || keys.contains(hold.identityKey()))
            .map(Unreleased::id)
            .toList();
    return matched.isEmpty() ? List.of() : unreleased(" AND id IN (<keys>)", matched, instant);
  }

  /** An unreleased hold as {@link #activeFor} first reads it: nothing opened. */
  private record Unreleased(long id, String scope, String identityKind, String identityKey) {}

  /**
   * The holds not released that {@code condition} (SQL, may use the list {@code <keys>}) picks, in
   * force at {@code instant}, oldest first.
   */
  private List<Hold> unreleased(String condition, List<?> keys, Instant instant) {
    return jdbi
        .withHandle(
            handle -> {
              Query query =
                  handle.createQuery(
                      "SELECT "
                          + COLUMNS
                          + " FROM retention_hold WHERE released_at IS NULL"
                          + condition
                          + " ORDER BY id");
              if (!keys.isEmpty()) {
                query.bindList("keys", keys);
              }
              return query.map(this::hold).list();
            })
        .stream()
        .filter(hold -> hold.activeAt(instant))
        .toList();
  }

  /**
   * Seals the identifiers that consumer holds placed before migration V14 keep in plain text, in
   * one transaction: each row gets its sealed identifier and keyed hash, and loses the plain one.
   * Servers and retention commands call it when they start; with nothing to seal it changes
   * nothing, and nodes starting together seal each row once.
   *
   * @return how many holds it sealed
   * @throws RetentionException when the configured keys do not open the holds sealed already: the
   *     plain identifiers would otherwise be sealed under keys the servers may not have
   */
  public int sealPlaintext() {
    return jdbi.inTransaction(holdIdentifiers::sealPlaintext);
  }

  private Hold insert(
      Hold.Scope scope,
      String kind,
      HoldIdentifiers.Sealed identifier,
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
    return jdbi.inTransaction(
        handle -> {
          long id =
              handle
                  .createUpdate(
                      "INSERT INTO retention_hold (scope, identity_kind, identity_sealed,"
                          + " identity_key, system_id, table_name, reason, placed_by, placed_at,"
                          + " expires_at)"
                          + " VALUES (:scope, :kind, :sealed, :key, :system, :table, :reason,"
                          + " :by, :now, :expires)")
                  .bind("scope", scope.column())
                  .bind("kind", kind)
                  .bind("sealed", identifier.value())
                  .bind("key", identifier.key())
                  .bind("system", system)
                  .bind("table", table)
                  .bind("reason", reason.strip())
                  .bind("by", placedBy)
                  .bind("now", at(now))
                  .bind("expires", expiresAt == null ? null : at(expiresAt))
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          Hold hold = find(handle, id).orElseThrow();
          recorder.placed(handle, hold);
          return hold;
        });
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

  private Hold hold(ResultSet rs, StatementContext context) throws SQLException {
    long id = rs.getLong("id");
    String sealed = rs.getString("identity_sealed");
    return new Hold(
        id,
        Hold.Scope.valueOf(rs.getString("scope").toUpperCase(Locale.ROOT)),
        rs.getString("identity_kind"),
        // A hold placed before V14 and not sealed yet keeps its identifier plain.
        sealed == null
            ? rs.getString("identity_value")
            : holdIdentifiers.open(id, sealed, rs.getString("identity_key")),
        rs.getString("system_id"),
        rs.getString("table_name"),
        rs.getString("reason"),
        rs.getString("placed_by"),
        instant(rs, "placed_at"),
        instant(rs, "expires_at"),
        instant(rs, "released_at"));
  }
}
