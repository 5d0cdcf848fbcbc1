package dev.rightful.audit;

import dev.rightful.crypto.Digests;
import dev.rightful.staff.AuditSink;
import dev.rightful.staff.StaffEvent;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Records staff-access events (sign-ins, tokens, accounts) in the audit log. A username shaped like
 * an email address is recorded by a short digest, because the log refuses anything that looks like
 * an email; the staff table links the two. Thread-safe.
 */
public final class StaffAuditSink implements AuditSink {
  private final AuditLog log;

  public StaffAuditSink(AuditLog log) {
    this.log = log;
  }

  @Override
  public void record(StaffEvent event) {
    String subject = event.subject() == null ? "unknown" : name(event.subject());
    log.append(
        new AuditEntry(
            "staff:" + name(event.actor()),
            "staff." + event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            "staff",
            subject,
            event.detail() == null ? Map.of() : Map.of("detail", event.detail())));
  }

  static String name(String name) {
    if (name == null || !name.contains("@")) {
      return name == null ? "unknown" : name;
    }
    return "user#" + HexFormat.of().formatHex(Digests.sha256(name), 0, 6);
  }
}
