package dev.rightful.verify;

import java.time.Duration;

/**
 * How one-time codes behave: how long a code lives, how many wrong tries kill it, how many codes
 * one email address and one client address may be sent per hour, and how many wrong codes lock a
 * request for the day. These are the business's security policy, not rules of law; each is an
 * option ({@code --code-lifetime-minutes} and the others in {@code Options}). Immutable.
 */
public record VerificationSettings(
    Duration codeLifetime,
    int maxAttempts,
    int codesPerEmailPerHour,
    int codesPerClientPerHour,
    int failuresPerDay) {

  /** The window the two per-hour limits count in. */
  public static final Duration RATE_WINDOW = Duration.ofHours(1);

  /** The window wrong codes count in towards {@link #failuresPerDay}; a lock lasts at most this. */
  public static final Duration LOCK_WINDOW = Duration.ofHours(24);

  /** The wrong codes a request may get in a day when no option says otherwise. */
  public static final int DEFAULT_FAILURES_PER_DAY = 5;

  public VerificationSettings {
    if (codeLifetime.isNegative() || codeLifetime.isZero() || codeLifetime.toHours() >= 24) {
      throw new IllegalArgumentException("a code lives more than 0 and less than 24 hours");
    }
    if (maxAttempts < 1
        || codesPerEmailPerHour < 1
        || codesPerClientPerHour < 1
        || failuresPerDay < 1) {
      throw new IllegalArgumentException("attempt and rate limits are at least 1");
    }
  }

  /** Settings with the default daily limit of wrong codes. */
  public VerificationSettings(
      Duration codeLifetime, int maxAttempts, int codesPerEmailPerHour, int codesPerClientPerHour) {
    this(
        codeLifetime,
        maxAttempts,
        codesPerEmailPerHour,
        codesPerClientPerHour,
        DEFAULT_FAILURES_PER_DAY);
  }

  /**
   * 15 minutes, 5 tries, 5 codes an hour per email address and 10 per client address, and 5 wrong
   * codes a day per request.
   */
  public static VerificationSettings defaults() {
    return new VerificationSettings(Duration.ofMinutes(15), 5, 5, 10, DEFAULT_FAILURES_PER_DAY);
  }

  /**
   * How long a code row is still needed: to be checked, and to count against the hourly limits. A
   * row with wrong tries counts towards the day's lock for {@link #LOCK_WINDOW}.
   */
  Duration keepRowsFor() {
    return codeLifetime.compareTo(RATE_WINDOW) > 0 ? codeLifetime : RATE_WINDOW;
  }
}
