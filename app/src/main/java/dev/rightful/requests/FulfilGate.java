package dev.rightful.requests;

import java.util.Optional;

/**
 * Whether a request may be fulfilled now: carried out in the company's systems and answered. One
 * rule that every path asks before it acts (the API, the console's Start button, the scheduled job,
 * a manual step's confirmation, and completion itself), so no path does what another refuses.
 * Stateless.
 */
public final class FulfilGate {
  private FulfilGate() {}

  /** Why {@code request} may not be fulfilled now, naming the field at fault; empty if it may. */
  public static Optional<RequestRuleViolation> refusal(RightsRequest request) {
    if (request.status() != RequestStatus.VERIFIED) {
      // Received (not verified yet), or closed: completed or denied.
      return Optional.of(
          new RequestRuleViolation(
              "status",
              "only a verified request is fulfilled; this one is " + request.status().id()));
    }
    // 7063(a): with signed permission, the consumer confirms the agent directly first.
    if (request.requester().authority() != null
        && request.requester().authority().needsConsumerConfirmation()
        && !request.agentConfirmed()) {
      return Optional.of(
          new RequestRuleViolation(
              "requester",
              "the consumer has not yet confirmed the agent's permission (7063(a)); nothing is"
                  + " done until they do"));
    }
    return Optional.empty();
  }

  /** Whether {@code request} may be fulfilled now. */
  public static boolean allows(RightsRequest request) {
    return refusal(request).isEmpty();
  }

  /** Throws the {@link #refusal} when there is one (a 409 at the API). */
  public static void require(RightsRequest request) {
    Optional<RequestRuleViolation> refusal = refusal(request);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }
}
