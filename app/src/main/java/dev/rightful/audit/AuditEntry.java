package dev.rightful.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a caller asks the audit log to record: who did what to which thing, with details. The log
 * adds the sequence number, the time and the hashes. Immutable.
 *
 * <p>Pass ids and facts, never a consumer's personal information: {@code subjectId} is a request
 * id, not an email, and details say {@code {"method": "email-otp", "matched": 2}}, not the address
 * or the code. The log is kept at least 24 months and cannot be edited without breaking the chain,
 * so PI written here could never be deleted on a consumer's request. As a tripwire, {@link
 * AuditLog#append} refuses any field or detail that looks like an email address.
 *
 * @param actor who did it: {@code staff:<username>}, {@code consumer}, {@code agent:<id>}, {@code
 *     system}
 * @param action dotted verb, e.g. {@code request.received}, {@code request.verified}
 * @param subjectType the kind of thing, e.g. {@code request}, {@code consent}, {@code audit}
 * @param subjectId the thing's id
 * @param details JSON-serializable facts (strings, numbers, booleans, lists, maps, java.time
 *     values)
 */
public record AuditEntry(
    String actor, String action, String subjectType, String subjectId, Map<String, ?> details) {

  public AuditEntry {
    actor = required("actor", actor, 200);
    action = required("action", action, 100);
    subjectType = required("subjectType", subjectType, 100);
    subjectId = required("subjectId", subjectId, 200);
    if (details == null) {
      throw new IllegalArgumentException("audit details must not be null; pass Map.of()");
    }
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** An entry without details. */
  public static AuditEntry of(String actor, String action, String subjectType, String subjectId) {
    return new AuditEntry(actor, action, subjectType, subjectId, Map.of());
  }

  private static String required(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("audit " + name + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          "audit " + name + " is longer than " + maxLength + " characters");
    }
    Details.refuseEmail(name, value);
    return value;
  }
}
