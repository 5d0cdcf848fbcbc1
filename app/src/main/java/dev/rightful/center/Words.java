package dev.rightful.center;

import dev.rightful.web.Translator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Dates and times written out in words for the consumer pages, in the page's language (the patterns
 * are the bundles' {@code format.*}). Thread-safe.
 */
final class Words {
  private Words() {}

  /** "Tuesday, January 12, 2027"; null for null. */
  static String date(LocalDate date) {
    return Translator.current().format("format.date", date);
  }

  /** "November 29, 2026 at 9:00 AM" in the business's zone. */
  static String time(OffsetDateTime time, ZoneId zone) {
    return Translator.current().format("format.time", time.atZoneSameInstant(zone));
  }
}
