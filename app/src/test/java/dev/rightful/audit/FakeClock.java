package dev.rightful.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;

/** A clock tests move by hand instead of sleeping (STYLE 17). Thread-safe. */
final class FakeClock extends Clock {
  private volatile Instant now;

  FakeClock(Instant start) {
    this.now = start;
  }

  /** Moves time forward by a duration or a period (months counted in UTC). */
  void advance(TemporalAmount amount) {
    now =
        amount instanceof Duration duration
            ? now.plus(duration)
            : ZonedDateTime.ofInstant(now, ZoneOffset.UTC).plus(amount).toInstant();
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }
}
