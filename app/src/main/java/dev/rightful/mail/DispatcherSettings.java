package dev.rightful.mail;

import java.time.Duration;

/**
 * How the dispatcher paces itself: how often it looks for due messages, the first retry delay
 * (doubled after each failed attempt), the longest delay between attempts, and how long a claimed
 * message stays reserved for the node sending it. Immutable.
 */
public record DispatcherSettings(
    Duration pollInterval, Duration firstRetry, Duration maxRetry, Duration lease) {

  public DispatcherSettings {
    for (Duration d : new Duration[] {pollInterval, firstRetry, maxRetry, lease}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("dispatcher durations must be positive");
      }
    }
    if (maxRetry.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException("the longest retry delay is shorter than the first");
    }
  }

  /** Polls every {@code pollInterval}; retries after 30 s, 1 min, 2 min … up to 1 h. */
  public static DispatcherSettings every(Duration pollInterval) {
    // The lease outlasts the SMTP timeouts (SmtpMailer) many times over.
    return new DispatcherSettings(
        pollInterval, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5));
  }

  /** The delay before the next attempt after {@code attempts} failed ones: 30 s, 1 min, 2 min … */
  public Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration delay = firstRetry.multipliedBy(1L << doublings);
    return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
  }
}
