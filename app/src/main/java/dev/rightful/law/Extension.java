package dev.rightful.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension of a response period as the business proposes or recorded it: the day the notice
 * went to the consumer, the calendar days added and the reason given. Immutable and thread-safe.
 */
public record Extension(LocalDate noticeDate, int additionalDays, String reason) {
  public Extension {
    Objects.requireNonNull(noticeDate, "noticeDate");
  }
}
