package dev.rightful.consent;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.requests.RightsRequest;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes an opt-out preference signal from a consumer the privacy center has identified by their
 * request an opt-out of sale and sharing for that consumer (7025(c)(1)): recorded in the ledger
 * under the keyed hash of the request's email address, passed on to recipients like any opt-out,
 * and audited against the request. A signal repeated while the opt-out stands records nothing, so a
 * reload adds no ledger event and no audit entry. Thread-safe.
 */
public final class KnownConsumerSignals {
  private final ConsentService consent;
  private final AuditLog audit;

  public KnownConsumerSignals(ConsentService consent, AuditLog audit) {
    this.consent = consent;
    this.audit = audit;
  }

  /**
   * Records the signal {@code ctx} carries, if any, for the consumer of {@code request}; returns
   * whether the page should show "Opt-Out Request Honored" (7025(c)(6)): the signal was sent and
   * the consumer's opt-out of sale and sharing stands.
   */
  public boolean honour(Context ctx, RightsRequest request) {
    Set<ConsentPurpose> declared = declared();
    if (!Signals.headerSignal(ctx) || declared.isEmpty() || request.subject().email() == null) {
      return false;
    }
    String key = consent.key(ConsentSubject.email(request.subject().email()));
    // 7025(c)(2): nothing more is asked of the consumer; the page is the request's status page.
    Recorded recorded =
        consent.recordSignal(
            key,
            Signals.context(ctx, "/privacy/requests/status", "Sec-GPC header, known consumer"));
    if (recorded.changed()) {
      audit.append(
          new AuditEntry(
              "consumer",
              "consent.signal.known-consumer",
              "request",
              request.id(),
              Map.of(
                  "source",
                  ChoiceSource.GPC.id(),
                  "purposes",
                  declared.stream().map(ConsentPurpose::id).sorted().toList())));
    }
    return declared.stream().allMatch(recorded.state()::optedOut);
  }

  /** The purposes a signal stops: sale and sharing, as far as the notice declares them. */
  private Set<ConsentPurpose> declared() {
    Set<ConsentPurpose> out = EnumSet.noneOf(ConsentPurpose.class);
    for (ConsentPurpose purpose : List.of(ConsentPurpose.SALE, ConsentPurpose.SHARE)) {
      if (consent.rules().practices().declares(purpose)) {
        out.add(purpose);
      }
    }
    return out;
  }
}
