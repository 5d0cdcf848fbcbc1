package dev.rightful.consent;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Handle;

/**
 * Records in the audit log every change a machine client makes to the consent ledger, and every
 * opt-in refused because the consumer's opt-out stands, naming the client by its token's id (never
 * its secret). Each entry is appended on the write's own handle, so it commits with the change or
 * not at all. Thread-safe.
 *
 * <p>The subject is named by a keyed digest of its ledger key ({@code subject#…}): a key may be an
 * account id that is an email address, and the audit log, kept for years, holds no personal
 * information. The ledger event ids in the details lead from an entry to the ledger's history.
 */
final class ClientAudit {
  static final String SUBJECT = "consent-subject";

  private final AuditLog log;
  private final SecretKeySpec key;

  ClientAudit(AuditLog log, byte[] secret) {
    this.log = log;
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** A choice or a parental consent recorded; {@code events} are the ledger rows written. */
  void recorded(
      Handle handle,
      ServiceClient client,
      String subject,
      Set<ConsentPurpose> purposes,
      Choice choice,
      ChoiceSource source,
      boolean changed,
      List<Long> events) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("purposes", ids(purposes));
    details.put("choice", choice.id());
    details.put("source", source.id());
    details.put("changed", changed);
    details.put("ledgerEvents", events);
    String action =
        source == ChoiceSource.PARENTAL_CONSENT
            ? "consent.parental-consent-recorded"
            : "consent.choice-recorded";
    append(handle, client, action, subject, details);
  }

  /** An opt-in a client asked for and the rules refused (the attempt is worth knowing of). */
  void refused(
      Handle handle,
      ServiceClient client,
      String subject,
      Set<ConsentPurpose> purposes,
      OptInRefusal refusal) {
    append(
        handle,
        client,
        "consent.opt-in-refused",
        subject,
        Map.of("purposes", ids(purposes), "refusal", refusal.id()));
  }

  void linked(Handle handle, ServiceClient client, String first, String second) {
    append(handle, client, "consent.subjects-linked", first, Map.of("with", digest(second)));
  }

  /** A birth date recorded; the date itself is personal information and stays in the ledger. */
  void ageRecorded(Handle handle, ServiceClient client, String subject) {
    append(handle, client, "consent.age-recorded", subject, Map.of());
  }

  void propagationDone(Handle handle, ServiceClient client, long task) {
    log.append(
        handle,
        new AuditEntry(
            actor(client),
            "consent.propagation-done",
            "consent-propagation",
            Long.toString(task),
            Map.of()));
  }

  /** How the audit log names a ledger subject: a keyed digest, stable per subject. */
  String digest(String ledgerKey) {
    byte[] mac =
        EmailHasher.hmac(key, ("audit-subject:" + ledgerKey).getBytes(StandardCharsets.UTF_8));
    return "subject#" + HexFormat.of().formatHex(mac, 0, 12);
  }

  private void append(
      Handle handle, ServiceClient client, String action, String subject, Map<String, ?> details) {
    log.append(handle, new AuditEntry(actor(client), action, SUBJECT, digest(subject), details));
  }

  /** {@code staff:token:ID}, as the staff API's token actions are named in the log. */
  private static String actor(ServiceClient client) {
    return "staff:" + client.name();
  }

  private static List<String> ids(Set<ConsentPurpose> purposes) {
    return purposes.stream().map(ConsentPurpose::id).sorted().toList();
  }
}
