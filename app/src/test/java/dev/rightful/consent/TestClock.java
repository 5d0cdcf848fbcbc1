package dev.rightful.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand. Thread-safe. */
final class TestClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  TestClock(Instant start) {
    this(start, ZoneId.of("America/Los_Angeles"));
  }

  private TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** 9 a.m. in California on {@code date} (YYYY-MM-DD). */
  static TestClock at(String date) {
    return new TestClock(Instant.parse(date + "T17:00:00Z"));
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
