package dev.rightful.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One opt-out passed on to one recipient vendor (7026(f)(2)-(3)): where it goes, its status and the
 * date it is due, 15 business days after the opt-out was received. Immutable.
 */
public record PropagationTask(
    long id,
    String subject,
    Set<ConsentPurpose> purposes,
    String recipient,
    String vendor,
    Channel channel,
    String target,
    String gpp,
    String usPrivacy,
    Status status,
    int attempts,
    Instant receivedAt,
    LocalDate dueOn,
    Instant completedAt,
    String lastError) {

  /** How the opt-out reaches the recipient. */
  public enum Channel {
    /** POSTed as JSON to the vendor's webhook; a 2xx answer completes the task. */
    WEBHOOK,
    /** Mailed to the vendor's address; staff mark it done when the vendor confirms. */
    EMAIL,
    /** The map names no address: staff pass it on by hand and mark it done. */
    MANUAL;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Where the task stands. */
  public enum Status {
    PENDING,
    SENT,
    DONE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether the task is still open after its due date. */
  public boolean overdue(LocalDate today) {
    return status != Status.DONE && today.isAfter(dueOn);
  }
}
