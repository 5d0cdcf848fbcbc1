package dev.rightful.audit;

import dev.rightful.retention.Hold;
import dev.rightful.retention.HoldRecorder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Records legal holds placed and released in the audit log: the hold's id, what it covers (the
 * identity kind, never the identifier; or the table) and its expiry. The reason is kept with the
 * hold, not here: it may name a person. Thread-safe.
 */
public final class HoldAuditRecorder implements HoldRecorder {
  private static final String SUBJECT = "legal-hold";
  private final AuditLog log;

  public HoldAuditRecorder(AuditLog log) {
    this.log = log;
  }

  @Override
  public void placed(Handle handle, Hold hold) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("scope", hold.scope().name().toLowerCase(Locale.ROOT));
    if (hold.scope() == Hold.Scope.CONSUMER) {
      details.put("identityKind", hold.identityKind());
    } else {
      details.put("table", hold.systemId() + "." + hold.tableName());
    }
    details.put("expiresAt", hold.expiresAt() == null ? "never" : hold.expiresAt().toString());
    log.append(
        handle,
        new AuditEntry(
            StaffAuditSink.name(hold.placedBy()),
            "retention.hold-placed",
            SUBJECT,
            Long.toString(hold.id()),
            details));
  }

  @Override
  public void released(Handle handle, long holdId, String releasedBy) {
    log.append(
        handle,
        new AuditEntry(
            StaffAuditSink.name(releasedBy),
            "retention.hold-released",
            SUBJECT,
            Long.toString(holdId),
            Map.of()));
  }
}
