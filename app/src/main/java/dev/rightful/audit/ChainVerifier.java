package dev.rightful.audit;

import java.util.Optional;

/**
 * Checks events one at a time in sequence order, holding only the previous link, so a chain of any
 * length verifies in constant memory. Not thread-safe: one per verification.
 */
final class ChainVerifier {
  private final ChainHead head;
  private long expectedSeq;
  private String expectedPrevHash;
  private long checked;
  private Verification.Break broken;

  ChainVerifier(ChainHead head) {
    this.head = head;
    this.expectedSeq = head.anchorSeq();
    this.expectedPrevHash = head.anchorHash();
  }

  /** Checks the next stored event; returns false once a link is broken (stop reading). */
  boolean accept(AuditEvent event) {
    checked++;
    if (event.seq() < expectedSeq) {
      return fail(
          event.seq(),
          Verification.Kind.UNEXPECTED_EVENT,
          "stored before the chain's anchor, event #" + head.anchorSeq());
    }
    if (event.seq() > expectedSeq) {
      return fail(
          expectedSeq,
          Verification.Kind.MISSING_EVENT,
          "event is missing (the next stored event is #" + event.seq() + ")");
    }
    if (!event.computeHash().equals(event.hash())) {
      return fail(
          event.seq(),
          Verification.Kind.HASH_MISMATCH,
          "the stored fields do not produce the stored hash (the event was altered)");
    }
    if (!event.prevHash().equals(expectedPrevHash)) {
      return fail(
          event.seq(),
          Verification.Kind.BROKEN_LINK,
          expectedSeq == head.anchorSeq()
              ? "does not link to the chain's anchor hash"
              : "does not link to event #" + (expectedSeq - 1) + "'s hash");
    }
    expectedSeq++;
    expectedPrevHash = event.hash();
    return true;
  }

  /** The result once every event up to the head was read (or reading stopped at a break). */
  Verification finish() {
    if (broken == null && expectedSeq <= head.lastSeq()) {
      fail(
          expectedSeq,
          Verification.Kind.MISSING_EVENT,
          "event is missing (the log ends at #"
              + (expectedSeq - 1)
              + " but the chain head records #"
              + head.lastSeq()
              + ")");
    } else if (broken == null && !expectedPrevHash.equals(head.lastHash())) {
      fail(
          head.lastSeq(),
          Verification.Kind.BROKEN_LINK,
          "the newest event's hash does not match the chain head (the event was rewritten)");
    }
    return new Verification(checked, head.lastSeq(), head.lastHash(), Optional.ofNullable(broken));
  }

  private boolean fail(long seq, Verification.Kind kind, String detail) {
    broken = new Verification.Break(seq, kind, detail);
    return false;
  }
}
