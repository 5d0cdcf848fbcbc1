package dev.rightful.fulfil;

import dev.rightful.store.PiProtection;
import java.time.Clock;
import java.time.OffsetDateTime;
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
    jdbi.useTransaction(
        handle -> {
          for (Object email : identity.get("email")) {
            insert(handle, pi.emailKey(email.toString()), "email", requestId);
          }
          for (Object phone : identity.get("phone")) {
            insert(handle, pi.phoneKey(phone.toString()), "phone", requestId);
          }
        });
  }

  private void insert(org.jdbi.v3.core.Handle handle, String key, String kind, String requestId) {
    boolean present =
        handle
                .createQuery("SELECT COUNT(*) FROM fulfil_suppression WHERE key_hash = :key")
                .bind("key", key)
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!present) {
      handle
          .createUpdate(
              "INSERT INTO fulfil_suppression (key_hash, kind, request_id, added_at)"
                  + " VALUES (:key, :kind, :request, :at)")
          .bind("key", key)
          .bind("kind", kind)
          .bind("request", requestId)
          .bind("at", OffsetDateTime.now(clock))
          .execute();
    }
  }

  public boolean containsEmail(String email) {
    return contains(pi.emailKey(email));
  }

  public boolean containsPhone(String phone) {
    return contains(pi.phoneKey(phone));
  }

  private boolean contains(String key) {
    return jdbi.withHandle(
        handle ->
            handle
                    .createQuery("SELECT COUNT(*) FROM fulfil_suppression WHERE key_hash = :key")
                    .bind("key", key)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }
}
