package dev.rightful.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. Not thread-safe. */
final class TestClock extends Clock {
  /** The Net2Phone demo date: the seed's retention cases are written against it. */
  static final Instant DEMO_DATE = Instant.parse("2026-03-01T00:00:00Z");

  private Instant now;

  TestClock(Instant now) {
    this.now = now;
  }

  static TestClock demoDate() {
    return new TestClock(DEMO_DATE);
  }

  void set(Instant instant) {
    now = instant;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
