package dev.rightful.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests set by hand instead of sleeping (STYLE 17); unlike a fixed clock it can be moved,
 * and unlike the staff tests' clock it can change zone, as the request lifecycle needs.
 * Thread-safe.
 */
final class SettableClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  SettableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  private SettableClock(SettableClock shared, ZoneId zone) {
    this.now = shared.now;
    this.zone = zone;
  }

  /** Moves to {@code instant}, written like {@code 2026-03-02T17:00:00Z}. */
  void set(String instant) {
    now = Instant.parse(instant);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    // A view in another zone would not follow later set() calls; the service asks for a fresh
    // one each time it needs a date, so a copy is enough.
    return new SettableClock(this, other);
  }
}
