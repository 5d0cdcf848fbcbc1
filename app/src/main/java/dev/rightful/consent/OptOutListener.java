package dev.rightful.consent;

import java.time.Instant;
import java.util.Set;

/**
 * Told when an opt-out of sale or sharing comes into force for a subject, so it can be passed on to
 * recipients (7026(f)(2)-(3)). Called after the ledger transaction commits; must be thread-safe.
 */
@FunctionalInterface
public interface OptOutListener {
  void optedOut(String subjectKey, Set<ConsentPurpose> purposes, SubjectState state, Instant at);
}
