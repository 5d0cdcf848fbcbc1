package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes access packages whose download link has expired from {@code fulfil_package}, each in one
 * transaction with its audit event: a copy of a consumer's data is kept no longer than it can be
 * fetched. Run by a recurring job. Thread-safe.
 */
public final class PackagePurge {
  public static final String TASK = "fulfil-package-purge";

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public PackagePurge(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  /** Deletes every expired package; returns the requests whose package went. */
  public List<String> purgeExpired() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<String> expired =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT request_id FROM fulfil_package WHERE expires_at <= :now"
                            + " ORDER BY expires_at")
                    .bind("now", now)
                    .mapTo(String.class)
                    .list());
    for (String requestId : expired) {
      jdbi.useTransaction(
          handle -> {
            // Conditional: another node's purge, or a new package saved since, changes nothing.
            int deleted =
                handle
                    .createUpdate(
                        "DELETE FROM fulfil_package WHERE request_id = :request"
                            + " AND expires_at <= :now")
                    .bind("request", requestId)
                    .bind("now", now)
                    .execute();
            if (deleted == 1) {
              audit.append(
                  handle,
                  new AuditEntry(
                      "system",
                      "fulfil.package-purged",
                      "request",
                      requestId,
                      Map.of("reason", "link expired")));
            }
          });
    }
    return expired;
  }
}
