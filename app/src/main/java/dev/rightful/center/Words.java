package dev.rightful.center;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times written out in words for the consumer pages. Thread-safe. */
final class Words {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' h:mm a", Locale.US);

  private Words() {}

  /** "Tuesday, January 12, 2027"; null for null. */
  static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  /** "November 29, 2026 at 9:00 AM" in the business's zone. */
  static String time(OffsetDateTime time, ZoneId zone) {
    return TIME.format(time.atZoneSameInstant(zone));
  }
}
