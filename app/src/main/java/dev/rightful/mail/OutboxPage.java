package dev.rightful.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the outbox page shows: the most recent messages and the zone to show their times in.
 * Immutable.
 */
public record OutboxPage(List<OutboxEntry> entries, ZoneId zone) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss z", Locale.US);

  public OutboxPage {
    entries = List.copyOf(entries);
  }

  /** {@code instant} in the page's zone, e.g. {@code 2026-03-02 09:15:00 PST}. */
  public String time(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }
}
