package dev.rightful.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand instead of sleeping, starting at TestServer's instant (Sunday
 * 2026-11-29 09:00 in Los Angeles). Views in other zones share its time. Thread-safe.
 */
final class MovableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  static MovableClock start() {
    return new MovableClock(
        new AtomicReference<>(Instant.parse("2026-11-29T17:00:00Z")),
        ZoneId.of("America/Los_Angeles"));
  }

  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MovableClock(now, other);
  }
}
