package dev.rightful.fulfil;

import dev.rightful.store.PiProtection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The emails and phones of consumers whose data was deleted, kept as keyed hashes so that imports
 * and marketing can check a contact before adding it back, without the list disclosing anyone.
 * Thread-safe.
 */
public final class SuppressionList {
  private final Jdbi jdbi;
  private final PiProtection pi;
  private final Clock clock;

  public SuppressionList(Jdbi jdbi, PiProtection pi, Clock clock) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.clock = clock;
  }

  /** Adds the identity's emails and phones; adding one again changes nothing. */
  public void add(Identity identity, String requestId) {
    jdbi.useTransaction(handle -> add(handle, identity, requestId));
  }

  /** As {@link #add(Identity, String)}, on the caller's transaction. */
  public void add(org.jdbi.v3.core.Handle handle, Identity identity, String requestId) {
    for (Object email : identity.get("email")) {
      insert(handle, pi.emailLookupKeys(email.toString()), "email", requestId);
    }
    for (Object phone : identity.get("phone")) {
      insert(handle, pi.phoneLookupKeys(phone.toString()), "phone", requestId);
    }
  }

  /** Adds the current key's hash, unless the value is listed under any known key already. */
  private void insert(
      org.jdbi.v3.core.Handle handle, List<String> keys, String kind, String requestId) {
    if (!contains(handle, keys)) {
      handle
          .createUpdate(
              "INSERT INTO fulfil_suppression (key_hash, kind, request_id, added_at)"
                  + " VALUES (:key, :kind, :request, :at)")
          .bind("key", keys.get(0))
          .bind("kind", kind)
          .bind("request", requestId)
          .bind("at", OffsetDateTime.now(clock))
          .execute();
    }
  }

  public boolean containsEmail(String email) {
    return jdbi.withHandle(handle -> contains(handle, pi.emailLookupKeys(email)));
  }

  public boolean containsPhone(String phone) {
    return jdbi.withHandle(handle -> contains(handle, pi.phoneLookupKeys(phone)));
  }

  // Hashes made under a key since rotated out of first place still match (PiProtection).
  private static boolean contains(org.jdbi.v3.core.Handle handle, List<String> keys) {
    return handle
            .createQuery("SELECT COUNT(*) FROM fulfil_suppression WHERE key_hash IN (<keys>)")
            .bindList("keys", keys)
            .mapTo(Integer.class)
            .one()
        > 0;
  }
}
