package dev.rightful.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand, starting Monday 2026-03-02 09:00 in Los Angeles. Thread-safe. */
final class TestClock extends Clock {
  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  private volatile Instant now = Instant.parse("2026-03-02T17:00:00Z");

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests run in one zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
