package dev.rightful.consent;

import dev.rightful.requests.RightsRequest;
import java.util.EnumSet;
import java.util.Set;

/**
 * Records opt-out and limit requests in the preference ledger, so the decision API and propagation
 * to recipients honour a choice made through the privacy center, the API, the phone line or an
 * agent exactly as one made through the cookie tool or a GPC signal. Thread-safe.
 */
public final class RightsRequestOptOuts {
  private final ConsentService consent;

  public RightsRequestOptOuts(ConsentService consent) {
    this.consent = consent;
  }

  /** Records the request's choice when it is an opt-out or limit request with an email address. */
  public void received(RightsRequest request) {
    Set<ConsentPurpose> purposes =
        switch (request.type()) {
          // CC 1798.120: sale and sharing
          case OPT_OUT -> EnumSet.of(ConsentPurpose.SALE, ConsentPurpose.SHARE);
          // CC 1798.121: use of sensitive personal information
          case LIMIT_SENSITIVE -> EnumSet.of(ConsentPurpose.SENSITIVE);
          default -> Set.of();
        };
    if (purposes.isEmpty() || request.subject().email() == null) {
      return;
    }
    String key = consent.key(ConsentSubject.email(request.subject().email()));
    consent.record(
        key,
        purposes,
        Choice.OPT_OUT,
        new ChoiceContext(
            ChoiceSource.RIGHTS_REQUEST, "/privacy/requests", null, request.reference()),
        false,
        false);
  }
}
