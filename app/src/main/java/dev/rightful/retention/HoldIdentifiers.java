package dev.rightful.retention;

import dev.rightful.crypto.DecryptionException;
import dev.rightful.store.PiProtection;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * How a consumer hold's identifier is kept: sealed under a context bound to its keyed hash, found
 * by that hash, and, for holds placed before migration V14, sealed from plain text when a server
 * starts. Thread-safe.
 */
final class HoldIdentifiers {
  private final PiProtection pi;

  HoldIdentifiers(PiProtection pi) {
    this.pi = pi;
  }

  /** The keyed hashes, under every configured key, an identifier's holds are found by. */
  List<String> lookupKeys(String kind, String normalized) {
    return pi.secretLookupKeys(keyInput(kind, normalized));
  }

  /**
   * Seals, in the caller's transaction, the identifiers consumer holds placed before V14 keep in
   * plain text ({@link Holds#sealPlaintext}); returns how many it sealed.
   */
  int sealPlaintext(Handle handle) {
    List<Plain> plain =
        handle
            .createQuery(
                "SELECT id, identity_kind, identity_value FROM retention_hold"
                    + " WHERE identity_value IS NOT NULL ORDER BY id")
            .map(
                (rs, ctx) ->
                    new Plain(
                        rs.getLong("id"),
                        rs.getString("identity_kind"),
                        rs.getString("identity_value")))
            .list();
    if (plain.isEmpty()) {
      return 0;
    }
    checkKeysOpenSealedHolds(handle);
    int sealed = 0;
    for (Plain row : plain) {
      Sealed identifier = seal(row.kind(), Hold.normalize(row.kind(), row.value()));
      // The guard on identity_value leaves a row another node sealed meanwhile as it is.
      sealed +=
          handle
              .createUpdate(
                  "UPDATE retention_hold SET identity_sealed = :sealed, identity_key = :key,"
                      + " identity_value = NULL WHERE id = :id AND identity_value IS NOT NULL")
              .bind("sealed", identifier.value())
              .bind("key", identifier.key())
              .bind("id", row.id())
              .execute();
    }
    return sealed;
  }

  /** A consumer hold written before V14, as it was stored. */
  private record Plain(long id, String kind, String value) {}

  /** Opens the newest sealed hold, if any, so that wrong keys fail before they seal anything. */
  private void checkKeysOpenSealedHolds(Handle handle) {
    handle
        .createQuery(
            "SELECT id, identity_sealed, identity_key FROM retention_hold"
                + " WHERE identity_sealed IS NOT NULL ORDER BY id DESC LIMIT 1")
        .map(
            (rs, ctx) ->
                open(
                    rs.getLong("id"),
                    rs.getString("identity_sealed"),
                    rs.getString("identity_key")))
        .findOne();
  }

  /** A consumer hold's identifier as stored: sealed, and its keyed hash (both null otherwise). */
  record Sealed(String value, String key) {}

  /** Seals a consumer hold's normalized identifier under its keyed hash. */
  Sealed seal(String kind, String normalized) {
    String key = pi.secretKey(keyInput(kind, normalized));
    return new Sealed(pi.seal(normalized, sealContext(key)), key);
  }

  /**
   * What a consumer hold's keyed hash is taken of: the kind, lower-cased as the sweep compares
   * kinds, and the normalized value, apart by a character neither holds.
   */
  private static String keyInput(String kind, String normalized) {
    return kind.toLowerCase(Locale.ROOT) + "\0" + normalized;
  }

  /** The seal's context: the keyed hash binds the sealed identifier to its consumer's holds. */
  private static String sealContext(String key) {
    return "retention_hold.identity:" + key;
  }

  /** Opens hold {@code id}'s sealed identifier; fails when the configured keys cannot. */
  String open(long id, String sealed, String key) {
    try {
      return pi.open(sealed, sealContext(key));
    } catch (DecryptionException e) {
      // Never read past: a hold that cannot be read might keep data a sweep would delete.
      throw new RetentionException(
          "hold "
              + id
              + ": the configured encryption keys do not open its identifier ("
              + e.getMessage()
              + "); give the keys the server uses",
          e);
    }
  }
}
