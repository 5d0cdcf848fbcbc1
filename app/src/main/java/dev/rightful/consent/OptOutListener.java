package dev.rightful.consent;

import java.time.Instant;
import java.util.Set;

/**
 * Told when an opt-out of sale or sharing comes into force for a subject, so it can be passed on to
 * recipients (7026(f)(2)-(3)). Called after the ledger transaction commits; must be thread-safe.
 */
@FunctionalInterface
public interface OptOutListener {
  /**
   * @param source where the opt-out came from: an opt-out made through a rights request is passed
   *     on with that request (fulfilment's recipient notices), which a listener must not repeat
   */
  void optedOut(
      String subjectKey,
      Set<ConsentPurpose> purposes,
      SubjectState state,
      Instant at,
      ChoiceSource source);
}
