package dev.rightful.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests set and move by hand instead of sleeping (STYLE 17), the one every test uses.
 * Thread-safe: a server's threads read it while the test moves it.
 */
public final class TestClock extends Clock {
  /*
   * withZone returns a view that shares this clock's time: a service that keeps
   * clock.withZone(zone) still sees the test's later set() and advance() calls, as it would with
   * the system clock.
   */

  /** The zone of the example company and of most deadlines: California. */
  public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  /** Where {@link TestServer#CLOCK} stands: Sunday 2026-11-29 09:00 in Los Angeles. */
  public static final Instant SERVER_DATE = Instant.parse("2026-11-29T17:00:00Z");

  /** The Net2Phone demo date: the demo seed's retention cases are written against it. */
  public static final Instant DEMO_DATE = Instant.parse("2026-03-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock at {@code start} in {@code zone}. */
  public static TestClock at(Instant start, ZoneId zone) {
    return new TestClock(new AtomicReference<>(start), zone);
  }

  /** A clock at {@code start} in UTC. */
  public static TestClock utc(Instant start) {
    return at(start, ZoneOffset.UTC);
  }

  /** 9 a.m. in California on {@code date} (YYYY-MM-DD). */
  public static TestClock at(String date) {
    return at(Instant.parse(date + "T17:00:00Z"), LOS_ANGELES);
  }

  /** A clock starting where {@link TestServer#CLOCK} stands, in Los Angeles. */
  public static TestClock serverDate() {
    return at(SERVER_DATE, LOS_ANGELES);
  }

  /** A clock at the Net2Phone demo date, in UTC. */
  public static TestClock demoDate() {
    return utc(DEMO_DATE);
  }

  /** Moves to {@code instant}. */
  public void set(Instant instant) {
    now.set(instant);
  }

  /** Moves to {@code instant}, written like {@code 2026-03-02T17:00:00Z}. */
  public void set(String instant) {
    set(Instant.parse(instant));
  }

  /** Moves forward by a duration, or by a period counted in this clock's zone. */
  public void advance(TemporalAmount amount) {
    now.updateAndGet(
        instant ->
            amount instanceof Duration duration
                ? instant.plus(duration)
                : ZonedDateTime.ofInstant(instant, zone).plus(amount).toInstant());
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
    return new TestClock(now, other);
  }
}
