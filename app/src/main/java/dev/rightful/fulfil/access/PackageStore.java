package dev.rightful.fulfil.access;

import dev.rightful.store.PiProtection;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Access packages kept in Rightful's database until their link expires: the ZIP, base64-encoded and
 * sealed with the request id as context, so that a copy of the table discloses nothing and a
 * package cannot be served for another request. Thread-safe.
 */
public final class PackageStore {
  /*
   * Why the database and not files under a data directory: Rightful may run on several nodes
   * sharing one database, and a local file is not the record (ARCHITECTURE.md, Scale). A consumer's
   * package is small (kilobytes to a few megabytes), so base64 plus sealing costs little.
   */
  private final Jdbi jdbi;
  private final PiProtection pi;
  private final Clock clock;

  public PackageStore(Jdbi jdbi, PiProtection pi, Clock clock) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.clock = clock;
  }

  /** A stored package and when its link stops working. */
  public record Stored(byte[] zip, Instant expiresAt) {
    @Override
    public String toString() {
      return "Stored[" + zip.length + " bytes, expires " + expiresAt + "]";
    }
  }

  private static String context(String requestId) {
    return "fulfil_package:" + requestId;
  }

  /** Stores (or replaces) the request's package. */
  public void save(String requestId, byte[] zip, Instant expiresAt) {
    String sealed = pi.seal(Base64.getEncoder().encodeToString(zip), context(requestId));
    jdbi.useTransaction(
        handle -> {
          handle
              .createUpdate("DELETE FROM fulfil_package WHERE request_id = :request")
              .bind("request", requestId)
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO fulfil_package (request_id, zip_sealed, created_at, expires_at)"
                      + " VALUES (:request, :zip, :created, :expires)")
              .bind("request", requestId)
              .bind("zip", sealed)
              .bind("created", OffsetDateTime.now(clock))
              .bind("expires", expiresAt.atOffset(ZoneOffset.UTC))
              .execute();
        });
  }

  public Optional<Stored> find(String requestId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT zip_sealed, expires_at FROM fulfil_package WHERE request_id = :request")
                .bind("request", requestId)
                .map(
                    (rs, ctx) ->
                        new Stored(
                            Base64.getDecoder()
                                .decode(pi.open(rs.getString(1), context(requestId))),
                            rs.getObject(2, OffsetDateTime.class).toInstant()))
                .findOne());
  }
}
