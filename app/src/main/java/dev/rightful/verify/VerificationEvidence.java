package dev.rightful.verify;

import dev.rightful.requests.RequestEvents;
import dev.rightful.requests.RightsRequest;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Deletes a request's verification data when the request closes, keeping the record that it existed
 * (7060(d), CC 1798.130(a)(7); rule 15). It sits in front of the audit log as the lifecycle's
 * {@link RequestEvents}: when the lifecycle records a completion or a denial, it deletes the
 * request's one-time code rows (code hashes and the keyed hashes of email and client address) in
 * the same transaction and records {@code evidence.deleted}. Thread-safe.
 */
public final class VerificationEvidence implements RequestEvents {
  /*
   * What is kept. The signed declaration (the name typed under it, sealed in the request's payload)
   * stays: 7062(c) has the business maintain signed declarations as part of its 7101 records, and
   * rule 15 excepts those records. So do the number of data points matched and whether a
   * declaration was signed (plain columns of the request), and the audit events, which name kinds
   * of data points, never values. Nothing else is collected for verification: Rightful takes no
   * uploads. Deletion keys on the lifecycle's audit actions, the stable vocabulary of the log.
   */
  static final Set<String> CLOSING = Set.of("request.completed", "request.denied");

  /** Whether the lifecycle's audit {@code action} closes the request. */
  public static boolean closes(String action) {
    return CLOSING.contains(action);
  }

  private final RequestEvents audit;
  private final OneTimeCodes codes;

  public VerificationEvidence(RequestEvents audit, OneTimeCodes codes) {
    this.audit = audit;
    this.codes = codes;
  }

  @Override
  public void record(
      Handle handle,
      String actor,
      String action,
      RightsRequest request,
      Map<String, Object> facts) {
    if (!closes(action)) {
      audit.record(handle, actor, action, request, facts);
      return;
    }
    // The deletion before the events: recording one locks the audit chain until the commit.
    int deleted = codes.deleteFor(handle, request.id());
    audit.record(handle, actor, action, request, facts);
    audit.record(
        handle,
        "system",
        "evidence.deleted",
        request,
        Map.of("oneTimeCodes", deleted, "declarationKept", request.declarationSigned()));
  }
}
