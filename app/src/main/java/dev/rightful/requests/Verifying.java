package dev.rightful.requests;

import dev.rightful.law.RequestType;
import dev.rightful.law.VerificationTier;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Records the outcome of identity verification, in the caller's transaction. A request for specific
 * pieces that reaches only the reasonable tier is answered as a request for categories (7024(a);
 * rule 12); one that reaches no tier stays unverified, its clock running (7021(b)).
 */
final class Verifying {
  private final RequestRepository repository;
  private final Clock clock;
  private final RequestEvents events;
  private final Timeline timeline;

  Verifying(RequestRepository repository, Clock clock, RequestEvents events, Timeline timeline) {
    this.repository = repository;
    this.clock = clock;
    this.events = events;
    this.timeline = timeline;
  }

  RightsRequest record(
      Handle handle,
      RightsRequest request,
      RequestService.Verification verification,
      String actor) {
    RequestService.requireStatus(request, RequestStatus.RECEIVED);
    boolean high =
        request
            .requiredTier()
            .isMetBy(verification.dataPointsMatched(), verification.declarationSigned());
    RequestType type = request.type();
    if (!high
        && type == RequestType.KNOW_SPECIFIC
        && VerificationTier.REASONABLE.isMetBy(verification.dataPointsMatched(), false)) {
      type = RequestType.KNOW_CATEGORIES;
    } else if (!high) {
      RightsRequest attempt =
          with(request)
              .points(verification.dataPointsMatched(), verification.declarationSigned())
              .build();
      RightsRequest saved = repository.update(handle, attempt);
      events.record(
          handle,
          actor,
          "request.verification-failed",
          saved,
          Map.of("method", verification.method(), "dataPoints", verification.dataPointsMatched()));
      return saved;
    }
    RightsRequest verified =
        with(request)
            .type(type)
            .status(RequestStatus.VERIFIED)
            .verifiedAt(OffsetDateTime.now(clock))
            .points(verification.dataPointsMatched(), verification.declarationSigned())
            .build();
    RightsRequest saved = repository.update(handle, verified);
    if (saved.wasDowngraded()) {
      timeline.add(
          handle,
          saved,
          "downgraded",
          actor,
          true,
          "We could not verify your identity to the degree needed to disclose specific pieces of information, so we will tell you the categories of information we hold instead.");
    } else {
      timeline.add(handle, saved, "verified", actor, true, "We verified your identity.");
    }
    events.record(
        handle,
        actor,
        saved.wasDowngraded() ? "request.downgraded" : "request.verified",
        saved,
        Map.of("method", verification.method(), "dataPoints", verification.dataPointsMatched()));
    return saved;
  }

  private static RequestBuilder with(RightsRequest request) {
    return new RequestBuilder(request);
  }
}
