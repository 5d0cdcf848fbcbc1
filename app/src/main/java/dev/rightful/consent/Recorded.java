package dev.rightful.consent;

import java.util.Optional;

/**
 * The outcome of recording a choice: the subject's ledger key, whether any state changed, why an
 * opt-in was refused (empty when it was not), and the subject's state afterwards. Immutable.
 */
public record Recorded(
    String subjectKey, boolean changed, Optional<OptInRefusal> refusal, SubjectState state) {

  public boolean refused() {
    return refusal.isPresent();
  }
}
