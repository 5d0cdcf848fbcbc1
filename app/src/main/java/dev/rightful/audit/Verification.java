package dev.rightful.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain: how many events were checked, the chain head, and the
 * first broken link if there is one. Immutable.
 *
 * @param checked events read, up to and including the first broken one
 * @param headSeq the newest event's sequence number according to the chain head
 * @param headHash the newest event's hash according to the chain head; keep a copy outside the
 *     database to detect a chain rewritten from scratch
 * @param firstBreak the first broken link, empty when the chain is intact
 */
public record Verification(
    long checked, long headSeq, String headHash, Optional<Break> firstBreak) {

  /** What can be wrong at one link of the chain. */
  public enum Kind {
    /** An event the sequence needs is not stored: deleted, or the log was truncated. */
    MISSING_EVENT("gap in sequence"),
    /** The stored fields do not hash to the stored hash: the row was altered. */
    HASH_MISMATCH("hash mismatch"),
    /** The event does not name the previous event's hash: rewritten, reordered or re-anchored. */
    BROKEN_LINK("broken previous-hash link"),
    /** An event is stored before the point the chain starts from (its anchor). */
    UNEXPECTED_EVENT("unexpected event");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The first broken link: the event's sequence number, what is wrong and a sentence saying how.
   */
  public record Break(long seq, Kind kind, String detail) {
    /** {@code "hash mismatch: …"}, as {@code audit verify} prints it. */
    public String reason() {
      return kind.label() + ": " + detail;
    }
  }

  public boolean ok() {
    return firstBreak.isEmpty();
  }
}
